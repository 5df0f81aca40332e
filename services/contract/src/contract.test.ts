import { describe, expect, it } from 'vitest';
import { DIMENSION_CODE_LABELS, NEVER_STORED_COLUMNS, PARTNER_FILE_FORMATS, PARTNER_FILE_KINDS, polishMonthLabel } from './index.js';

describe('the contract', () => {
  it('describes every partner file kind under its own key, owned by the partner its name starts with', () => {
    for (const kind of PARTNER_FILE_KINDS) {
      const format = PARTNER_FILE_FORMATS[kind];
      expect(format.kind).toBe(kind);
      expect(kind.startsWith(`${format.partner.toLowerCase()}-`)).toBe(true);
      expect(new Set(format.header).size).toBe(format.header.length);
    }
    expect(Object.keys(PARTNER_FILE_FORMATS)).toEqual([...PARTNER_FILE_KINDS]);
  });

  it('lets only the ZDZ attendance list carry names', () => {
    const withNames = PARTNER_FILE_KINDS.filter((kind) => PARTNER_FILE_FORMATS[kind].header.some((column) => NEVER_STORED_COLUMNS.has(column)));
    expect(withNames).toEqual(['zdz-attendance']);
  });

  it('labels every code in both languages, each label once per dimension', () => {
    for (const [dimension, labels] of Object.entries(DIMENSION_CODE_LABELS)) {
      for (const language of ['pl', 'en'] as const) {
        const texts = Object.values(labels!).map((label) => label[language]);
        expect(texts.every((text) => text.trim().length > 0), `${dimension} ${language}`).toBe(true);
        expect(new Set(texts).size, `${dimension} ${language}`).toBe(texts.length);
      }
    }
    expect(DIMENSION_CODE_LABELS.ACTIVITY_KIND!.VOCATIONAL_COURSE).toEqual({ pl: 'Kursy zawodowe', en: 'Vocational courses' });
  });

  it('names months in Polish', () => {
    expect(polishMonthLabel('2011-09')).toBe('wrzesień 2011');
    expect(polishMonthLabel('2012-01')).toBe('styczeń 2012');
  });
});
