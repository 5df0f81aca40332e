import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyticsReferenceDataset } from '../test-support/analytics-reference-dataset.js';
import { compareReadPaths, cubeStatementCounter, readPathQuestions } from '../test-support/read-paths.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';

/**
 * On the hand-counted reference dataset, every measure by every dimension under four filters, and
 * by every pair of dimensions: 1,386 questions, answered alike from the base tables, from the
 * per-participant rollups with the cubes switched off, and from the rollups and cubes
 * (modules/imports/pilot-plain-role.test.ts asks a subset of them on the synthetic pilot).
 */
const questions = readPathQuestions({});

describe('the three read paths on the reference dataset', () => {
  let testHub: TestHub;
  const cubeStatements = cubeStatementCounter();

  beforeAll(async () => {
    testHub = await createTestHub({ onQuery: cubeStatements.onQuery });
    await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
  });
  afterAll(async () => {
    await testHub?.close();
  });

  it(`agree on ${questions.length} questions`, async () => {
    const { differing, withData, cubeReads } = await compareReadPaths(testHub.database.orm, 'RDR-PLOCK-2011', questions, cubeStatements.count);
    expect(differing).toEqual([]);
    // Three paths, not two: with the cubes switched off no question reads one; with them on, many do.
    expect(cubeReads.rollups).toBe(0);
    expect(cubeReads.cubes).toBeGreaterThan(0);
    // Not a vacuous agreement: most questions have non-zero cells.
    expect(withData).toBeGreaterThan(questions.length / 2);
  });
});
