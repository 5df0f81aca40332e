import type { MikroORM } from '@mikro-orm/postgresql';
import { DIMENSIONS, MEASURES, type Dimension, type Measure } from '@razem/contract';
import { refreshAnalyticsRollups, runAggregate, type AnalyticsFilterValues } from '../analytics/index.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { Role } from '../access/viewer.js';
import { Programme } from '../modules/programme/programme.entity.js';
import { viewerFor } from './viewers.js';

/**
 * The cross-path check (analytics/read-paths*.test.ts): the same question answered from the base
 * tables (rollups dirty), from the per-participant rollups (fresh, cubes switched off) and from the
 * rollups and cubes (fresh) must give the same cells, exactly, as ADMIN sees them.
 */
export const READ_PATH_FILTERS = {
  none: {},
  'one partner': { partners: ['MOPS'] },
  'one activity kind, whole months': { activityKinds: ['ANIMATION_CLASS'], from: '2011-10-01', to: '2011-11-30' },
  'attributes, days inside months': { sexes: ['FEMALE'], labourStatuses: ['UNEMPLOYED', 'INACTIVE'], from: '2011-10-05', to: '2012-01-20' },
} satisfies Record<string, AnalyticsFilterValues>;
export type ReadPathFilterName = keyof typeof READ_PATH_FILTERS;

export interface ReadPathQuestion {
  measure: Measure;
  groupBy: Dimension[];
  filterName: ReadPathFilterName;
}

export const DIMENSION_PAIRS: Dimension[][] = DIMENSIONS.flatMap((first, index) => DIMENSIONS.slice(index + 1).map((second) => [first, second]));

/** `measures` by every dimension under each of `filters`, and (unfiltered) by each of `pairs`. */
export function readPathQuestions(options: {
  measures?: readonly Measure[];
  filters?: readonly ReadPathFilterName[];
  pairs?: readonly Dimension[][];
}): ReadPathQuestion[] {
  const filters = options.filters ?? (Object.keys(READ_PATH_FILTERS) as ReadPathFilterName[]);
  return (options.measures ?? MEASURES).flatMap((measure) => [
    ...DIMENSIONS.flatMap((dimension) => filters.map((filterName) => ({ measure, groupBy: [dimension], filterName }))),
    ...(options.pairs ?? DIMENSION_PAIRS).map((groupBy) => ({ measure, groupBy: [...groupBy], filterName: 'none' as const })),
  ]);
}

export interface ReadPathComparison {
  /** Questions whose cells differ on some path, with every path's answer. */
  differing: { question: string; base: string[]; rollups: string[] | undefined; cubes: string[] | undefined }[];
  /** Questions with at least one non-zero cell (so agreement is not vacuous). */
  withData: number;
  /** Questions whose statements read a cube, on the rollups path and on the cubes path. */
  cubeReads: { rollups: number; cubes: number };
}

/**
 * Counts the statements that read a cube (attendance or register): give `onQuery` to the test hub (createTestHub)
 * and the counter to compareReadPaths.
 */
export function cubeStatementCounter(): { onQuery(statement: string): void; count(): number } {
  let count = 0;
  return {
    onQuery: (statement) => {
      if (/\banalytics_(attendance|register)_cube\b/.test(statement)) count += 1;
    },
    count: () => count,
  };
}

async function rollupsFresh(orm: MikroORM, programmeId: number): Promise<boolean | undefined> {
  const [row] = await runSql<{ fresh: boolean }>(orm.em.fork(), sql`select not dirty as fresh from analytics_rollup_state where programme_id = ${programmeId}`);
  return row?.fresh;
}

/**
 * Every question's cells as "code|code=value", in the answer's order, and how many questions'
 * statements read the attendance cube (when a counter is given).
 */
async function answers(
  orm: MikroORM,
  programmeCode: string,
  questions: readonly ReadPathQuestion[],
  options: { cubes: boolean; cubeStatements?: () => number },
): Promise<{ cells: Map<string, string[]>; fromCube: Set<string> }> {
  const viewer = viewerFor(Role.ADMIN);
  const cells = new Map<string, string[]>();
  const fromCube = new Set<string>();
  const em = orm.em.fork();
  for (const question of questions) {
    const { measure, groupBy, filterName } = question;
    const before = options.cubeStatements?.() ?? 0;
    const answer = await runAggregate(em, { programmeCode, measure, groupBy, filter: READ_PATH_FILTERS[filterName], viewer, k: 1, cubes: options.cubes });
    if ((options.cubeStatements?.() ?? 0) > before) fromCube.add(questionName(question));
    cells.set(
      questionName(question),
      answer.rows.map((row) => `${row.keys.map((key) => key.code).join('|')}=${row.value}`),
    );
  }
  return { cells, fromCube };
}

const questionName = ({ measure, groupBy, filterName }: ReadPathQuestion) => `${measure} by ${groupBy.join('×')} (${filterName})`;

/**
 * Answers the questions from the base tables (marking the programme's rollups dirty first, as a
 * writer does), then rebuilds the rollups and cubes and answers them again with the cubes on, and
 * from the rollups with the cubes switched off. `cubeStatements`: a cubeStatementCounter's count, to
 * tell which questions a path answered from the cube; with it, only those are asked again with the
 * cubes off (for the others both statements are the same, so their rollups answer is the cubes one).
 */
export async function compareReadPaths(
  orm: MikroORM,
  programmeCode: string,
  questions: readonly ReadPathQuestion[],
  cubeStatements?: () => number,
): Promise<ReadPathComparison> {
  const programmeId = (await orm.em.fork().findOneOrFail(Programme, { code: programmeCode })).id;
  await runSql(orm.em.fork(), sql`update analytics_rollup_state set dirty = true where programme_id = ${programmeId}`);
  if (await rollupsFresh(orm, programmeId)) throw new Error(`${programmeCode}: the rollups could not be marked dirty.`);
  const fromBase = await answers(orm, programmeCode, questions, { cubes: true, cubeStatements });
  await orm.em.fork().transactional((tx) => refreshAnalyticsRollups(tx, { programmeId, force: true }));
  if ((await rollupsFresh(orm, programmeId)) !== true) throw new Error(`${programmeCode}: the rollups are not fresh after a rebuild.`);
  const fromCubes = await answers(orm, programmeCode, questions, { cubes: true, cubeStatements });
  const viaCube = cubeStatements ? questions.filter((question) => fromCubes.fromCube.has(questionName(question))) : questions;
  const fromRollups = await answers(orm, programmeCode, viaCube, { cubes: false, cubeStatements });
  const rollupCells = new Map([...fromCubes.cells, ...fromRollups.cells]);
  const same = (a: string[], b: string[] | undefined) => JSON.stringify(a) === JSON.stringify(b);
  return {
    differing: [...fromBase.cells]
      .filter(([question, cells]) => !same(cells, rollupCells.get(question)) || !same(cells, fromCubes.cells.get(question)))
      .map(([question, cells]) => ({ question, base: cells, rollups: rollupCells.get(question), cubes: fromCubes.cells.get(question) })),
    withData: [...fromBase.cells.values()].filter((cells) => cells.some((cell) => !/=(0|null)$/.test(cell))).length,
    cubeReads: { rollups: fromRollups.fromCube.size, cubes: fromCubes.fromCube.size },
  };
}
