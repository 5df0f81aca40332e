import { Migration } from '@mikro-orm/migrations';

/**
 * Incremental analytics: writes record WHICH participants' rollup rows they change, so that
 * `refreshAnalyticsRollups` (analytics/rollups/refresh-rollups.ts) rewrites only those participants'
 * rows and the cube cells they fall in, instead of rebuilding the whole programme after every write.
 *
 * - `analytics_rollup_pending`: participants whose rollup rows may differ from the base tables, with
 *   their attributes as of the last refresh when those changed. Every rollup row is one participant's,
 *   so recomputing a participant's rows from the base tables is exact; every cube cell is a sum over
 *   participants (counts included), so taking back their old contributions and adding the new keeps
 *   the cells exact.
 * - `analytics_rollup_pending_keys`: an activity's partner, task and kind before an update moved it or a
 *   delete removed it, so that the cube cells it leaves are recomputed too (its participants are
 *   pending as well).
 * - `analytics_rollup_state.needs_rebuild`: a change whose extent is unknown (TRUNCATE, rollups from
 *   before this migration): the next refresh rebuilds the whole programme.
 *
 * The statement triggers of the earlier analytics migrations keep their names and still mark the
 * programme dirty and bump its data version; they now also say which participants. Each first inserts
 * pending rows and only then touches the programme's state row: a refresh locks that row before reading
 * the pending rows, so a concurrent writer's participants are either seen by it or left pending.
 */
/**
 * PL/pgSQL marking the participants `o` of a FROM clause pending with their attributes as they were
 * (unless a change since the last refresh recorded them already), and their programmes dirty.
 */
function recordOldAttributes(from: string): string {
  return `insert into analytics_rollup_pending (programme_id, participant_id, attributes_recorded,
            old_record_key, old_sex, old_birth_date, old_entry_date, old_labour_status, old_education_level)
          select o.programme_id, o.id, true, o.record_key, o.sex, o.birth_date, o.entry_date, o.labour_status, o.education_level
          ${from}
        on conflict (programme_id, participant_id) do update set attributes_recorded = true,
            old_record_key = excluded.old_record_key, old_sex = excluded.old_sex, old_birth_date = excluded.old_birth_date, old_entry_date = excluded.old_entry_date,
            old_labour_status = excluded.old_labour_status, old_education_level = excluded.old_education_level
          where not analytics_rollup_pending.attributes_recorded;
        update analytics_rollup_state set dirty = true, version = version + 1
          where programme_id in (select o.programme_id ${from});`;
}

