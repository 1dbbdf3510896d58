import { Migration } from '@mikro-orm/migrations';

export class Migration20261207101258_privacy extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sign_in_event\` (\`id\` text not null, \`user_id\` text not null, \`at\` datetime not null, \`ip\` text not null, constraint \`sign_in_event_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`sign_in_event_user_id_index\` on \`sign_in_event\` (\`user_id\`);`);
    this.addSql(`create index \`sign_in_event_at_index\` on \`sign_in_event\` (\`at\`);`);

    this.addSql(`create table \`retention_policy\` (\`id\` text not null, \`programme_id\` text not null, \`household_months_after_guidance\` integer not null default 36, \`access_log_months\` integer not null default 12, \`updated_at\` datetime null, \`updated_by_id\` text null, constraint \`retention_policy_programme_id_foreign\` foreign key(\`programme_id\`) references \`programme\`(\`id\`) on delete cascade on update cascade, constraint \`retention_policy_updated_by_id_foreign\` foreign key(\`updated_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`retention_policy_programme_id_index\` on \`retention_policy\` (\`programme_id\`);`);
    this.addSql(`create unique index \`retention_policy_programme_id_unique\` on \`retention_policy\` (\`programme_id\`);`);
    this.addSql(`create index \`retention_policy_updated_by_id_index\` on \`retention_policy\` (\`updated_by_id\`);`);

    this.addSql(`create table \`privacy_erasure\` (\`id\` text not null, \`subject_type\` text not null, \`subject_id\` text not null, \`mode\` text not null, \`reason\` text null, \`requested_by_id\` text null, \`started_at\` datetime not null, \`completed_at\` datetime null, \`counts\` json not null, \`pending_storage_keys\` json not null, constraint \`privacy_erasure_requested_by_id_foreign\` foreign key(\`requested_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`privacy_erasure_requested_by_id_index\` on \`privacy_erasure\` (\`requested_by_id\`);`);
    this.addSql(`create unique index \`privacy_erasure_subject_type_subject_id_unique\` on \`privacy_erasure\` (\`subject_type\`, \`subject_id\`);`);

    this.addSql(`alter table \`message\` add column \`removed_under\` text null;`);
  }

}
