import { pilotProgramme } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadProgrammeStructure } from '../../modules/programme/programme-structure.service.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { refreshAnalyticsRollups } from './refresh-rollups.js';

/**
 * Property: whatever sequence of inserts, updates and deletes of attendance, sessions, participants,
 * activities, exam results and results happens, the incremental refresh leaves every rollup row and
 * every cube cell (attendance and register) equal to a full rebuild from the base tables. Seeded; the seed is printed (PROPERTY_SEED=… repeats a run).
 */

const SEED = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ROUNDS = 16;

/** mulberry32: a tiny seeded generator, enough for picking changes. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const float = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (min: number, max: number): number => min + Math.floor(float() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { float, int, pick, chance: (p: number) => float() < p };
}
type Random = ReturnType<typeof randomSource>;

const TABLES = [
  'analytics_attendance_p',
  'analytics_attendance_pm',
  'analytics_attendance_pa',
  'analytics_attendance_pam',
  'analytics_attendance_cube',
  'analytics_register_p',
  'analytics_register_cube',
] as const;

let database: TestDatabase;
let programmeId: number;
let nextCode = 1;

const query = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  database.orm.em.getConnection().execute<T[]>(text, params);
const ids = async (text: string, params: unknown[] = []): Promise<number[]> => (await query<{ id: number }>(text, params)).map((row) => row.id);

/** Every row of the programme's rollups and cubes, as sorted text, per table. */
async function snapshot(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await query(`select * from ${table} where programme_id = ?`, [programmeId]);
    result[table] = rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort();
  }
  return result;
}

const refresh = (options: { force?: boolean } = {}) =>
  database.orm.em.fork().transactional((em: EntityManager) => refreshAnalyticsRollups(em, { programmeId, rebuildShare: 1, ...options }));

