import { Migration } from '@mikro-orm/migrations';

export class Migration20261204205710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`housing\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`housing\` add column \`last_client_id\` text null;`);

    this.addSql(`alter table \`guidance_step\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`guidance_step\` add column \`last_client_id\` text null;`);
  }

}
