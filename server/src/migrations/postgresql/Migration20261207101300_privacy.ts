import { Migration } from '@mikro-orm/migrations';

export class Migration20261207101300_privacy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sign_in_event" ("id" varchar(36) not null, "user_id" varchar(36) not null, "at" timestamptz not null, "ip" varchar(64) not null, constraint "sign_in_event_pkey" primary key ("id"));`);
    this.addSql(`create index "sign_in_event_user_id_index" on "sign_in_event" ("user_id");`);
    this.addSql(`create index "sign_in_event_at_index" on "sign_in_event" ("at");`);

    this.addSql(`create table "retention_policy" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "household_months_after_guidance" int not null default 36, "access_log_months" int not null default 12, "updated_at" timestamptz null, "updated_by_id" varchar(36) null, constraint "retention_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "retention_policy" add constraint "retention_policy_programme_id_unique" unique ("programme_id");`);

    this.addSql(`create table "privacy_erasure" ("id" varchar(36) not null, "subject_type" varchar(20) not null, "subject_id" varchar(36) not null, "mode" varchar(20) not null, "reason" text null, "requested_by_id" varchar(36) null, "started_at" timestamptz not null, "completed_at" timestamptz null, "counts" jsonb not null, "pending_storage_keys" jsonb not null, constraint "privacy_erasure_pkey" primary key ("id"));`);
    this.addSql(`alter table "privacy_erasure" add constraint "privacy_erasure_subject_type_subject_id_unique" unique ("subject_type", "subject_id");`);

    this.addSql(`alter table "sign_in_event" add constraint "sign_in_event_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "retention_policy" add constraint "retention_policy_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "retention_policy" add constraint "retention_policy_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "privacy_erasure" add constraint "privacy_erasure_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message" add column "removed_under" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_event" cascade;`);

    this.addSql(`drop table if exists "retention_policy" cascade;`);

    this.addSql(`drop table if exists "privacy_erasure" cascade;`);

    this.addSql(`alter table "message" drop column "removed_under";`);
  }

}
