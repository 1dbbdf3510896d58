import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "message_thread" ("id" varchar(36) not null, "kind" varchar(20) not null, "partnership_id" varchar(36) not null, "household_id" varchar(36) null, "subject" varchar(200) null, "natural_key" varchar(40) null, "created_by_id" varchar(36) null, "last_seq" int not null default 0, "last_public_seq" int not null default 0, "last_change_seq" int not null default 0, "last_message_at" timestamptz not null, "last_public_message_at" timestamptz not null, "created_at" timestamptz not null, constraint "message_thread_pkey" primary key ("id"));`);
    this.addSql(`create index "message_thread_household_id_index" on "message_thread" ("household_id");`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_natural_key_unique" unique ("natural_key");`);
    this.addSql(`create index "message_thread_partnership_id_last_message_at_index" on "message_thread" ("partnership_id", "last_message_at");`);

    this.addSql(`create table "message_thread_state" ("id" varchar(36) not null, "thread_id" varchar(36) not null, "user_id" varchar(36) not null, "last_read_seq" int not null default 0, "muted" boolean not null default false, constraint "message_thread_state_pkey" primary key ("id"));`);
    this.addSql(`create index "message_thread_state_user_id_index" on "message_thread_state" ("user_id");`);
    this.addSql(`alter table "message_thread_state" add constraint "message_thread_state_thread_id_user_id_unique" unique ("thread_id", "user_id");`);

    this.addSql(`create table "messaging_profile" ("id" varchar(36) not null, "user_id" varchar(36) not null, "send_read_receipts" boolean not null default true, "last_seen_at" timestamptz null, constraint "messaging_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "messaging_profile" add constraint "messaging_profile_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "message" ("id" varchar(36) not null, "thread_id" varchar(36) not null, "seq" int not null, "change_seq" int not null, "author_id" varchar(36) not null, "client_id" varchar(64) not null, "body" text not null, "internal" boolean not null default false, "reply_to_id" varchar(36) null, "mention_ids" jsonb not null, "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, constraint "message_pkey" primary key ("id"));`);
    this.addSql(`create index "message_thread_id_change_seq_index" on "message" ("thread_id", "change_seq");`);
    this.addSql(`alter table "message" add constraint "message_author_id_client_id_unique" unique ("author_id", "client_id");`);
    this.addSql(`alter table "message" add constraint "message_thread_id_seq_unique" unique ("thread_id", "seq");`);

    this.addSql(`alter table "message_thread" add constraint "message_thread_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message_thread_state" add constraint "message_thread_state_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_thread_state" add constraint "message_thread_state_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "messaging_profile" add constraint "messaging_profile_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "message" add constraint "message_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_reply_to_id_foreign" foreign key ("reply_to_id") references "message" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message_thread_state" drop constraint "message_thread_state_thread_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_thread_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_reply_to_id_foreign";`);

    this.addSql(`drop table if exists "message_thread" cascade;`);

    this.addSql(`drop table if exists "message_thread_state" cascade;`);

    this.addSql(`drop table if exists "messaging_profile" cascade;`);

    this.addSql(`drop table if exists "message" cascade;`);
  }

}
