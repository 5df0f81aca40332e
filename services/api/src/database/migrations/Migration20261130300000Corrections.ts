import { Migration } from '@mikro-orm/migrations';

/**
 * Partner data over time: import modes (merge/replace) with a covered period and a deleted count,
 * dry runs (PREVIEWED) and withdrawals (WITHDRAWN) of batches, and the before-images of the rows an
 * import updated or deleted, which a withdrawal restores.
 */
export class Migration20261130300000Corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "import_row_change" ("id" bigserial primary key, "batch_id" int not null, "table_name" varchar(40) not null, "operation" varchar(10) not null, "row_key" jsonb not null, "before" jsonb not null, "before_batch_id" int null, "participant_id" int null);`);
    this.addSql(`create index "import_row_change_before_batch_index" on "import_row_change" ("before_batch_id");`);
    this.addSql(`create index "import_row_change_batch_index" on "import_row_change" ("batch_id");`);
    this.addSql(`create index "import_row_change_participant_index" on "import_row_change" ("participant_id");`);
    this.addSql(`create index "import_row_change_row_index" on "import_row_change" ("table_name", "row_key");`);
    this.addSql(`alter table "import_row_change" add constraint "import_row_change_batch_id_foreign" foreign key ("batch_id") references "import_batch" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);
    this.addSql(`alter table "import_batch" add column "deleted" int not null default 0, add column "mode" text check ("mode" in ('MERGE', 'REPLACE')) not null default 'MERGE', add column "period_from" date null, add column "period_to" date null, add column "withdrawn_at" timestamptz null, add column "withdrawn_by" varchar(200) null;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_status_check" check("status" in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'INTERRUPTED', 'PREVIEWED', 'WITHDRAWN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_row_change";`);
    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);
    this.addSql(`update "import_batch" set "status" = 'SUCCEEDED' where "status" = 'WITHDRAWN';`);
    this.addSql(`delete from "import_batch" where "status" = 'PREVIEWED';`);
    this.addSql(`alter table "import_batch" drop column "deleted", drop column "mode", drop column "period_from", drop column "period_to", drop column "withdrawn_at", drop column "withdrawn_by";`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_status_check" check("status" in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'INTERRUPTED'));`);
  }
}