export class Migration20261130500000AnalyticsIncremental extends Migration {
  override async up(): Promise<void> {
    // The old_* columns: the participant's attributes as of the last refresh, recorded by the first
    // change of them since (attributes_recorded), so that its old cube contributions can be taken back.
    this.addSql(`create table "analytics_rollup_pending" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "participant_id" int not null,
      "attributes_recorded" boolean not null default false,
      "old_record_key" bigint null, "old_sex" text null, "old_birth_date" date null, "old_entry_date" date null,
      "old_labour_status" text null, "old_education_level" text null,
      primary key ("programme_id", "participant_id"));`);
    // An activity's keys as of the last refresh (the first change since wins).
    this.addSql(`create table "analytics_rollup_pending_keys" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "activity_id" int not null,
      "partner_id" int not null, "task_id" int not null, "kind" text not null,
      primary key ("programme_id", "activity_id"));`);
    this.addSql(`alter table "analytics_rollup_state" add column "needs_rebuild" boolean not null default false;`);
    // A cell's partner (the one partner whose activities make up the cell) is not a sum over its
    // participants; these are, and it follows from them: participants who attended one partner's
    // activities in the cell, and the sum and sum of squares of that partner's id over them.
    this.addSql(`alter table "analytics_attendance_cube" add column "single_partner_participants" int not null default 0,
      add column "partner_sum" bigint not null default 0, add column "partner_square_sum" bigint not null default 0;`);
    // Cubes built before this migration lack those columns: every programme is rebuilt once.
    this.addSql(`update "analytics_rollup_state" set "needs_rebuild" = true, "dirty" = true;`);
    // A participant's rows in the rollups whose keys do not start with it.
    for (const table of ['analytics_attendance_pam', 'analytics_attendance_pa', 'analytics_attendance_pm']) {
      this.addSql(`create index "${table}_participant_index" on "${table}" ("programme_id", "participant_id");`);
    }

    // Marks the given participants pending, their programmes dirty, and bumps those programmes' versions.
    // unnest + join looks each id up by index; = any() of a parameter array would compare every
    // participant with every id.
    this.addSql(`create function "analytics_mark_participants_pending"(participant_ids int[]) returns void language plpgsql as $$
      begin
        insert into analytics_rollup_pending (programme_id, participant_id)
          select p.programme_id, p.id from unnest(participant_ids) u (id) join participant p on p.id = u.id
        on conflict do nothing;
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct p.programme_id, true from unnest(participant_ids) u (id) join participant p on p.id = u.id
        on conflict (programme_id) do update set dirty = true, version = analytics_rollup_state.version + 1;
      end $$;`);

    // Attendance inserted, updated or deleted: the rows' participants (old and new). A participant deleted
    // in the same statement (a cascade) is no longer found here; its own delete trigger marks it.
    this.addSql(`create or replace function "analytics_mark_dirty_by_participant"() returns trigger language plpgsql as $$
      declare
        ids int[];
      begin
        if TG_OP = 'UPDATE' then
          select array_agg(distinct c.participant_id) into ids
            from (select participant_id from changed_rows union all select participant_id from old_rows) c;
        else
          select array_agg(distinct c.participant_id) into ids from changed_rows c;
        end if;
        perform analytics_mark_participants_pending(ids);
        return null;
      end $$;`);
    this.addSql(`drop trigger "attendance_analytics_update" on "attendance";`);
    this.addSql(`create trigger "attendance_analytics_update" after update on "attendance"
      referencing old table as old_rows new table as changed_rows for each statement execute function "analytics_mark_dirty_by_participant"();`);
    this.addSql(`drop trigger "attendance_analytics_delete" on "attendance";`);
    this.addSql(`create trigger "attendance_analytics_delete" after delete on "attendance"
      referencing old table as changed_rows for each statement execute function "analytics_mark_dirty_by_participant"();`);

    // Sessions whose hours, date or activity changed: everyone who attended them.
    this.addSql(`create or replace function "analytics_mark_dirty_by_activity"() returns trigger language plpgsql as $$
      declare
        ids int[];
      begin
        select array_agg(distinct at.participant_id) into ids
          from changed_rows n join old_rows o on o.id = n.id
          join attendance at on at.session_id = n.id
          where (n.minutes, n.date, n.activity_id) is distinct from (o.minutes, o.date, o.activity_id);
        perform analytics_mark_participants_pending(ids);
        return null;
      end $$;`);
    this.addSql(`drop trigger "session_analytics_update" on "session";`);
    this.addSql(`create trigger "session_analytics_update" after update on "session"
      referencing old table as old_rows new table as changed_rows for each statement execute function "analytics_mark_dirty_by_activity"();`);

    // Participant attributes that place a participant in a cube cell: pending, with the attributes it had.
    this.addSql(`create or replace function "analytics_mark_dirty_by_participant_attributes"() returns trigger language plpgsql as $$
      begin
        ${recordOldAttributes(`from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.sex, n.birth_date, n.entry_date, n.labour_status, n.education_level)
            is distinct from (o.programme_id, o.sex, o.birth_date, o.entry_date, o.labour_status, o.education_level)`)}
        return null;
      end $$;`);
    // A deleted participant: its rollup rows go (its attendance went with it, by cascade).
    this.addSql(`create function "analytics_mark_deleted_participants"() returns trigger language plpgsql as $$
      begin
        ${recordOldAttributes('from old_rows o join programme pr on pr.id = o.programme_id')}
        return null;
      end $$;`);
    this.addSql(`create trigger "participant_analytics_delete" after delete on "participant"
      referencing old table as old_rows for each statement execute function "analytics_mark_deleted_participants"();`);
    this.addSql(`alter table "participant" enable always trigger "participant_analytics_delete";`);

    // An activity's partner, task or kind: its participants' cells move, and the cells it leaves (its old keys) change.
    this.addSql(`create or replace function "analytics_mark_dirty_by_activity_keys"() returns trigger language plpgsql as $$
      declare
        ids int[];
      begin
        insert into analytics_rollup_pending_keys (programme_id, activity_id, partner_id, task_id, kind)
          select o.programme_id, o.id, o.partner_id, o.task_id, o.kind from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.partner_id, n.task_id, n.kind) is distinct from (o.programme_id, o.partner_id, o.task_id, o.kind)
        on conflict do nothing;
        select array_agg(distinct at.participant_id) into ids
          from new_rows n join old_rows o on o.id = n.id
          join session s on s.activity_id = n.id join attendance at on at.session_id = s.id
          where (n.programme_id, n.partner_id, n.task_id, n.kind) is distinct from (o.programme_id, o.partner_id, o.task_id, o.kind);
        perform analytics_mark_participants_pending(ids);
        return null;
      end $$;`);

