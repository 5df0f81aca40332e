import { Migration } from '@mikro-orm/migrations';

/**
 * Partner file layouts as data (issue 17): each programme stores how its partners' files read, and its
 * participant code format; the childcare activity moves into the childcare layout. `json`, not `jsonb`:
 * the order of a layout's code maps is how error messages list the allowed codes.
 */
export class Migration20261130510000PartnerFileLayouts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "partner_file_layout" ("programme_id" int not null, "kind" varchar(40) not null, "partner_id" int not null, "record" text check ("record" in ('register', 'attendance', 'childcare', 'results', 'support', 'exams')) not null, "layout" json not null, "position" int not null, constraint "partner_file_layout_pkey" primary key ("programme_id", "kind"));`);
    this.addSql(`alter table "partner_file_layout" add constraint "partner_file_layout_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_file_layout" add constraint "partner_file_layout_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "programme" add column "participant_code_pattern" varchar(200) null, add column "participant_code_description" varchar(200) null;`);
    this.addSql(`alter table "programme" drop constraint "programme_childcare_activity_id_foreign";`);
    this.addSql(`alter table "programme" drop column "childcare_activity_id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme" add column "childcare_activity_id" int null;`);
    this.addSql(`alter table "programme" add constraint "programme_childcare_activity_id_foreign" foreign key ("childcare_activity_id") references "activity" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "programme" drop column "participant_code_pattern", drop column "participant_code_description";`);
    this.addSql(`drop table if exists "partner_file_layout" cascade;`);
  }
}
