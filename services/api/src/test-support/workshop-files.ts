/** Participants in the MOPS files below: RDR-001 … RDR-100. */
export const WORKSHOP_PARTICIPANTS = 100;
const WORKSHOPS = ['MOPS-W1', 'MOPS-W2', 'MOPS-W3', 'MOPS-W4', 'MOPS-SWIETLICA'];

/** A MOPS register of the 100 participants (valid PESELs, all joined 2011-09-01). */
export function registerLines(): string[] {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const lines = ['kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie'];
  for (let n = 1; n <= WORKSHOP_PARTICIPANTS; n += 1) {
    const firstTen = `800101${String(n).padStart(3, '0')}${n % 2}`;
    const sum = [...firstTen].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
    lines.push(`RDR-${String(n).padStart(3, '0')};${firstTen}${(10 - (sum % 10)) % 10};2011-09-01;;;BEZROBOTNY;PODSTAWOWE`);
  }
  return lines;
}

/**
 * A MOPS workshops file (CRLF): every participant at all five activities every day from 2011-09-01 to
 * `lastDay`, present unless their number is a multiple of 4. Big enough that an import takes seconds,
 * so a test can catch it in a phase.
 */
export function workshopFile(lastDay = '2012-11-30'): { text: string; rows: number; present: number } {
  const rows = ['kod_uczestnika;warsztat;data;godziny;obecnosc'];
  let present = 0;
  const day = new Date(Date.UTC(2011, 8, 1));
  while (day <= new Date(`${lastDay}T00:00:00Z`)) {
    for (const workshop of WORKSHOPS) {
      for (let n = 1; n <= WORKSHOP_PARTICIPANTS; n += 1) {
        if (n % 4) present += 1;
        rows.push(`RDR-${String(n).padStart(3, '0')};${workshop};${day.toISOString().slice(0, 10)};2,5;${n % 4 ? 'OB' : 'NB'}`);
      }
    }
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return { text: `${rows.join('\r\n')}\r\n`, rows: rows.length - 1, present };
}
