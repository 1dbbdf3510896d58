import { Migration } from '@mikro-orm/migrations';

export class Migration20261123173744 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organisation" ("id" varchar(36) not null, "name" varchar(200) not null, "kind" varchar(40) not null, "street" varchar(200) null, "postal_code" varchar(20) null, "city" varchar(100) null, "contact_name" varchar(200) null, "contact_email" varchar(200) null, "contact_phone" varchar(50) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`create table "outbox_message" ("id" varchar(36) not null, "to" varchar(254) not null, "subject" varchar(300) not null, "body" text not null, "created_at" timestamptz not null, constraint "outbox_message_pkey" primary key ("id"));`);

    this.addSql(`create table "programme" ("id" varchar(36) not null, "code" varchar(40) not null, constraint "programme_pkey" primary key ("id"));`);
    this.addSql(`alter table "programme" add constraint "programme_code_unique" unique ("code");`);

    this.addSql(`create table "quota" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "year" int not null, "persons" int not null, constraint "quota_pkey" primary key ("id"));`);
    this.addSql(`alter table "quota" add constraint "quota_programme_id_year_unique" unique ("programme_id", "year");`);

    this.addSql(`create table "sign_in_failure" ("id" varchar(36) not null, "email" varchar(254) not null, "ip" varchar(64) not null, "at" timestamptz not null, constraint "sign_in_failure_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_failure_ip_at_index" on "sign_in_failure" ("ip", "at");`);
    this.addSql(`create index "sign_in_failure_email_at_index" on "sign_in_failure" ("email", "at");`);

    this.addSql(`create table "app_user" ("id" varchar(36) not null, "email" varchar(254) not null, "name" varchar(200) not null, "role" varchar(20) not null, "organisation_id" varchar(36) null, "language" varchar(2) not null default 'nl', "password_hash" varchar(200) null, "removed_at" timestamptz null, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`create table "partnership" ("id" varchar(36) not null, "name" varchar(200) not null, "programme_id" varchar(36) not null, "track" varchar(40) not null, "status" varchar(20) not null default 'DRAFT', "agreement_start" varchar(10) null, "agreement_end" varchar(10) null, "capacity_pledged" int not null default 0, "contact_person_id" varchar(36) null, "deputy_id" varchar(36) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partnership_pkey" primary key ("id"));`);
    this.addSql(`create index "partnership_contact_person_id_index" on "partnership" ("contact_person_id");`);
    this.addSql(`create index "partnership_deputy_id_index" on "partnership" ("deputy_id");`);

    this.addSql(`create table "partnership_member" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "organisation_id" varchar(36) not null, "lead" boolean not null default false, constraint "partnership_member_pkey" primary key ("id"));`);
    this.addSql(`create index "partnership_member_organisation_id_index" on "partnership_member" ("organisation_id");`);
    this.addSql(`alter table "partnership_member" add constraint "partnership_member_partnership_id_organisation_id_unique" unique ("partnership_id", "organisation_id");`);

    this.addSql(`create table "household" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "reference" varchar(40) not null, "arrival_route" varchar(20) not null, "planned_arrival_date" varchar(10) null, "arrival_date" varchar(10) null, "guidance_start" varchar(10) null, "guidance_extended" boolean not null default false, "specific_needs" jsonb not null, "specific_needs_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "household_pkey" primary key ("id"));`);
    this.addSql(`create index "household_partnership_id_index" on "household" ("partnership_id");`);
    this.addSql(`alter table "household" add constraint "household_partnership_id_reference_unique" unique ("partnership_id", "reference");`);

    this.addSql(`create table "household_member" ("id" varchar(36) not null, "household_id" varchar(36) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "birth_year" int not null, "relationship" varchar(20) not null, "position" int not null default 0, constraint "household_member_pkey" primary key ("id"));`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);

    this.addSql(`create table "invitation" ("id" varchar(36) not null, "token_hash" varchar(64) not null, "email" varchar(254) not null, "name" varchar(200) not null, "role" varchar(20) not null, "language" varchar(2) not null default 'nl', "organisation_id" varchar(36) null, "partnership_id" varchar(36) null, "invited_by_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "access_log" ("id" varchar(36) not null, "user_id" varchar(36) not null, "household_id" varchar(36) not null, "at" timestamptz not null, "what" varchar(50) not null default 'specificNeeds', constraint "access_log_pkey" primary key ("id"));`);
    this.addSql(`create index "access_log_user_id_index" on "access_log" ("user_id");`);
    this.addSql(`create index "access_log_household_id_index" on "access_log" ("household_id");`);
    this.addSql(`create index "access_log_at_index" on "access_log" ("at");`);

    this.addSql(`alter table "quota" add constraint "quota_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partnership" add constraint "partnership_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade;`);
    this.addSql(`alter table "partnership" add constraint "partnership_contact_person_id_foreign" foreign key ("contact_person_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "partnership" add constraint "partnership_deputy_id_foreign" foreign key ("deputy_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "partnership_member" add constraint "partnership_member_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partnership_member" add constraint "partnership_member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "household" add constraint "household_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade;`);

    this.addSql(`alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "access_log" add constraint "access_log_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "access_log" add constraint "access_log_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_organisation_id_foreign";`);

    this.addSql(`alter table "partnership_member" drop constraint "partnership_member_organisation_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_organisation_id_foreign";`);

    this.addSql(`alter table "quota" drop constraint "quota_programme_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_programme_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_contact_person_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_deputy_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "access_log" drop constraint "access_log_user_id_foreign";`);

    this.addSql(`alter table "partnership_member" drop constraint "partnership_member_partnership_id_foreign";`);

    this.addSql(`alter table "household" drop constraint "household_partnership_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_partnership_id_foreign";`);

    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);

    this.addSql(`alter table "access_log" drop constraint "access_log_household_id_foreign";`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "quota" cascade;`);

    this.addSql(`drop table if exists "sign_in_failure" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop table if exists "partnership_member" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "household_member" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "access_log" cascade;`);
  }

}
