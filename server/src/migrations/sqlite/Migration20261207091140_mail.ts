import { Migration } from '@mikro-orm/migrations';

export class Migration20261207091140_mail extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`overdue_reminder\` (\`id\` text not null, \`source_type\` text not null, \`source_id\` text not null, \`at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`overdue_reminder_source_type_source_id_unique\` on \`overdue_reminder\` (\`source_type\`, \`source_id\`);`);

    this.addSql(`create table \`password_reset\` (\`id\` text not null, \`token_hash\` text not null, \`user_id\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_reset_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`password_reset_token_hash_unique\` on \`password_reset\` (\`token_hash\`);`);
    this.addSql(`create index \`password_reset_user_id_index\` on \`password_reset\` (\`user_id\`);`);

    this.addSql(`create table \`mail_setting\` (\`id\` text not null, \`user_id\` text not null, \`digest_time\` text not null, constraint \`mail_setting_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`mail_setting_user_id_index\` on \`mail_setting\` (\`user_id\`);`);
    this.addSql(`create unique index \`mail_setting_user_id_unique\` on \`mail_setting\` (\`user_id\`);`);

    this.addSql(`create table \`email_preference\` (\`id\` text not null, \`user_id\` text not null, \`kind\` text not null, \`mode\` text not null, constraint \`email_preference_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`email_preference_user_id_index\` on \`email_preference\` (\`user_id\`);`);
    this.addSql(`create unique index \`email_preference_user_id_kind_unique\` on \`email_preference\` (\`user_id\`, \`kind\`);`);

    this.addSql(`create table \`digest_item\` (\`id\` text not null, \`user_id\` text not null, \`kind\` text not null, \`link\` text not null, \`actor_name\` text null, \`context\` text null, \`created_at\` datetime not null, \`outbox_id\` text null, constraint \`digest_item_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`digest_item_user_id_index\` on \`digest_item\` (\`user_id\`);`);
    this.addSql(`create index \`digest_item_outbox_id_created_at_index\` on \`digest_item\` (\`outbox_id\`, \`created_at\`);`);

    this.addSql(`alter table \`outbox_message\` add column \`html\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`headers\` json null;`);
    this.addSql(`alter table \`outbox_message\` add column \`invite\` json null;`);
    this.addSql(`alter table \`outbox_message\` add column \`kind\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`status\` text not null default 'QUEUED';`);
    this.addSql(`alter table \`outbox_message\` add column \`attempts\` integer not null default 0;`);
    this.addSql(`alter table \`outbox_message\` add column \`next_attempt_at\` datetime null;`);
    this.addSql(`alter table \`outbox_message\` add column \`locked_until\` datetime null;`);
    this.addSql(`alter table \`outbox_message\` add column \`last_error\` text null;`);
    this.addSql(`alter table \`outbox_message\` add column \`sent_at\` datetime null;`);
    this.addSql(`create index \`outbox_message_status_next_attempt_at_index\` on \`outbox_message\` (\`status\`, \`next_attempt_at\`);`);
  }

}
