import { Migration } from '@mikro-orm/migrations';

/** The unified model: programme structure, participant records, provenance and the audit log. */
export class Migration20261123000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor" varchar(200) not null, "action" varchar(80) not null, "programme_code" varchar(40) null, "entity_type" varchar(60) null, "entity_key" varchar(200) null, "details" jsonb null);`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create table "programme" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(200) not null, "description" text not null, "start_date" date not null, "end_date" date not null, "target_participants" int not null, "synthetic_participants" boolean not null, constraint programme_period_check check (end_date >= start_date));`);
    this.addSql(`alter table "programme" add constraint "programme_code_unique" unique ("code");`);
    this.addSql(`create table "partner" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(20) not null, "name" varchar(200) not null, "short_name" varchar(40) not null, "role" text check ("role" in ('LEADER', 'PARTNER')) not null);`);
    this.addSql(`alter table "partner" add constraint "partner_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "media_mention" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(40) not null, "outlet" varchar(200) not null, "title" varchar(400) not null, "published_on" date null);`);
    this.addSql(`alter table "media_mention" add constraint "media_mention_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "indicator" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(60) not null, "name" varchar(300) not null, "description" text not null, "numerator" jsonb not null, "denominator" jsonb null, "target" double precision null, "target_illustrative" boolean not null, "unit" text check ("unit" in ('COUNT', 'RATE', 'HOURS')) not null, "position" int not null, constraint indicator_rate_has_denominator_check check ((unit = 'RATE') = (denominator is not null)));`);
    this.addSql(`alter table "indicator" add constraint "indicator_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "import_batch" ("id" serial primary key, "programme_id" int not null, "partner_id" int not null, "kind" varchar(40) not null, "file_name" varchar(300) not null, "sha256" varchar(64) not null, "encoding" varchar(20) not null, "status" text check ("status" in ('RUNNING', 'SUCCEEDED', 'REJECTED', 'INTERRUPTED')) not null, "rows_read" int not null default 0, "inserted" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "rejected_rows" int not null default 0, "report" jsonb null, "submitted_by" varchar(200) not null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null);`);
    this.addSql(`create index "import_batch_programme_started_index" on "import_batch" ("programme_id", "started_at");`);
    this.addSql(`create table "participant" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(40) not null, "pesel_hash" varchar(64) not null, "sex" text check ("sex" in ('FEMALE', 'MALE')) not null, "birth_date" date not null, "entry_date" date not null, "exit_date" date null, "exit_reason" text check ("exit_reason" in ('COMPLETED', 'DROPPED_OUT')) null, "labour_status" text check ("labour_status" in ('UNEMPLOYED', 'INACTIVE', 'EMPLOYED')) not null, "education_level" text check ("education_level" in ('PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'POST_SECONDARY', 'TERTIARY')) not null, "import_batch_id" int null, constraint participant_birth_before_entry_check check (birth_date < entry_date), constraint participant_exit_after_entry_check check (exit_date is null or exit_date >= entry_date), constraint participant_exit_consistency_check check ((exit_date is null) = (exit_reason is null)));`);
    this.addSql(`alter table "participant" add constraint "participant_programme_pesel_hash_unique" unique ("programme_id", "pesel_hash");`);
    this.addSql(`alter table "participant" add constraint "participant_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "participant_result" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "participant_id" int not null, "date" date not null, "type" text check ("type" in ('EMPLOYED', 'SELF_EMPLOYED', 'IN_EDUCATION', 'JOB_SEEKING')) not null, "import_batch_id" int null);`);
    this.addSql(`alter table "participant_result" add constraint "participant_result_natural_key_unique" unique ("participant_id", "date", "type");`);
    this.addSql(`create table "programme_event" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(40) not null, "name" varchar(200) not null, "date" date not null, "venue" varchar(300) not null, "description" text not null, "audience" int null, "audience_illustrative" boolean not null default false, constraint programme_event_audience_check check (audience is null or audience >= 0));`);
    this.addSql(`alter table "programme_event" add constraint "programme_event_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "site" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "code" varchar(40) not null, "name" varchar(200) not null, "description" text not null, "redeveloped_on" date null);`);
    this.addSql(`alter table "site" add constraint "site_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "task" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "partner_id" int not null, "code" varchar(20) not null, "name" varchar(200) not null);`);
    this.addSql(`alter table "task" add constraint "task_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "activity" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "partner_id" int not null, "task_id" int not null, "code" varchar(40) not null, "file_code" varchar(40) not null, "name" varchar(300) not null, "kind" text check ("kind" in ('WORKSHOP', 'ANIMATION_CLASS', 'VOCATIONAL_COURSE', 'COMMUNITY_CENTRE', 'EVENT')) not null, "venue" varchar(300) not null, "organiser" varchar(300) not null);`);
    this.addSql(`create index "activity_partner_index" on "activity" ("partner_id");`);
    this.addSql(`create index "activity_task_index" on "activity" ("task_id");`);
    this.addSql(`alter table "activity" add constraint "activity_partner_file_code_unique" unique ("partner_id", "file_code");`);
    this.addSql(`alter table "activity" add constraint "activity_programme_code_unique" unique ("programme_id", "code");`);
    this.addSql(`create table "support_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "participant_id" int not null, "activity_id" int not null, "date" date not null, "kind" text check ("kind" in ('SPRZET_SPORTOWY', 'BADANIE_LEKARSKIE', 'STROJ', 'OBUWIE', 'APARAT_FOTOGRAFICZNY')) not null, "quantity" int not null, "description" text not null, "import_batch_id" int null, constraint support_item_quantity_check check (quantity > 0));`);
    this.addSql(`alter table "support_item" add constraint "support_item_natural_key_unique" unique ("participant_id", "date", "kind");`);
    this.addSql(`create table "session" ("id" serial primary key, "activity_id" int not null, "date" date not null, "minutes" numeric(10,4) not null, "import_batch_id" int null, constraint session_length_check check (minutes > 0 and minutes <= 1440));`);
    this.addSql(`alter table "session" add constraint "session_activity_date_unique" unique ("activity_id", "date");`);
    this.addSql(`create table "attendance" ("session_id" int not null, "participant_id" int not null, "status" text check ("status" in ('PRESENT', 'ABSENT', 'EXCUSED')) not null, "import_batch_id" int null, constraint "attendance_pkey" primary key ("session_id", "participant_id"));`);
    this.addSql(`create index "attendance_participant_index" on "attendance" ("participant_id");`);
    this.addSql(`create table "exam_result" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "programme_id" int not null, "activity_id" int not null, "participant_id" int not null, "exam_date" date not null, "passed" boolean not null, "certificate_number" varchar(80) null, "import_batch_id" int null, constraint exam_result_certificate_check check ((passed and certificate_number is not null) or (not passed and certificate_number is null)));`);
    this.addSql(`create index "exam_result_participant_index" on "exam_result" ("participant_id");`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_certificate_number_unique" unique ("programme_id", "certificate_number");`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_natural_key_unique" unique ("activity_id", "participant_id", "exam_date");`);
    this.addSql(`create table "childcare" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "participant_id" int not null, "activity_id" int not null, "date" date not null, "children_count" int not null, "hours" numeric(6,2) not null, "import_batch_id" int null, constraint childcare_values_check check (children_count > 0 and hours > 0 and hours <= 24));`);
    this.addSql(`alter table "childcare" add constraint "childcare_participant_date_unique" unique ("participant_id", "date");`);
    this.addSql(`alter table "partner" add constraint "partner_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "media_mention" add constraint "media_mention_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator" add constraint "indicator_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participant" add constraint "participant_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participant" add constraint "participant_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "participant_result" add constraint "participant_result_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participant_result" add constraint "participant_result_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "programme_event" add constraint "programme_event_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "site" add constraint "site_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_item" add constraint "support_item_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_item" add constraint "support_item_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "support_item" add constraint "support_item_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "session" add constraint "session_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "attendance" add constraint "attendance_session_id_foreign" foreign key ("session_id") references "session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "exam_result" add constraint "exam_result_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "childcare" add constraint "childcare_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "childcare" add constraint "childcare_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "childcare" add constraint "childcare_import_batch_id_foreign" foreign key ("import_batch_id") references "import_batch" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'childcare', 'exam_result', 'attendance', 'session', 'support_item', 'activity', 'task', 'site',
      'programme_event', 'participant_result', 'participant', 'import_batch', 'indicator', 'media_mention',
      'partner', 'programme', 'audit_entry',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
