import { STRUCTURAL_MEASURES } from '@razem/contract';
import type {
  ActivityDefinition,
  IndicatorDefinition,
  IndicatorMeasure,
  ProgrammeDefinition,
} from '../programme-definition.js';
import { pilotProgramme } from '../pilot/pilot-programme.js';

/**
 * Scaled-up synthetic programmes are built from cohorts: each cohort is a copy of the pilot (100
 * participants, its own copy of the pilot's 20 activities), so the city and region datasets look
 * like the pilot repeated, and the pilot's realism carries over unchanged.
 */

/** One cohort of a programme. */
export interface CohortSpec {
  /** 1-based within its programme. */
  number: number;
  /** Appended to the pilot's activity codes: '' for the pilot itself, 'C001' or 'R01-C001' for synthetic cohorts. */
  suffix: string;
}

/** The pilot's structure is the one cohort of the pilot programme. */
export const PILOT_COHORT: CohortSpec = { number: 1, suffix: '' };

/** Appends a cohort suffix to a pilot code (`MOPS-W1` → `MOPS-W1-C001`; `K01` → `K01-C001`). */
export function cohortCode(options: { code: string; suffix: string }): string {
  return options.suffix === '' ? options.code : `${options.code}-${options.suffix}`;
}

/** A cohort's copy of one pilot activity; codes and file codes carry the suffix, so every cohort's sessions stay apart. */
export function buildCohortActivity(options: { activity: ActivityDefinition; cohort: CohortSpec }): ActivityDefinition {
  const { activity, cohort } = options;
  if (cohort.suffix === '') return activity;
  return {
    ...activity,
    code: cohortCode({ code: activity.code, suffix: cohort.suffix }),
    fileCode: cohortCode({ code: activity.fileCode, suffix: cohort.suffix }),
    name: `${activity.name} (kohorta ${cohort.suffix})`,
  };
}

/** Lists a programme's cohorts, `C001`… (city) or `R01-C001`… (region, where the tag keeps codes unique across programmes). */
export function listCohorts(options: { count: number; tag?: string }): CohortSpec[] {
  return Array.from({ length: options.count }, (_, index) => {
    const label = `C${String(index + 1).padStart(3, '0')}`;
    return { number: index + 1, suffix: options.tag ? `${options.tag}-${label}` : label };
  });
}

/** Measures that count the programme's structure rather than its participants: their targets do not scale. */
const STRUCTURAL = new Set<IndicatorMeasure>(STRUCTURAL_MEASURES);

/** The pilot's indicators with participant-count targets scaled to the programme's size; every target is then illustrative. */
export function scalePilotIndicators(options: { participants: number; hasMediaMentions: boolean }): IndicatorDefinition[] {
  const factor = options.participants / pilotProgramme.targetParticipants;
  return pilotProgramme.indicators.map((indicator) => {
    let target = indicator.target;
    if (indicator.numerator.measure === 'MEDIA_MENTIONS' && !options.hasMediaMentions) target = null;
    else if (target !== null && indicator.unit === 'COUNT' && !STRUCTURAL.has(indicator.numerator.measure)) {
      target = Math.round(target * factor);
    }
    return { ...indicator, target, targetIllustrative: target !== null };
  });
}

/**
 * A synthetic programme over the pilot's period, partners and tasks, made of `cohorts` copies of the
 * pilot's activities. Its code, name and description say it is synthetic.
 */
export function buildCohortProgramme(options: {
  code: string;
  name: string;
  description: string;
  cohorts: readonly CohortSpec[];
  participantsPerCohort: number;
  /** Keeps event and site codes unique across programmes (`GALA-FINALOWA-CITY`). */
  tag: string;
}): ProgrammeDefinition {
  const first = options.cohorts[0];
  if (!first) throw new Error('a cohort programme needs at least one cohort');
  const participants = options.cohorts.length * options.participantsPerCohort;
  const activities = options.cohorts.flatMap((cohort) =>
    pilotProgramme.activities.map((activity) => buildCohortActivity({ activity, cohort })),
  );
  // Support and childcare rows carry no activity of their own: the definition names one activity per
  // support kind and the childcare layout one, so every cohort's are attributed to the first cohort's
  // activity: totals by kind, partner and task stay exact; only a per-activity breakdown of support and
  // childcare piles up on cohort 1.
  return {
    code: options.code,
    name: options.name,
    description: options.description,
    startDate: pilotProgramme.startDate,
    endDate: pilotProgramme.endDate,
    syntheticParticipants: true,
    targetParticipants: participants,
    partners: pilotProgramme.partners,
    tasks: pilotProgramme.tasks,
    activities,
    participantCode: pilotProgramme.participantCode,
    supportKinds: pilotProgramme.supportKinds.map((kind) => ({ ...kind, activity: cohortCode({ code: kind.activity, suffix: first.suffix }) })),
    fileLayouts: pilotProgramme.fileLayouts.map((layout) =>
      layout.activity ? { ...layout, activity: cohortCode({ code: layout.activity, suffix: first.suffix }) } : layout,
    ),
    events: pilotProgramme.events.map((event) => ({ ...event, code: `${event.code}-${options.tag}` })),
    sites: pilotProgramme.sites.map((site) => ({ ...site, code: `${site.code}-${options.tag}` })),
    // Media mentions are facts about the real pilot; a synthetic programme has none.
    mediaMentions: [],
    indicators: scalePilotIndicators({ participants, hasMediaMentions: false }),
  };
}
