import type { ActivityDefinition, CodeMapTargets, ProgrammeDefinition } from '../../programme-definition.js';
import { addMonths, dayFromIso, formatIsoDay, weekdayOf, type Day } from '../dates.js';
import { encodePesel } from '../pesel.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from '../polish-names.js';
import { createRandom, type Random } from '../random.js';
import type { AttendanceRecord, RegisterRecord, UnifiedRecords } from './unified-records.js';

/** How a generated cohort looks; defaults fit a youth-employment programme (ages 18–29). */
export interface RecordGeneratorOptions {
  definition: ProgrammeDefinition;
  seed: number;
  participants: number;
  ageRange?: readonly [number, number];
}

/** Participant codes the generator can write: the definition's pattern must be a prefix and a run of digits. */
export function participantCodeFormat(pattern: string): (n: number) => string {
  const match = /^\^([A-Za-z0-9_/-]*)\\d\{(\d+)(,\d*)?\}\$$/.exec(pattern);
  if (!match) throw new Error(`the generator writes participant codes of the form ^PREFIX\\d{n}$ or ^PREFIX\\d{n,}$; the definition's pattern is ${pattern}`);
  const [, prefix, digits] = match;
  return (n) => `${prefix}${String(n).padStart(Number(digits), '0')}`;
}

const isWeekday = (day: Day) => weekdayOf(day) < 5;

/** A Monday–Friday day in [from, to] (from itself when the range has none). */
function pickWeekday(random: Random, from: Day, to: Day): Day {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const day = random.int(from, Math.max(from, to));
    if (isWeekday(day)) return day;
  }
  return from;
}

/** Which hub values a layout of the record can write (its code map's targets): the generator draws only those. */
function writableValues<F extends keyof CodeMapTargets>(definition: ProgrammeDefinition, field: F, fallback: readonly CodeMapTargets[F][]): CodeMapTargets[F][] {
  const values = new Set<CodeMapTargets[F]>();
  for (const layout of definition.fileLayouts) {
    for (const value of Object.values(layout.codes[field] ?? {})) values.add(value as CodeMapTargets[F]);
  }
  return values.size ? [...values] : [...fallback];
}

/** Session length in minutes of an activity: vocational courses run full days, the rest two-hour meetings. */
const sessionMinutesOf = (activity: ActivityDefinition) => (activity.kind === 'VOCATIONAL_COURSE' ? 360 : 120);

/**
 * Draws a programme's unified records from its definition alone: a register of `participants` people
 * entering over the first two thirds of the period, each in one vocational course (when the programme has
 * any) and in the other activities by chance, attending the activity's weekly sessions while in the
 * programme; exams ending the course for those who complete it, results after exit, support of each of the
 * programme's kinds, and childcare where the programme records it. Deterministic: the same definition,
 * seed and size give the same records.
 */
