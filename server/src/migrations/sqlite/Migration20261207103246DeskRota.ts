import { Migration } from '@mikro-orm/migrations';

export class Migration20261207103246DeskRota extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`desk_rota_entry\` (\`id\` text not null, \`partnership_id\` text not null, \`organisation_id\` text not null, \`desk\` text not null, \`weekdays\` json not null, \`updated_at\` datetime not null, constraint \`desk_rota_entry_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`desk_rota_entry_organisation_id_foreign\` foreign key(\`organisation_id\`) references \`organisation\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`desk_rota_entry_partnership_id_index\` on \`desk_rota_entry\` (\`partnership_id\`);`);
    this.addSql(`create index \`desk_rota_entry_organisation_id_index\` on \`desk_rota_entry\` (\`organisation_id\`);`);
    this.addSql(`create unique index \`desk_rota_entry_partnership_id_desk_organisation_id_unique\` on \`desk_rota_entry\` (\`partnership_id\`, \`desk\`, \`organisation_id\`);`);
  }

}
