import { randomUUID } from 'node:crypto';
import { PROGRAMME_CODES, PROGRAMME_DEFAULTS, PROGRESS_DEFAULTS } from '@partner-hub/shared';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207101340Programmes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "programme" add column "case_kind" varchar(40) not null default 'RESETTLEMENT_HOUSEHOLD', add column "funding_rule" varchar(40) not null default 'RESETTLEMENT_FLAT', add column "case_months" int null, add column "indicators" jsonb not null default '[]', add column "objectives" jsonb not null default '[]';`);

    this.addSql(`alter table "feedback_round" add column "indicator_values" jsonb not null default '[]';`);
    this.addSql(`alter table "feedback_revision" add column "indicator_values" jsonb null;`);

    // Seeds the four programmes' configuration (a snapshot of PROGRAMME_DEFAULTS; admins edit it afterwards).
    for (const code of PROGRAMME_CODES) {
      const c = PROGRAMME_DEFAULTS[code];
      const values = [c.caseKind, c.fundingRule, c.caseMonths, JSON.stringify(c.indicators), JSON.stringify(c.objectives)];
      this.addSql(this.getKnex().raw(`insert into "programme" ("id", "code", "next_home_search_months", "stale_after_days", "case_kind", "funding_rule", "case_months", "indicators", "objectives") select ?, ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from "programme" where "code" = ?)`, [randomUUID(), code, PROGRESS_DEFAULTS.nextHomeSearchMonths, PROGRESS_DEFAULTS.staleAfterDays, ...values, code]));
      this.addSql(this.getKnex().raw(`update "programme" set "case_kind" = ?, "funding_rule" = ?, "case_months" = ?, "indicators" = ?, "objectives" = ? where "code" = ?`, [...values, code]));
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme" drop column "case_kind", drop column "funding_rule", drop column "case_months", drop column "indicators", drop column "objectives";`);
  }

}
