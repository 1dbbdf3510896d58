import { Migration } from '@mikro-orm/migrations';

export class Migration20261123180018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "step_template" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "key" varchar(60) not null, "label" jsonb not null, "anchor" varchar(20) not null, "offset_days" int not null, "owner" varchar(20) not null, "per_school_age_child" boolean not null default false, "position" int not null default 0, "active" boolean not null default true, constraint "step_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "step_template" add constraint "step_template_programme_id_key_unique" unique ("programme_id", "key");`);

    this.addSql(`create table "housing" ("id" varchar(36) not null, "household_id" varchar(36) not null, "street" varchar(200) null, "postal_code" varchar(20) null, "city" varchar(100) null, "lease_start" varchar(10) null, "lease_end" varchar(10) null, "monthly_rent_cents" int null, "landlord_kind" varchar(20) null, "moved_in_on" varchar(10) null, "next_home_search_started_on" varchar(10) null, "next_home_found_on" varchar(10) null, "updated_at" timestamptz not null, constraint "housing_pkey" primary key ("id"));`);
    this.addSql(`alter table "housing" add constraint "housing_household_id_unique" unique ("household_id");`);

    this.addSql(`create table "household_event" ("id" varchar(36) not null, "household_id" varchar(36) not null, "actor_id" varchar(36) null, "at" timestamptz not null, "kind" varchar(40) not null, "data" jsonb not null, constraint "household_event_pkey" primary key ("id"));`);
    this.addSql(`create index "household_event_household_id_at_index" on "household_event" ("household_id", "at");`);

    this.addSql(`create table "guidance_step" ("id" varchar(36) not null, "household_id" varchar(36) not null, "key" varchar(60) not null, "label" jsonb not null, "member_id" varchar(36) null, "anchor" varchar(20) not null, "offset_days" int not null, "owner" varchar(20) not null, "due_date" varchar(10) null, "status" varchar(20) not null default 'TODO', "not_applicable_reason" varchar(500) null, "note" text null, "updated_by_id" varchar(36) null, "updated_at" timestamptz not null, "position" int not null default 0, constraint "guidance_step_pkey" primary key ("id"));`);
    this.addSql(`create index "guidance_step_household_id_index" on "guidance_step" ("household_id");`);

    this.addSql(`alter table "step_template" add constraint "step_template_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "housing" add constraint "housing_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "household_event" add constraint "household_event_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "household_event" add constraint "household_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "guidance_step" add constraint "guidance_step_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "guidance_step" add constraint "guidance_step_member_id_foreign" foreign key ("member_id") references "household_member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "guidance_step" add constraint "guidance_step_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "programme" add column "next_home_search_months" int not null default 3, add column "stale_after_days" int not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "step_template" cascade;`);

    this.addSql(`drop table if exists "housing" cascade;`);

    this.addSql(`drop table if exists "household_event" cascade;`);

    this.addSql(`drop table if exists "guidance_step" cascade;`);

    this.addSql(`alter table "programme" drop column "next_home_search_months", drop column "stale_after_days";`);
  }

}
