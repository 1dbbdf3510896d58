import { Migration } from '@mikro-orm/migrations';

export class Migration20261124204507 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`agenda_item\` add column \`partnership_id\` text null constraint \`agenda_item_partnership_id_foreign\` references \`partnership\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`create index \`agenda_item_partnership_id_index\` on \`agenda_item\` (\`partnership_id\`);`);
  }

}
