import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090528_oidc extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "oidc_issuer" varchar(500) null, add column "oidc_subject" varchar(255) null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_oidc_issuer_oidc_subject_unique" unique ("oidc_issuer", "oidc_subject");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_oidc_issuer_oidc_subject_unique";`);
    this.addSql(`alter table "app_user" drop column "oidc_issuer", drop column "oidc_subject";`);
  }

}
