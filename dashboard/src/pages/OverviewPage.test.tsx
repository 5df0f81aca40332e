import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseFilters } from '../filters/filters';
import { Harness, mockClient } from '../test-support/mock-client';
import { OverviewPage } from './OverviewPage';

const noFilters = parseFilters(new URLSearchParams());
const indicators = [
  {
    code: 'PARTICIPANTS',
    name: 'Liczba uczestników objętych wsparciem',
    description: 'Uczestnicy',
    formula: 'PARTICIPANTS',
    unit: 'COUNT',
    value: 12345,
    target: 100,
    targetIllustrative: false,
    numerator: 12345,
    denominator: null,
    suppressed: false,
  },
  {
    code: 'COMPLETION_RATE',
    name: 'Odsetek uczestników, którzy ukończyli program',
    description: '',
    formula: 'COMPLETIONS ÷ PARTICIPANTS',
    unit: 'RATE',
    value: 0.86,
    target: 0.8,
    targetIllustrative: true,
    numerator: 86,
    denominator: 100,
    suppressed: false,
  },
  {
    code: 'EMPLOYED_AFTER',
    name: 'Liczba uczestników zatrudnionych po zakończeniu udziału',
    description: '',
    formula: 'RESULTS',
    unit: 'COUNT',
    value: null,
    target: 20,
    targetIllustrative: true,
    numerator: null,
    denominator: null,
    suppressed: true,
  },
];
const latestImport = { imports: [{ id: '8', finishedAt: '2026-11-23T21:41:03.400Z', startedAt: '2026-11-23T21:41:03.373Z', status: 'SUCCEEDED' }] };

describe('the overview', () => {
  it('shows a loading state while the indicators are on their way', () => {
    const { client } = mockClient({ Indicators: 'pending', LatestImport: 'pending' });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    expect(screen.getByRole('status').textContent).toBe('Ładowanie…');
  });

  it('shows the error when the indicators cannot be loaded', async () => {
    const { client } = mockClient({ Indicators: { error: { message: 'Unknown programme' } }, LatestImport: 'pending' });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    expect((await screen.findByRole('alert')).textContent).toContain('Unknown programme');
    expect(screen.getByRole('button', { name: 'Spróbuj ponownie' })).toBeTruthy();
  });

  it('says so when there are no indicators', () => {
    const { client } = mockClient({ Indicators: { data: { indicators: [] } }, LatestImport: { data: { imports: [] } } });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    expect(screen.getByText('Brak danych dla wybranych filtrów.')).toBeTruthy();
    expect(screen.getByText('Stan danych: brak informacji o imporcie')).toBeTruthy();
  });

  it('shows value, target and progress in Polish, "< K" for a hidden value, the synthetic label and the as-of time', () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport } });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    const tiles = screen.getAllByRole('listitem');
    expect(tiles).toHaveLength(3);
    const participants = within(tiles[0]!);
    expect(participants.getByText(/^12\s345$/)).toBeTruthy(); // Polish thousands separator (a space)
    expect(participants.getByText('Cel: 100')).toBeTruthy();
    expect(within(tiles[1]!).getByText('86,0%')).toBeTruthy();
    expect(within(tiles[1]!).getByText(/cel poglądowy/)).toBeTruthy();
    const hidden = within(tiles[2]!).getByText('< 5');
    expect(hidden.getAttribute('title')).toContain('mniej niż 5 uczestnikach');
    expect(within(tiles[2]!).queryByText('0')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('syntetyczne');
    expect(screen.getByText(/^Stan danych na /)).toBeTruthy();
  });

  it('speaks English when asked, with English indicator names', () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport } });
    render(<Harness client={client} language="en"><OverviewPage filters={noFilters} /></Harness>);
    expect(screen.getByText('Participants supported')).toBeTruthy();
    expect(screen.getByText("12,345")).toBeTruthy();
    expect(screen.getByText('Target: 80.0%')).toBeTruthy();
    expect(screen.getByText(/^Data as of /)).toBeTruthy();
  });

  it('asks for the indicators within the filters, and skips the imports for an evaluator', () => {
    const { client, calls } = mockClient({ Indicators: 'pending', LatestImport: 'pending' });
    render(
      <Harness client={client} viewer={{ role: 'EVALUATOR', partnerCode: null, email: 'e@x', label: 'e@x', sessionExpiresAt: null, suppressionK: 5, perturbationMaxAdjustment: 3, maxUploadBytes: 1024 ** 3 }}>
        <OverviewPage filters={parseFilters(new URLSearchParams('sex=FEMALE&from=2012-01'))} />
      </Harness>,
    );
    expect(calls.map((call) => call.name)).toEqual(['Indicators']);
    expect(calls[0]!.variables).toEqual({ programme: 'RDR-PLOCK-2011', filter: { sexes: ['FEMALE'], from: '2012-01-01' } });
  });
});
