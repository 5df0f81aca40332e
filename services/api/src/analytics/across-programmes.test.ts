import { pilotProgramme } from '@razem/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { loadProgrammeStructure } from '../modules/programme/programme-structure.service.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { refreshAnalyticsRollups } from './rollups/refresh-rollups.js';

/**
 * `aggregate(programmes: [...])`, a city-wide view. The pilot and its twin (the same structure under
 * another code) each hold the hand-checked reference dataset (aggregate.reference.test.ts), so every
 * count and sum across both is exactly twice the pilot's, every rate the pilot's, and the keys the same
 * (partners, tasks and activities merge by code).
 */

const PILOT = 'RDR-PLOCK-2011';
const TWIN = 'RDR-PLOCK-TWIN';
const AGGREGATE = `query ($programme: String, $programmes: [String!], $measure: Measure!, $groupBy: [Dimension!]!) {
  aggregate(programme: $programme, programmes: $programmes, measure: $measure, groupBy: $groupBy) { keys { dimension code label } value suppressed }
}`;

interface Row {
  keys: { dimension: string; code: string; label: string }[];
  value: number | null;
  suppressed: boolean;
}

let testHub: TestHub;

async function ask(variables: Record<string, unknown>, role = Role.STEERING, partnerCode: string | null = null) {
  return testHub.hub.execute<{ aggregate: Row[] }>(AGGREGATE, variables, viewerFor(role, partnerCode));
}

async function rows(variables: Record<string, unknown>, role = Role.STEERING): Promise<Row[]> {
  const result = await ask(variables, role);
  expect(result.errors).toBeUndefined();
  return result.data!.aggregate;
}

beforeAll(async () => {
  testHub = await createTestHub();
  const orm = testHub.database.orm;
  await loadProgrammeStructure({ em: orm.em.fork(), definition: { ...pilotProgramme, code: TWIN }, actor: 'test' });
  for (const code of [PILOT, TWIN]) {
    await loadAnalyticsReferenceDataset(orm.em.fork(), code);
    const programme = await orm.em.fork().findOneOrFail(Programme, { code });
    await orm.em.fork().transactional((em) => refreshAnalyticsRollups(em, { programmeId: programme.id, force: true }));
  }
});
afterAll(async () => {
  await testHub?.close();
});

describe('aggregate across programmes', () => {
  // Cube (per activity, per partner × month), per-participant rollups, the register, results, sessions.
  const questions: [string, string[]][] = [
    ['ATTENDANCE_RATE', ['ACTIVITY']],
    ['ATTENDANCE_HOURS', ['PARTNER', 'MONTH']],
    ['ACTIVE_PARTICIPANTS', ['MONTH']],
    ['PARTICIPANTS', ['SEX', 'AGE_BAND']],
    ['COMPLETIONS', []],
    ['RESULTS', ['RESULT_TYPE']],
    ['SESSIONS', ['TASK']],
    ['CERTIFIED_PARTICIPANTS', []],
  ];

  it.each(questions)('%s by %j over the pilot and its twin: counts and sums doubled, rates unchanged, the same keys', async (measure, groupBy) => {
    const pilot = await rows({ programme: PILOT, measure, groupBy });
    const both = await rows({ programmes: [PILOT, TWIN], measure, groupBy });
    const rate = measure.endsWith('_RATE');
    expect(pilot.length).toBeGreaterThan(0);
    expect(both).toEqual(pilot.map((row) => ({ ...row, value: row.value === null || rate ? row.value : 2 * row.value })));
  });

  it('perturbs merged cells for EVALUATOR within the table\'s bound (D = 3), on the doubled counts', async () => {
    const exact = await rows({ programmes: [PILOT, TWIN], measure: 'PARTICIPANTS', groupBy: ['SEX', 'AGE_BAND'] });
    const evaluator = await rows({ programmes: [PILOT, TWIN], measure: 'PARTICIPANTS', groupBy: ['SEX', 'AGE_BAND'] }, Role.EVALUATOR);
    expect(evaluator.map((row) => row.keys)).toEqual(exact.map((row) => row.keys));
    evaluator.forEach((row, index) => {
      if (row.suppressed) expect(row.value).toBeNull();
      else expect(Math.abs(row.value! - exact[index]!.value!)).toBeLessThanOrEqual(3);
    });
  });

  it('sees a write to one programme at once (each programme\'s cells are cached under its own data version)', async () => {
    const total = async () => (await rows({ programmes: [PILOT, TWIN], measure: 'PARTICIPANTS', groupBy: [] }))[0]!.value;
    expect(await total()).toBe(16);
    const connection = testHub.database.orm.em.fork().getConnection();
    const [twin] = (await connection.execute('select id from programme where code = ?', [TWIN])) as [{ id: number }];
    await connection.execute(
      `insert into participant (programme_id, code, pesel_hash, sex, birth_date, entry_date, labour_status, education_level)
       values (?, 'RDR-ACROSS', repeat('a', 64), 'MALE', '1990-01-01', '2011-10-03', 'UNEMPLOYED', 'PRIMARY')`,
      [twin.id],
    );
    expect(await total()).toBe(17);
    await connection.execute(`delete from participant where code = 'RDR-ACROSS'`);
    expect(await total()).toBe(16);
  });

  it('refuses unclear or unknown programmes, and PARTNER callers, naming the argument', async () => {
    const refusal = async (variables: Record<string, unknown>, role = Role.STEERING, partner: string | null = null) => {
      const result = await ask({ measure: 'PARTICIPANTS', groupBy: [], ...variables }, role, partner);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return [result.errors![0]!.message, result.errors![0]!.extensions!.argument];
    };
    expect(await refusal({})).toEqual(['Give either programme (one code) or programmes (a list of codes), not both and not neither.', 'programme']);
    expect((await refusal({ programme: PILOT, programmes: [TWIN] }))[1]).toBe('programme');
    expect(await refusal({ programmes: [PILOT, 'RDR-NONE'] })).toEqual(['There is no programme with the code "RDR-NONE".', 'programme']);
    expect(await refusal({ programmes: [PILOT, PILOT] })).toEqual([`programmes names ${PILOT} twice.`, 'programmes']);
    expect(await refusal({ programmes: [] })).toEqual(['programmes lists no programme.', 'programmes']);
    expect(await refusal({ programmes: [PILOT, TWIN] }, Role.PARTNER, 'MOPS')).toEqual([
      `A PARTNER asks one programme at a time: programmes lists 2 (${PILOT}, ${TWIN}).`,
      'programmes',
    ]);
  });
});