    // A deleted activity: the cells of its partner, task and kind (its attendance went by cascade, marking its participants).
    this.addSql(`create function "analytics_mark_deleted_activities"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_pending_keys (programme_id, activity_id, partner_id, task_id, kind)
          select o.programme_id, o.id, o.partner_id, o.task_id, o.kind from old_rows o join programme pr on pr.id = o.programme_id
        on conflict do nothing;
        update analytics_rollup_state set dirty = true, version = version + 1
          where programme_id in (select distinct programme_id from old_rows);
        return null;
      end $$;`);
    this.addSql(`create trigger "activity_analytics_delete" after delete on "activity"
      referencing old table as old_rows for each statement execute function "analytics_mark_deleted_activities"();`);
    this.addSql(`alter table "activity" enable always trigger "activity_analytics_delete";`);

    // TRUNCATE names no rows: every programme is rebuilt whole.
    this.addSql(`create or replace function "analytics_mark_all_dirty"() returns trigger language plpgsql as $$
      begin
        update analytics_rollup_state set dirty = true, needs_rebuild = true, version = version + 1;
        return null;
      end $$;`);

    for (const [table, trigger] of [
      ['attendance', 'attendance_analytics_update'],
      ['attendance', 'attendance_analytics_delete'],
      ['session', 'session_analytics_update'],
    ]) {
      this.addSql(`alter table "${table}" enable always trigger "${trigger}";`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "participant_analytics_delete" on "participant";`);
    this.addSql(`drop function if exists "analytics_mark_deleted_participants"();`);
    this.addSql(`drop trigger if exists "activity_analytics_delete" on "activity";`);
    this.addSql(`drop function if exists "analytics_mark_deleted_activities"();`);
    // The earlier behaviour: any change dirties the programme, deletes dirty every programme.
    this.addSql(`create or replace function "analytics_mark_dirty_by_participant"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct p.programme_id, true from changed_rows c join participant p on p.id = c.participant_id
        on conflict (programme_id) do update set dirty = true, version = analytics_rollup_state.version + 1;
        return null;
      end $$;`);
    this.addSql(`create or replace function "analytics_mark_all_dirty"() returns trigger language plpgsql as $$
      begin
        update analytics_rollup_state set dirty = true, version = version + 1;
        return null;
      end $$;`);
    this.addSql(`create or replace function "analytics_mark_dirty_by_activity"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct a.programme_id, true from changed_rows c join activity a on a.id = c.activity_id
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    this.addSql(`create or replace function "analytics_mark_dirty_by_participant_attributes"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct n.programme_id, true from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.sex, n.birth_date, n.entry_date, n.labour_status, n.education_level)
            is distinct from (o.programme_id, o.sex, o.birth_date, o.entry_date, o.labour_status, o.education_level)
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    this.addSql(`create or replace function "analytics_mark_dirty_by_activity_keys"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct n.programme_id, true from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.partner_id, n.task_id, n.kind) is distinct from (o.programme_id, o.partner_id, o.task_id, o.kind)
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    this.addSql(`drop trigger "attendance_analytics_update" on "attendance";`);
    this.addSql(`create trigger "attendance_analytics_update" after update on "attendance"
      referencing new table as changed_rows for each statement execute function "analytics_mark_dirty_by_participant"();`);
    this.addSql(`drop trigger "attendance_analytics_delete" on "attendance";`);
    this.addSql(`create trigger "attendance_analytics_delete" after delete on "attendance"
      for each statement execute function "analytics_mark_all_dirty"();`);
    this.addSql(`drop trigger "session_analytics_update" on "session";`);
    this.addSql(`create trigger "session_analytics_update" after update on "session"
      referencing new table as changed_rows for each statement execute function "analytics_mark_dirty_by_activity"();`);
    for (const [table, trigger] of [
      ['attendance', 'attendance_analytics_update'],
      ['attendance', 'attendance_analytics_delete'],
      ['session', 'session_analytics_update'],
    ]) {
      this.addSql(`alter table "${table}" enable always trigger "${trigger}";`);
    }
    this.addSql(`drop function if exists "analytics_mark_participants_pending"(int[]);`);
    for (const table of ['analytics_attendance_pam', 'analytics_attendance_pa', 'analytics_attendance_pm']) {
      this.addSql(`drop index if exists "${table}_participant_index";`);
    }
    this.addSql(`alter table "analytics_rollup_state" drop column "needs_rebuild";`);
    this.addSql(`alter table "analytics_attendance_cube" drop column "single_partner_participants", drop column "partner_sum", drop column "partner_square_sum";`);
    this.addSql(`drop table if exists "analytics_rollup_pending_keys";`);
    this.addSql(`drop table if exists "analytics_rollup_pending";`);
  }
}
