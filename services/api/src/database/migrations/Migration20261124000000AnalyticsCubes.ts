import { Migration } from '@mikro-orm/migrations';

/**
 * Analytics cubes: attendance summed per cell of (activity level × month or not × participant
 * attributes), with the number of distinct participants in each cell. Participants fall into exactly
 * one cell per combination of sex, age band, labour status and education, so distinct-participant
 * counts add up across those cells: a dashboard query grouped or filtered by participant attributes
 * (and by one activity level, and by month or not) is a plain sum over a few hundred rows.
 *
 * - `level`: which activity key the cell has: ALL (none), PARTNER, TASK, ACTIVITY_KIND or ACTIVITY
 *   (an ACTIVITY cell also carries its activity's partner, task and kind).
 * - `monthly`: whether the cell is one month (`month` its first day) or the whole programme.
 * - `all_attributes`: true for the cell summed over every participant attribute (attribute columns null).
 * - `partner_id`: the one partner whose activities make up the whole cell (null when several): a
 *   PARTNER viewer's own cells.
 * - `participants` / `active`: distinct participants with at least one record / present record.
 *
 * Rebuilt with the per-participant rollups by `refreshAnalyticsRollups` and guarded by the same
 * `analytics_rollup_state`. Because cells hold participant attributes and activity keys, changing those
 * must dirty the programme too: update triggers on `participant` and `activity` (ENABLE ALWAYS, like the
 * attendance ones, so that bulk imports with session_replication_role = replica fire them).
 */
export class Migration20261124000000AnalyticsCubes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "analytics_attendance_cube" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "level" text not null check ("level" in ('ALL', 'PARTNER', 'TASK', 'ACTIVITY_KIND', 'ACTIVITY')),
      "monthly" boolean not null,
      "all_attributes" boolean not null,
      "month" date null,
      "partner_id" int null, "task_id" int null, "activity_id" int null, "kind" text null,
      "sex" text null, "age_band" text null, "labour_status" text null, "education" text null,
      "records" bigint not null, "present" bigint not null, "present_minutes" numeric(18,4) not null,
      "participants" int not null, "active" int not null);`);
    this.addSql(`create index "analytics_attendance_cube_cell_index" on "analytics_attendance_cube"
      ("programme_id", "level", "monthly", "all_attributes");`);

    // Participant attributes that place a participant in a cube cell (sex, age at entry, status, education).
    this.addSql(`create function "analytics_mark_dirty_by_participant_attributes"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct n.programme_id, true from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.sex, n.birth_date, n.entry_date, n.labour_status, n.education_level)
            is distinct from (o.programme_id, o.sex, o.birth_date, o.entry_date, o.labour_status, o.education_level)
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    // An activity's partner, task or kind: its cube cells move.
    this.addSql(`create function "analytics_mark_dirty_by_activity_keys"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct n.programme_id, true from new_rows n join old_rows o on o.id = n.id
          where (n.programme_id, n.partner_id, n.task_id, n.kind) is distinct from (o.programme_id, o.partner_id, o.task_id, o.kind)
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    this.addSql(`create trigger "participant_analytics_update" after update on "participant"
      referencing old table as old_rows new table as new_rows for each statement
      execute function "analytics_mark_dirty_by_participant_attributes"();`);
    this.addSql(`create trigger "activity_analytics_update" after update on "activity"
      referencing old table as old_rows new table as new_rows for each statement
      execute function "analytics_mark_dirty_by_activity_keys"();`);
    this.addSql(`alter table "participant" enable always trigger "participant_analytics_update";`);
    this.addSql(`alter table "activity" enable always trigger "activity_analytics_update";`);
    // Existing programmes have no cube rows yet: their next refresh must build them.
    this.addSql(`update "analytics_rollup_state" set "dirty" = true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "participant_analytics_update" on "participant";`);
    this.addSql(`drop trigger if exists "activity_analytics_update" on "activity";`);
    this.addSql(`drop function if exists "analytics_mark_dirty_by_participant_attributes"();`);
    this.addSql(`drop function if exists "analytics_mark_dirty_by_activity_keys"();`);
    this.addSql(`drop table if exists "analytics_attendance_cube";`);
  }
}
