import { STRUCTURAL_MEASURES as STRUCTURAL_MEASURE_CODES, type StructuralMeasure } from '@razem/contract';
import { joinSql, rawSql, sql, type SqlFragment } from '../../database/sql-fragment.js';
import type { NormalisedFilter } from '../analytics-filter.js';
import type { ANSWER_SOURCE_TABLES } from './source-tables.js';

/**
 * The indicators' counts of the programme's own structure, not of participants: they rest on no one,
 * so they are never suppressed. Each counts one table's rows of the programme, dated by one column;
 * the table must be one the data version covers (source-tables.ts, structuralCounts).
 */
export const STRUCTURAL_MEASURES = {
  SITES: { table: 'site', date: 'redeveloped_on' },
  EVENTS: { table: 'programme_event', date: 'date' },
  MEDIA_MENTIONS: { table: 'media_mention', date: 'published_on' },
} as const satisfies Record<StructuralMeasure, { table: (typeof ANSWER_SOURCE_TABLES.structuralCounts)[number]; date: string }>;

export function isStructuralMeasure(measure: string): measure is StructuralMeasure {
  return (STRUCTURAL_MEASURE_CODES as readonly string[]).includes(measure);
}

/**
 * The count as a scalar subquery over the programme of the `prog` CTE (sql/aggregate-sql.ts
 * programmeCte). Only from/to apply: the other filters do not concern the programme's structure.
 */
export function structuralCountSql(measure: StructuralMeasure, filter: Pick<NormalisedFilter, 'from' | 'to'>): SqlFragment {
  const { table, date } = STRUCTURAL_MEASURES[measure];
  const conditions = [sql`programme_id = (select id from prog)`];
  // A row whose date the source does not give (the pilot's sites, its media mentions) cannot be
  // placed outside a period, so it always counts.
  if (filter.from) conditions.push(sql`(${rawSql(date)} is null or ${rawSql(date)} >= ${filter.from}::date)`);
  if (filter.to) conditions.push(sql`(${rawSql(date)} is null or ${rawSql(date)} <= ${filter.to}::date)`);
  return sql`(select count(*) from ${rawSql(table)} where ${joinSql(conditions, ' and ')})`;
}
