import type {
  ActivityKind,
  AgeBand,
  Education,
  IndicatorMeasure,
  LabourStatus,
  PartnerFileKind,
  ResultType,
  Sex,
  SupportKind,
} from '@razem/contract';

/** The contract's codes (docs/interfaces.md), re-exported for the definitions written against them. */
export type { ActivityKind, IndicatorMeasure, PartnerFileKind, SupportKind };

/**
 * The shape of a programme's structure as data: what `hub init` loads and what the synthetic
 * generator writes partner files against. Codes here are the stable identifiers used in partner
 * files, GraphQL dimension keys and exports; names are the Polish labels shown to people.
 */

export type PartnerCode = string;

/** A filter inside an indicator formula; same vocabulary as the GraphQL AnalyticsFilter. */
export interface IndicatorFilterDefinition {
  partners?: string[];
  tasks?: string[];
  activities?: string[];
  activityKinds?: ActivityKind[];
  sexes?: Sex[];
  ageBands?: AgeBand[];
  labourStatuses?: LabourStatus[];
  educations?: Education[];
  resultTypes?: ResultType[];
  supportKinds?: SupportKind[];
}

export interface IndicatorTerm {
  measure: IndicatorMeasure;
  filter?: IndicatorFilterDefinition;
}

/** One month of a planned trajectory: the cumulative value the programme plans to have reached by its end. */
export interface PlannedPoint {
  /** YYYY-MM. */
  month: string;
  planned: number;
}

/** An indicator's plan over time: cumulative planned values, month by month (months without a point carry the last one on). */
export interface PlannedTrajectory {
  /** True when the plan is not in the programme's own definition but set for illustration. */
  illustrative: boolean;
  points: PlannedPoint[];
}

export interface IndicatorDefinition {
  code: string;
  name: string;
  description: string;
  numerator: IndicatorTerm;
  /** Absent for counts; present for rates (value = numerator ÷ denominator). */
  denominator?: IndicatorTerm;
  target: number | null;
  /** True when the target is not in the programme's own definition but set for illustration. */
  targetIllustrative: boolean;
  /** Whether the target is a floor to reach (default) or a ceiling to stay under (a dropout rate). */
  direction?: 'AT_LEAST' | 'AT_MOST';
  /** The planned trajectory towards the target, when the programme sets one. */
  plan?: PlannedTrajectory;
  unit: 'COUNT' | 'RATE' | 'HOURS';
}

export interface PartnerDefinition {
  code: PartnerCode;
  name: string;
  shortName: string;
  role: 'LEADER' | 'PARTNER';
  /** The partner file kinds this partner sends. */
  fileKinds: PartnerFileKind[];
}

export interface TaskDefinition {
  code: string;
  name: string;
  partner: PartnerCode;
}

export interface ActivityDefinition {
  code: string;
  name: string;
  kind: ActivityKind;
  partner: PartnerCode;
  task: string;
  venue: string;
  organiser: string;
  /** The code this activity carries in its partner's files (`warsztat`, `zajecia`, `kurs`). */
  fileCode: string;
}

export interface EventDefinition {
  code: string;
  name: string;
  date: string;
  venue: string;
  description: string;
  /** Audience size; null when the source does not give it. */
  audience: number | null;
  audienceIllustrative: boolean;
}

export interface SiteDefinition {
  code: string;
  name: string;
  description: string;
  redevelopedOn: string | null;
}

export interface MediaMentionDefinition {
  code: string;
  outlet: string;
  title: string;
  publishedOn: string | null;
}

export interface ProgrammeDefinition {
  code: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  /** True when participant-level data for this programme is generated, not real. */
  syntheticParticipants: boolean;
  targetParticipants: number;
  /**
   * Each partner owes each of its file kinds every month: the export made after the month ends, by this
   * day of the following month (1–28). Absent: 10.
   */
  submissionDueDay?: number;
  partners: PartnerDefinition[];
  tasks: TaskDefinition[];
  activities: ActivityDefinition[];
  /** Which activity each support kind is given in (support rows carry no activity of their own). */
  supportActivities: Record<SupportKind, string>;
  /** The activity under which childcare for participants' children is recorded. */
  childcareActivity: string;
  events: EventDefinition[];
  sites: SiteDefinition[];
  mediaMentions: MediaMentionDefinition[];
  indicators: IndicatorDefinition[];
}
