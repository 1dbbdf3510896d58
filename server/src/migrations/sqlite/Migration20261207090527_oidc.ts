import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090527_oidc extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`app_user\` add column \`oidc_issuer\` text null;`);
    this.addSql(`alter table \`app_user\` add column \`oidc_subject\` text null;`);
    this.addSql(`create unique index \`app_user_oidc_issuer_oidc_subject_unique\` on \`app_user\` (\`oidc_issuer\`, \`oidc_subject\`);`);
  }

}
