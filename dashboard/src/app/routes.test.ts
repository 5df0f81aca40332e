import { describe, expect, it } from 'vitest';
import { legacyRedirect, parseDashboardPath, programmePath, ROUTES, routeForSegment, switchProgrammeHref } from './routes';

/** Programme codes as a definition may spell them, with characters a URL must escape. */
const CODES = ['RDR-PLOCK-2011', 'MLODZI_2024', 'a b', 'X/Y', '100%', 'ŁÓDŹ-1', 'Q?x=1#h', '-'];

describe('the programme in the URL', () => {
  it('reads back every programme and page it writes, whatever the code', () => {
    for (const code of CODES) {
      for (const route of ROUTES) {
        const href = programmePath(code, route.segment, 'sex=FEMALE&lang=en');
        const url = new URL(href, 'http://hub');
        expect(parseDashboardPath(url.pathname)).toEqual({ programme: code, segment: route.segment });
        expect(url.search).toBe('?sex=FEMALE&lang=en');
      }
    }
  });

  it('writes /p/CODE/<page>, the overview as /p/CODE/', () => {
    expect(programmePath('RDR-PLOCK-2011', '')).toBe('/p/RDR-PLOCK-2011/');
    expect(programmePath('RDR-PLOCK-2011', 'timeline', '?partner=A,B')).toBe('/p/RDR-PLOCK-2011/timeline?partner=A,B');
  });

  it('reads an old path as a page without a programme', () => {
    expect(parseDashboardPath('/')).toEqual({ programme: null, segment: '' });
    expect(parseDashboardPath('/timeline/')).toEqual({ programme: null, segment: 'timeline' });
    expect(parseDashboardPath('/p')).toEqual({ programme: null, segment: 'p' });
  });

  it('opens the overview for an unknown page or one the role may not open', () => {
    expect(routeForSegment('nonsense', 'STEERING').id).toBe('overview');
    expect(routeForSegment('import', 'EVALUATOR').id).toBe('overview');
    expect(routeForSegment('import', 'PARTNER').id).toBe('import');
    expect(routeForSegment('compare', 'EVALUATOR').id).toBe('compare');
  });

  it('sends an old URL to the same page and query of the first programme the user may see', () => {
    const programmes = [{ code: 'B-2' }, { code: 'A-1' }];
    expect(legacyRedirect('/outcomes', 'sex=MALE', programmes)).toBe('/p/B-2/outcomes?sex=MALE');
    expect(legacyRedirect('/', '', programmes)).toBe('/p/B-2/');
    expect(legacyRedirect('/p/', 'lang=en', programmes)).toBe('/p/B-2/?lang=en');
    expect(legacyRedirect('/no-such-page', '', programmes)).toBe('/p/B-2/');
    expect(legacyRedirect('/p/A-1/outcomes', '', programmes)).toBeNull();
    expect(legacyRedirect('/outcomes', '', [])).toBeNull();
  });
});

describe('the programme switcher’s link', () => {
  it('keeps the page, the language and the fixed-vocabulary filters, and drops the old programme’s codes and months', () => {
    const search = new URLSearchParams('partner=P1,P2&task=T1&kind=WORKSHOP&sex=FEMALE&age=AGE_18_24&from=2011-09&to=2012-06&lang=en');
    expect(switchProgrammeHref('/p/OLD/partners', search, 'NEW-1')).toBe('/p/NEW-1/partners?lang=en&kind=WORKSHOP&sex=FEMALE&age=AGE_18_24');
    expect(switchProgrammeHref('/p/OLD/', new URLSearchParams(), 'NEW-1')).toBe('/p/NEW-1/');
    expect(switchProgrammeHref('/p/OLD/compare', new URLSearchParams('programmes=X'), 'NEW-1')).toBe('/p/NEW-1/compare');
  });
});
