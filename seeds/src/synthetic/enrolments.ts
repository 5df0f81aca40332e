import type { PeselSex } from './pesel.js';
import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';

/** What each participant takes part in beyond the register: CISI classes, a ZDZ course, childcare. */

export type CisiClass = 'CISI-SPORT' | 'CISI-FILM' | 'CISI-TANIEC' | 'CISI-PLASTYKA' | 'CISI-FOTO';

export const CISI_CLASSES: readonly CisiClass[] = ['CISI-SPORT', 'CISI-FILM', 'CISI-TANIEC', 'CISI-PLASTYKA', 'CISI-FOTO'];
/** ZDZ's course numbers, in the order of docs/domain.md. */
export const ZDZ_COURSES: readonly string[] = ['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07', 'K08', 'K09', 'K10'];

/** CISI classes appeal differently by age and sex; everyone takes one or two. */
export function drawCisiClasses(random: Random, person: { age: number; sex: PeselSex }): CisiClass[] {
  const young = person.age < 25;
  const male = person.sex === 'MALE';
  const weights: [CisiClass, number][] = [
    ['CISI-SPORT', young ? (male ? 3 : 1.3) : male ? 1 : 0.35],
    ['CISI-FILM', young ? 2 : 1.4],
    ['CISI-TANIEC', young ? (male ? 0.8 : 3) : male ? 0.25 : 1],
    ['CISI-PLASTYKA', young ? 1.4 : 2.8],
    ['CISI-FOTO', 2],
  ];
  const count = random.chance(0.85) ? 2 : 1;
  const chosen: CisiClass[] = [];
  while (chosen.length < count) {
    const choice = random.pickWeighted(weights.filter(([cls]) => !chosen.includes(cls)));
    chosen.push(choice);
  }
  // File order follows the class list, not the draw, so rows read naturally.
  return CISI_CLASSES.filter((cls) => chosen.includes(cls));
}

/** ZDZ's vocational courses are for adults (a few older teenagers); choices lean on the trade's usual audience. */
export function drawZdzCourse(random: Random, person: { age: number; sex: PeselSex }): string | null {
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

/** ZDZ runs a course for at least this many people; smaller enrolments are topped up from the largest course. */
const MIN_COURSE_SIZE = 4;

/** Moves people from the largest course to any course below the minimum, as ZDZ would fill a group before running it. */
export function balanceCourses(random: Random, participants: readonly SyntheticParticipant[]): void {
  for (const course of ZDZ_COURSES) {
    for (;;) {
      const enrolled = (code: string) => participants.filter((person) => person.zdzCourse === code);
      if (enrolled(course).length >= MIN_COURSE_SIZE) break;
      const largest = ZDZ_COURSES.map(enrolled).reduce((a, b) => (b.length > a.length ? b : a));
      if (largest.length <= MIN_COURSE_SIZE) break;
      random.pick(largest).zdzCourse = course;
    }
  }
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

/** Makes a quarter of the cohort parents using the centre's childcare, mostly mothers of young children. */
export function chooseParents(random: Random, participants: readonly SyntheticParticipant[]): void {
  const parentWeights = participants.map((person, index) => {
    const age = person.ageAtEntry;
    const eligible = age >= 19 && age <= 49;
    const weight = !eligible ? 0 : (person.sex === 'FEMALE' ? 2.5 : 1) * (age >= 22 && age <= 40 ? 1.6 : 1);
    return [index, weight] as const;
  });
  for (const index of pickWeightedDistinct(random, parentWeights, Math.round(participants.length * 0.25))) {
    const parent = participants[index];
    if (parent) parent.children = random.pickWeighted([[1, 0.5], [2, 0.35], [3, 0.15]]);
  }
}
