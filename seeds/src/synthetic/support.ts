import type { SupportKind } from '../programme-definition.js';
import type { HeldSession } from './attendance.js';
import { pickWorkingDay } from './calendar.js';
import { dayFromIso, type Day } from './dates.js';
import type { CisiClass } from './enrolments.js';
import type { SyntheticParticipant } from './participants.js';
import type { Random } from './random.js';

/** Equipment, outfits or a medical examination CISI gave a participant. */
export interface SupportEntry {
  participant: SyntheticParticipant;
  day: Day;
  kind: SupportKind;
  quantity: number;
  /** Free text as CISI's staff typed it: Polish letters, commas, sometimes quotes. */
  description: string;
}

const GALA_CHECKUPS = { from: dayFromIso('2012-11-12'), to: dayFromIso('2012-11-16') };
const GALA_OUTFITS = { from: dayFromIso('2012-10-01'), to: dayFromIso('2012-10-31') };

/** The first day each participant was on each CISI class's list. */
function findFirstClassDays(sessions: readonly HeldSession[]): Map<SyntheticParticipant, Map<CisiClass, Day>> {
  const first = new Map<SyntheticParticipant, Map<CisiClass, Day>>();
  for (const session of sessions) {
    for (const person of session.attendees) {
      let days = first.get(person);
      if (!days) first.set(person, (days = new Map()));
      const cls = session.activity as CisiClass;
      if (!days.has(cls)) days.set(cls, session.day);
    }
  }
  return first;
}

/**
 * CISI's support, as the programme description tells it: kick-boxers got gloves and protectors and a
 * medical examination (some a second one before fighting at the Final Gala), dancers an outfit and
 * shoes, photographers a camera. Handed out at the participant's first class; the gala outfit in October.
 * At most one row per (participant, day, kind), the file's natural key.
 */
export function planSupport(options: {
  random: Random;
  participants: readonly SyntheticParticipant[];
  sessions: readonly HeldSession[];
}): SupportEntry[] {
  const { random } = options;
  const firstDays = findFirstClassDays(options.sessions);
  const entries: SupportEntry[] = [];
  for (const person of options.participants) {
    const days = firstDays.get(person);
    if (!days) continue;
    const given: SupportEntry[] = [];
    const give = (day: Day, kind: SupportKind, quantity: number, description: string): void => {
      if (given.some((entry) => entry.day === day && entry.kind === kind)) return;
      given.push({ participant: person, day, kind, quantity, description });
    };
    const sport = days.get('CISI-SPORT');
    if (sport !== undefined) {
      const examDay = pickWorkingDay({ random, from: Math.max(person.entry, sport - 10), to: sport });
      give(examDay, 'BADANIE_LEKARSKIE', 1, random.pick([
        'badanie lekarskie przed rozpoczęciem treningów',
        'badanie sportowo-lekarskie, zaświadczenie o braku przeciwwskazań',
        'badanie u lekarza medycyny sportowej',
      ]));
      const quantity = random.int(2, 3);
      give(sport, 'SPRZET_SPORTOWY', quantity, quantity === 2
        ? random.pick(['rękawice, ochraniacze', 'rękawice bokserskie, ochraniacze na piszczele', 'rękawice, ochraniacze goleni'])
        : random.pick(['rękawice, ochraniacze, kask', 'rękawice bokserskie, ochraniacz szczęki, bandaże', 'rękawice, ochraniacze na piszczele, suspensor']));
      if (person.lastDay >= GALA_CHECKUPS.to && random.chance(0.5)) {
        give(pickWorkingDay({ random, ...GALA_CHECKUPS }), 'BADANIE_LEKARSKIE', 1, 'badanie kontrolne przed walką na Gali Finałowej');
      }
    }
    const dance = days.get('CISI-TANIEC');
    if (dance !== undefined) {
      const size = person.sex === 'FEMALE' ? random.int(36, 40) : random.int(40, 45);
      give(dance, 'OBUWIE', 1, random.pick([`buty taneczne "jazzówki", rozm. ${size}`, `obuwie sportowe na salę, rozmiar ${size}`]));
      if (random.chance(0.4)) give(dance, 'STROJ', 2, 'strój taneczny: koszulka, legginsy');
      if (person.lastDay >= GALA_OUTFITS.to) give(pickWorkingDay({ random, ...GALA_OUTFITS }), 'STROJ', 1, 'strój sceniczny na występ podczas Gali Finałowej');
    }
    const photo = days.get('CISI-FOTO');
    if (photo !== undefined) {
      give(photo, 'APARAT_FOTOGRAFICZNY', 1, random.pick([
        'aparat cyfrowy kompaktowy z kartą pamięci 4 GB',
        'aparat fotograficzny, futerał, karta SD 8 GB',
        'aparat cyfrowy "lustrzanka" z obiektywem 18-55 mm',
      ]));
    }
    // CISI's sheet lists each person's support in date order.
    entries.push(...given.sort((a, b) => a.day - b.day));
  }
  return entries;
}
