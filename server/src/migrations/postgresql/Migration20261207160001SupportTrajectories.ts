import { Migration } from '@mikro-orm/migrations';

export class Migration20261207160001SupportTrajectories extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "support_trajectory" ("id" varchar(36) not null, "partnership_id" varchar(36) not null, "reference" varchar(40) not null, "birth_year" int null, "target_group" varchar(40) not null, "followed_by_id" varchar(36) null, "started_on" varchar(10) not null, "planned_end" varchar(10) null, "extended" boolean not null default false, "stage" varchar(40) not null, "stage_dates" jsonb not null, "close_reason" varchar(40) null, "needs_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "support_trajectory_pkey" primary key ("id"));`);
    this.addSql(`alter table "support_trajectory" add constraint "support_trajectory_partnership_id_reference_unique" unique ("partnership_id", "reference");`);

    this.addSql(`alter table "support_trajectory" add constraint "support_trajectory_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_trajectory" add constraint "support_trajectory_followed_by_id_foreign" foreign key ("followed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_trajectory" cascade;`);
  }

}
