import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorTerm, PlannedTrajectory } from '@razem/seeds';
import type { IndicatorDirection, IndicatorUnit } from '../codes/indicator-codes.js';
import { runSql, sql } from '../database/sql-fragment.js';
import { analyticsInputError } from './analytics-errors.js';

/*
 * The programme and indicator rows the indicators are computed from, read by SQL as analytics reads every
 * other table: the domain modules (whose entities map these tables) depend on analytics, never the reverse.
 */

/** What the indicators read of a programme. */
export interface IndicatorProgramme {
  id: number;
  /** First and last day of the programme period, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
}

/** One indicator as the programme defines it (table `indicator`). */
export interface IndicatorDefinition {
  code: string;
  name: string;
  description: string;
  numerator: IndicatorTerm;
  denominator?: IndicatorTerm | null;
  target: number | null;
  targetIllustrative: boolean;
  direction: IndicatorDirection;
  plan: PlannedTrajectory | null;
  unit: IndicatorUnit;
}

/** The programme with `code`; a BAD_USER_INPUT naming the code when there is none. */
export async function indicatorProgramme(em: EntityManager, code: string): Promise<IndicatorProgramme> {
  const [programme] = await runSql<IndicatorProgramme>(
    em,
    sql`select id, to_char(start_date, 'YYYY-MM-DD') as "startDate", to_char(end_date, 'YYYY-MM-DD') as "endDate"
        from programme where code = ${code}`,
  );
  if (!programme) throw analyticsInputError(`There is no programme with the code ${JSON.stringify(code)}.`, 'programme');
  return programme;
}

/** The programme's indicators in display order. */
export function indicatorDefinitions(em: EntityManager, programmeId: number): Promise<IndicatorDefinition[]> {
  return runSql<IndicatorDefinition>(
    em,
    sql`select code, name, description, numerator, denominator, target, target_illustrative as "targetIllustrative",
          direction, plan, unit
        from indicator where programme_id = ${programmeId} order by position`,
  );
}
