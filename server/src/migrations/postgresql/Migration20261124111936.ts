import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111936 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting" ("id" varchar(36) not null, "kind" varchar(20) not null, "title" varchar(200) not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "place" varchar(300) null, "online_url" varchar(500) null, "status" varchar(20) not null default 'SCHEDULED', "cancel_reason" text null, "sequence" int not null default 0, "created_by_id" varchar(36) null, "evaluation_signed_off_at" timestamptz null, "evaluation_signed_off_by_id" varchar(36) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_starts_at_index" on "meeting" ("starts_at");`);

    this.addSql(`create table "meeting_partnership" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "partnership_id" varchar(36) not null, constraint "meeting_partnership_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_partnership_partnership_id_index" on "meeting_partnership" ("partnership_id");`);
    this.addSql(`alter table "meeting_partnership" add constraint "meeting_partnership_meeting_id_partnership_id_unique" unique ("meeting_id", "partnership_id");`);

    this.addSql(`create table "meeting_invitee" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "user_id" varchar(36) not null, "response" varchar(10) null, "responded_at" timestamptz null, "attendance" varchar(10) null, "invited_at" timestamptz not null, constraint "meeting_invitee_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_invitee_user_id_index" on "meeting_invitee" ("user_id");`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_meeting_id_user_id_unique" unique ("meeting_id", "user_id");`);

    this.addSql(`create table "evaluation_score" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "partnership_id" varchar(36) not null, "objective" varchar(30) not null, "rating" int not null, "notes" text null, "updated_at" timestamptz not null, constraint "evaluation_score_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_score_partnership_id_index" on "evaluation_score" ("partnership_id");`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_meeting_id_objective_unique" unique ("meeting_id", "objective");`);

    this.addSql(`create table "calendar_feed" ("id" varchar(36) not null, "user_id" varchar(36) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, constraint "calendar_feed_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "agenda_item" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "position" int not null, "title" varchar(300) not null, "description" text null, "notes" text null, "author_id" varchar(36) null, "source_type" varchar(30) null, "source_id" varchar(36) null, "source_url" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`);

    this.addSql(`create table "meeting_decision" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "agenda_item_id" varchar(36) null, "text" text not null, "created_by_id" varchar(36) null, "created_at" timestamptz not null, constraint "meeting_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_decision_meeting_id_index" on "meeting_decision" ("meeting_id");`);

    this.addSql(`create table "action_item" ("id" varchar(36) not null, "meeting_id" varchar(36) not null, "agenda_item_id" varchar(36) null, "title" varchar(300) not null, "assignee_id" varchar(36) not null, "due_date" varchar(10) not null, "status" varchar(10) not null default 'OPEN', "done_at" timestamptz null, "created_by_id" varchar(36) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "action_item_pkey" primary key ("id"));`);
    this.addSql(`create index "action_item_meeting_id_index" on "action_item" ("meeting_id");`);
    this.addSql(`create index "action_item_assignee_id_status_index" on "action_item" ("assignee_id", "status");`);

    this.addSql(`alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting" add constraint "meeting_evaluation_signed_off_by_id_foreign" foreign key ("evaluation_signed_off_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting_partnership" add constraint "meeting_partnership_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_partnership" add constraint "meeting_partnership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_invitee" add constraint "meeting_invitee_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_score" add constraint "evaluation_score_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "meeting_decision" add constraint "meeting_decision_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_item" add constraint "action_item_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting_partnership" drop constraint "meeting_partnership_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_invitee" drop constraint "meeting_invitee_meeting_id_foreign";`);

    this.addSql(`alter table "evaluation_score" drop constraint "evaluation_score_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_decision" drop constraint "meeting_decision_meeting_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_decision" drop constraint "meeting_decision_agenda_item_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_agenda_item_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_partnership" cascade;`);

    this.addSql(`drop table if exists "meeting_invitee" cascade;`);

    this.addSql(`drop table if exists "evaluation_score" cascade;`);

    this.addSql(`drop table if exists "calendar_feed" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "meeting_decision" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);
  }

}
