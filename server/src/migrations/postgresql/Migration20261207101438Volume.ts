import { Migration } from '@mikro-orm/migrations';

export class Migration20261207101438Volume extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "partnership_name_id_index" on "partnership" ("name", "id");`);

    this.addSql(`create index "household_reference_index" on "household" ("reference");`);

    this.addSql(`create index "message_thread_partnership_id_last_public_message_at_index" on "message_thread" ("partnership_id", "last_public_message_at");`);
    this.addSql(`create index "message_thread_last_message_at_index" on "message_thread" ("last_message_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "household_reference_index";`);

    this.addSql(`drop index "message_thread_partnership_id_last_public_message_at_index";`);
    this.addSql(`drop index "message_thread_last_message_at_index";`);

    this.addSql(`drop index "partnership_name_id_index";`);
  }

}
