import { pilotProgramme } from '../pilot/pilot-programme.js';
import { holdSessions, type HeldSession } from './attendance.js';
import { planChildcare, type ChildcareEntry } from './childcare.js';
import { cohortCode, type CohortSpec } from './cohorts.js';
import { planExams, type ExamEntry } from './exams.js';
import { generateParticipants, type SyntheticParticipant } from './participants.js';
import { createRandom } from './random.js';
import { planResults, type ResultEntry } from './results.js';
import type { ProgrammeLayout } from './scales.js';
import { scheduleCohort } from './schedule.js';
import { planSupport, type SupportEntry } from './support.js';

/**
 * Everything one cohort contributes to the partner files. It is small (a hundred people, a few
 * hundred sessions, one byte per attendance) and lives only while the cohort's rows are written.
 */
export interface CohortPlan {
  participants: SyntheticParticipant[];
  mopsSessions: HeldSession[];
  cisiSessions: HeldSession[];
  zdzSessions: HeldSession[];
  childcare: ChildcareEntry[];
  support: SupportEntry[];
  exams: ExamEntry[];
  results: ResultEntry[];
  /** What the partner's file calls a pilot activity in this cohort (`MOPS-W1` → `MOPS-W1-C001`, `ZDZ-K05` → `K05-C001`). */
  fileCode(activity: string): string;
}

/** MOPS trains each cohort in two workshop groups of about 50 (the programme's scale: 100 people, few trainers). */
const WORKSHOP_GROUPS = 2;

/** Builds the lookup from pilot activity code to this cohort's file code. */
function mapFileCodes(cohort: CohortSpec): (activity: string) => string {
  const codes = new Map(
    pilotProgramme.activities.map((activity) => [activity.code, cohortCode({ code: activity.fileCode, suffix: cohort.suffix })]),
  );
  return (activity) => {
    const code = codes.get(activity);
    if (code === undefined) throw new Error(`not a pilot activity: ${activity}`);
    return code;
  };
}

/**
 * Plans one cohort. Each concern draws from its own seeded stream (keyed by programme, cohort and
 * concern), so the plan depends only on the seed, the layout and the PESELs already used in the run.
 */
export function planCohort(options: {
  seed: number;
  layout: ProgrammeLayout;
  cohort: CohortSpec;
  usedPesels: Set<string>;
}): CohortPlan {
  const { seed, layout, cohort } = options;
  const random = (concern: string) => createRandom({ seed, stream: [layout.programme.code, cohort.number, concern] });
  const fileCode = mapFileCodes(cohort);
  const participants = generateParticipants({
    random: random('participants'),
    count: layout.participantsPerCohort,
    firstNumber: (cohort.number - 1) * layout.participantsPerCohort + 1,
    formatCode: layout.formatParticipantCode,
    peselSerials: layout.peselSerials,
    usedPesels: options.usedPesels,
    workshopGroups: WORKSHOP_GROUPS,
    openShare: layout.openShare,
  });
  const schedule = scheduleCohort({ random: random('schedule'), workshopGroups: WORKSHOP_GROUPS });
  const attendance = random('attendance');
  const mopsSessions = holdSessions({ random: attendance, sessions: schedule.mops, participants, excusedShare: 0.35 });
  const cisiSessions = holdSessions({ random: attendance, sessions: schedule.cisi, participants, excusedShare: 0 });
  const zdzSessions = holdSessions({ random: attendance, sessions: schedule.zdz, participants, excusedShare: 0 });
  const exams = planExams({
    random: random('exams'),
    participants,
    sessions: zdzSessions,
    courses: schedule.courses,
    courseFileCode: (course) => fileCode(`ZDZ-${course}`),
  });
  const certified = new Set(exams.filter((exam) => exam.passed).map((exam) => exam.participant));
  return {
    participants,
    mopsSessions,
    cisiSessions,
    zdzSessions,
    childcare: planChildcare({ random: random('childcare'), participants, sessions: [...mopsSessions, ...zdzSessions] }),
    support: planSupport({ random: random('support'), participants, sessions: cisiSessions }),
    exams,
    results: planResults({ random: random('results'), participants, certified }),
    fileCode,
  };
}
