import { pickWorkingDay } from './calendar.js';
import type { Day } from './dates.js';
import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';
import { RESULTS_CUTOFF } from './timeline.js';

export type ResultCode = 'ZATRUDNIENIE' | 'SAMOZATRUDNIENIE' | 'KSZTALCENIE' | 'POSZUKIWANIE_PRACY';

/** A participant's situation recorded by MOPS after they left. */
export interface ResultEntry {
  participant: SyntheticParticipant;
  day: Day;
  result: ResultCode;
}

/** What a completer did next: the young mostly stay in education; a certificate helps into work. */
function drawCompleterResult(random: Random, person: SyntheticParticipant, certified: boolean): ResultCode {
  if (person.ageAtEntry < 18) return random.pickWeighted<ResultCode>([['KSZTALCENIE', 0.7], ['POSZUKIWANIE_PRACY', 0.3]]);
  return random.pickWeighted<ResultCode>([
    ['ZATRUDNIENIE', certified ? 0.4 : 0.25],
    ['SAMOZATRUDNIENIE', certified ? 0.07 : 0.03],
    ['KSZTALCENIE', 0.14],
    ['POSZUKIWANIE_PRACY', certified ? 0.39 : 0.58],
  ]);
}

/**
 * Results dated after each exit, up to six months after the programme's end. Most completers have
 * one; some job seekers later find work or a school (a second row); a minority of drop-outs left for
 * a job. Those still in the programme have none yet.
 */
export function planResults(options: {
  random: Random;
  participants: readonly SyntheticParticipant[];
  certified: ReadonlySet<SyntheticParticipant>;
}): ResultEntry[] {
  const { random } = options;
  const entries: ResultEntry[] = [];
  for (const person of options.participants) {
    if (person.exit === null) continue;
    const after = (from: Day, withinDays: number): Day =>
      pickWorkingDay({ random, from: Math.min(from + 1, RESULTS_CUTOFF), to: Math.min(from + withinDays, RESULTS_CUTOFF) });
    if (person.exitReason === 'REZYGNACJA') {
      if (!random.chance(0.4)) continue;
      const result = random.pickWeighted<ResultCode>([['ZATRUDNIENIE', 0.6], ['KSZTALCENIE', 0.2], ['POSZUKIWANIE_PRACY', 0.2]]);
      entries.push({ participant: person, day: after(person.exit, 30), result });
      continue;
    }
    if (!random.chance(0.78)) continue;
    const first = drawCompleterResult(random, person, options.certified.has(person));
    const firstDay = after(person.exit, 75);
    entries.push({ participant: person, day: firstDay, result: first });
    if (first === 'POSZUKIWANIE_PRACY' && firstDay < RESULTS_CUTOFF - 20 && random.chance(0.3)) {
      const next = random.pickWeighted<ResultCode>([['ZATRUDNIENIE', 0.7], ['SAMOZATRUDNIENIE', 0.1], ['KSZTALCENIE', 0.2]]);
      entries.push({ participant: person, day: after(firstDay + 14, 120), result: next });
    }
  }
  return entries;
}
