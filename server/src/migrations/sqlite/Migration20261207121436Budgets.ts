import { PROGRAMME_DEFAULTS } from '@partner-hub/shared';
import { Migration } from '@mikro-orm/migrations';

export class Migration20261207121436Budgets extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`spending_report\` (\`id\` text not null, \`partnership_id\` text not null, \`period_start\` text not null, \`period_end\` text not null, \`amount_cents\` integer not null, \`note\` text null, \`reported_by_id\` text null, \`updated_at\` datetime not null, constraint \`spending_report_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`spending_report_reported_by_id_foreign\` foreign key(\`reported_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`spending_report_partnership_id_index\` on \`spending_report\` (\`partnership_id\`);`);
    this.addSql(`create index \`spending_report_reported_by_id_index\` on \`spending_report\` (\`reported_by_id\`);`);
    this.addSql(`create unique index \`spending_report_partnership_id_period_start_unique\` on \`spending_report\` (\`partnership_id\`, \`period_start\`);`);

    this.addSql(`create table \`partnership_budget\` (\`id\` text not null, \`partnership_id\` text not null, \`year\` integer not null, \`amount_cents\` integer not null, \`updated_at\` datetime not null, constraint \`partnership_budget_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`partnership_budget_partnership_id_index\` on \`partnership_budget\` (\`partnership_id\`);`);
    this.addSql(`create unique index \`partnership_budget_partnership_id_year_unique\` on \`partnership_budget\` (\`partnership_id\`, \`year\`);`);

    this.addSql(`create table \`budget_audit\` (\`id\` text not null, \`partnership_id\` text not null, \`user_id\` text null, \`at\` datetime not null, \`action\` text not null, \`subject\` text not null, \`before_cents\` integer null, \`after_cents\` integer null, constraint \`budget_audit_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`budget_audit_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`budget_audit_partnership_id_index\` on \`budget_audit\` (\`partnership_id\`);`);
    this.addSql(`create index \`budget_audit_user_id_index\` on \`budget_audit\` (\`user_id\`);`);
    this.addSql(`create index \`budget_audit_partnership_id_at_index\` on \`budget_audit\` (\`partnership_id\`, \`at\`);`);

    // The socio-legal desks also count the people reached outside the reception network (issue 15),
    // unless an admin has changed the programme's indicators since they were seeded.
    const now = PROGRAMME_DEFAULTS.SOCIO_LEGAL_DESK.indicators;
    const seeded = now.filter((i) => i.key !== 'peopleReached');
    this.addSql(this.getKnex().raw(`update \`programme\` set \`indicators\` = ? where \`code\` = 'SOCIO_LEGAL_DESK' and json(\`indicators\`) = json(?)`, [JSON.stringify(now), JSON.stringify(seeded)]));
  }

}
