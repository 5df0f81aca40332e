import { pickWorkingDay } from './calendar.js';
import { ageOn, dayFromParts, partsFromDay, type Day } from './dates.js';
import { encodePesel, type PeselSex } from './pesel.js';
import { balanceCourses, chooseParents, drawCisiClasses, drawZdzCourse, type CisiClass } from './enrolments.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from './polish-names.js';
import type { Random } from './random.js';
import { FINAL_GALA, LAST_DROPOUT_DAY, PROGRAMME_END, RECRUITMENT_MONTHS } from './timeline.js';

export type LabourStatus = 'BEZROBOTNY' | 'BIERNY' | 'PRACUJACY';
export type Education = 'PODSTAWOWE' | 'GIMNAZJALNE' | 'PONADGIMNAZJALNE' | 'POLICEALNE' | 'WYZSZE';
export type ExitReason = 'UKONCZENIE' | 'REZYGNACJA';

/** One synthetic person: what the register says about them, and what they take part in. */
export interface SyntheticParticipant {
  code: string;
  pesel: string;
  sex: PeselSex;
  birth: Day;
  ageAtEntry: number;
  firstName: string;
  lastName: string;
  entry: Day;
  exit: Day | null;
  exitReason: ExitReason | null;
  labourStatus: LabourStatus;
  education: Education;
  /** The last day they can attend anything: their exit, or the programme's end while still open. */
  lastDay: Day;
  /** How likely they are to turn up to a class (0–1); people differ, which makes attendance look real. */
  reliability: number;
  /** Which MOPS workshop group they train with (0-based). */
  workshopGroup: number;
  attendsCommunityCentre: boolean;
  /** Children cared for in the community centre while the parent attends (0 = not a parent using childcare). */
  children: number;
  cisiClasses: CisiClass[];
  /** ZDZ course number (`K05`), or null. */
  zdzCourse: string | null;
}

const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[15, 17], 0.14],
  [[18, 24], 0.34],
  [[25, 29], 0.11],
  [[30, 44], 0.21],
  [[45, 54], 0.14],
  [[55, 61], 0.06],
];

/** Education by age: gimnazjum (1999 reform) only exists for the young; 15–17-year-olds are still at school. */
function drawEducation(random: Random, age: number): Education {
  if (age <= 16) return random.pickWeighted([['PODSTAWOWE', 0.65], ['GIMNAZJALNE', 0.35]]);
  if (age <= 19) return random.pickWeighted([['PODSTAWOWE', 0.2], ['GIMNAZJALNE', 0.55], ['PONADGIMNAZJALNE', 0.25]]);
  if (age <= 26) {
    return random.pickWeighted([
      ['PODSTAWOWE', 0.12], ['GIMNAZJALNE', 0.36], ['PONADGIMNAZJALNE', 0.38], ['POLICEALNE', 0.08], ['WYZSZE', 0.06],
    ]);
  }
  return random.pickWeighted([['PODSTAWOWE', 0.36], ['PONADGIMNAZJALNE', 0.44], ['POLICEALNE', 0.11], ['WYZSZE', 0.09]]);
}

/** Labour-market status: minors are at school (inactive); adults are mostly unemployed, some working poor. */
function drawLabourStatus(random: Random, age: number): LabourStatus {
  if (age < 18) return 'BIERNY';
  if (age < 25) return random.pickWeighted([['BEZROBOTNY', 0.5], ['BIERNY', 0.4], ['PRACUJACY', 0.1]]);
  return random.pickWeighted([['BEZROBOTNY', 0.6], ['BIERNY', 0.28], ['PRACUJACY', 0.12]]);
}

/** A birth date that makes the person exactly `age` on `entry`. */
function drawBirth(random: Random, options: { age: number; entry: Day }): Day {
  const entry = partsFromDay(options.entry);
  const latest = dayFromParts({ year: entry.year - options.age, month: entry.month, day: entry.day });
  const earliest = dayFromParts({ year: entry.year - options.age - 1, month: entry.month, day: entry.day }) + 1;
  return random.int(earliest, latest);
}

