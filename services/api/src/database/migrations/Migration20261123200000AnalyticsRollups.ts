import { Migration } from '@mikro-orm/migrations';

/**
 * Analytics rollups: attendance pre-aggregated per participant at four grains (participant × activity
 * × month, participant × activity, participant × month, participant), so dashboard queries read
 * thousands of rows instead of millions. Counting distinct participants needs the participant grain;
 * everything above it is summed in the query.
 *
 * `analytics_rollup_state` says, per programme, whether the rollups match the base tables. Statement
 * triggers on `attendance` and `session` mark a programme dirty inside the writing transaction;
 * `refreshAnalyticsRollups` (analytics/rollups/refresh-rollups.ts) rebuilds it in the same transaction
 * and marks it clean. Queries read a rollup only while its programme is clean and fall back to the base
 * tables otherwise, so an answer is never stale, whoever wrote the rows.
 *
 * These tables have no entities: they are derived data owned by analytics/, and the ORM's schema diff
 * skips `analytics_*` tables (orm-config.ts `schemaGenerator.skipTables`).
 */
export class Migration20261123200000AnalyticsRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "analytics_rollup_state" (
      "programme_id" int primary key references "programme" ("id") on delete cascade,
      "dirty" boolean not null,
      "refreshed_at" timestamptz null);`);
    this.addSql(`create table "analytics_attendance_pam" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "activity_id" int not null, "month" date not null, "participant_id" int not null,
      "records" int not null, "present" int not null, "present_minutes" numeric(16,4) not null,
      primary key ("programme_id", "activity_id", "month", "participant_id"));`);
    this.addSql(`create table "analytics_attendance_pa" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "activity_id" int not null, "participant_id" int not null,
      "records" int not null, "present" int not null, "present_minutes" numeric(16,4) not null,
      primary key ("programme_id", "activity_id", "participant_id"));`);
    this.addSql(`create table "analytics_attendance_pm" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "month" date not null, "participant_id" int not null,
      "records" int not null, "present" int not null, "present_minutes" numeric(16,4) not null,
      primary key ("programme_id", "month", "participant_id"));`);
    this.addSql(`create table "analytics_attendance_p" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "participant_id" int not null,
      "records" int not null, "present" int not null, "present_minutes" numeric(16,4) not null,
      primary key ("programme_id", "participant_id"));`);

    // Inserted or updated attendance: the programmes of the rows' participants. Transition tables make
    // this one set-based statement per import batch, not a trigger call per row.
    this.addSql(`create function "analytics_mark_dirty_by_participant"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct p.programme_id, true from changed_rows c join participant p on p.id = c.participant_id
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    // Updated sessions (hours, date, activity): the programmes of their activities.
    this.addSql(`create function "analytics_mark_dirty_by_activity"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct a.programme_id, true from changed_rows c join activity a on a.id = c.activity_id
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    // Deleted attendance: a cascade (from a session, participant or activity) may already have removed
    // the rows that name the programme, so every programme is marked. Deletes are rare.
    this.addSql(`create function "analytics_mark_all_dirty"() returns trigger language plpgsql as $$
      begin
        update analytics_rollup_state set dirty = true where not dirty;
        return null;
      end $$;`);
    this.addSql(`create trigger "attendance_analytics_insert" after insert on "attendance"
      referencing new table as changed_rows for each statement execute function "analytics_mark_dirty_by_participant"();`);
    this.addSql(`create trigger "attendance_analytics_update" after update on "attendance"
      referencing new table as changed_rows for each statement execute function "analytics_mark_dirty_by_participant"();`);
    this.addSql(`create trigger "attendance_analytics_delete" after delete on "attendance"
      for each statement execute function "analytics_mark_all_dirty"();`);
    this.addSql(`create trigger "session_analytics_update" after update on "session"
      referencing new table as changed_rows for each statement execute function "analytics_mark_dirty_by_activity"();`);
    // Bulk imports insert with session_replication_role = replica to skip per-row FK checks; these
    // must still fire then, or rollups would look fresh while missing the imported rows.
    for (const [table, trigger] of [
      ['attendance', 'attendance_analytics_insert'],
      ['attendance', 'attendance_analytics_update'],
      ['attendance', 'attendance_analytics_delete'],
      ['session', 'session_analytics_update'],
    ]) {
      this.addSql(`alter table "${table}" enable always trigger "${trigger}";`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "attendance_analytics_insert" on "attendance";`);
    this.addSql(`drop trigger if exists "attendance_analytics_update" on "attendance";`);
    this.addSql(`drop trigger if exists "attendance_analytics_delete" on "attendance";`);
    this.addSql(`drop trigger if exists "session_analytics_update" on "session";`);
    this.addSql(`drop function if exists "analytics_mark_dirty_by_participant"();`);
    this.addSql(`drop function if exists "analytics_mark_dirty_by_activity"();`);
    this.addSql(`drop function if exists "analytics_mark_all_dirty"();`);
    for (const table of ['analytics_attendance_p', 'analytics_attendance_pm', 'analytics_attendance_pa', 'analytics_attendance_pam', 'analytics_rollup_state']) {
      this.addSql(`drop table if exists "${table}";`);
    }
  }
}
