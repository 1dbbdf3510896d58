import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111808 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feedback_schedule" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "rhythm" varchar(20) null, "start_date" varchar(10) null, "active_from" varchar(10) null, "made_until" varchar(10) null, "set_by_id" varchar(36) null, "updated_at" timestamptz not null, constraint "feedback_schedule_pkey" primary key ("id"));`);
    this.addSql(`alter table "feedback_schedule" add constraint "feedback_schedule_partnership_id_unique" unique ("partnership_id");`);

    this.addSql(`create table "feedback_round" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "due_date" varchar(10) not null, "status" varchar(20) not null default 'OPEN', "answers" jsonb not null, "general_note" text null, "submitted_at" timestamptz null, "submitted_by_id" varchar(36) null, "reviewed_at" timestamptz null, "reviewed_by_id" varchar(36) null, "review_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "feedback_round_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_round_status_due_date_index" on "feedback_round" ("status", "due_date");`);
    this.addSql(`alter table "feedback_round" add constraint "feedback_round_partnership_id_period_start_unique" unique ("partnership_id", "period_start");`);

    this.addSql(`create table "feedback_revision" ("id" varchar(36) not null, "round_id" varchar(36) not null, "kind" varchar(20) not null, "by_id" varchar(36) null, "at" timestamptz not null, "answers" jsonb null, "general_note" text null, "note" text null, constraint "feedback_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_revision_round_id_at_index" on "feedback_revision" ("round_id", "at");`);

    this.addSql(`alter table "feedback_schedule" add constraint "feedback_schedule_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_schedule" add constraint "feedback_schedule_set_by_id_foreign" foreign key ("set_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback_round" add constraint "feedback_round_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_round" add constraint "feedback_round_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "feedback_round" add constraint "feedback_round_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback_revision" add constraint "feedback_revision_round_id_foreign" foreign key ("round_id") references "feedback_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback_revision" add constraint "feedback_revision_by_id_foreign" foreign key ("by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "feedback_revision" drop constraint "feedback_revision_round_id_foreign";`);

    this.addSql(`drop table if exists "feedback_schedule" cascade;`);

    this.addSql(`drop table if exists "feedback_round" cascade;`);

    this.addSql(`drop table if exists "feedback_revision" cascade;`);
  }

}
