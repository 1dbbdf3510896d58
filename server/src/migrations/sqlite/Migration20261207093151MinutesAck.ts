import { Migration } from '@mikro-orm/migrations';

export class Migration20261207093151MinutesAck extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`minutes_acknowledgement\` (\`id\` text not null, \`meeting_id\` text not null, \`user_id\` text not null, \`digest\` text not null, \`at\` datetime not null, constraint \`minutes_acknowledgement_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`minutes_acknowledgement_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`minutes_acknowledgement_meeting_id_index\` on \`minutes_acknowledgement\` (\`meeting_id\`);`);
    this.addSql(`create index \`minutes_acknowledgement_user_id_index\` on \`minutes_acknowledgement\` (\`user_id\`);`);
    this.addSql(`create unique index \`minutes_acknowledgement_meeting_id_user_id_digest_unique\` on \`minutes_acknowledgement\` (\`meeting_id\`, \`user_id\`, \`digest\`);`);
  }

}
