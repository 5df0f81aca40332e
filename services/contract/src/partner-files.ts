/**
 * The partner files of docs/interfaces.md §3: which partner sends each kind, how it is delimited,
 * how it writes dates, and the header the contract gives it.
 */

export const PARTNER_CODES = ['MOPS', 'CISI', 'ZDZ'] as const;
export type PartnerCode = (typeof PARTNER_CODES)[number];

export const PARTNER_FILE_KINDS = [
  'mops-register',
  'mops-workshops',
  'mops-childcare',
  'mops-results',
  'cisi-attendance',
  'cisi-support',
  'zdz-attendance',
  'zdz-exams',
] as const;
export type PartnerFileKind = (typeof PARTNER_FILE_KINDS)[number];

/** `iso`: YYYY-MM-DD; `dotted`: DD.MM.YYYY. */
export type PartnerDateStyle = 'iso' | 'dotted';

export interface PartnerFileFormat {
  kind: PartnerFileKind;
  partner: PartnerCode;
  delimiter: ';' | ',';
  dateStyle: PartnerDateStyle;
  /** The columns in the contract's order (a file may order them differently). */
  header: readonly string[];
}

/** Columns a partner sends that carry personal names: dropped on reading, never stored or logged. */
export const NEVER_STORED_COLUMNS: ReadonlySet<string> = new Set(['nazwisko', 'imie']);

const format = (kind: PartnerFileKind, partner: PartnerCode, delimiter: ';' | ',', dateStyle: PartnerDateStyle, header: string): PartnerFileFormat => ({
  kind,
  partner,
  delimiter,
  dateStyle,
  header: header.split(delimiter),
});

export const PARTNER_FILE_FORMATS: Readonly<Record<PartnerFileKind, PartnerFileFormat>> = {
  'mops-register': format('mops-register', 'MOPS', ';', 'iso',
    'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie'),
  'mops-workshops': format('mops-workshops', 'MOPS', ';', 'iso', 'kod_uczestnika;warsztat;data;godziny;obecnosc'),
  'mops-childcare': format('mops-childcare', 'MOPS', ';', 'iso', 'kod_uczestnika;data;liczba_dzieci;godziny'),
  'mops-results': format('mops-results', 'MOPS', ';', 'iso', 'kod_uczestnika;data;rezultat'),
  'cisi-attendance': format('cisi-attendance', 'CISI', ',', 'dotted', 'uczestnik,zajecia,data,czas_min,obecny'),
  'cisi-support': format('cisi-support', 'CISI', ',', 'dotted', 'uczestnik,data,rodzaj,ilosc,opis'),
  'zdz-attendance': format('zdz-attendance', 'ZDZ', ';', 'iso', 'pesel;nazwisko;imie;kurs;data;godz_lekcyjne;obecnosc'),
  'zdz-exams': format('zdz-exams', 'ZDZ', ';', 'iso', 'pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia'),
};

/** The kind named by `value` (user input), or undefined. */
export function isPartnerFileKind(value: string): value is PartnerFileKind {
  return (PARTNER_FILE_KINDS as readonly string[]).includes(value);
}
