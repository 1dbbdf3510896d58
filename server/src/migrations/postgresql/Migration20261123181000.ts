import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "document" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "household_id" varchar(36) null, "name" varchar(200) not null, "category" varchar(40) not null, "created_by_id" varchar(36) null, "created_at" timestamptz not null, "deleted_at" timestamptz null, "deleted_by_id" varchar(36) null, constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_partnership_id_household_id_index" on "document" ("partnership_id", "household_id");`);

    this.addSql(`create table "document_version" ("id" varchar(36) not null, "document_id" varchar(36) not null, "number" int not null, "storage_key" varchar(64) not null, "size" int not null, "content_type" varchar(100) not null, "original_name" varchar(255) not null, "uploaded_by_id" varchar(36) null, "uploaded_at" timestamptz not null, constraint "document_version_pkey" primary key ("id"));`);
    this.addSql(`create index "document_version_storage_key_index" on "document_version" ("storage_key");`);
    this.addSql(`alter table "document_version" add constraint "document_version_document_id_number_unique" unique ("document_id", "number");`);

    this.addSql(`alter table "document" add constraint "document_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "document" add constraint "document_deleted_by_id_foreign" foreign key ("deleted_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "document_version" add constraint "document_version_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_version" add constraint "document_version_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "access_log" alter column "what" type varchar(80) using ("what"::varchar(80));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document_version" drop constraint "document_version_document_id_foreign";`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "document_version" cascade;`);

    this.addSql(`alter table "access_log" alter column "what" type varchar(50) using ("what"::varchar(50));`);
  }

}
