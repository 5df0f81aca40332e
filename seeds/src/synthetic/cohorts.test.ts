import { describe, expect, it } from 'vitest';
import { pilotProgramme } from '../pilot/pilot-programme.js';
import { syntheticProgrammes } from './scales.js';

describe('syntheticProgrammes', () => {
  it('is the real pilot structure at pilot scale', () => {
    expect(syntheticProgrammes('pilot')).toEqual([pilotProgramme]);
  });

  describe('city scale', () => {
    const [city, ...others] = syntheticProgrammes('city');
    if (!city) throw new Error('no city programme');

    it('is one synthetic programme over the pilot’s period, partners and tasks', () => {
      expect(others).toEqual([]);
      expect(city.code).toBe('RDR-CITY-SYN');
      expect(city.name).toMatch(/syntetyczne/);
      expect(city.syntheticParticipants).toBe(true);
      expect(city.targetParticipants).toBe(10_000);
      expect([city.startDate, city.endDate]).toEqual([pilotProgramme.startDate, pilotProgramme.endDate]);
      expect(city.partners).toEqual(pilotProgramme.partners);
      expect(city.tasks).toEqual(pilotProgramme.tasks);
    });

    it('copies the pilot’s 20 activities into each of 100 cohorts with a cohort suffix', () => {
      expect(city.activities).toHaveLength(2000);
      expect(new Set(city.activities.map((activity) => activity.code)).size).toBe(2000);
      expect(new Set(city.activities.map((activity) => activity.fileCode)).size).toBe(2000);
      const byCode = new Map(city.activities.map((activity) => [activity.code, activity]));
      expect(byCode.get('MOPS-W1-C001')).toMatchObject({ fileCode: 'MOPS-W1-C001', kind: 'WORKSHOP', partner: 'MOPS', task: 'RS' });
      expect(byCode.get('CISI-SPORT-C100')).toMatchObject({ fileCode: 'CISI-SPORT-C100', kind: 'ANIMATION_CLASS' });
      expect(byCode.get('ZDZ-K01-C001')).toMatchObject({ fileCode: 'K01-C001', kind: 'VOCATIONAL_COURSE', partner: 'ZDZ' });
    });

    it('attributes support and childcare to cohort C001’s activities', () => {
      const codes = new Set(city.activities.map((activity) => activity.code));
      const supportActivities = Object.fromEntries(city.supportKinds.map((kind) => [kind.code, kind.activity]));
      expect(supportActivities).toEqual({
        SPRZET_SPORTOWY: 'CISI-SPORT-C001',
        BADANIE_LEKARSKIE: 'CISI-SPORT-C001',
        STROJ: 'CISI-TANIEC-C001',
        OBUWIE: 'CISI-TANIEC-C001',
        APARAT_FOTOGRAFICZNY: 'CISI-FOTO-C001',
      });
      for (const code of Object.values(supportActivities)) expect(codes.has(code)).toBe(true);
      expect(city.fileLayouts.filter((layout) => layout.record === 'childcare').map((layout) => layout.activity)).toEqual(['MOPS-SWIETLICA-C001']);
    });

    it('keeps the pilot’s indicators, with participant targets scaled and every target illustrative', () => {
      expect(city.indicators.map((indicator) => indicator.code)).toEqual(pilotProgramme.indicators.map((indicator) => indicator.code));
      const target = (code: string) => city.indicators.find((indicator) => indicator.code === code);
      expect(target('PARTICIPANTS')).toMatchObject({ target: 10_000, targetIllustrative: true });
      expect(target('CERTIFIED_PARTICIPANTS')).toMatchObject({ target: 5_000, targetIllustrative: true });
      expect(target('EMPLOYED_AFTER')).toMatchObject({ target: 2_000, targetIllustrative: true });
      expect(target('COMPLETION_RATE')).toMatchObject({ target: 0.8, targetIllustrative: true });
      expect(target('SITES_REDEVELOPED')).toMatchObject({ target: 4, targetIllustrative: true });
      expect(target('MEDIA_MENTIONS')?.target).toBeNull();
      expect(city.sites).toHaveLength(4);
      expect(city.mediaMentions).toEqual([]);
    });
  });

  describe('region scale', () => {
    const region = syntheticProgrammes('region');

    it('is ten city-sized synthetic programmes', () => {
      expect(region.map((programme) => programme.code)).toEqual(
        Array.from({ length: 10 }, (_, i) => `RDR-REGION-${String(i + 1).padStart(2, '0')}-SYN`),
      );
      for (const programme of region) {
        expect(programme.targetParticipants).toBe(10_000);
        expect(programme.activities).toHaveLength(2000);
        expect(programme.syntheticParticipants).toBe(true);
      }
    });

    it('never repeats an activity, event or site code across the region and the city', () => {
      const all = [...region, ...syntheticProgrammes('city'), pilotProgramme];
      for (const list of [
        all.flatMap((programme) => programme.activities.map((activity) => activity.code)),
        all.flatMap((programme) => programme.activities.map((activity) => activity.fileCode)),
        all.flatMap((programme) => programme.events.map((event) => event.code)),
        all.flatMap((programme) => programme.sites.map((site) => site.code)),
      ]) {
        expect(new Set(list).size).toBe(list.length);
      }
    });
  });
});
