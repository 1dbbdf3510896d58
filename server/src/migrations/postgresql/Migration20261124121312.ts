import { Migration } from '@mikro-orm/migrations';

export class Migration20261124121312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "document" add column "thread_id" varchar(36) null, add column "message_id" varchar(36) null, add column "meeting_id" varchar(36) null;`);
    this.addSql(`alter table "document" add constraint "document_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_message_id_foreign" foreign key ("message_id") references "message" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "document_thread_id_index" on "document" ("thread_id");`);
    this.addSql(`create index "document_message_id_index" on "document" ("message_id");`);
    this.addSql(`create index "document_meeting_id_index" on "document" ("meeting_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document" drop constraint "document_thread_id_foreign";`);
    this.addSql(`alter table "document" drop constraint "document_message_id_foreign";`);
    this.addSql(`alter table "document" drop constraint "document_meeting_id_foreign";`);

    this.addSql(`drop index "document_thread_id_index";`);
    this.addSql(`drop index "document_message_id_index";`);
    this.addSql(`drop index "document_meeting_id_index";`);
    this.addSql(`alter table "document" drop column "thread_id", drop column "message_id", drop column "meeting_id";`);
  }

}
