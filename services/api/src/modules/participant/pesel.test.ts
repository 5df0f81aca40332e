import { describe, expect, it } from 'vitest';
import { hashPesel, maskPesel, readPesel } from './pesel.js';

describe('reading a PESEL', () => {
  it('reads a 20th-century male', () => {
    expect(readPesel('44051401359')).toEqual({ birthDate: '1944-05-14', sex: 'MALE' });
  });

  it('reads a 21st-century female (month + 20)', () => {
    expect(readPesel('02270803624')).toEqual({ birthDate: '2002-07-08', sex: 'FEMALE' });
  });

  it('reads a 19th-century date (month + 80)', () => {
    expect(readPesel('99921200006').birthDate).toBe('1899-12-12');
  });

  it.each([
    ['4405140135', 'a PESEL is exactly 11 digits'],
    ['4405140135X', 'a PESEL is exactly 11 digits'],
    ['44051401358', 'the check digit does not match'],
    ['44023101353', 'the encoded birth date 1944-02-31 does not exist'],
  ])('refuses %s: %s', (pesel, reason) => {
    expect(() => readPesel(pesel)).toThrow(reason);
  });

  it('hashes with the secret and never returns the number', () => {
    const hash = hashPesel('44051401359', 'a'.repeat(32));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('44051401359');
    expect(hashPesel('44051401359', 'b'.repeat(32))).not.toBe(hash);
  });

  it('masks all but the last two digits', () => {
    expect(maskPesel('44051401359')).toBe('*********59');
  });
});
