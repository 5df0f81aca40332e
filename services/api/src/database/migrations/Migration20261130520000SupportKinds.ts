import { Migration } from '@mikro-orm/migrations';

/**
 * Support kinds become programme data: each programme's kinds, with their labels, in `support_kind`; the
 * fixed check constraints on the pilot's five codes go (an import checks a row's kind against its
 * programme's). Programmes already loaded get the pilot's documented kinds for the codes they map.
 */
export class Migration20261130520000SupportKinds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "support_kind" ("id" serial primary key, "programme_id" int not null, "code" varchar(60) not null, "name_pl" varchar(200) not null, "name_en" varchar(200) not null, "position" int not null);`);
    this.addSql(`alter table "support_kind" add constraint "support_kind_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`alter table "support_kind" add constraint "support_kind_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_item" drop constraint if exists "support_item_kind_check";`);
    this.addSql(`alter table "support_kind_activity" drop constraint if exists "support_kind_activity_kind_check";`);
    this.addSql(`insert into "support_kind" ("programme_id", "code", "name_pl", "name_en", "position")
      select ska.programme_id, ska.kind, l.name_pl, l.name_en, l.position
      from "support_kind_activity" ska
      join (values ('SPRZET_SPORTOWY', 'Sprzęt sportowy', 'Sports equipment', 0), ('BADANIE_LEKARSKIE', 'Badanie lekarskie', 'Medical examination', 1),
                   ('STROJ', 'Strój', 'Outfit', 2), ('OBUWIE', 'Obuwie', 'Sports shoes', 3), ('APARAT_FOTOGRAFICZNY', 'Aparat fotograficzny', 'Camera', 4))
        as l (code, name_pl, name_en, position) on l.code = ska.kind;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_kind" cascade;`);
    this.addSql(`alter table "support_item" add constraint "support_item_kind_check" check ("kind" in ('SPRZET_SPORTOWY', 'BADANIE_LEKARSKIE', 'STROJ', 'OBUWIE', 'APARAT_FOTOGRAFICZNY'));`);
    this.addSql(`alter table "support_kind_activity" add constraint "support_kind_activity_kind_check" check ("kind" in ('SPRZET_SPORTOWY', 'BADANIE_LEKARSKIE', 'STROJ', 'OBUWIE', 'APARAT_FOTOGRAFICZNY'));`);
  }
}
