import { describe, expect, it } from 'vitest';
import { countActiveFilters, filtersToExportParams, filtersToSearch, lastDayOfMonth, monthsBetween, parseFilters, toAnalyticsFilter } from './filters';

describe('the filters kept in the URL', () => {
  it('read back what they wrote', () => {
    const filters = parseFilters(new URLSearchParams('partner=MOPS,CISI&task=RS&kind=WORKSHOP&sex=FEMALE&age=AGE_18_24&from=2011-10&to=2012-02'));
    expect(filters).toEqual({
      partners: ['MOPS', 'CISI'],
      tasks: ['RS'],
      activityKinds: ['WORKSHOP'],
      sexes: ['FEMALE'],
      ageBands: ['AGE_18_24'],
      from: '2011-10',
      to: '2012-02',
    });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(filtersToSearch(filters))) if (value) search.set(key, value);
    expect(parseFilters(search)).toEqual(filters);
    expect(countActiveFilters(filters)).toBe(7);
  });

  it('drop malformed values from a hand-edited URL instead of failing', () => {
    const filters = parseFilters(new URLSearchParams('sex=UNKNOWN,MALE&age=OLD&from=2011-13&to=yesterday&partner=<script>'));
    expect(filters.sexes).toEqual(['MALE']);
    expect(filters.ageBands).toEqual([]);
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(filters.partners).toEqual([]);
  });

  it('become an AnalyticsFilter with whole months as dates, and nothing when empty', () => {
    expect(toAnalyticsFilter(parseFilters(new URLSearchParams()))).toBeUndefined();
    expect(toAnalyticsFilter(parseFilters(new URLSearchParams('partner=ZDZ&from=2012-02&to=2012-02')))).toEqual({
      partners: ['ZDZ'],
      from: '2012-02-01',
      to: '2012-02-29',
    });
  });

  it('name the export endpoints parameters as the API filter does', () => {
    const params = filtersToExportParams(parseFilters(new URLSearchParams('sex=FEMALE,MALE&to=2011-12')));
    expect(params.toString()).toBe('sexes=FEMALE%2CMALE&to=2011-12-31');
  });

  it('know month ends and the 15 months of the pilot', () => {
    expect(lastDayOfMonth('2011-11')).toBe('2011-11-30');
    expect(lastDayOfMonth('2012-12')).toBe('2012-12-31');
    const months = monthsBetween('2011-09-01', '2012-11-30');
    expect(months).toHaveLength(15);
    expect(months[0]).toBe('2011-09');
    expect(months.at(-1)).toBe('2012-11');
  });
});
