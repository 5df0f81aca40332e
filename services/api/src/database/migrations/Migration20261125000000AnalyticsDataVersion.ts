import { Migration } from '@mikro-orm/migrations';

/** Tables analytics reads, and how a changed row leads to its programme. */
const VERSIONED_TABLES: [table: string, path: 'programme' | 'programme_id' | 'activity' | 'participant'][] = [
  ['programme', 'programme'],
  ['partner', 'programme_id'],
  ['task', 'programme_id'],
  ['activity', 'programme_id'],
  ['participant', 'programme_id'],
  ['exam_result', 'programme_id'],
  ['indicator', 'programme_id'],
  // Structural counts of indicators (SITES, EVENTS, MEDIA_MENTIONS).
  ['site', 'programme_id'],
  ['programme_event', 'programme_id'],
  ['media_mention', 'programme_id'],
  ['session', 'activity'],
  ['support_item', 'participant'],
  ['participant_result', 'participant'],
  ['childcare', 'participant'],
];

/**
 * A data version per programme, so that analytics answers can be cached and still never be stale
 * (analytics/answer-cache.ts): `analytics_rollup_state.version` goes up in every transaction that
 * writes any table an answer is computed from. A cached answer is keyed by the version read when it
 * was asked for, so once a writer commits, readers see the new version and miss the old entries.
 *
 * Statement triggers (ENABLE ALWAYS: bulk imports write with session_replication_role = replica) bump
 * the versions of the programmes of the written rows, found through transition tables in one set-based
 * statement per import step. Deletes and truncates bump every programme: cascades may already have
 * removed the rows that name it, and they are rare. Attendance, the one big table, already has
 * statement triggers for the rollups' dirty flag: those functions now bump the version too, so its
 * transition tables are read once.
 *
 * A programme's state row is created by its first write, dirty (no rollups built yet), its version
 * starting from the clock; a programme without one is never cached.
 */
export class Migration20261125000000AnalyticsDataVersion extends Migration {
  override async up(): Promise<void> {
    // Versions start at the clock (in microseconds), not at 1: a programme's state row created again (a
    // restore, a programme deleted and loaded anew with its code) must not meet a version a running hub
    // has cached answers under.
    this.addSql(`alter table "analytics_rollup_state" add column "version" bigint not null
      default (extract(epoch from clock_timestamp()) * 1000000)::bigint;`);

    this.addSql(`create function "analytics_bump_version"() returns trigger language plpgsql as $$
      declare
        programme_ids int[];
      begin
        if TG_OP in ('DELETE', 'TRUNCATE') then
          update analytics_rollup_state set version = version + 1;
          return null;
        end if;
        -- One compiled copy of this function per trigger, so each branch is planned against its own table.
        case TG_ARGV[0]
          when 'programme' then select array_agg(distinct c.id) into programme_ids from changed_rows c;
          when 'programme_id' then select array_agg(distinct c.programme_id) into programme_ids from changed_rows c;
          when 'activity' then
            select array_agg(distinct a.programme_id) into programme_ids from changed_rows c join activity a on a.id = c.activity_id;
          when 'participant' then
            select array_agg(distinct p.programme_id) into programme_ids from changed_rows c join participant p on p.id = c.participant_id;
        end case;
        insert into analytics_rollup_state (programme_id, dirty)
          select unnest(programme_ids), true
        on conflict (programme_id) do update set version = analytics_rollup_state.version + 1;
        return null;
      end $$;`);

    for (const [table, path] of VERSIONED_TABLES) {
      this.addSql(`create trigger "${table}_version_insert" after insert on "${table}"
        referencing new table as changed_rows for each statement execute function "analytics_bump_version"('${path}');`);
      // Rows never move between programmes (every natural key includes the programme), so the new rows name them all.
      this.addSql(`create trigger "${table}_version_update" after update on "${table}"
        referencing new table as changed_rows for each statement execute function "analytics_bump_version"('${path}');`);
      this.addSql(`create trigger "${table}_version_delete" after delete on "${table}"
        for each statement execute function "analytics_bump_version"('${path}');`);
      this.addSql(`create trigger "${table}_version_truncate" after truncate on "${table}"
        for each statement execute function "analytics_bump_version"('${path}');`);
      for (const operation of ['insert', 'update', 'delete', 'truncate']) {
        this.addSql(`alter table "${table}" enable always trigger "${table}_version_${operation}";`);
      }
    }

    // Attendance: its rollup triggers bump the version as they mark the programme dirty.
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
    this.addSql(`create trigger "attendance_analytics_truncate" after truncate on "attendance"
      for each statement execute function "analytics_mark_all_dirty"();`);
    this.addSql(`alter table "attendance" enable always trigger "attendance_analytics_truncate";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "attendance_analytics_truncate" on "attendance";`);
    for (const [table] of VERSIONED_TABLES) {
      for (const operation of ['insert', 'update', 'delete', 'truncate']) {
        this.addSql(`drop trigger if exists "${table}_version_${operation}" on "${table}";`);
      }
    }
    this.addSql(`drop function if exists "analytics_bump_version"();`);
    this.addSql(`create or replace function "analytics_mark_dirty_by_participant"() returns trigger language plpgsql as $$
      begin
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct p.programme_id, true from changed_rows c join participant p on p.id = c.participant_id
        on conflict (programme_id) do update set dirty = true where not analytics_rollup_state.dirty;
        return null;
      end $$;`);
    this.addSql(`create or replace function "analytics_mark_all_dirty"() returns trigger language plpgsql as $$
      begin
        update analytics_rollup_state set dirty = true where not dirty;
        return null;
      end $$;`);
    this.addSql(`alter table "analytics_rollup_state" drop column "version";`);
  }
}
