import { describe, expect, it } from 'vitest';
import { dayFromIso } from './dates.js';
import { computePeselCheckDigit, decodePesel, encodePesel } from './pesel.js';

describe('PESEL', () => {
  it('reads birth date and sex from a known valid number', () => {
    expect(decodePesel('44051401359')).toEqual({ birthDate: '1944-05-14', sex: 'MALE' });
  });

  it('computes the check digit with weights 1,3,7,9,1,3,7,9,1,3', () => {
    expect(computePeselCheckDigit('4405140135')).toBe(9);
  });

  it('adds 20 to the month for births in 2000–2099', () => {
    const pesel = encodePesel({ birth: dayFromIso('2002-03-15'), sex: 'FEMALE', serial: 0 });
    expect(pesel.slice(0, 6)).toBe('022315');
    expect(decodePesel(pesel)).toEqual({ birthDate: '2002-03-15', sex: 'FEMALE' });
  });

  it('makes the tenth digit odd for men and even for women', () => {
    const man = encodePesel({ birth: dayFromIso('1980-01-01'), sex: 'MALE', serial: 7 });
    const woman = encodePesel({ birth: dayFromIso('1980-01-01'), sex: 'FEMALE', serial: 7 });
    expect(Number(man[9]) % 2).toBe(1);
    expect(Number(woman[9]) % 2).toBe(0);
  });

  it('gives 5000 distinct valid numbers for one birth date and sex', () => {
    const birth = dayFromIso('1990-07-31');
    const numbers = new Set<string>();
    for (let serial = 0; serial < 5000; serial++) {
      const pesel = encodePesel({ birth, sex: 'MALE', serial });
      expect(decodePesel(pesel)).toEqual({ birthDate: '1990-07-31', sex: 'MALE' });
      numbers.add(pesel);
    }
    expect(numbers.size).toBe(5000);
  });

  it('rejects a wrong check digit, an impossible date and a wrong length', () => {
    expect(decodePesel('44051401358')).toBeNull();
    const impossible = '4402310135';
    expect(decodePesel(impossible + String(computePeselCheckDigit(impossible)))).toBeNull();
    expect(decodePesel('4405140135')).toBeNull();
  });
});
