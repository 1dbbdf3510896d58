import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification_preference" ("id" varchar(36) not null, "user_id" varchar(36) not null, "kind" varchar(30) not null, "enabled" boolean not null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_kind_unique" unique ("user_id", "kind");`);

    this.addSql(`create table "notification" ("id" varchar(36) not null, "recipient_id" varchar(36) not null, "kind" varchar(30) not null, "source_type" varchar(20) not null, "source_id" varchar(36) not null, "message_id" varchar(36) null, "partnership_id" varchar(36) null, "actor_id" varchar(36) null, "excerpt" varchar(200) null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
