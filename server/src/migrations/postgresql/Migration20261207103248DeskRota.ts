import { Migration } from '@mikro-orm/migrations';

export class Migration20261207103248DeskRota extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "desk_rota_entry" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "organisation_id" varchar(36) not null, "desk" varchar(100) not null, "weekdays" jsonb not null, "updated_at" timestamptz not null, constraint "desk_rota_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "desk_rota_entry" add constraint "desk_rota_entry_partnership_id_desk_organisation_id_unique" unique ("partnership_id", "desk", "organisation_id");`);

    this.addSql(`alter table "desk_rota_entry" add constraint "desk_rota_entry_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "desk_rota_entry" add constraint "desk_rota_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "desk_rota_entry" cascade;`);
  }

}
