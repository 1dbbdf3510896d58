import { Migration } from '@mikro-orm/migrations';

export class Migration20261207104056ReturnFiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`return_file\` (\`id\` text not null, \`partnership_id\` text not null, \`reference\` text not null, \`country\` text null, \`followed_by_id\` text null, \`stage\` text not null, \`stage_dates\` json not null, \`medical_note\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, constraint \`return_file_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`return_file_followed_by_id_foreign\` foreign key(\`followed_by_id\`) references \`organisation\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`return_file_partnership_id_index\` on \`return_file\` (\`partnership_id\`);`);
    this.addSql(`create index \`return_file_followed_by_id_index\` on \`return_file\` (\`followed_by_id\`);`);
    this.addSql(`create unique index \`return_file_partnership_id_reference_unique\` on \`return_file\` (\`partnership_id\`, \`reference\`);`);
  }

}
