import { Migration } from '@mikro-orm/migrations';

export class Migration20261124204508 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agenda_item" add column "partnership_id" varchar(36) null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "agenda_item_partnership_id_index" on "agenda_item" ("partnership_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_partnership_id_foreign";`);

    this.addSql(`drop index "agenda_item_partnership_id_index";`);
    this.addSql(`alter table "agenda_item" drop column "partnership_id";`);
  }

}
