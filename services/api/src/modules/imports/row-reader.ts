import { hashPesel, InvalidPeselError, maskPesel, readPesel, type PeselFacts } from '../participant/pesel.js';
import { FieldError, readDate, readRequired, requireDateWithin, type DateFormat } from './field-readers.js';
import type { PreparedLayout } from './file-layouts.js';
import type { ImportLookups } from './import-lookups.js';
import type { ImportRowError } from './import-report.js';

const knownActivityLists = new WeakMap<ImportLookups, string>();

/** The partner's activity codes as the UNKNOWN_ACTIVITY reason lists them; built once per import, not per bad row. */
function knownActivities(lookups: ImportLookups): string {
  let listed = knownActivityLists.get(lookups);
  if (listed === undefined) {
    const known = [...lookups.activitiesByFileCode.keys()].sort();
    listed = known.length > 12 ? `${known.slice(0, 12).join(', ')} …` : known.join(', ');
    knownActivityLists.set(lookups, listed);
  }
  return listed;
}

const readPesels = new WeakMap<ImportLookups, Map<string, PeselFacts & { hash: string }>>();
/** Distinct PESELs remembered per import: a file names each person on many lines, and an HMAC per line costs more than the rest of it. */
const MAX_REMEMBERED_PESELS = 200_000;

/** The import's valid PESELs read so far (in memory for the import only, never logged), each with its hash. */
function readPeselsOf(lookups: ImportLookups): Map<string, PeselFacts & { hash: string }> {
  let known = readPesels.get(lookups);
  if (known === undefined) {
    known = new Map();
    readPesels.set(lookups, known);
  }
  return known;
}

/**
 * Reads the fields of one row, collecting every bad field instead of stopping at the first, so the
 * report lists all that is wrong with a line.
 */
export class RowReader {
  readonly errors: ImportRowError[] = [];

  constructor(
    readonly line: number,
    private readonly values: Record<string, string>,
    private readonly lookups: ImportLookups,
    private readonly dateFormat: DateFormat,
  ) {}

  raw(column: string): string {
    return this.values[column] ?? '';
  }

  /** Runs a field parser; on FieldError records it and returns undefined. */
  read<T>(column: string, parse: (raw: string) => T): T | undefined {
    try {
      return parse(this.raw(column));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      this.errors.push({ line: this.line, column: error.column, value: error.value, reason: error.reason, code: error.code });
      return undefined;
    }
  }

  /** Records an error found across fields (e.g. exit reason without exit date). */
  fail(column: string, reason: string, code: string): void {
    this.errors.push({ line: this.line, column, value: this.raw(column), reason, code });
  }

  /** A date inside the programme period (or up to `until` when given, for results). */
  dateInProgramme(column: string, until?: string): string | undefined {
    const { startDate, endDate } = this.lookups.programme;
    return this.read(column, (raw) => {
      const date = readDate(column, readRequired(column, raw), this.dateFormat);
      requireDateWithin(column, raw, date, startDate, until ?? endDate, until ? 'the programme period and the 6 months after it' : 'the programme period');
      return date;
    });
  }

  /**
   * A record's date must fall in the participant's time in the programme: not before entry, and
   * (unless `untilExit` is false: results come after it) not after exit. The register should have
   * caught these; each has its own code.
   */
  requireWithinParticipation(column: string, participantId: number | undefined, date: string | undefined, untilExit = true): void {
    if (participantId === undefined || date === undefined) return;
    const participation = this.lookups.participationById.get(participantId);
    if (!participation) return;
    if (date < participation.entry) {
      this.fail(column, `dated before the participant's entry into the programme (${participation.entry})`, 'DATE_BEFORE_ENTRY');
    } else if (untilExit && participation.exit !== null && date > participation.exit) {
      this.fail(column, `dated after the participant's exit from the programme (${participation.exit})`, 'DATE_AFTER_EXIT');
    }
  }

  /** The id of a registered participant, named as the layout names them (by code or by PESEL). */
  participant(by: PreparedLayout['participant']): number | undefined {
    return by.by === 'code' ? this.participantByCode(by.column) : this.participantByPesel(by.column);
  }

  /** The id of a registered participant named by programme code. */
  participantByCode(column: string): number | undefined {
    return this.read(column, (raw) => {
      const code = readRequired(column, raw);
      const id = this.lookups.participantsByCode.get(code);
      if (id === undefined) throw new FieldError(column, raw, `no such participant in the ${this.lookups.registerPartnerCode} register`, 'UNKNOWN_PARTICIPANT');
      return id;
    });
  }

  /** A valid PESEL: its hash and what it says; the value is masked in any error. */
  pesel(column: string): (PeselFacts & { hash: string }) | undefined {
    const known = readPeselsOf(this.lookups);
    const seen = known.get(this.raw(column));
    if (seen) return seen;
    return this.read(column, (raw) => {
      try {
        const facts = { ...readPesel(raw), hash: hashPesel(raw, this.lookups.peselSecret) };
        if (known.size < MAX_REMEMBERED_PESELS) known.set(raw, facts);
        return facts;
      } catch (error) {
        if (error instanceof InvalidPeselError) throw new FieldError(column, maskPesel(raw), `invalid PESEL: ${error.message}`, 'INVALID_PESEL');
        throw error;
      }
    });
  }

  /** The id of a registered participant named by PESEL (partners that do not know the code, like ZDZ). */
  participantByPesel(column: string): number | undefined {
    const pesel = this.pesel(column);
    if (!pesel) return undefined;
    const id = this.lookups.participantsByPeselHash.get(pesel.hash);
    if (id === undefined) {
      this.errors.push({
        line: this.line,
        column,
        value: maskPesel(this.raw(column)),
        reason: `no participant with this PESEL in the ${this.lookups.registerPartnerCode} register`,
        code: 'UNKNOWN_PARTICIPANT',
      });
    }
    return id;
  }

  /** One of the partner's activities by the code its files use. */
  activity(column: string, fileCode: (raw: string) => string = (raw) => raw): { id: number; code: string } | undefined {
    return this.read(column, (raw) => {
      const activity = this.lookups.activitiesByFileCode.get(fileCode(readRequired(column, raw)));
      if (!activity) {
        throw new FieldError(column, raw, `not an activity of ${this.lookups.partner.code} (${knownActivities(this.lookups)})`, 'UNKNOWN_ACTIVITY');
      }
      return activity;
    });
  }
}
