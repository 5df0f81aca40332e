import type { EntityManager } from '@mikro-orm/postgresql';
import { Dimension, IndicatorStatus, Measure, runAggregate, runIndicatorOutlooks, runIndicators, type IndicatorResult, type TrajectoryPoint } from '../../analytics/index.js';
import { mayCall } from '../../access/access-rules.js';
import type { Role, Viewer } from '../../access/viewer.js';
import { listPeriodApprovals } from '../period/period.service.js';
import { Programme } from '../programme/programme.entity.js';
import { submissionsCalendar, type SubmissionCell } from '../submissions/submissions.service.js';

/** A bad report request (unknown programme, malformed or out-of-period month), naming the parameter. */
export class ReportRequestError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ReportIndicator extends Pick<IndicatorResult, 'code' | 'name' | 'unit' | 'value' | 'target' | 'targetIllustrative' | 'suppressed'> {
  previous: number | null;
  forecast: number | null;
  status: IndicatorStatus | null;
  planned: number | null;
  trajectory: TrajectoryPoint[];
}

/** One published cell: its value, and whether it is withheld for the viewer's role. */
export interface ReportCell {
  value: number | null;
  suppressed: boolean;
}

export interface PartnerActivity {
  partner: string;
  name: string;
  activeParticipants: ReportCell;
  sessions: ReportCell;
  attendanceHours: ReportCell;
}

/** Everything the steering report shows, computed for one viewer through the same services as the API. */
export interface SteeringReportData {
  programme: { code: string; name: string; startDate: string; endDate: string; synthetic: boolean };
  month: string;
  role: Role;
  k: number;
  indicators: ReportIndicator[];
  activity: PartnerActivity[];
  /** Null when the viewer's role may not see the submissions calendar. */
  submissions: SubmissionCell[] | null;
  approvedPartners: string[];
  generatedAt: Date;
}

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const previousMonth = (month: string) => {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
};

/**
 * The report's figures as of the end of `month`: the indicators (value, target, plan, forecast,
 * status — `indicators` with filter.to = the month's last day), the previous month's values for
 * what changed, the month's activity per partner (`aggregate` by PARTNER within the month), the
 * month's submissions and approvals. All through runIndicators / runAggregate for the viewer, so a
 * restricted role's report carries exactly the protected figures its API calls would.
 */
export async function collectSteeringReport(
  em: EntityManager,
  options: { programmeCode: string; month: string; viewer: Viewer; k: number },
): Promise<SteeringReportData> {
  const programme = await em.findOne(Programme, { code: options.programmeCode });
  if (!programme) throw new ReportRequestError('programme', `There is no programme with the code ${JSON.stringify(options.programmeCode)}.`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
    throw new ReportRequestError('month', `month: expected YYYY-MM (e.g. 2012-03); got ${JSON.stringify(options.month)}.`);
  }
  const [first, last] = [programme.startDate.slice(0, 7), programme.endDate.slice(0, 7)];
  if (options.month < first || options.month > last) {
    throw new ReportRequestError('month', `month: ${options.month} is outside programme ${programme.code}'s period ${first} … ${last}.`);
  }
  const common = { programmeCode: programme.code, viewer: options.viewer, k: options.k };
  const asOf = { to: lastDayOf(options.month) };
  const monthOnly = { from: `${options.month}-01`, to: lastDayOf(options.month) };
  const [current, previous, outlooks, active, sessions, hours] = await Promise.all([
    runIndicators(em, { ...common, filter: asOf }),
    options.month > first ? runIndicators(em, { ...common, filter: { to: lastDayOf(previousMonth(options.month)) } }) : null,
    runIndicatorOutlooks(em, { ...common, filter: asOf }),
    runAggregate(em, { ...common, measure: Measure.ACTIVE_PARTICIPANTS, groupBy: [Dimension.PARTNER], filter: monthOnly }),
    runAggregate(em, { ...common, measure: Measure.SESSIONS, groupBy: [Dimension.PARTNER], filter: monthOnly }),
    runAggregate(em, { ...common, measure: Measure.ATTENDANCE_HOURS, groupBy: [Dimension.PARTNER], filter: monthOnly }),
  ]);
  const outlookOf = new Map(outlooks.outlooks.map((outlook) => [outlook.code, outlook]));
  const previousOf = new Map(previous?.indicators.map((indicator) => [indicator.code, indicator.value]) ?? []);
  const indicators = current.indicators.map((indicator): ReportIndicator => {
    const outlook = outlookOf.get(indicator.code);
    return {
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      value: indicator.value,
      target: indicator.target,
      targetIllustrative: indicator.targetIllustrative,
      suppressed: indicator.suppressed,
      previous: previousOf.get(indicator.code) ?? null,
      forecast: outlook?.forecast ?? null,
      status: outlook?.status ?? null,
      planned: outlook?.trajectory.find((point) => point.month === options.month)?.planned ?? null,
      trajectory: outlook?.trajectory ?? [],
    };
  });
  const byPartner = (rows: typeof active.rows) => new Map(rows.map((row) => [row.keys[0]!.code, row]));
  const [activeOf, sessionsOf, hoursOf] = [byPartner(active.rows), byPartner(sessions.rows), byPartner(hours.rows)];
  const partners = [...new Set([...activeOf.keys(), ...sessionsOf.keys(), ...hoursOf.keys()])].sort();
  const cell = (row: (typeof active.rows)[number] | undefined): ReportCell => ({ value: row?.value ?? null, suppressed: row?.suppressed ?? false });
  const activity = partners.map((partner) => ({
    partner,
    name: (activeOf.get(partner) ?? sessionsOf.get(partner) ?? hoursOf.get(partner))!.keys[0]!.label,
    activeParticipants: cell(activeOf.get(partner)),
    sessions: cell(sessionsOf.get(partner)),
    attendanceHours: cell(hoursOf.get(partner)),
  }));
  const submissions = mayCall(options.viewer, 'Query.submissions')
    ? (await submissionsCalendar(em, { programmeCode: programme.code, partnerCode: options.viewer.role === 'PARTNER' ? (options.viewer.partnerCode ?? '') : null })).cells.filter(
        (cell) => cell.month === options.month,
      )
    : null;
  const approvedPartners = (await listPeriodApprovals(em, programme.code)).filter((approval) => approval.month === options.month).map((approval) => approval.partner.getEntity().code);
  return {
    programme: { code: programme.code, name: programme.name, startDate: programme.startDate, endDate: programme.endDate, synthetic: programme.syntheticParticipants },
    month: options.month,
    role: current.role,
    k: current.k,
    indicators,
    activity,
    submissions,
    approvedPartners,
    generatedAt: new Date(),
  };
}