/** A PESEL not yet used in this run, from the programme's serial range. */
function drawUniquePesel(
  random: Random,
  options: { birth: Day; sex: PeselSex; serials: { from: number; to: number }; used: Set<string> },
): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const pesel = encodePesel({ birth: options.birth, sex: options.sex, serial: random.int(options.serials.from, options.serials.to) });
    if (!options.used.has(pesel)) {
      options.used.add(pesel);
      return pesel;
    }
  }
  throw new Error('could not find an unused PESEL');
}

/**
 * Generates one cohort's participants. Codes follow the order of entry, as MOPS assigned them at
 * registration; PESELs are drawn unique within the run (`usedPesels` is shared across cohorts).
 */
export function generateParticipants(options: {
  random: Random;
  count: number;
  /** Number of the cohort's first participant in the programme (1, 101, 201 …). */
  firstNumber: number;
  formatCode: (n: number) => string;
  peselSerials: { from: number; to: number };
  usedPesels: Set<string>;
  workshopGroups: number;
  /** Share of participants with no exit yet. */
  openShare: number;
}): SyntheticParticipant[] {
  const { random } = options;
  const drafts = Array.from({ length: options.count }, (_, index) => {
    const sex: PeselSex = random.chance(0.55) ? 'FEMALE' : 'MALE';
    const [minAge, maxAge] = random.pickWeighted(AGE_BANDS);
    const age = random.int(minAge, maxAge);
    const [firstDay, lastDay] = random.pickWeighted(RECRUITMENT_MONTHS.map(([from, to, weight]) => [[from, to], weight] as const));
    const entry = pickWorkingDay({ random, from: firstDay, to: lastDay });
    return { index, sex, age, entry };
  });
  drafts.sort((a, b) => a.entry - b.entry || a.index - b.index);

  const participants = drafts.map((draft, order): SyntheticParticipant => {
    const birth = drawBirth(random, { age: draft.age, entry: draft.entry });
    const pesel = drawUniquePesel(random, { birth, sex: draft.sex, serials: options.peselSerials, used: options.usedPesels });
    const [masculine, feminine] = random.pick(SURNAMES);
    const firstName = random.pick(draft.sex === 'FEMALE' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    let exit: Day | null;
    let exitReason: ExitReason | null;
    if (random.chance(0.12)) {
      exitReason = 'REZYGNACJA';
      exit = pickWorkingDay({ random, from: draft.entry + 7, to: LAST_DROPOUT_DAY });
    } else if (random.chance(options.openShare)) {
      exitReason = null;
      exit = null;
    } else {
      exitReason = 'UKONCZENIE';
      exit = random.chance(0.6) ? PROGRAMME_END : pickWorkingDay({ random, from: FINAL_GALA, to: PROGRAMME_END - 1 });
    }
    // Those who later drop out were already the less regular ones.
    const reliability = (0.58 + 0.4 * ((random.float() + random.float()) / 2)) * (exitReason === 'REZYGNACJA' ? 0.85 : 1);
    return {
      code: options.formatCode(options.firstNumber + order),
      pesel,
      sex: draft.sex,
      birth,
      ageAtEntry: ageOn({ birth, on: draft.entry }),
      firstName,
      lastName: draft.sex === 'FEMALE' ? feminine : masculine,
      entry: draft.entry,
      exit,
      exitReason,
      labourStatus: drawLabourStatus(random, draft.age),
      education: drawEducation(random, draft.age),
      lastDay: exit ?? PROGRAMME_END,
      reliability,
      // Groups are filled in order of entry, so each has early and late joiners alike.
      workshopGroup: order % options.workshopGroups,
      attendsCommunityCentre: random.chance(draft.age < 25 ? 0.9 : 0.3),
      children: 0,
      cisiClasses: drawCisiClasses(random, { age: draft.age, sex: draft.sex }),
      zdzCourse: drawZdzCourse(random, { age: draft.age, sex: draft.sex }),
    };
  });

  balanceCourses(random, participants);
  chooseParents(random, participants);
  return participants;
}
