import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090608Lifecycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`household\` add column \`ended_on\` text null;`);
    this.addSql(`alter table \`household\` add column \`end_reason\` text null;`);
    this.addSql(`alter table \`household\` add column \`end_note\` text null;`);
    this.addSql(`alter table \`household\` add column \`ending_soon_notice_for\` text null;`);
    this.addSql(`alter table \`household\` add column \`end_notice_for\` text null;`);

    this.addSql(`alter table \`household_member\` add column \`joined\` text not null default 'WITH_HOUSEHOLD';`);
    this.addSql(`alter table \`household_member\` add column \`joined_on\` text null;`);
    this.addSql(`alter table \`household_member\` add column \`left_on\` text null;`);
  }

}
