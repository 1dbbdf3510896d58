import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211001 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding_audit" ("id" varchar(36) not null, "household_id" varchar(36) not null, "partnership_id" varchar(36) not null, "user_id" varchar(36) null, "at" timestamptz not null, "action" varchar(40) not null, "reason" text null, "before_cents" int not null, "after_cents" int not null, "details" jsonb not null, constraint "funding_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_audit_partnership_id_index" on "funding_audit" ("partnership_id");`);
    this.addSql(`create index "funding_audit_user_id_index" on "funding_audit" ("user_id");`);
    this.addSql(`create index "funding_audit_household_id_at_index" on "funding_audit" ("household_id", "at");`);

    this.addSql(`alter table "funding_audit" add constraint "funding_audit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_audit" add constraint "funding_audit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "funding_audit" cascade;`);
  }

}
