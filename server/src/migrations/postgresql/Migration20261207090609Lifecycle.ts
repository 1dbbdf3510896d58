import { Migration } from '@mikro-orm/migrations';

export class Migration20261207090609Lifecycle extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "household" add column "ended_on" varchar(10) null, add column "end_reason" varchar(30) null, add column "end_note" text null, add column "ending_soon_notice_for" varchar(10) null, add column "end_notice_for" varchar(10) null;`);

    this.addSql(`alter table "household_member" add column "joined" varchar(30) not null default 'WITH_HOUSEHOLD', add column "joined_on" varchar(10) null, add column "left_on" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household" drop column "ended_on", drop column "end_reason", drop column "end_note", drop column "ending_soon_notice_for", drop column "end_notice_for";`);

    this.addSql(`alter table "household_member" drop column "joined", drop column "joined_on", drop column "left_on";`);
  }

}
