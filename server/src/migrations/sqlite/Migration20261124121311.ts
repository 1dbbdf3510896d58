import { Migration } from '@mikro-orm/migrations';

export class Migration20261124121311 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`document\` add column \`thread_id\` text null constraint \`document_thread_id_foreign\` references \`message_thread\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`document\` add column \`message_id\` text null constraint \`document_message_id_foreign\` references \`message\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`alter table \`document\` add column \`meeting_id\` text null constraint \`document_meeting_id_foreign\` references \`meeting\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`create index \`document_thread_id_index\` on \`document\` (\`thread_id\`);`);
    this.addSql(`create index \`document_message_id_index\` on \`document\` (\`message_id\`);`);
    this.addSql(`create index \`document_meeting_id_index\` on \`document\` (\`meeting_id\`);`);
  }

}
