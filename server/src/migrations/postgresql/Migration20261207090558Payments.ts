import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090558Payments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding_period_statement" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "year" int not null, "approved_at" timestamptz not null, "approved_by_id" varchar(36) null, "approved_total_cents" int not null, "approved_figures" jsonb not null, "paid_cents" int not null default 0, "created_at" timestamptz not null, "version" int not null default 1, constraint "funding_period_statement_pkey" primary key ("id"));`);
    this.addSql(`alter table "funding_period_statement" add constraint "funding_period_statement_partnership_id_year_unique" unique ("partnership_id", "year");`);

    this.addSql(`create table "funding_statement_event" ("id" varchar(36) not null, "statement_id" varchar(36) not null, "kind" varchar(30) not null, "user_id" varchar(36) null, "at" timestamptz not null, "approved_total_cents" int not null, "previous_approved_total_cents" int null, "amount_cents" int null, "paid_cents" int not null, "details" jsonb not null, constraint "funding_statement_event_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_statement_event_statement_id_at_index" on "funding_statement_event" ("statement_id", "at");`);

    this.addSql(`create table "funding_payment" ("id" varchar(36) not null, "statement_id" varchar(36) not null, "paid_on" varchar(10) not null, "amount_cents" int not null, "note" text null, "client_id" varchar(64) null, "recorded_by_id" varchar(36) null, "recorded_at" timestamptz not null, constraint "funding_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_payment_statement_id_index" on "funding_payment" ("statement_id");`);
    this.addSql(`alter table "funding_payment" add constraint "funding_payment_statement_id_client_id_unique" unique ("statement_id", "client_id");`);

    this.addSql(`alter table "funding_period_statement" add constraint "funding_period_statement_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_period_statement" add constraint "funding_period_statement_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "funding_statement_event" add constraint "funding_statement_event_statement_id_foreign" foreign key ("statement_id") references "funding_period_statement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_statement_event" add constraint "funding_statement_event_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "funding_payment" add constraint "funding_payment_statement_id_foreign" foreign key ("statement_id") references "funding_period_statement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_payment" add constraint "funding_payment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "funding_statement_event" drop constraint "funding_statement_event_statement_id_foreign";`);

    this.addSql(`alter table "funding_payment" drop constraint "funding_payment_statement_id_foreign";`);

    this.addSql(`drop table if exists "funding_period_statement" cascade;`);

    this.addSql(`drop table if exists "funding_statement_event" cascade;`);

    this.addSql(`drop table if exists "funding_payment" cascade;`);
  }

}
