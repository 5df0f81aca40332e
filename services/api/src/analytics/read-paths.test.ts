import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { compareReadPaths, readPathQuestions } from '../test-support/read-paths.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';

/**
 * On the hand-counted reference dataset, every measure by every dimension under four filters, and
 * by every pair of dimensions: 1,386 questions, answered alike from the base tables and from the
 * rollups and cubes (modules/imports/pilot-plain-role.test.ts asks a subset of them on the synthetic pilot).
 */
const questions = readPathQuestions({});

describe('the three read paths on the reference dataset', () => {
  let testHub: TestHub;

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
  });
  afterAll(async () => {
    await testHub?.close();
  });

  it(`agree on ${questions.length} questions`, async () => {
    const { differing, withData } = await compareReadPaths(testHub.database.orm, 'RDR-PLOCK-2011', questions);
    expect(differing).toEqual([]);
    // Not a vacuous agreement: most questions have non-zero cells.
    expect(withData).toBeGreaterThan(questions.length / 2);
  });
});
