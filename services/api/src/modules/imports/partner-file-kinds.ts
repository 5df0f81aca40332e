import type { DateStyle } from './field-readers.js';

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

export type FileEncoding = 'utf-8' | 'windows-1250';

/** How one kind of partner file reads (interfaces.md §3): whose it is, its delimiter, date style and columns. */
export interface PartnerFileKindSpec {
  kind: PartnerFileKind;
  partner: 'MOPS' | 'CISI' | 'ZDZ';
  delimiter: ';' | ',';
  dateStyle: DateStyle;
  /**
   * Columns the header must name and the hub reads. Any others — including ZDZ's nazwisko and imie,
   * which the contract lists but the hub must never keep — are ignored and never stored.
   */
  columns: readonly string[];
}

const spec = (
  kind: PartnerFileKind,
  partner: PartnerFileKindSpec['partner'],
  delimiter: PartnerFileKindSpec['delimiter'],
  dateStyle: DateStyle,
  columns: string,
): PartnerFileKindSpec => ({ kind, partner, delimiter, dateStyle, columns: columns.split(delimiter) });

export const PARTNER_FILE_KIND_SPECS: Readonly<Record<PartnerFileKind, PartnerFileKindSpec>> = {
  'mops-register': spec('mops-register', 'MOPS', ';', 'iso',
    'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie'),
  'mops-workshops': spec('mops-workshops', 'MOPS', ';', 'iso', 'kod_uczestnika;warsztat;data;godziny;obecnosc'),
  'mops-childcare': spec('mops-childcare', 'MOPS', ';', 'iso', 'kod_uczestnika;data;liczba_dzieci;godziny'),
  'mops-results': spec('mops-results', 'MOPS', ';', 'iso', 'kod_uczestnika;data;rezultat'),
  'cisi-attendance': spec('cisi-attendance', 'CISI', ',', 'dotted', 'uczestnik,zajecia,data,czas_min,obecny'),
  'cisi-support': spec('cisi-support', 'CISI', ',', 'dotted', 'uczestnik,data,rodzaj,ilosc,opis'),
  'zdz-attendance': spec('zdz-attendance', 'ZDZ', ';', 'iso', 'pesel;kurs;data;godz_lekcyjne;obecnosc'),
  'zdz-exams': spec('zdz-exams', 'ZDZ', ';', 'iso', 'pesel;kurs;data_egzaminu;wynik;nr_zaswiadczenia'),
};

/** Kind code from user input, or undefined. */
export function findPartnerFileKind(value: string): PartnerFileKindSpec | undefined {
  return (PARTNER_FILE_KINDS as readonly string[]).includes(value) ? PARTNER_FILE_KIND_SPECS[value as PartnerFileKind] : undefined;
}
