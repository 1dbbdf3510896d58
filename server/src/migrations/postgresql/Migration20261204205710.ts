import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "housing" add column "version" int not null default 1, add column "last_client_id" varchar(64) null;`);

    this.addSql(`alter table "guidance_step" add column "version" int not null default 1, add column "last_client_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guidance_step" drop column "version", drop column "last_client_id";`);

    this.addSql(`alter table "housing" drop column "version", drop column "last_client_id";`);
  }

}
