import { Migration } from '@mikro-orm/migrations';

export class Migration20261124170831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "message_thread_id_author_id_index" on "message" ("thread_id", "author_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "message_thread_id_author_id_index";`);
  }

}
