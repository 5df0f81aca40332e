import { isPartnerFileKind, NEVER_STORED_COLUMNS, PARTNER_FILE_FORMATS, PARTNER_FILE_KINDS, type PartnerCode, type PartnerFileKind } from '@razem/contract';
import type { DateStyle } from './field-readers.js';

export { PARTNER_FILE_KINDS, type PartnerFileKind };

export type FileEncoding = 'utf-8' | 'windows-1250';

/** How one kind of partner file reads (docs/interfaces.md §3): whose it is, its delimiter, date style and columns. */
export interface PartnerFileKindSpec {
  kind: PartnerFileKind;
  partner: PartnerCode;
  delimiter: ';' | ',';
  dateStyle: DateStyle;
  /**
   * Columns the header must name and the hub reads. Any others — including ZDZ's nazwisko and imie,
   * which the contract lists but the hub must never keep — are ignored and never stored.
   */
  columns: readonly string[];
  /** How the file is read (partner-file-source.ts): the pilot's kinds are all CSV. */
  format: 'csv';
  dateFormat: 'YYYY-MM-DD' | 'DD.MM.YYYY';
  decimalSeparator: 'either';
}

/** The contract's formats (docs/interfaces.md §3), each reading every column but the names. */
export const PARTNER_FILE_KIND_SPECS: Readonly<Record<PartnerFileKind, PartnerFileKindSpec>> = Object.fromEntries(
  PARTNER_FILE_KINDS.map((kind): [PartnerFileKind, PartnerFileKindSpec] => {
    const { partner, delimiter, dateStyle, header } = PARTNER_FILE_FORMATS[kind];
    const columns = header.filter((column) => !NEVER_STORED_COLUMNS.has(column));
    const dateFormat = dateStyle === 'dotted' ? 'DD.MM.YYYY' : 'YYYY-MM-DD';
    return [kind, { kind, partner, delimiter, dateStyle, columns, format: 'csv', dateFormat, decimalSeparator: 'either' }];
  }),
) as Record<PartnerFileKind, PartnerFileKindSpec>;

/** Kind code from user input, or undefined. */
export function findPartnerFileKind(value: string): PartnerFileKindSpec | undefined {
  return isPartnerFileKind(value) ? PARTNER_FILE_KIND_SPECS[value] : undefined;
}
