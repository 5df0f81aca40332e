import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pilotProgramme } from '@razem/seeds';
import iconv from 'iconv-lite';

/** What identifies a person in the synthetic pilot's partner files. */
export interface PilotIdentifiers {
  /** MOPS register: participant codes and PESELs, one per participant. */
  codes: string[];
  pesels: string[];
  /**
   * ZDZ attendance: first and last names. Those that also name the public organisers in the programme
   * description (loaded by `hub init`, not from any partner file) are left out: they prove nothing.
   */
  names: string[];
}

/** Reads the identifiers out of the pilot's partner files in `filesDir` (as seedSyntheticData wrote them). */
export async function pilotIdentifiers(filesDir: string): Promise<PilotIdentifiers> {
  const register = await readFile(path.join(filesDir, pilotProgramme.code, 'mops-register.csv'), 'utf8');
  const registerRows = register.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(';'));
  const zdz = iconv.decode(await readFile(path.join(filesDir, pilotProgramme.code, 'zdz-attendance.csv')), 'win1250');
  const publicText = JSON.stringify(pilotProgramme);
  const names = new Set(zdz.split(/\r?\n/).slice(1).filter(Boolean).flatMap((line) => line.split(';').slice(1, 3)));
  return {
    codes: registerRows.map((row) => row[0]!),
    pesels: registerRows.map((row) => row[1]!),
    names: [...names].filter((name) => !publicText.includes(name)),
  };
}

/** `text` as a literal inside a JavaScript or PostgreSQL regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `texts` as one alternation of literals, for a JavaScript or PostgreSQL regular expression. */
export function alternationOf(texts: readonly string[]): string {
  return texts.map(escapeRegExp).join('|');
}
