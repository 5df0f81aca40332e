import { describe, expect, it } from 'vitest';
import { planCohort } from './cohort-plan.js';
import { ageOn, formatIsoDay } from './dates.js';
import { decodePesel } from './pesel.js';
import { layoutSyntheticProgrammes } from './scales.js';

describe('generated participants', () => {
  const [pilot] = layoutSyntheticProgrammes('pilot');
  const [city] = layoutSyntheticProgrammes('city');
  if (!pilot || !city) throw new Error('layouts missing');

  it('carry PESELs that encode exactly their own birth date and sex', () => {
    const usedPesels = new Set<string>();
    const people = [
      ...planCohort({ seed: 1, layout: pilot, cohort: pilot.cohorts[0]!, usedPesels }).participants,
      ...city.cohorts.slice(0, 5).flatMap((cohort) => planCohort({ seed: 1, layout: city, cohort, usedPesels: new Set() }).participants),
    ];
    expect(people).toHaveLength(600);
    for (const person of people) {
      expect(decodePesel(person.pesel), person.code).toEqual({ birthDate: formatIsoDay(person.birth), sex: person.sex });
      expect(ageOn({ birth: person.birth, on: person.entry })).toBe(person.ageAtEntry);
      expect(person.ageAtEntry).toBeGreaterThanOrEqual(15);
      expect(person.ageAtEntry).toBeLessThanOrEqual(61);
    }
  });

  it('numbers a cohort in order of entry, continuing from the previous cohort', () => {
    const plan = planCohort({ seed: 1, layout: city, cohort: city.cohorts[2]!, usedPesels: new Set() });
    expect(plan.participants[0]?.code).toBe('RDR-00201');
    expect(plan.participants[99]?.code).toBe('RDR-00300');
    const entries = plan.participants.map((person) => person.entry);
    expect(entries).toEqual([...entries].sort((a, b) => a - b));
  });

  it('plans a cohort independently of the cohorts before it', () => {
    const alone = planCohort({ seed: 9, layout: city, cohort: city.cohorts[41]!, usedPesels: new Set() });
    const again = planCohort({ seed: 9, layout: city, cohort: city.cohorts[41]!, usedPesels: new Set() });
    expect(again.participants.map((p) => p.pesel)).toEqual(alone.participants.map((p) => p.pesel));
    expect(again.cisiSessions.map((s) => [s.day, [...s.statuses]])).toEqual(alone.cisiSessions.map((s) => [s.day, [...s.statuses]]));
  });
});
