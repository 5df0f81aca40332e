import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { analyticsAnswers } from '../observability/metrics.js';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';

let testHub: TestHub;
let programmeId: number;

/** Writes as another process would: straight SQL on a connection of its own, outside the hub. */
const write = (statement: string, values: unknown[] = []) => testHub.database.orm.em.fork().getConnection().execute(statement, values);

const version = async (): Promise<number> => {
  const [row] = await write('select version from analytics_rollup_state where programme_id = ?', [programmeId]);
  return Number((row as { version: string }).version);
};

const answersFrom = async (source: 'cache' | 'computed'): Promise<number> =>
  (await analyticsAnswers.get()).values.find((value) => value.labels.source === source)?.value ?? 0;

const bySex = async (role: Role) => {
  const result = await testHub.hub.execute<{ aggregate: { keys: { code: string }[]; value: number | null; suppressed: boolean }[] }>(
    '{ aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS, groupBy: [SEX]) { keys { code } value suppressed } }',
    {},
    viewerFor(role),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.aggregate.map((row) => [row.keys[0]!.code, row.value, row.suppressed]);
};

const completionRate = async () => {
  const result = await testHub.hub.execute<{ indicators: { code: string; value: number | null; numerator: number | null }[] }>(
    '{ indicators(programme: "RDR-PLOCK-2011") { code value numerator } }',
    {},
    viewerFor(Role.STEERING),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.indicators.find((indicator) => indicator.code === 'COMPLETION_RATE');
};

beforeAll(async () => {
  testHub = await createTestHub();
  programmeId = (await testHub.database.orm.em.fork().findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' })).id;
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(async () => {
  await testHub?.close();
});

describe('the analytics answer cache', () => {
  it('answers a repeated question from the cache, per role, and computes it again after another process writes', async () => {
    const [hitsBefore, computedBefore] = [await answersFrom('cache'), await answersFrom('computed')];
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
    // The same question for another role is another answer (perturbed for EVALUATOR); asked again, the same one.
    const evaluator = await bySex(Role.EVALUATOR);
    expect(await bySex(Role.EVALUATOR)).toEqual(evaluator);
    expect(await answersFrom('computed')).toBe(computedBefore + 2);
    expect(await answersFrom('cache')).toBe(hitsBefore + 2);

    // A man registered by a writer the hub knows nothing about: the next answer counts him.
    const [template] = await write(`select * from participant where programme_id = ? order by id limit 1`, [programmeId]);
    const { birth_date: birthDate, entry_date: entryDate, labour_status: labourStatus, education_level: educationLevel } = template as Record<string, string>;
    await write(
      `insert into participant (programme_id, code, pesel_hash, sex, birth_date, entry_date, labour_status, education_level)
       values (?, 'RDR-CACHE', repeat('c', 64), 'MALE', ?, ?, ?, ?)`,
      [programmeId, birthDate, entryDate, labourStatus, educationLevel],
    );
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 4, false]]);
    await write(`delete from participant where code = 'RDR-CACHE'`);
    expect(await bySex(Role.STEERING)).toEqual([['FEMALE', 5, false], ['MALE', 3, false]]);
  });

  it('gives indicators fresh after a participant\'s exit changes', async () => {
    // 5 of the 8 completed (P1, P2, P4, P5, P7).
    expect(await completionRate()).toMatchObject({ numerator: 5, value: 5 / 8 });
    expect(await completionRate()).toMatchObject({ numerator: 5, value: 5 / 8 });
    await write(`update participant set exit_date = '2012-11-30', exit_reason = 'COMPLETED' where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    expect(await completionRate()).toMatchObject({ numerator: 6, value: 6 / 8 });
    await write(`update participant set exit_date = null, exit_reason = null where code = 'RDR-008' and programme_id = ?`, [programmeId]);
    expect(await completionRate()).toMatchObject({ numerator: 5, value: 5 / 8 });
  });

  it('gives structural indicators fresh after a site is added', async () => {
    const sites = async () => {
      const result = await testHub.hub.execute<{ indicators: { code: string; value: number | null }[] }>(
        '{ indicators(programme: "RDR-PLOCK-2011") { code value } }',
        {},
        viewerFor(Role.EVALUATOR),
      );
      return result.data!.indicators.find((indicator) => indicator.code === 'SITES_REDEVELOPED')!.value;
    };
    expect(await sites()).toBe(4);
    expect(await sites()).toBe(4);
    await write(`insert into site (programme_id, code, name, description, redeveloped_on) values (?, 'SITE-CACHE', 'Skwer', '', '2012-06-01')`, [programmeId]);
    expect(await sites()).toBe(5);
    await write(`delete from site where code = 'SITE-CACHE'`);
    expect(await sites()).toBe(4);
  });

  // Every table an answer is computed from, with a column to rewrite as itself (a real UPDATE statement).
  const tables: [string, string][] = [
    ['programme', 'name'],
    ['partner', 'name'],
    ['task', 'name'],
    ['activity', 'name'],
    ['participant', 'sex'],
    ['exam_result', 'passed'],
    ['indicator', 'name'],
    ['site', 'name'],
    ['programme_event', 'name'],
    ['media_mention', 'title'],
    ['session', 'minutes'],
    ['attendance', 'status'],
    ['support_item', 'quantity'],
    ['participant_result', 'type'],
    ['childcare', 'hours'],
  ];
  it.each(tables)('raises the data version when %s is written', async (table, column) => {
    const before = await version();
    await write(`update "${table}" set "${column}" = "${column}" where ctid = (select ctid from "${table}" limit 1)`);
    expect(await version()).toBe(before + 1);
  });

  it('raises every programme\'s version on a delete, even when the deleted rows no longer name their programme', async () => {
    const before = await version();
    await write(`delete from participant_result where id = (select min(id) from participant_result)`);
    expect(await version()).toBe(before + 1);
  });
});
