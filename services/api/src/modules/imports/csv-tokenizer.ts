/**
 * A streaming RFC 4180 tokenizer written for partner files rather than csv-parse: it must report the
 * physical line where a record starts and where a quote was opened (csv-parse counts a CRLF inside a
 * quoted field as two lines and stops at the first quote error), keep going after a bad line so the
 * report lists every one, and bound its memory whatever the file holds (a field or a record grows
 * only up to a cap; the rest is counted, not kept).
 */

/** Longest field kept; a longer one is cut here and reported as FIELD_TOO_LONG. */
export const MAX_FIELD_CHARS = 10_000;
/** Most fields kept per record; further ones are counted (for WRONG_FIELD_COUNT) but not kept. */
export const MAX_FIELDS = 200;

/** A problem with one field of a record, found while splitting the text. */
export interface TokenProblem {
  /** Physical line of the file where the problem is (where a quote opened, where a NUL is). */
  line: number;
  /** 0-based index of the field in its record. */
  fieldIndex: number;
  code: 'UNTERMINATED_QUOTE' | 'STRAY_QUOTE' | 'TEXT_AFTER_CLOSING_QUOTE' | 'NUL_BYTE' | 'FIELD_TOO_LONG';
  reason: string;
}

/** One record: the physical line it starts on, its fields (at most MAX_FIELDS kept) and how many it had. */
export interface CsvRecord {
  line: number;
  fields: string[];
  fieldCount: number;
  problems: TokenProblem[];
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: either the first of a doubled quote or the closing one. */
  QuoteInQuoted,
  /** After a closing quote: only a delimiter or a line end may follow. */
  AfterClosingQuote,
}

/** Shared by every record without problems (nearly all): one array fewer per line. Never written to. */
const NO_PROBLEMS: TokenProblem[] = [];

const QUOTE = 34;
const CR = 13;
const LF = 10;
const NUL = 0;

export class CsvTokenizer {
  private state = State.FieldStart;
  private line = 1;
  /** The previous character was a CR: a following LF ends the same line break (CRLF counts once). */
  private afterCR = false;
  private recordLine = 1;
  private quoteLine = 1;
  private field = '';
  private fieldTooLong = false;
  private fieldHasNul = false;
  private fields: string[] = [];
  private fieldCount = 0;
  private problems: TokenProblem[] = NO_PROBLEMS;
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Splits the next piece of decoded text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    const delimiter = this.delimiter;
    // Characters of a field are appended as slices of `text` from `runStart`, not one by one.
    let runStart = 0;
    const flushRun = (end: number) => {
      if (end > runStart) this.append(text.slice(runStart, end));
    };
    for (let index = 0; index < text.length; index += 1) {
      const char = text.charCodeAt(index);
      const lineBreak = char === LF || char === CR;
      const countsAsNewLine = char === CR || (char === LF && !this.afterCR);
      this.afterCR = char === CR;
      if (char === NUL && !this.fieldHasNul && this.state !== State.AfterClosingQuote) {
        this.fieldHasNul = true;
        this.problem(this.line, 'NUL_BYTE', 'the value contains a NUL byte (0x00): the file is damaged or not text');
      }
      if (this.state !== State.Quoted && (char === delimiter || lineBreak)) {
        // Outside quotes (a closing quote included) a delimiter ends the field, a line break the record.
        flushRun(index);
        if (char === delimiter) this.endField();
        else if (countsAsNewLine) this.endRecord(records);
        runStart = index + 1;
      } else {
        switch (this.state) {
          case State.FieldStart:
          case State.Unquoted:
            if (char === QUOTE && this.state === State.FieldStart) {
              this.state = State.Quoted;
              this.quoteLine = this.line;
              runStart = index + 1;
            } else {
              if (char === QUOTE) this.problemOnce('STRAY_QUOTE', 'a quote inside an unquoted value: quote the whole value and double the quotes inside it ("")');
              this.state = State.Unquoted;
            }
            break;
          case State.Quoted:
            if (char === QUOTE) {
              flushRun(index);
              this.state = State.QuoteInQuoted;
              runStart = index + 1;
            }
            break;
          case State.QuoteInQuoted:
            if (char === QUOTE) {
              // A doubled quote: one quote of the value. The run restarts at this second quote.
              this.state = State.Quoted;
              runStart = index;
            } else {
              this.problemOnce('TEXT_AFTER_CLOSING_QUOTE', 'text after the closing quote of a quoted value: a quote inside a quoted value must be doubled ("")');
              this.state = State.AfterClosingQuote;
              runStart = index;
            }
            break;
          case State.AfterClosingQuote:
            // Kept as text so the record stays aligned; the record is already reported.
            break;
        }
      }
      if (countsAsNewLine) this.line += 1;
    }
    if (this.state !== State.QuoteInQuoted) flushRun(text.length);
    return records;
  }

  /** Ends the text: completes the last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.state === State.Quoted) {
      this.problem(this.quoteLine, 'UNTERMINATED_QUOTE', `a quote opened on line ${this.quoteLine} is never closed: the rest of the file was read as one value`);
    }
    if (this.state !== State.FieldStart || this.fieldCount > 0) this.endRecord(records);
    return records;
  }

  private append(piece: string): void {
    if (this.fieldTooLong) return;
    if (this.field.length + piece.length > MAX_FIELD_CHARS) {
      this.field += piece.slice(0, MAX_FIELD_CHARS - this.field.length);
      this.fieldTooLong = true;
      this.problem(this.line, 'FIELD_TOO_LONG', `the value is longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters`);
      return;
    }
    this.field += piece;
  }

  private problem(line: number, code: TokenProblem['code'], reason: string): void {
    // Bounded: a record never carries more than one problem per field (plus the quote ones).
    if (this.problems === NO_PROBLEMS) this.problems = [];
    if (this.problems.length < MAX_FIELDS) this.problems.push({ line, fieldIndex: this.fieldCount, code, reason });
  }

  private problemOnce(code: TokenProblem['code'], reason: string): void {
    if (!this.problems.some((problem) => problem.fieldIndex === this.fieldCount && problem.code === code)) this.problem(this.line, code, reason);
  }

  private endField(): void {
    if (this.fieldCount < MAX_FIELDS) this.fields.push(this.field);
    this.fieldCount += 1;
    this.field = '';
    this.fieldTooLong = false;
    this.fieldHasNul = false;
    this.state = State.FieldStart;
  }

  private endRecord(records: CsvRecord[]): void {
    const empty = this.fieldCount === 0 && this.state === State.FieldStart && this.field === '';
    if (!empty) {
      this.endField();
      records.push({ line: this.recordLine, fields: this.fields, fieldCount: this.fieldCount, problems: this.problems });
    }
    this.fields = [];
    this.fieldCount = 0;
    this.problems = NO_PROBLEMS;
    this.field = '';
    this.state = State.FieldStart;
    // The next record starts on the line after this line break.
    this.recordLine = this.line + 1;
  }
}
