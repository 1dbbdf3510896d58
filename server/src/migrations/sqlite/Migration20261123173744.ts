import { Migration } from '@mikro-orm/migrations';

export class Migration20261123173744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`organisation\` (\`id\` text not null, \`name\` text not null, \`kind\` text not null, \`street\` text null, \`postal_code\` text null, \`city\` text null, \`contact_name\` text null, \`contact_email\` text null, \`contact_phone\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`organisation_name_unique\` on \`organisation\` (\`name\`);`);

    this.addSql(`create table \`outbox_message\` (\`id\` text not null, \`to\` text not null, \`subject\` text not null, \`body\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`programme\` (\`id\` text not null, \`code\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`programme_code_unique\` on \`programme\` (\`code\`);`);

    this.addSql(`create table \`quota\` (\`id\` text not null, \`programme_id\` text not null, \`year\` integer not null, \`persons\` integer not null, constraint \`quota_programme_id_foreign\` foreign key(\`programme_id\`) references \`programme\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`quota_programme_id_index\` on \`quota\` (\`programme_id\`);`);
    this.addSql(`create unique index \`quota_programme_id_year_unique\` on \`quota\` (\`programme_id\`, \`year\`);`);

    this.addSql(`create table \`sign_in_failure\` (\`id\` text not null, \`email\` text not null, \`ip\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`sign_in_failure_ip_at_index\` on \`sign_in_failure\` (\`ip\`, \`at\`);`);
    this.addSql(`create index \`sign_in_failure_email_at_index\` on \`sign_in_failure\` (\`email\`, \`at\`);`);

    this.addSql(`create table \`app_user\` (\`id\` text not null, \`email\` text not null, \`name\` text not null, \`role\` text not null, \`organisation_id\` text null, \`language\` text not null default 'nl', \`password_hash\` text null, \`removed_at\` datetime null, \`created_at\` datetime not null, constraint \`app_user_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);
    this.addSql(`create index \`app_user_organisation_id_index\` on \`app_user\` (\`organisation_id\`);`);

    this.addSql(`create table \`session\` (\`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`token_hash\`));`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);

    this.addSql(`create table \`partnership\` (\`id\` text not null, \`name\` text not null, \`programme_id\` text not null, \`track\` text not null, \`status\` text not null default 'DRAFT', \`agreement_start\` text null, \`agreement_end\` text null, \`capacity_pledged\` integer not null default 0, \`contact_person_id\` text null, \`deputy_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`partnership_programme_id_foreign\` foreign key(\`programme_id\`) references \`programme\`(\`id\`) on update cascade, constraint \`partnership_contact_person_id_foreign\` foreign key(\`contact_person_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`partnership_deputy_id_foreign\` foreign key(\`deputy_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partnership_programme_id_index\` on \`partnership\` (\`programme_id\`);`);
    this.addSql(`create index \`partnership_contact_person_id_index\` on \`partnership\` (\`contact_person_id\`);`);
    this.addSql(`create index \`partnership_deputy_id_index\` on \`partnership\` (\`deputy_id\`);`);

    this.addSql(`create table \`partnership_member\` (\`id\` text not null, \`partnership_id\` text not null, \`organisation_id\` text not null, \`lead\` integer not null default false, constraint \`partnership_member_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`partnership_member_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partnership_member_partnership_id_index\` on \`partnership_member\` (\`partnership_id\`);`);
    this.addSql(`create index \`partnership_member_organisation_id_index\` on \`partnership_member\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`partnership_member_partnership_id_organisation_id_unique\` on \`partnership_member\` (\`partnership_id\`, \`organisation_id\`);`);

    this.addSql(`create table \`household\` (\`id\` text not null, \`partnership_id\` text not null, \`reference\` text not null, \`arrival_route\` text not null, \`planned_arrival_date\` text null, \`arrival_date\` text null, \`guidance_start\` text null, \`guidance_extended\` integer not null default false, \`specific_needs\` json not null, \`specific_needs_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`household_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_partnership_id_index\` on \`household\` (\`partnership_id\`);`);
    this.addSql(`create unique index \`household_partnership_id_reference_unique\` on \`household\` (\`partnership_id\`, \`reference\`);`);

    this.addSql(`create table \`household_member\` (\`id\` text not null, \`household_id\` text not null, \`first_name\` text not null, \`last_name\` text not null, \`birth_year\` integer not null, \`relationship\` text not null, \`position\` integer not null default 0, constraint \`household_member_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_member_household_id_index\` on \`household_member\` (\`household_id\`);`);

    this.addSql(`create table \`invitation\` (\`id\` text not null, \`token_hash\` text not null, \`email\` text not null, \`name\` text not null, \`role\` text not null, \`language\` text not null default 'nl', \`organisation_id\` text null, \`partnership_id\` text null, \`invited_by_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`accepted_at\` datetime null, constraint \`invitation_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade, constraint \`invitation_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete set null on update cascade, constraint \`invitation_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`invitation_token_hash_unique\` on \`invitation\` (\`token_hash\`);`);
    this.addSql(`create index \`invitation_organisation_id_index\` on \`invitation\` (\`organisation_id\`);`);
    this.addSql(`create index \`invitation_partnership_id_index\` on \`invitation\` (\`partnership_id\`);`);
    this.addSql(`create index \`invitation_invited_by_id_index\` on \`invitation\` (\`invited_by_id\`);`);

    this.addSql(`create table \`access_log\` (\`id\` text not null, \`user_id\` text not null, \`household_id\` text not null, \`at\` datetime not null, \`what\` text not null default 'specificNeeds', constraint \`access_log_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`access_log_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`access_log_user_id_index\` on \`access_log\` (\`user_id\`);`);
    this.addSql(`create index \`access_log_household_id_index\` on \`access_log\` (\`household_id\`);`);
    this.addSql(`create index \`access_log_at_index\` on \`access_log\` (\`at\`);`);
  }

}