export function generateDefinitionRecords(options: RecordGeneratorOptions): UnifiedRecords {
  const { definition, seed } = options;
  const random = createRandom({ seed, stream: [definition.code, 'records'] });
  const formatCode = participantCodeFormat(definition.participantCode.pattern);
  const [minAge, maxAge] = options.ageRange ?? [18, 29];
  const start = dayFromIso(definition.startDate);
  const end = dayFromIso(definition.endDate);
  const resultsUntil = addMonths(end, 6);
  const recruitmentEnd = start + Math.floor(((end - start) * 2) / 3);
  const attended = definition.fileLayouts.filter((layout) => layout.record === 'attendance');
  const attendedPartners = new Set(attended.map((layout) => layout.partner));
  const activities = definition.activities.filter((activity) => attendedPartners.has(activity.partner));
  const courses = activities.filter((activity) => activity.kind === 'VOCATIONAL_COURSE');
  const others = activities.filter((activity) => activity.kind !== 'VOCATIONAL_COURSE');
  const statuses = writableValues(definition, 'status', ['PRESENT', 'ABSENT']);
  const absentStatuses = statuses.filter((status) => status !== 'PRESENT');
  const hasExams = definition.fileLayouts.some((layout) => layout.record === 'exams');
  const childcareLayout = definition.fileLayouts.find((layout) => layout.record === 'childcare');

  const records: UnifiedRecords = { register: [], attendance: [], childcare: [], results: [], support: [], exams: [] };
  const usedPesels = new Set<string>();
  const entries = Array.from({ length: options.participants }, () => pickWeekday(random, start, recruitmentEnd)).sort((a, b) => a - b);
  let certificates = 0;

  entries.forEach((entry, index) => {
    const sex = random.chance(0.5) ? 'FEMALE' : 'MALE';
    const age = random.int(minAge, maxAge);
    const birth = entry - age * 365 - random.int(5, 360);
    let pesel = '';
    while (!pesel || usedPesels.has(pesel)) pesel = encodePesel({ birth, sex, serial: random.int(0, 4999) });
    usedPesels.add(pesel);
    const person = {
      participantCode: formatCode(index + 1),
      pesel,
      fullName: `${random.pick(sex === 'FEMALE' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)} ${random.pick(SURNAMES)[sex === 'FEMALE' ? 1 : 0]}`,
    };
    const roll = random.float();
    const exitReason = roll < 0.12 ? 'DROPPED_OUT' : roll < 0.2 ? null : 'COMPLETED';
    const exit = exitReason === null ? null : Math.min(end, pickWeekday(random, entry + (exitReason === 'DROPPED_OUT' ? 14 : 90), entry + (exitReason === 'DROPPED_OUT' ? 90 : 240)));
    const register: RegisterRecord = {
      ...person,
      entryDate: formatIsoDay(entry),
      exitDate: exit === null ? null : formatIsoDay(exit),
      exitReason,
      labourStatus: random.pickWeighted([['UNEMPLOYED', 0.7], ['INACTIVE', 0.25], ['EMPLOYED', 0.05]] as const),
      education: random.pickWeighted([['LOWER_SECONDARY', 0.25], ['UPPER_SECONDARY', 0.45], ['POST_SECONDARY', 0.15], ['TERTIARY', 0.15]] as const),
    };
    records.register.push(register);
    const lastDay = exit ?? end;
    const reliability = 0.6 + 0.35 * random.float();

    const joined = [...(courses.length ? [random.pick(courses)] : []), ...others.filter(() => random.chance(0.6))];
    for (const [position, activity] of joined.entries()) {
      // Each activity meets on its own weekday, a course for twelve weeks, the rest for eight.
      const weekday = (definition.activities.indexOf(activity) * 2) % 5;
      const meetings = activity.kind === 'VOCATIONAL_COURSE' ? 12 : 8;
      let day = entry + 1 + position;
      while (weekdayOf(day) !== weekday) day += 1;
      const sessions: AttendanceRecord[] = [];
      for (; sessions.length < meetings && day <= lastDay; day += 7) {
        const present = random.chance(reliability);
        sessions.push({
          ...person,
          activity: activity.code,
          date: formatIsoDay(day),
          sessionMinutes: sessionMinutesOf(activity),
          status: present || absentStatuses.length === 0 ? 'PRESENT' : random.pick(absentStatuses),
        });
      }
      records.attendance.push(...sessions);
      const last = sessions.at(-1);
      // The course ends with its exam, on the day of the last meeting, for those who complete it.
      if (hasExams && activity.kind === 'VOCATIONAL_COURSE' && exitReason === 'COMPLETED' && last && sessions.length === meetings) {
        const passed = random.chance(0.85);
        if (passed) certificates += 1;
        records.exams.push({
          ...person,
          activity: activity.code,
          date: last.date,
          outcome: passed ? 'PASSED' : 'FAILED',
          certificateNumber: passed ? `${definition.code}/${String(certificates).padStart(5, '0')}` : null,
        });
      }
      if (childcareLayout && position === 0 && random.chance(0.15)) {
        const children = random.int(1, 2);
        for (const session of sessions.filter((candidate) => candidate.status === 'PRESENT')) {
          records.childcare.push({ ...person, date: session.date, children, hours: session.sessionMinutes / 60 });
        }
      }
    }

    if (exit !== null && random.chance(exitReason === 'COMPLETED' ? 0.7 : 0.3)) {
      const date = Math.min(resultsUntil, pickWeekday(random, exit, exit + 150));
      const result = random.pickWeighted([['EMPLOYED', 0.55], ['SELF_EMPLOYED', 0.08], ['IN_EDUCATION', 0.12], ['JOB_SEEKING', 0.25]] as const);
      records.results.push({ ...person, date: formatIsoDay(date), result });
    }
    for (const kind of definition.supportKinds) {
      if (!random.chance(0.45)) continue;
      records.support.push({
        ...person,
        date: formatIsoDay(pickWeekday(random, entry, lastDay)),
        supportKind: kind.code,
        quantity: random.int(1, 3),
        description: random.chance(0.3) ? `${kind.name.pl}: wypłata ${random.int(1, 3)}/3` : '',
      });
    }
  });
  return records;
}
