import { Migration } from '@mikro-orm/migrations';
import { PUBLIC_NUMBERING_BACKFILL } from '../public-numbering.js';

export class Migration20261124193941 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`message_thread\` add column \`last_public_change_seq\` integer not null default 0;`);

    this.addSql(`alter table \`message_thread_state\` add column \`last_read_public_seq\` integer not null default 0;`);

    this.addSql(`alter table \`message\` add column \`public_seq\` integer null;`);
    this.addSql(`alter table \`message\` add column \`public_change_seq\` integer null;`);
    // Partners' numbering for what is already stored, before its unique index.
    for (const sql of PUBLIC_NUMBERING_BACKFILL) this.addSql(`${sql};`);

    this.addSql(`create index \`message_thread_id_public_change_seq_index\` on \`message\` (\`thread_id\`, \`public_change_seq\`);`);
    this.addSql(`create unique index \`message_thread_id_public_seq_unique\` on \`message\` (\`thread_id\`, \`public_seq\`);`);
  }

}
