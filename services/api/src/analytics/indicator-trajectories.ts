import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../database/sql-fragment.js';
import type { Viewer } from '../access/viewer.js';
import type { IndicatorDirection } from '../codes/indicator-codes.js';
import { indicatorDefinitions, indicatorProgramme } from './indicator-definitions.js';
import { normaliseFilter, type AnalyticsFilterValues } from './analytics-filter.js';
import { suppressionPolicyFor } from './analytics-policy.js';
import type { RequestAnswerCache } from './answer-cache.js';
import { forecastValue, indicatorStatus, monthsAfter, plannedByMonth, type IndicatorStatus, type TrajectoryPoint } from './indicator-outlook.js';
import { runIndicators } from './indicators.js';
import { monthOf, seriesMonths } from './month-series.js';

/** An indicator over time: its month-by-month trajectory, where it is heading and how that compares with its target. */
export interface IndicatorOutlook {
  code: string;
  direction: IndicatorDirection;
  trajectory: TrajectoryPoint[];
  forecast: number | null;
  status: IndicatorStatus | null;
  /** True when the planned trajectory is illustrative, not the programme's own; null without a plan. */
  planIllustrative: boolean | null;
}

export interface IndicatorOutlooksAnswer {
  programmeCode: string;
  /** The last month with an actual value: the month of the filter's `to`, or the series' last month. */
  asOf: string;
  outlooks: IndicatorOutlook[];
}

/** The last day of a YYYY-MM month. */
function lastDayOf(month: string): string {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/** The last month anything the indicators count is dated in (results may come up to six months after the end). */
async function lastDataMonth(em: EntityManager, programmeId: number): Promise<string | null> {
  const [row] = await runSql<{ last: string | null }>(
    em,
    sql`select to_char(greatest(
      (select max(r.date) from participant_result r join participant p on p.id = r.participant_id where p.programme_id = ${programmeId}),
      (select max(greatest(p.entry_date, p.exit_date)) from participant p where p.programme_id = ${programmeId}),
      (select max(s.date) from session s join activity a on a.id = s.activity_id where a.programme_id = ${programmeId}),
      (select max(e.exam_date) from exam_result e where e.programme_id = ${programmeId}),
      (select max(c.date) from childcare c join activity a on a.id = c.activity_id where a.programme_id = ${programmeId}),
      (select max(i.date) from support_item i join activity a on a.id = i.activity_id where a.programme_id = ${programmeId}),
      (select max(date) from programme_event where programme_id = ${programmeId}),
      (select max(published_on) from media_mention where programme_id = ${programmeId}),
      (select max(redeveloped_on) from site where programme_id = ${programmeId})
    ), 'YYYY-MM') as last`,
  );
  return row?.last ?? null;
}

/**
 * Every indicator's trajectory, forecast and status for a viewer. The trajectory has every month from
 * the programme's start (or the filter's `from`) to the later of its end and the last data month; a
 * month's `actual` is the indicator computed by runIndicators — the same path, and so the same
 * protection for restricted roles, as every other figure — with the period cut at the month's last
 * day. The as-of month (the filter's `to`, else the last month) is computed with the caller's own
 * filter, so its actual equals the indicator's value; later months have no actual.
 */
export async function runIndicatorOutlooks(
  em: EntityManager,
  options: { programmeCode: string; filter?: AnalyticsFilterValues | null; viewer: Viewer | null; k: number; cache?: RequestAnswerCache },
): Promise<IndicatorOutlooksAnswer> {
  const filter = normaliseFilter(options.filter);
  const compute = () => computeOutlooks(em, options);
  if (!options.cache) return compute();
  const question = { answer: 'indicator-outlooks', filter, policy: suppressionPolicyFor(options.viewer), k: options.k };
  return options.cache.answer(options.programmeCode, question, compute);
}

async function computeOutlooks(
  em: EntityManager,
  options: { programmeCode: string; filter?: AnalyticsFilterValues | null; viewer: Viewer | null; k: number; cache?: RequestAnswerCache },
): Promise<IndicatorOutlooksAnswer> {
  const programme = await indicatorProgramme(em, options.programmeCode);
  const definitions = await indicatorDefinitions(em, programme.id);
  const filter = normaliseFilter(options.filter);
  const lastData = await lastDataMonth(em, programme.id);
  const months = seriesMonths({
    programmeStart: programme.startDate,
    programmeEnd: programme.endDate,
    dataMonths: lastData ? [lastData] : [],
    from: filter.from,
  });
  const endMonth = monthOf(programme.endDate);
  const requestedAsOf = filter.to ? monthOf(filter.to) : months.at(-1)!;
  const asOf = requestedAsOf < months.at(-1)! ? requestedAsOf : months.at(-1)!;
  const actualMonths = months.filter((month) => month <= asOf);

  const answers = await Promise.all(
    actualMonths.map((month) =>
      runIndicators(em, {
        ...options,
        filter: month === asOf ? options.filter : { ...options.filter, to: lastDayOf(month) },
      }),
    ),
  );
  const outlooks = definitions.map((definition, index): IndicatorOutlook => {
    const actuals = answers.map((answer) => answer.indicators[index]!.value);
    const planned = plannedByMonth(definition.plan, months);
    const value = actuals.at(-1) ?? null;
    const forecast = forecastValue({ actuals, monthsToEnd: monthsAfter(asOf, endMonth), unit: definition.unit });
    const asOfIndex = actualMonths.length - 1;
    return {
      code: definition.code,
      direction: definition.direction,
      trajectory: months.map((month, monthIndex) => ({ month, planned: planned[monthIndex]!, actual: actuals[monthIndex] ?? null })),
      forecast,
      status: indicatorStatus({
        value,
        target: definition.target ?? null,
        direction: definition.direction,
        forecast,
        planned: asOfIndex >= 0 ? planned[asOfIndex]! : null,
        periodOver: asOf >= endMonth,
      }),
      planIllustrative: definition.plan ? definition.plan.illustrative : null,
    };
  });
  return { programmeCode: options.programmeCode, asOf, outlooks };
}
