import { Migration } from '@mikro-orm/migrations';

/**
 * The register cube: participants counted per cell of (sex, age band, labour status, education, exit
 * reason, certified, result types), with their record keys summed. Each participant is in exactly one
 * cell, so the register measures (PARTICIPANTS, COMPLETIONS, DROPOUTS, CERTIFIED_PARTICIPANTS, RESULTS)
 * over the whole programme, filtered or grouped by participant attributes, are sums over a few hundred
 * rows instead of scans of the register, exam results and results (the KPIs read six of them).
 *
 * - `analytics_register_p`: one row per participant with the cell it is in — the cell a participant
 *   leaves is read from here when it changes, so the cube is corrected by differences.
 * - `analytics_register_cube`: the cells (unique, nulls not distinct: exit_reason is null while a
 *   participant takes part).
 * - `analytics_register_pending`: participants whose cell may have changed since the last refresh:
 *   written by triggers on participant, exam_result and participant_result, which also mark the
 *   programme's rollups dirty (answers read the base tables until `refreshAnalyticsRollups` runs).
 *
 * Like the attendance triggers, these first insert pending rows and only then touch the programme's
 * state row, and are enabled ALWAYS (bulk imports write in replica mode). Every participant is pending
 * at first: the next refresh (at the latest the hub's start, which refreshes dirty programmes) builds
 * the cube.
 */
export class Migration20261201310000AnalyticsRegisterCube extends Migration {
  override async up(): Promise<void> {
    const cell = `"sex" text not null, "age_band" text not null, "labour_status" text not null, "education" text not null,
      "exit_reason" text null, "certified" boolean not null, "result_types" text[] not null`;
    this.addSql(`create table "analytics_register_p" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "participant_id" int not null,
      "record_key" bigint not null,
      ${cell},
      primary key ("programme_id", "participant_id"));`);
    this.addSql(`create table "analytics_register_cube" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      ${cell},
      "participants" int not null, "participants_key" bigint not null,
      constraint "analytics_register_cube_cell_unique" unique nulls not distinct
        ("programme_id", "sex", "age_band", "labour_status", "education", "exit_reason", "certified", "result_types"));`);
    this.addSql(`create table "analytics_register_pending" (
      "programme_id" int not null references "programme" ("id") on delete cascade,
      "participant_id" int not null,
      primary key ("programme_id", "participant_id"));`);

    // Participants (programme, participant) of a transition table `rows`, pending; their programmes dirty
    // (the tables' version triggers raise the data version, once per statement).
    const mark = (rows: string) => `insert into analytics_register_pending (programme_id, participant_id)
          select distinct c.programme_id, c.participant_id from (${rows}) c join programme pr on pr.id = c.programme_id
        on conflict do nothing;
        insert into analytics_rollup_state (programme_id, dirty)
          select distinct c.programme_id, true from (${rows}) c join programme pr on pr.id = c.programme_id
        on conflict (programme_id) do update set dirty = true;`;
    /**
     * A trigger function marking the participants of a statement's rows: `rows(table)` selects
     * (programme_id, participant_id) from a transition table aliased `t`; an update marks the rows
     * (old and new) of which one of `columns` changed, so a touch of updated_at leaves the cube fresh.
     */
    const markingFunction = (name: string, rows: (table: string) => string, columns: readonly string[]) => {
      const changed = (table: string) =>
        `${rows(table)} where t.id in (select n.id from new_rows n join old_rows o on o.id = n.id
          where (${columns.map((column) => `n.${column}`).join(', ')}) is distinct from (${columns.map((column) => `o.${column}`).join(', ')}))`;
      this.addSql(`create function "${name}"() returns trigger language plpgsql as $$
      begin
        if TG_OP = 'UPDATE' then
          ${mark(`${changed('new_rows')} union all ${changed('old_rows')}`)}
        elsif TG_OP = 'INSERT' then
          ${mark(rows('new_rows'))}
        else
          ${mark(rows('old_rows'))}
        end if;
        return null;
      end $$;`);
    };
    markingFunction('analytics_register_mark_participants', (table) => `select t.programme_id, t.id as participant_id from ${table} t`, [
      'programme_id',
      'record_key',
      'sex',
      'birth_date',
      'entry_date',
      'labour_status',
      'education_level',
      'exit_reason',
    ]);
    markingFunction('analytics_register_mark_exams', (table) => `select t.programme_id, t.participant_id from ${table} t`, ['programme_id', 'participant_id', 'passed']);
    // Results name their participant only; a result deleted with its participant (a cascade) finds none
    // here, and the participant's own delete marks it.
    markingFunction(
      'analytics_register_mark_results',
      (table) => `select p.programme_id, t.participant_id from ${table} t join participant p on p.id = t.participant_id`,
      ['participant_id', 'type'],
    );

    for (const [table, fn] of [
      ['participant', 'analytics_register_mark_participants'],
      ['exam_result', 'analytics_register_mark_exams'],
      ['participant_result', 'analytics_register_mark_results'],
    ] as const) {
      for (const operation of ['insert', 'update', 'delete'] as const) {
        const transitions =
          operation === 'insert'
            ? 'referencing new table as new_rows'
            : operation === 'update'
              ? 'referencing new table as new_rows old table as old_rows'
              : 'referencing old table as old_rows';
        this.addSql(`create trigger "${table}_register_${operation}" after ${operation} on "${table}"
          ${transitions} for each statement execute function "${fn}"();`);
        this.addSql(`alter table "${table}" enable always trigger "${table}_register_${operation}";`);
      }
      // TRUNCATE names no rows: every programme is rebuilt whole.
      this.addSql(`create trigger "${table}_register_truncate" after truncate on "${table}" for each statement execute function "analytics_mark_all_dirty"();`);
      this.addSql(`alter table "${table}" enable always trigger "${table}_register_truncate";`);
    }

    this.addSql(`insert into analytics_register_pending (programme_id, participant_id) select programme_id, id from participant;`);
    this.addSql(`update analytics_rollup_state set dirty = true where programme_id in (select distinct programme_id from participant);`);
  }

  override async down(): Promise<void> {
    for (const table of ['participant', 'exam_result', 'participant_result']) {
      for (const operation of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${table}_register_${operation}" on "${table}";`);
    }
    for (const fn of ['analytics_register_mark_participants', 'analytics_register_mark_exams', 'analytics_register_mark_results']) {
      this.addSql(`drop function if exists "${fn}"();`);
    }
    this.addSql(`drop table if exists "analytics_register_pending";`);
    this.addSql(`drop table if exists "analytics_register_cube";`);
    this.addSql(`drop table if exists "analytics_register_p";`);
  }
}
