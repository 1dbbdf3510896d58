import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111936 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`meeting\` (\`id\` text not null, \`kind\` text not null, \`title\` text not null, \`description\` text null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`place\` text null, \`online_url\` text null, \`status\` text not null default 'SCHEDULED', \`cancel_reason\` text null, \`sequence\` integer not null default 0, \`created_by_id\` text null, \`evaluation_signed_off_at\` datetime null, \`evaluation_signed_off_by_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`meeting_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`meeting_evaluation_signed_off_by_id_foreign\` foreign key(\`evaluation_signed_off_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_starts_at_index\` on \`meeting\` (\`starts_at\`);`);
    this.addSql(`create index \`meeting_created_by_id_index\` on \`meeting\` (\`created_by_id\`);`);
    this.addSql(`create index \`meeting_evaluation_signed_off_by_id_index\` on \`meeting\` (\`evaluation_signed_off_by_id\`);`);

    this.addSql(`create table \`meeting_partnership\` (\`id\` text not null, \`meeting_id\` text not null, \`partnership_id\` text not null, constraint \`meeting_partnership_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`meeting_partnership_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_partnership_meeting_id_index\` on \`meeting_partnership\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_partnership_partnership_id_index\` on \`meeting_partnership\` (\`partnership_id\`);`);
    this.addSql(`create unique index \`meeting_partnership_meeting_id_partnership_id_unique\` on \`meeting_partnership\` (\`meeting_id\`, \`partnership_id\`);`);

    this.addSql(`create table \`meeting_invitee\` (\`id\` text not null, \`meeting_id\` text not null, \`user_id\` text not null, \`response\` text null, \`responded_at\` datetime null, \`attendance\` text null, \`invited_at\` datetime not null, constraint \`meeting_invitee_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`meeting_invitee_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_invitee_meeting_id_index\` on \`meeting_invitee\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_invitee_user_id_index\` on \`meeting_invitee\` (\`user_id\`);`);
    this.addSql(`create unique index \`meeting_invitee_meeting_id_user_id_unique\` on \`meeting_invitee\` (\`meeting_id\`, \`user_id\`);`);

    this.addSql(`create table \`evaluation_score\` (\`id\` text not null, \`meeting_id\` text not null, \`partnership_id\` text not null, \`objective\` text not null, \`rating\` integer not null, \`notes\` text null, \`updated_at\` datetime not null, constraint \`evaluation_score_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`evaluation_score_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`evaluation_score_meeting_id_index\` on \`evaluation_score\` (\`meeting_id\`);`);
    this.addSql(`create index \`evaluation_score_partnership_id_index\` on \`evaluation_score\` (\`partnership_id\`);`);
    this.addSql(`create unique index \`evaluation_score_meeting_id_objective_unique\` on \`evaluation_score\` (\`meeting_id\`, \`objective\`);`);

    this.addSql(`create table \`calendar_feed\` (\`id\` text not null, \`user_id\` text not null, \`token_hash\` text not null, \`created_at\` datetime not null, constraint \`calendar_feed_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`calendar_feed_user_id_index\` on \`calendar_feed\` (\`user_id\`);`);
    this.addSql(`create unique index \`calendar_feed_user_id_unique\` on \`calendar_feed\` (\`user_id\`);`);
    this.addSql(`create unique index \`calendar_feed_token_hash_unique\` on \`calendar_feed\` (\`token_hash\`);`);

    this.addSql(`create table \`agenda_item\` (\`id\` text not null, \`meeting_id\` text not null, \`position\` integer not null, \`title\` text not null, \`description\` text null, \`notes\` text null, \`author_id\` text null, \`source_type\` text null, \`source_id\` text null, \`source_url\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`agenda_item_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`agenda_item_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`agenda_item_meeting_id_index\` on \`agenda_item\` (\`meeting_id\`);`);
    this.addSql(`create index \`agenda_item_author_id_index\` on \`agenda_item\` (\`author_id\`);`);
    this.addSql(`create index \`agenda_item_meeting_id_position_index\` on \`agenda_item\` (\`meeting_id\`, \`position\`);`);

    this.addSql(`create table \`meeting_decision\` (\`id\` text not null, \`meeting_id\` text not null, \`agenda_item_id\` text null, \`text\` text not null, \`created_by_id\` text null, \`created_at\` datetime not null, constraint \`meeting_decision_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`meeting_decision_agenda_item_id_foreign\` foreign key(\`agenda_item_id\`) references \`agenda_item\`(\`id\`) on delete set null on update cascade, constraint \`meeting_decision_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_decision_meeting_id_index\` on \`meeting_decision\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_decision_agenda_item_id_index\` on \`meeting_decision\` (\`agenda_item_id\`);`);
    this.addSql(`create index \`meeting_decision_created_by_id_index\` on \`meeting_decision\` (\`created_by_id\`);`);

    this.addSql(`create table \`action_item\` (\`id\` text not null, \`meeting_id\` text not null, \`agenda_item_id\` text null, \`title\` text not null, \`assignee_id\` text not null, \`due_date\` text not null, \`status\` text not null default 'OPEN', \`done_at\` datetime null, \`created_by_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`action_item_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`action_item_agenda_item_id_foreign\` foreign key(\`agenda_item_id\`) references \`agenda_item\`(\`id\`) on delete set null on update cascade, constraint \`action_item_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`action_item_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`action_item_meeting_id_index\` on \`action_item\` (\`meeting_id\`);`);
    this.addSql(`create index \`action_item_agenda_item_id_index\` on \`action_item\` (\`agenda_item_id\`);`);
    this.addSql(`create index \`action_item_assignee_id_index\` on \`action_item\` (\`assignee_id\`);`);
    this.addSql(`create index \`action_item_created_by_id_index\` on \`action_item\` (\`created_by_id\`);`);
    this.addSql(`create index \`action_item_assignee_id_status_index\` on \`action_item\` (\`assignee_id\`, \`status\`);`);
  }

}