const SEXES = ['FEMALE', 'MALE'];
const LABOUR = ['UNEMPLOYED', 'INACTIVE', 'EMPLOYED'];
const EDUCATION = ['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'POST_SECONDARY', 'TERTIARY'];
const KINDS = ['WORKSHOP', 'ANIMATION_CLASS', 'VOCATIONAL_COURSE', 'COMMUNITY_CENTRE', 'EVENT'];
const STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'];
const RESULT_TYPES = ['EMPLOYED', 'SELF_EMPLOYED', 'IN_EDUCATION', 'JOB_SEEKING'];

const randomDate = (random: Random): string => `2012-${String(random.int(1, 6)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

async function insertParticipant(random: Random): Promise<number> {
  const code = nextCode++;
  const [id] = await ids(
    `insert into participant (programme_id, code, pesel_hash, sex, birth_date, entry_date, labour_status, education_level)
     values (?, ?, ?, ?, ?, '2011-09-01', ?, ?) returning id`,
    [programmeId, `PROP-${code}`, `hash-${code}`, random.pick(SEXES), `19${random.int(50, 99)}-0${random.int(1, 9)}-15`, random.pick(LABOUR), random.pick(EDUCATION)],
  );
  return id!;
}

async function insertSession(random: Random): Promise<number | null> {
  const activity = random.pick(await ids('select id from activity where programme_id = ?', [programmeId]));
  const rows = await ids(`insert into session (activity_id, date, minutes) values (?, ?, ?) on conflict do nothing returning id`, [
    activity,
    randomDate(random),
    random.pick([45, 60, 90, 135.5]),
  ]);
  return rows[0] ?? null;
}

/** Attendance of random participants at a session (existing pairs left alone). */
async function attend(random: Random, sessionId: number, participants: number[]): Promise<void> {
  for (const participant of participants) {
    await query(`insert into attendance (session_id, participant_id, status) values (?, ?, ?) on conflict do nothing`, [
      sessionId,
      participant,
      random.pick(STATUSES),
    ]);
  }
}

const participantIds = () => ids('select id from participant where programme_id = ? order by id', [programmeId]);
const sessionIds = () => ids('select s.id from session s join activity a on a.id = s.activity_id where a.programme_id = ? order by s.id', [programmeId]);
const sample = (random: Random, items: number[], count: number): number[] => Array.from({ length: count }, () => random.pick(items));

/** Runs a statement that a unique key may refuse (then nothing changed). */
async function unlessClash(statement: Promise<unknown>): Promise<void> {
  await statement.catch((error: { code?: string }) => {
    if (error.code !== '23505') throw error;
  });
}

/** A change to what the register cube counts: exits, exam results, results. */
async function randomRegisterChange(random: Random, participants: number[]): Promise<string> {
  const participant = random.pick(participants);
  switch (random.int(0, 5)) {
    case 0: {
      const reason = random.pick([null, 'COMPLETED', 'DROPPED_OUT']);
      await query('update participant set exit_reason = ?, exit_date = ? where id = ?', [reason, reason ? '2012-06-30' : null, participant]);
      return `participant exit ${reason ?? 'cleared'}`;
    }
    case 1: {
      const activity = random.pick(await ids('select id from activity where programme_id = ?', [programmeId]));
      const passed = random.chance(0.6);
      await unlessClash(
        query('insert into exam_result (programme_id, activity_id, participant_id, exam_date, passed, certificate_number) values (?, ?, ?, ?, ?, ?)', [
          programmeId,
          activity,
          participant,
          randomDate(random),
          passed,
          passed ? `CERT-P${nextCode++}` : null,
        ]),
      );
      return `insert exam result (${passed ? 'passed' : 'failed'})`;
    }
    case 2:
      await query(
        `update exam_result set passed = not passed, certificate_number = case when passed then null else 'CERT-' || id end
          where id in (select id from exam_result where programme_id = ? order by random() limit 2)`,
        [programmeId],
      );
      return 'flip exam results';
    case 3:
      await query('delete from exam_result where id in (select id from exam_result where programme_id = ? order by random() limit 2)', [programmeId]);
      return 'delete exam results';
    case 4:
      await unlessClash(query('insert into participant_result (participant_id, date, type) values (?, ?, ?)', [participant, randomDate(random), random.pick(RESULT_TYPES)]));
      return 'insert result';
    default: {
      // Updates that move a result to another participant or type, and deletes.
      if (random.chance(0.5)) {
        await unlessClash(
          query('update participant_result set participant_id = ?, type = ? where id in (select id from participant_result order by random() limit 1)', [
            participant,
            random.pick(RESULT_TYPES),
          ]),
        );
        return 'move result';
      }
      await query('delete from participant_result where id in (select id from participant_result order by random() limit 2)');
      return 'delete results';
    }
  }
}

/** One random change to the base tables; returns its name for the failure message. */
async function randomChange(random: Random): Promise<string> {
  const kind = random.int(0, 13);
  const participants = await participantIds();
  const sessions = await sessionIds();
  switch (kind) {
    case 0: {
      if (!sessions.length) return 'none';
      await attend(random, random.pick(sessions), sample(random, participants, random.int(1, 4)));
      return 'insert attendance';
    }
    case 1:
      await query(
        `update attendance set status = ? where (session_id, participant_id) in (select session_id, participant_id from attendance order by random() limit ?)`,
        [random.pick(STATUSES), random.int(1, 5)],
      );
      return 'update attendance status';
    case 2:
      await query(`delete from attendance where (session_id, participant_id) in (select session_id, participant_id from attendance order by random() limit ?)`, [random.int(1, 4)]);
      return 'delete attendance';
    case 3: {
      if (!sessions.length) return 'none';
      const column = random.pick(['date', 'minutes', 'activity_id']);
      const value =
        column === 'date'
          ? randomDate(random)
          : column === 'minutes'
            ? random.pick([30, 75.25, 120])
            : random.pick(await ids('select id from activity where programme_id = ?', [programmeId]));
      // A clash with another session of the same activity and date is refused by the unique key: no change.
      await unlessClash(query(`update session set ${column} = ? where id = ?`, [value, random.pick(sessions)]));
      return `update session ${column}`;
    }
    case 4:
      if (!sessions.length) return 'none';
      await query('delete from session where id = ?', [random.pick(sessions)]);
      return 'delete session';
    case 5: {
      const session = await insertSession(random);
      if (session) await attend(random, session, sample(random, participants, random.int(1, 6)));
      return 'insert session with attendance';
    }
    case 6: {
      const column = random.pick(['sex', 'birth_date', 'labour_status', 'education_level']);
      const value =
        column === 'sex' ? random.pick(SEXES) : column === 'birth_date' ? `19${random.int(40, 99)}-06-01` : column === 'labour_status' ? random.pick(LABOUR) : random.pick(EDUCATION);
      await query(`update participant set ${column} = ? where id = ?`, [value, random.pick(participants)]);
      return `update participant ${column}`;
    }
    case 7:
      if (participants.length < 10) return 'none';
      await query('delete from participant where id = ?', [random.pick(participants)]);
      return 'delete participant';
    case 8: {
      const participant = await insertParticipant(random);
      for (const session of sample(random, sessions, random.int(0, 3))) await attend(random, session, [participant]);
      return 'insert participant with attendance';
    }
    case 9: {
      const activity = random.pick(await ids('select id from activity where programme_id = ?', [programmeId]));
      const change = random.pick(['kind', 'task', 'partner']);
      if (change === 'kind') await query('update activity set kind = ? where id = ?', [random.pick(KINDS), activity]);
      else if (change === 'task') await query('update activity set task_id = (select id from task where programme_id = ? order by random() limit 1) where id = ?', [programmeId, activity]);
      else await query('update activity set partner_id = (select id from partner where programme_id = ? order by random() limit 1) where id = ?', [programmeId, activity]);
      return `update activity ${change}`;
    }
    case 10: {
      const activities = await ids('select id from activity where programme_id = ?', [programmeId]);
      if (activities.length < 4 || !random.chance(0.3)) return 'none';
      await query('delete from activity where id = ?', [random.pick(activities)]);
      return 'delete activity';
    }
    case 12:
    case 13:
      return randomRegisterChange(random, participants);
    default: {
      // Several kinds in one statement: attendance of one participant moved from one session to another.
      if (sessions.length < 2) return 'none';
      await unlessClash(
        query('update attendance set session_id = ? where participant_id = ? and session_id = ?', [random.pick(sessions), random.pick(participants), random.pick(sessions)]),
      );
      return 'move attendance between sessions';
    }
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await loadProgrammeStructure({ em: database.orm.em.fork(), definition: pilotProgramme, actor: 'test' });
  programmeId = (await ids('select id from programme where code = ?', [pilotProgramme.code]))[0]!;
  const random = randomSource(SEED);
  const participants: number[] = [];
  for (let i = 0; i < 40; i++) participants.push(await insertParticipant(random));
  for (let i = 0; i < 30; i++) {
    const session = await insertSession(random);
    if (session) await attend(random, session, sample(random, participants, random.int(2, 10)));
  }
  await refresh({ force: true });
});
afterAll(async () => {
  await database?.destroy();
});

describe('incremental analytics refresh', () => {
  it(`equals a full rebuild after random change sequences (seed ${SEED})`, async () => {
    console.log(`incremental refresh property: PROPERTY_SEED=${SEED}`);
    const random = randomSource(SEED ^ 0x5eed);
    const modes = new Set<string>();
    const registerModes = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const changes: string[] = [];
      for (let i = random.int(1, 4); i > 0; i--) changes.push(await randomChange(random));
      const summary = await refresh();
      modes.add(summary.mode);
      registerModes.add(summary.register);
      const incremental = await snapshot();
      await refresh({ force: true });
      const rebuilt = await snapshot();
      for (const table of TABLES) {
        // The rows that differ, either way (empty both when equal): a failure shows the cells, not two long lists.
        const fromRebuild = new Set(rebuilt[table]);
        const fromIncremental = new Set(incremental[table]);
        expect(
          { onlyIncremental: incremental[table]!.filter((row) => !fromRebuild.has(row)), onlyRebuilt: rebuilt[table]!.filter((row) => !fromIncremental.has(row)) },
          `seed ${SEED}, round ${round} (${changes.join(', ')}): ${table}`,
        ).toEqual({ onlyIncremental: [], onlyRebuilt: [] });
        expect(incremental[table]!.length).toBe(rebuilt[table]!.length);
      }
    }
    // The rounds really went through the incremental path, and the data did not run dry.
    expect(modes.has('INCREMENTAL')).toBe(true);
    expect(registerModes.has('INCREMENTAL')).toBe(true);
    expect((await snapshot())['analytics_attendance_cube']!.length).toBeGreaterThan(0);
    expect((await snapshot())['analytics_register_cube']!.length).toBeGreaterThan(0);
  });
});
