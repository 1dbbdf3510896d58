import { Migration } from '@mikro-orm/migrations';

export class Migration20261207160000SupportTrajectories extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`support_trajectory\` (\`id\` text not null, \`partnership_id\` text not null, \`reference\` text not null, \`birth_year\` integer null, \`target_group\` text not null, \`followed_by_id\` text null, \`started_on\` text not null, \`planned_end\` text null, \`extended\` integer not null default false, \`stage\` text not null, \`stage_dates\` json not null, \`close_reason\` text null, \`needs_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`support_trajectory_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`support_trajectory_followed_by_id_foreign\` foreign key(\`followed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`support_trajectory_partnership_id_index\` on \`support_trajectory\` (\`partnership_id\`);`);
    this.addSql(`create index \`support_trajectory_followed_by_id_index\` on \`support_trajectory\` (\`followed_by_id\`);`);
    this.addSql(`create unique index \`support_trajectory_partnership_id_reference_unique\` on \`support_trajectory\` (\`partnership_id\`, \`reference\`);`);
  }

}
