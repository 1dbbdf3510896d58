import { PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207121438Budgets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "spending_report" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "amount_cents" int not null, "note" text null, "reported_by_id" varchar(36) null, "updated_at" timestamptz not null, constraint "spending_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "spending_report" add constraint "spending_report_partnership_id_period_start_unique" unique ("partnership_id", "period_start");`);

    this.addSql(`create table "partnership_budget" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "year" int not null, "amount_cents" int not null, "updated_at" timestamptz not null, constraint "partnership_budget_pkey" primary key ("id"));`);
    this.addSql(`alter table "partnership_budget" add constraint "partnership_budget_partnership_id_year_unique" unique ("partnership_id", "year");`);

    this.addSql(`create table "budget_audit" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "user_id" varchar(36) null, "at" timestamptz not null, "action" varchar(40) not null, "subject" varchar(10) not null, "before_cents" int null, "after_cents" int null, constraint "budget_audit_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_audit_partnership_id_at_index" on "budget_audit" ("partnership_id", "at");`);

    this.addSql(`alter table "spending_report" add constraint "spending_report_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "spending_report" add constraint "spending_report_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "partnership_budget" add constraint "partnership_budget_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "budget_audit" add constraint "budget_audit_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget_audit" add constraint "budget_audit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`);

    // The socio-legal desks also count the people reached outside the reception network (issue 15),
    // unless an admin has changed the programme's indicators since they were seeded.
    const now = PROGRAMME_DEFAULTS.SOCIO_LEGAL_DESK.indicators;
    const seeded = now.filter((i) => i.key !== 'peopleReached');
    this.addSql(this.getKnex().raw(`update "programme" set "indicators" = ? where "code" = 'SOCIO_LEGAL_DESK' and "indicators" = ?::jsonb`, [JSON.stringify(now), JSON.stringify(seeded)]));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "spending_report" cascade;`);

    this.addSql(`drop table if exists "partnership_budget" cascade;`);

    this.addSql(`drop table if exists "budget_audit" cascade;`);
  }

}
