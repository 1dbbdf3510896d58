import { Migration } from '@mikro-orm/migrations';

export class Migration20261123180018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`step_template\` (\`id\` text not null, \`programme_id\` text not null, \`key\` text not null, \`label\` json not null, \`anchor\` text not null, \`offset_days\` integer not null, \`owner\` text not null, \`per_school_age_child\` integer not null default false, \`position\` integer not null default 0, \`active\` integer not null default true, constraint \`step_template_programme_id_foreign\` foreign key(\`programme_id\`) references \`programme\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`step_template_programme_id_index\` on \`step_template\` (\`programme_id\`);`);
    this.addSql(`create unique index \`step_template_programme_id_key_unique\` on \`step_template\` (\`programme_id\`, \`key\`);`);

    this.addSql(`create table \`housing\` (\`id\` text not null, \`household_id\` text not null, \`street\` text null, \`postal_code\` text null, \`city\` text null, \`lease_start\` text null, \`lease_end\` text null, \`monthly_rent_cents\` integer null, \`landlord_kind\` text null, \`moved_in_on\` text null, \`next_home_search_started_on\` text null, \`next_home_found_on\` text null, \`updated_at\` datetime not null, constraint \`housing_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`housing_household_id_unique\` on \`housing\` (\`household_id\`);`);

    this.addSql(`create table \`household_event\` (\`id\` text not null, \`household_id\` text not null, \`actor_id\` text null, \`at\` datetime not null, \`kind\` text not null, \`data\` json not null, constraint \`household_event_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, constraint \`household_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`household_event_household_id_index\` on \`household_event\` (\`household_id\`);`);
    this.addSql(`create index \`household_event_actor_id_index\` on \`household_event\` (\`actor_id\`);`);
    this.addSql(`create index \`household_event_household_id_at_index\` on \`household_event\` (\`household_id\`, \`at\`);`);

    this.addSql(`create table \`guidance_step\` (\`id\` text not null, \`household_id\` text not null, \`key\` text not null, \`label\` json not null, \`member_id\` text null, \`anchor\` text not null, \`offset_days\` integer not null, \`owner\` text not null, \`due_date\` text null, \`status\` text not null default 'TODO', \`not_applicable_reason\` text null, \`note\` text null, \`updated_by_id\` text null, \`updated_at\` datetime not null, \`position\` integer not null default 0, constraint \`guidance_step_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, constraint \`guidance_step_member_id_foreign\` foreign key(\`member_id\`) references \`household_member\`(\`id\`) on delete cascade on update cascade, constraint \`guidance_step_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`guidance_step_household_id_index\` on \`guidance_step\` (\`household_id\`);`);
    this.addSql(`create index \`guidance_step_member_id_index\` on \`guidance_step\` (\`member_id\`);`);
    this.addSql(`create index \`guidance_step_updated_by_id_index\` on \`guidance_step\` (\`updated_by_id\`);`);

    this.addSql(`alter table \`programme\` add column \`next_home_search_months\` integer not null default 3;`);
    this.addSql(`alter table \`programme\` add column \`stale_after_days\` integer not null default 30;`);
  }

}
