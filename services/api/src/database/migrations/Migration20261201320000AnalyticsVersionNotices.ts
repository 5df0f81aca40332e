import { Migration } from '@mikro-orm/migrations';

/**
 * A notice on channel `analytics_data_version` whenever programmes' data versions change: a statement
 * trigger on `analytics_rollup_state` (every version rise, by any writer, ends there) sends the new
 * version of each programme whose row was written, as a JSON object from code to version (as text: a
 * bigint), or `*` (every programme changed) if that would not fit a notice. PostgreSQL delivers it at
 * commit to every listening hub (analytics/data-version-notices.ts), once per transaction and payload.
 *
 * A notice is only a hint: a hub that hears it computes its next answer for that programme in one
 * statement that also reads the version, instead of reading the version first. No answer relies on
 * a notice arriving; without it the hub reads the version before answering, as it always did.
 * Enabled ALWAYS: bulk imports write in replica mode, and their version rises must be heard too.
 */
export class Migration20261201320000AnalyticsVersionNotices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "analytics_notify_data_version"() returns trigger language plpgsql as $$
      declare
        codes text;
      begin
        select json_object_agg(pr.code, c.version::text)::text into codes
          from changed_rows c join programme pr on pr.id = c.programme_id;
        if codes is not null then
          perform pg_notify('analytics_data_version', case when octet_length(codes) < 7900 then codes else '*' end);
        end if;
        return null;
      end $$;`);
    for (const operation of ['insert', 'update']) {
      this.addSql(`create trigger "analytics_rollup_state_notify_${operation}" after ${operation} on "analytics_rollup_state"
        referencing new table as changed_rows for each statement execute function "analytics_notify_data_version"();`);
      this.addSql(`alter table "analytics_rollup_state" enable always trigger "analytics_rollup_state_notify_${operation}";`);
    }
  }

  override async down(): Promise<void> {
    for (const operation of ['insert', 'update']) this.addSql(`drop trigger if exists "analytics_rollup_state_notify_${operation}" on "analytics_rollup_state";`);
    this.addSql(`drop function if exists "analytics_notify_data_version"();`);
  }
}
