import { Migration } from '@mikro-orm/migrations';
import { PUBLIC_NUMBERING_BACKFILL, PUBLIC_NUMBERING_ROLLBACK } from '../public-numbering.js';

export class Migration20261124193942 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "message_thread" add column "last_public_change_seq" int not null default 0;`);

    this.addSql(`alter table "message_thread_state" add column "last_read_public_seq" int not null default 0;`);

    this.addSql(`alter table "message" add column "public_seq" int null, add column "public_change_seq" int null;`);
    // Partners' numbering for what is already stored, before its unique index.
    for (const sql of PUBLIC_NUMBERING_BACKFILL) this.addSql(`${sql};`);

    this.addSql(`create index "message_thread_id_public_change_seq_index" on "message" ("thread_id", "public_change_seq");`);
    this.addSql(`alter table "message" add constraint "message_thread_id_public_seq_unique" unique ("thread_id", "public_seq");`);
  }

  override async down(): Promise<void> {
    for (const sql of PUBLIC_NUMBERING_ROLLBACK) this.addSql(`${sql};`);
    this.addSql(`drop index "message_thread_id_public_change_seq_index";`);
    this.addSql(`alter table "message" drop constraint "message_thread_id_public_seq_unique";`);
    this.addSql(`alter table "message" drop column "public_seq", drop column "public_change_seq";`);

    this.addSql(`alter table "message_thread" drop column "last_public_change_seq";`);

    this.addSql(`alter table "message_thread_state" drop column "last_read_public_seq";`);
  }

}
