import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`notification_preference\` (\`id\` text not null, \`user_id\` text not null, \`kind\` text not null, \`enabled\` integer not null, constraint \`notification_preference_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_preference_user_id_index\` on \`notification_preference\` (\`user_id\`);`);
    this.addSql(`create unique index \`notification_preference_user_id_kind_unique\` on \`notification_preference\` (\`user_id\`, \`kind\`);`);

    this.addSql(`create table \`notification\` (\`id\` text not null, \`recipient_id\` text not null, \`kind\` text not null, \`source_type\` text not null, \`source_id\` text not null, \`message_id\` text null, \`partnership_id\` text null, \`actor_id\` text null, \`excerpt\` text null, \`created_at\` datetime not null, \`read_at\` datetime null, constraint \`notification_recipient_id_foreign\` foreign key(\`recipient_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, constraint \`notification_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`notification_recipient_id_index\` on \`notification\` (\`recipient_id\`);`);
    this.addSql(`create index \`notification_actor_id_index\` on \`notification\` (\`actor_id\`);`);
    this.addSql(`create index \`notification_recipient_id_read_at_index\` on \`notification\` (\`recipient_id\`, \`read_at\`);`);
    this.addSql(`create index \`notification_recipient_id_created_at_index\` on \`notification\` (\`recipient_id\`, \`created_at\`);`);
  }

}
