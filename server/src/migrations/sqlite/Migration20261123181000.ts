import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`document\` (\`id\` text not null, \`partnership_id\` text not null, \`household_id\` text null, \`name\` text not null, \`category\` text not null, \`created_by_id\` text null, \`created_at\` datetime not null, \`deleted_at\` datetime null, \`deleted_by_id\` text null, constraint \`document_partnership_id_foreign\` foreign key(\`partnership_id\`) references \`partnership\`(\`id\`) on delete cascade on update cascade, constraint \`document_household_id_foreign\` foreign key(\`household_id\`) references \`household\`(\`id\`) on delete cascade on update cascade, constraint \`document_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`document_deleted_by_id_foreign\` foreign key(\`deleted_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`document_partnership_id_index\` on \`document\` (\`partnership_id\`);`);
    this.addSql(`create index \`document_household_id_index\` on \`document\` (\`household_id\`);`);
    this.addSql(`create index \`document_created_by_id_index\` on \`document\` (\`created_by_id\`);`);
    this.addSql(`create index \`document_deleted_by_id_index\` on \`document\` (\`deleted_by_id\`);`);
    this.addSql(`create index \`document_partnership_id_household_id_index\` on \`document\` (\`partnership_id\`, \`household_id\`);`);

    this.addSql(`create table \`document_version\` (\`id\` text not null, \`document_id\` text not null, \`number\` integer not null, \`storage_key\` text not null, \`size\` integer not null, \`content_type\` text not null, \`original_name\` text not null, \`uploaded_by_id\` text null, \`uploaded_at\` datetime not null, constraint \`document_version_document_id_foreign\` foreign key(\`document_id\`) references \`document\`(\`id\`) on delete cascade on update cascade, constraint \`document_version_uploaded_by_id_foreign\` foreign key(\`uploaded_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`document_version_document_id_index\` on \`document_version\` (\`document_id\`);`);
    this.addSql(`create index \`document_version_storage_key_index\` on \`document_version\` (\`storage_key\`);`);
    this.addSql(`create index \`document_version_uploaded_by_id_index\` on \`document_version\` (\`uploaded_by_id\`);`);
    this.addSql(`create unique index \`document_version_document_id_number_unique\` on \`document_version\` (\`document_id\`, \`number\`);`);
  }

}
