import { pickWorkingDay } from './calendar.js';
import { ageOn, dayFromParts, partsFromDay, type Day } from './dates.js';
import { encodePesel, type PeselSex } from './pesel.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from './polish-names.js';
import type { Random } from './random.js';
import { FINAL_GALA, LAST_DROPOUT_DAY, PROGRAMME_END, RECRUITMENT_MONTHS } from './timeline.js';

export type LabourStatus = 'BEZROBOTNY' | 'BIERNY' | 'PRACUJACY';
export type Education = 'PODSTAWOWE' | 'GIMNAZJALNE' | 'PONADGIMNAZJALNE' | 'POLICEALNE' | 'WYZSZE';
export type ExitReason = 'UKONCZENIE' | 'REZYGNACJA';
export type CisiClass = 'CISI-SPORT' | 'CISI-FILM' | 'CISI-TANIEC' | 'CISI-PLASTYKA' | 'CISI-FOTO';

export const CISI_CLASSES: readonly CisiClass[] = ['CISI-SPORT', 'CISI-FILM', 'CISI-TANIEC', 'CISI-PLASTYKA', 'CISI-FOTO'];
/** ZDZ's course numbers, in the order of domain.md. */
export const ZDZ_COURSES: readonly string[] = ['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09', 'K10'];

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
  [[15, 17], 0.12],
  [[18, 24], 0.33],
  [[25, 29], 0.12],
  [[30, 44], 0.22],
  [[45, 54], 0.14],
  [[55, 61], 0.07],
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

/** CISI classes appeal differently by age and sex; everyone takes one or two. */
function drawCisiClasses(random: Random, person: { age: number; sex: PeselSex }): CisiClass[] {
  const young = person.age < 25;
  const male = person.sex === 'MALE';
  const weights: [CisiClass, number][] = [
    ['CISI-SPORT', young ? (male ? 3 : 1.3) : male ? 1 : 0.35],
    ['CISI-FILM', young ? 2 : 1.4],
    ['CISI-TANIEC', young ? (male ? 0.8 : 3) : male ? 0.25 : 1],
    ['CISI-PLASTYKA', young ? 1.4 : 2.8],
    ['CISI-FOTO', 2],
  ];
  const count = random.chance(0.55) ? 2 : 1;
  const chosen: CisiClass[] = [];
  while (chosen.length < count) {
    const choice = random.pickWeighted(weights.filter(([cls]) => !chosen.includes(cls)));
    chosen.push(choice);
  }
  // File order follows the class list, not the draw, so rows read naturally.
  return CISI_CLASSES.filter((cls) => chosen.includes(cls));
}

/** ZDZ's vocational courses are for adults (a few older teenagers); choices lean on the trade's usual audience. */
function drawZdzCourse(random: Random, person: { age: number; sex: PeselSex }): string | null {
  const share = person.age < 16 ? 0 : person.age < 18 ? 0.3 : 0.78;
  if (!random.chance(share)) return null;
  const female = person.sex === 'FEMALE';
  return random.pickWeighted<string>([
    ['K01', female ? 1 : 1.5],
    ['K02', female ? 1.3 : 0.6],
    ['K03', female ? 1.8 : 0.2],
    ['K04', female ? 1.8 : 0.3],
    ['K05', female ? 2.2 : 0.1],
    ['K06', female ? 2.2 : 0.4],
    ['K07', female ? 0.1 : 2.6],
    ['K08', female ? 0.2 : 2.6],
    ['K09', female ? 1.4 : 1.4],
    ['K10', female ? 1.8 : 1.4],
  ]);
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

/** Picks `count` distinct items with probability proportional to weight (weighted sampling without replacement). */
function pickWeightedDistinct<T>(random: Random, weighted: readonly (readonly [T, number])[], count: number): Set<T> {
  const remaining = weighted.filter(([, weight]) => weight > 0).slice();
  const chosen = new Set<T>();
  while (chosen.size < count && remaining.length > 0) {
    const value = random.pickWeighted(remaining);
    chosen.add(value);
    remaining.splice(remaining.findIndex(([candidate]) => candidate === value), 1);
  }
  return chosen;
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
      attendsCommunityCentre: random.chance(draft.age < 25 ? 0.85 : 0.1),
      children: 0,
      cisiClasses: drawCisiClasses(random, { age: draft.age, sex: draft.sex }),
      zdzCourse: drawZdzCourse(random, { age: draft.age, sex: draft.sex }),
    };
  });

  // A quarter of the cohort are parents using the centre's childcare, mostly mothers of young children.
  const parentWeights = participants.map((person, index) => {
    const age = person.ageAtEntry;
    const eligible = age >= 19 && age <= 49;
    const weight = !eligible ? 0 : (person.sex === 'FEMALE' ? 2.5 : 1) * (age >= 22 && age <= 40 ? 1.6 : 1);
    return [index, weight] as const;
  });
  for (const index of pickWeightedDistinct(random, parentWeights, Math.round(options.count * 0.25))) {
    const parent = participants[index];
    if (parent) parent.children = random.pickWeighted([[1, 0.5], [2, 0.35], [3, 0.15]]);
  }
  return participants;
}
