import { educationBand } from '../../codes/participant-attributes.js';
import { Dimension } from './dimension.js';

/**
 * Where each dimension's key comes from in the first aggregation stage. Aliases: `f` the fact row,
 * `a` its activity, `p` its participant, `rt`/`sk` the participant's distinct result types / support
 * kinds (joined only when a non-native RESULT_TYPE / SUPPORT_KIND is grouped by).
 */
export type DimensionSource = 'activity' | 'month' | 'participant' | 'resultSet' | 'supportSet';

export interface DimensionDeclaration {
  source: DimensionSource;
  /** SQL of the key (an id for database-labelled dimensions, else the code itself). */
  key: string;
  /** For partner, task and activity: the table whose row (joined by id) gives code and Polish name. */
  labelTable?: 'partner' | 'task' | 'activity';
}

/**
 * Age at entry in whole years, as people count birthdays (participant-age.ts `ageOn`, in SQL), then the
 * ESF band (`ageBandOf`).
 */
export const AGE_BAND_SQL = `(case
    when date_part('year', age(p.entry_date::timestamp, p.birth_date::timestamp)) < 18 then 'UNDER_18'
    when date_part('year', age(p.entry_date::timestamp, p.birth_date::timestamp)) < 25 then 'AGE_18_24'
    when date_part('year', age(p.entry_date::timestamp, p.birth_date::timestamp)) < 30 then 'AGE_25_29'
    when date_part('year', age(p.entry_date::timestamp, p.birth_date::timestamp)) < 55 then 'AGE_30_54'
    else 'AGE_55_PLUS' end)`;

/** The register's education level as an ISCED band, generated from the one mapping in participant-attributes.ts. */
export const EDUCATION_SQL = `(case p.education_level ${Object.entries(educationBand)
  .map(([level, band]) => `when '${level}' then '${band}'`)
  .join(' ')} end)`;

export const DIMENSIONS: Readonly<Record<Dimension, DimensionDeclaration>> = {
  [Dimension.PARTNER]: { source: 'activity', key: 'a.partner_id', labelTable: 'partner' },
  [Dimension.TASK]: { source: 'activity', key: 'a.task_id', labelTable: 'task' },
  [Dimension.ACTIVITY]: { source: 'activity', key: 'a.id', labelTable: 'activity' },
  [Dimension.ACTIVITY_KIND]: { source: 'activity', key: 'a.kind' },
  [Dimension.MONTH]: { source: 'month', key: "date_trunc('month', f.fact_date)::date" },
  [Dimension.SEX]: { source: 'participant', key: 'p.sex' },
  [Dimension.AGE_BAND]: { source: 'participant', key: AGE_BAND_SQL },
  [Dimension.LABOUR_STATUS]: { source: 'participant', key: 'p.labour_status' },
  [Dimension.EDUCATION]: { source: 'participant', key: EDUCATION_SQL },
  [Dimension.RESULT_TYPE]: { source: 'resultSet', key: 'rt.type' },
  [Dimension.SUPPORT_KIND]: { source: 'supportSet', key: 'sk.kind' },
};

/** Participant attribute filters: the SQL each tests (the same expressions the dimensions group by). */
export const PARTICIPANT_FILTER_SQL = {
  sexes: 'p.sex',
  ageBands: AGE_BAND_SQL,
  labourStatuses: 'p.labour_status',
  educations: EDUCATION_SQL,
} as const;
