import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090557Payments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`funding_period_statement\` (\`id\` text not null, \`partnership_id\` text not null, \`year\` integer not null, \`approved_at\` datetime not null, \`approved_by_id\` text null, \`approved_total_cents\` integer not null, \`approved_figures\` json not null, \`paid_cents\` integer not null default 0, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`funding_period_statement_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`funding_period_statement_approved_by_id_foreign\` foreign key(\`approved_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`funding_period_statement_partnership_id_index\` on \`funding_period_statement\` (\`partnership_id\`);`);
    this.addSql(`create index \`funding_period_statement_approved_by_id_index\` on \`funding_period_statement\` (\`approved_by_id\`);`);
    this.addSql(`create unique index \`funding_period_statement_partnership_id_year_unique\` on \`funding_period_statement\` (\`partnership_id\`, \`year\`);`);

    this.addSql(`create table \`funding_statement_event\` (\`id\` text not null, \`statement_id\` text not null, \`kind\` text not null, \`user_id\` text null, \`at\` datetime not null, \`approved_total_cents\` integer not null, \`previous_approved_total_cents\` integer null, \`amount_cents\` integer null, \`paid_cents\` integer not null, \`details\` json not null, constraint \`funding_statement_event_statement_id_foreign\` foreign key(\`statement_id\`) references \`funding_period_statement\`(\`id\`) on delete cascade on update cascade, constraint \`funding_statement_event_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`funding_statement_event_statement_id_index\` on \`funding_statement_event\` (\`statement_id\`);`);
    this.addSql(`create index \`funding_statement_event_user_id_index\` on \`funding_statement_event\` (\`user_id\`);`);
    this.addSql(`create index \`funding_statement_event_statement_id_at_index\` on \`funding_statement_event\` (\`statement_id\`, \`at\`);`);

    this.addSql(`create table \`funding_payment\` (\`id\` text not null, \`statement_id\` text not null, \`paid_on\` text not null, \`amount_cents\` integer not null, \`note\` text null, \`client_id\` text null, \`recorded_by_id\` text null, \`recorded_at\` datetime not null, constraint \`funding_payment_statement_id_foreign\` foreign key(\`statement_id\`) references \`funding_period_statement\`(\`id\`) on delete cascade on update cascade, constraint \`funding_payment_recorded_by_id_foreign\` foreign key(\`recorded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`funding_payment_statement_id_index\` on \`funding_payment\` (\`statement_id\`);`);
    this.addSql(`create index \`funding_payment_recorded_by_id_index\` on \`funding_payment\` (\`recorded_by_id\`);`);
    this.addSql(`create unique index \`funding_payment_statement_id_client_id_unique\` on \`funding_payment\` (\`statement_id\`, \`client_id\`);`);
  }

}
