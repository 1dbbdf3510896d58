import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`message_thread\` (\`id\` text not null, \`kind\` text not null, \`partnership_id\` text not null, \`household_id\` text null, \`subject\` text null, \`natural_key\` text null, \`created_by_id\` text null, \`last_seq\` integer not null default 0, \`last_public_seq\` integer not null default 0, \`last_change_seq\` integer not null default 0, \`last_message_at\` datetime not null, \`last_public_message_at\` datetime not null, \`created_at\` datetime not null, constraint \`message_thread_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`message_thread_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, constraint \`message_thread_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`message_thread_partnership_id_index\` on \`message_thread\` (\`partnership_id\`);`);
    this.addSql(`create index \`message_thread_household_id_index\` on \`message_thread\` (\`household_id\`);`);
    this.addSql(`create unique index \`message_thread_natural_key_unique\` on \`message_thread\` (\`natural_key\`);`);
    this.addSql(`create index \`message_thread_created_by_id_index\` on \`message_thread\` (\`created_by_id\`);`);
    this.addSql(`create index \`message_thread_partnership_id_last_message_at_index\` on \`message_thread\` (\`partnership_id\`, \`last_message_at\`);`);

    this.addSql(`create table \`message_thread_state\` (\`id\` text not null, \`thread_id\` text not null, \`user_id\` text not null, \`last_read_seq\` integer not null default 0, \`muted\` integer not null default false, constraint \`message_thread_state_thread_id_foreign\` foreign key(\`thread_id\`) references \`message_thread\`(\`id\`) on delete cascade on update cascade, constraint \`message_thread_state_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`message_thread_state_thread_id_index\` on \`message_thread_state\` (\`thread_id\`);`);
    this.addSql(`create index \`message_thread_state_user_id_index\` on \`message_thread_state\` (\`user_id\`);`);
    this.addSql(`create unique index \`message_thread_state_thread_id_user_id_unique\` on \`message_thread_state\` (\`thread_id\`, \`user_id\`);`);

    this.addSql(`create table \`messaging_profile\` (\`id\` text not null, \`user_id\` text not null, \`send_read_receipts\` integer not null default true, \`last_seen_at\` datetime null, constraint \`messaging_profile_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`messaging_profile_user_id_index\` on \`messaging_profile\` (\`user_id\`);`);
    this.addSql(`create unique index \`messaging_profile_user_id_unique\` on \`messaging_profile\` (\`user_id\`);`);

    this.addSql(`create table \`message\` (\`id\` text not null, \`thread_id\` text not null, \`seq\` integer not null, \`change_seq\` integer not null, \`author_id\` text not null, \`client_id\` text not null, \`body\` text not null, \`internal\` integer not null default false, \`reply_to_id\` text null, \`mention_ids\` json not null, \`created_at\` datetime not null, \`edited_at\` datetime null, \`deleted_at\` datetime null, constraint \`message_thread_id_foreign\` foreign key(\`thread_id\`) references \`message_thread\`(\`id\`) on delete cascade on update cascade, constraint \`message_author_id_foreign\` foreign key(\`author_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`message_reply_to_id_foreign\` foreign key(\`reply_to_id\`) references \`message\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`message_thread_id_index\` on \`message\` (\`thread_id\`);`);
    this.addSql(`create index \`message_author_id_index\` on \`message\` (\`author_id\`);`);
    this.addSql(`create index \`message_reply_to_id_index\` on \`message\` (\`reply_to_id\`);`);
    this.addSql(`create index \`message_thread_id_change_seq_index\` on \`message\` (\`thread_id\`, \`change_seq\`);`);
    this.addSql(`create unique index \`message_author_id_client_id_unique\` on \`message\` (\`author_id\`, \`client_id\`);`);
    this.addSql(`create unique index \`message_thread_id_seq_unique\` on \`message\` (\`thread_id\`, \`seq\`);`);
  }

}
