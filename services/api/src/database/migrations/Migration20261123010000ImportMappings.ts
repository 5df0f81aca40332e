import { Migration } from '@mikro-orm/migrations';

/** Where support items and childcare belong: their partner files name no activity. */
export class Migration20261123010000ImportMappings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "support_kind_activity" ("programme_id" int not null, "kind" text check ("kind" in ('SPRZET_SPORTOWY', 'BADANIE_LEKARSKIE', 'STROJ', 'OBUWIE', 'APARAT_FOTOGRAFICZNY')) not null, "activity_id" int not null, constraint "support_kind_activity_pkey" primary key ("programme_id", "kind"));`);
    this.addSql(`alter table "support_kind_activity" add constraint "support_kind_activity_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_kind_activity" add constraint "support_kind_activity_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme" add column "childcare_activity_id" int null;`);
    this.addSql(`alter table "programme" add constraint "programme_childcare_activity_id_foreign" foreign key ("childcare_activity_id") references "activity" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme" drop constraint "programme_childcare_activity_id_foreign";`);
    this.addSql(`alter table "programme" drop column "childcare_activity_id";`);
    this.addSql(`drop table if exists "support_kind_activity" cascade;`);
  }
}
