import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`feedback_schedule\` (\`id\` text not null, \`partnership_id\` text not null, \`rhythm\` text null, \`start_date\` text null, \`active_from\` text null, \`made_until\` text null, \`set_by_id\` text null, \`updated_at\` datetime not null, constraint \`feedback_schedule_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`feedback_schedule_set_by_id_foreign\` foreign key(\`set_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`feedback_schedule_partnership_id_index\` on \`feedback_schedule\` (\`partnership_id\`);`);
    this.addSql(`create unique index \`feedback_schedule_partnership_id_unique\` on \`feedback_schedule\` (\`partnership_id\`);`);
    this.addSql(`create index \`feedback_schedule_set_by_id_index\` on \`feedback_schedule\` (\`set_by_id\`);`);

    this.addSql(`create table \`feedback_round\` (\`id\` text not null, \`partnership_id\` text not null, \`period_start\` text not null, \`period_end\` text not null, \`due_date\` text not null, \`status\` text not null default 'OPEN', \`answers\` json not null, \`general_note\` text null, \`submitted_at\` datetime null, \`submitted_by_id\` text null, \`reviewed_at\` datetime null, \`reviewed_by_id\` text null, \`review_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`feedback_round_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`feedback_round_submitted_by_id_foreign\` foreign key(\`submitted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`feedback_round_reviewed_by_id_foreign\` foreign key(\`reviewed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`feedback_round_partnership_id_index\` on \`feedback_round\` (\`partnership_id\`);`);
    this.addSql(`create index \`feedback_round_submitted_by_id_index\` on \`feedback_round\` (\`submitted_by_id\`);`);
    this.addSql(`create index \`feedback_round_reviewed_by_id_index\` on \`feedback_round\` (\`reviewed_by_id\`);`);
    this.addSql(`create index \`feedback_round_status_due_date_index\` on \`feedback_round\` (\`status\`, \`due_date\`);`);
    this.addSql(`create unique index \`feedback_round_partnership_id_period_start_unique\` on \`feedback_round\` (\`partnership_id\`, \`period_start\`);`);

    this.addSql(`create table \`feedback_revision\` (\`id\` text not null, \`round_id\` text not null, \`kind\` text not null, \`by_id\` text null, \`at\` datetime not null, \`answers\` json null, \`general_note\` text null, \`note\` text null, constraint \`feedback_revision_round_id_foreign\` foreign key(\`round_id\`) references \`feedback_round\`(\`id\`) on delete cascade on update cascade, constraint \`feedback_revision_by_id_foreign\` foreign key(\`by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`feedback_revision_round_id_index\` on \`feedback_revision\` (\`round_id\`);`);
    this.addSql(`create index \`feedback_revision_by_id_index\` on \`feedback_revision\` (\`by_id\`);`);
    this.addSql(`create index \`feedback_revision_round_id_at_index\` on \`feedback_revision\` (\`round_id\`, \`at\`);`);
  }

}
