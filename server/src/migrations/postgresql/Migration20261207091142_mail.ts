import { Migration } from '@mikro-orm/migrations';

export class Migration20261207091142_mail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "overdue_reminder" ("id" varchar(36) not null, "source_type" varchar(20) not null, "source_id" varchar(36) not null, "at" timestamptz not null, constraint "overdue_reminder_pkey" primary key ("id"));`);
    this.addSql(`alter table "overdue_reminder" add constraint "overdue_reminder_source_type_source_id_unique" unique ("source_type", "source_id");`);

    this.addSql(`create table "password_reset" ("id" varchar(36) not null, "token_hash" varchar(64) not null, "user_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);

    this.addSql(`create table "mail_setting" ("id" varchar(36) not null, "user_id" varchar(36) not null, "digest_time" varchar(5) not null, constraint "mail_setting_pkey" primary key ("id"));`);
    this.addSql(`alter table "mail_setting" add constraint "mail_setting_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "email_preference" ("id" varchar(36) not null, "user_id" varchar(36) not null, "kind" varchar(30) not null, "mode" varchar(10) not null, constraint "email_preference_pkey" primary key ("id"));`);
    this.addSql(`alter table "email_preference" add constraint "email_preference_user_id_kind_unique" unique ("user_id", "kind");`);

    this.addSql(`create table "digest_item" ("id" varchar(36) not null, "user_id" varchar(36) not null, "kind" varchar(30) not null, "link" varchar(300) not null, "actor_name" varchar(200) null, "context" varchar(200) null, "created_at" timestamptz not null, "outbox_id" varchar(36) null, constraint "digest_item_pkey" primary key ("id"));`);
    this.addSql(`create index "digest_item_outbox_id_created_at_index" on "digest_item" ("outbox_id", "created_at");`);

    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mail_setting" add constraint "mail_setting_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "email_preference" add constraint "email_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "digest_item" add constraint "digest_item_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "outbox_message" add column "html" text null, add column "headers" jsonb null, add column "invite" jsonb null, add column "kind" varchar(30) null, add column "status" varchar(10) not null default 'QUEUED', add column "attempts" int not null default 0, add column "next_attempt_at" timestamptz null, add column "locked_until" timestamptz null, add column "last_error" text null, add column "sent_at" timestamptz null;`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "overdue_reminder" cascade;`);

    this.addSql(`drop table if exists "password_reset" cascade;`);

    this.addSql(`drop table if exists "mail_setting" cascade;`);

    this.addSql(`drop table if exists "email_preference" cascade;`);

    this.addSql(`drop table if exists "digest_item" cascade;`);

    this.addSql(`drop index "outbox_message_status_next_attempt_at_index";`);
    this.addSql(`alter table "outbox_message" drop column "html", drop column "headers", drop column "invite", drop column "kind", drop column "status", drop column "attempts", drop column "next_attempt_at", drop column "locked_until", drop column "last_error", drop column "sent_at";`);
  }

}
