import { Migration } from '@mikro-orm/migrations';

export class Migration20261124170830 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`message_thread_id_author_id_index\` on \`message\` (\`thread_id\`, \`author_id\`);`);
  }

}
