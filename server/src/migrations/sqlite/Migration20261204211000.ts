import { Migration } from '@mikro-orm/migrations';

export class Migration20261204211000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`funding_audit\` (\`id\` text not null, \`household_id\` text not null, \`partnership_id\` text not null, \`user_id\` text null, \`at\` datetime not null, \`action\` text not null, \`reason\` text null, \`before_cents\` integer not null, \`after_cents\` integer not null, \`details\` json not null, constraint \`funding_audit_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, constraint \`funding_audit_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`funding_audit_household_id_index\` on \`funding_audit\` (\`household_id\`);`);
    this.addSql(`create index \`funding_audit_partnership_id_index\` on \`funding_audit\` (\`partnership_id\`);`);
    this.addSql(`create index \`funding_audit_user_id_index\` on \`funding_audit\` (\`user_id\`);`);
    this.addSql(`create index \`funding_audit_household_id_at_index\` on \`funding_audit\` (\`household_id\`, \`at\`);`);
  }

}
