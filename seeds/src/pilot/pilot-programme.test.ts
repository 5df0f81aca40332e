import { NEVER_STORED_COLUMNS, PARTNER_FILE_FORMATS, PARTNER_FILE_KINDS } from '@razem/contract';
import { describe, expect, it } from 'vitest';
import { fileKindsOf } from '../programme-definition.js';
import { pilotFileLayouts, pilotProgramme } from './pilot-programme.js';

describe('the pilot’s file layouts', () => {
  it('describe exactly the contract’s eight partner file formats (docs/interfaces.md §3)', () => {
    expect(pilotFileLayouts.map((layout) => layout.kind)).toEqual([...PARTNER_FILE_KINDS]);
    for (const layout of pilotFileLayouts) {
      const format = PARTNER_FILE_FORMATS[layout.kind as keyof typeof PARTNER_FILE_FORMATS];
      expect({ kind: layout.kind, partner: layout.partner, delimiter: layout.delimiter, dateFormat: layout.dateFormat }).toEqual({
        kind: format.kind,
        partner: format.partner,
        delimiter: format.delimiter,
        dateFormat: format.dateStyle === 'iso' ? 'YYYY-MM-DD' : 'DD.MM.YYYY',
      });
      // Every contract column is either read (mapped) or dropped unread; names are always dropped.
      const mapped = Object.values(layout.columns);
      expect(new Set(mapped).size, layout.kind).toBe(mapped.length);
      expect([...mapped, ...layout.dropColumns].sort(), layout.kind).toEqual([...format.header].sort());
      expect([...layout.dropColumns].sort(), layout.kind).toEqual(format.header.filter((column) => NEVER_STORED_COLUMNS.has(column)).sort());
    }
  });

  it('say which kinds each partner sends', () => {
    expect(Object.fromEntries(pilotProgramme.partners.map((partner) => [partner.code, fileKindsOf(pilotProgramme, partner.code)]))).toEqual({
      MOPS: ['mops-register', 'mops-workshops', 'mops-childcare', 'mops-results'],
      CISI: ['cisi-attendance', 'cisi-support'],
      ZDZ: ['zdz-attendance', 'zdz-exams'],
    });
  });
});
