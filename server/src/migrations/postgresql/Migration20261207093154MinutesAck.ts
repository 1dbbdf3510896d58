import { Migration } from '@mikro-orm/migrations';

export class Migration20261207093154MinutesAck extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "minutes_acknowledgement" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "user_id" varchar(36) not null, "digest" varchar(64) not null, "at" timestamptz not null, constraint "minutes_acknowledgement_pkey" primary key ("id"));`);
    this.addSql(`create index "minutes_acknowledgement_meeting_id_index" on "minutes_acknowledgement" ("meeting_id");`);
    this.addSql(`create index "minutes_acknowledgement_user_id_index" on "minutes_acknowledgement" ("user_id");`);
    this.addSql(`alter table "minutes_acknowledgement" add constraint "minutes_acknowledgement_meeting_id_user_id_digest_unique" unique ("meeting_id", "user_id", "digest");`);

    this.addSql(`alter table "minutes_acknowledgement" add constraint "minutes_acknowledgement_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "minutes_acknowledgement" add constraint "minutes_acknowledgement_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "minutes_acknowledgement" cascade;`);
  }

}
