import { Migration } from '@mikro-orm/migrations';

export class Migration20261207104057ReturnFiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "return_file" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "reference" varchar(40) not null, "country" varchar(60) null, "followed_by_id" varchar(36) null, "stage" varchar(40) not null, "stage_dates" jsonb not null, "medical_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "return_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "return_file" add constraint "return_file_partnership_id_reference_unique" unique ("partnership_id", "reference");`);

    this.addSql(`alter table "return_file" add constraint "return_file_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_file" add constraint "return_file_followed_by_id_foreign" foreign key ("followed_by_id") references "organisation" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_file" cascade;`);
  }

}
