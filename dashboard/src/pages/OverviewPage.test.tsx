import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    direction: 'AT_LEAST',
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
    direction: 'AT_LEAST',
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
    direction: 'AT_LEAST',
    value: null,
    target: 20,
    targetIllustrative: true,
    numerator: null,
    denominator: null,
    suppressed: true,
  },
];
/** The pilot's months, 2011-09 … 2012-11. */
const months = Array.from({ length: 15 }, (_, index) => new Date(Date.UTC(2011, 8 + index, 1)).toISOString().slice(0, 7));
/** A trajectory whose actual values stop after `actuals.length` months (the as-of month). */
const trajectory = (planned: (number | null)[], actuals: (number | null)[]) =>
  months.map((month, index) => ({ month, planned: planned[index] ?? null, actual: actuals[index] ?? null }));
const participantsPlan = [17, 33, 50, 67, 83, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
const outlooks = [
  {
    code: 'PARTICIPANTS',
    unit: 'COUNT',
    value: 60,
    suppressed: false,
    direction: 'AT_LEAST',
    status: 'AT_RISK',
    forecast: 96,
    planIllustrative: true,
    // As of 2012-02 (six months in): 60 against a plan of 100, a forecast of 96 in 2012-11.
    trajectory: trajectory(participantsPlan, [10, 20, 30, 40, 50, 60]),
  },
  {
    code: 'COMPLETION_RATE',
    unit: 'RATE',
    value: 0.86,
    suppressed: false,
    direction: 'AT_LEAST',
    status: 'ACHIEVED',
    forecast: 0.86,
    planIllustrative: null,
    trajectory: trajectory([], [0.5, 0.6, 0.7, 0.8, 0.84, 0.86]),
  },
  {
    code: 'EMPLOYED_AFTER',
    unit: 'COUNT',
    value: null,
    suppressed: true,
    direction: 'AT_LEAST',
    status: null,
    forecast: null,
    planIllustrative: true,
    trajectory: trajectory([0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 12, 16, 20, 20], []),
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

  it('speaks English when asked, with the indicator names the programme’s definition gives', () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport } });
    render(<Harness client={client} language="en"><OverviewPage filters={noFilters} /></Harness>);
    expect(screen.getByText('Liczba uczestników objętych wsparciem')).toBeTruthy();
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

  it('asks for the trajectories only once the KPIs are in, so they never hold up the tiles', () => {
    const { client, calls } = mockClient({ Indicators: 'pending', LatestImport: 'pending', IndicatorOutlooks: 'pending' });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    expect(calls.map((call) => call.name)).not.toContain('IndicatorOutlooks');
  });

  it('shows each tile’s status as a labelled badge once the trajectories arrive, none for a hidden value', async () => {
    const { client, calls } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport }, IndicatorOutlooks: { data: { indicators: outlooks } } });
    render(<Harness client={client}><OverviewPage filters={parseFilters(new URLSearchParams('partner=CISI'))} /></Harness>);
    await screen.findAllByText('Zagrożony');
    const outlookCall = calls.find((call) => call.name === 'IndicatorOutlooks');
    expect(outlookCall?.variables).toEqual({ programme: 'RDR-PLOCK-2011', filter: { partners: ['CISI'] } });
    const tiles = within(screen.getByTestId('kpis')).getAllByRole('listitem');
    const badge = (tile: HTMLElement) => tile.querySelector('.status-badge');
    expect(badge(tiles[0]!)?.textContent).toBe('! Status: Zagrożony');
    expect(badge(tiles[0]!)?.getAttribute('title')).toMatch(/^Osiągnięty: cel osiągnięty/);
    expect(badge(tiles[1]!)?.textContent).toBe('✓ Status: Osiągnięty');
    expect(badge(tiles[2]!)).toBeNull();
  });

  it('draws planned vs actual for the first planned indicator, with the forecast path and the illustrative label, and the same numbers as a table', async () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport }, IndicatorOutlooks: { data: { indicators: outlooks } } });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    const panel = await screen.findByRole('region', { name: 'Plan i wykonanie narastająco: Liczba uczestników objętych wsparciem' });
    expect(panel.querySelector('.panel-note')?.textContent).toBe(
      '! Status: Zagrożony Plan poglądowy, nie z definicji programu. Prognoza na lis 2012: 96 (trend liniowy z ostatnich trzech miesięcy, w granicach możliwych wartości).',
    );
    expect(within(panel).queryByRole('link', { name: 'CSV' })).toBeNull(); // no export answers this view
    await userEvent.click(within(panel).getByRole('button', { name: 'Pokaż tabelę' }));
    const rows = within(panel).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Miesiąc', 'Plan', 'Wykonanie', 'Prognoza']);
    expect(rows[1]).toEqual(['wrz 2011', '17', '10', '—']);
    // The forecast runs straight from the last actual (60 in 2012-02) to 96 in 2012-11: 4 a month.
    expect(rows.slice(6).map((row) => row[3])).toEqual(['60', '64', '68', '72', '76', '80', '84', '88', '92', '96']);
    expect(rows[7]).toEqual(['mar 2012', '100', '—', '64']);
  });

  it('switches the chart to another indicator: a rate without a plan, in English', async () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport }, IndicatorOutlooks: { data: { indicators: outlooks } } });
    render(<Harness client={client} language="en"><OverviewPage filters={noFilters} /></Harness>);
    const choice = await screen.findByLabelText('Indicator on the chart');
    expect([...choice.querySelectorAll('option')].map((option) => option.textContent)).toEqual(indicators.map((indicator) => indicator.name));
    await userEvent.selectOptions(choice, 'COMPLETION_RATE');
    const panel = screen.getByRole('region', { name: 'Planned and actual, cumulative: Odsetek uczestników, którzy ukończyli program' });
    expect(panel.querySelector('.panel-note')?.textContent).toBe(
      '✓ Status: Achieved This indicator has no plan. Forecast for Nov 2012: 86.0% (linear trend over the last three months, within possible values).',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Show table' }));
    expect([...within(panel).getAllByRole('row')[6]!.children].map((cell) => cell.textContent)).toEqual(['Feb 2012', '—', '86.0%', '86.0%']);
  });

  it('a restricted role sees the values the API gives it, and no forecast for a withheld one', async () => {
    const evaluator = { role: 'EVALUATOR' as const, partnerCode: null, email: 'e@x', label: 'e@x', sessionExpiresAt: null, suppressionK: 5, perturbationMaxAdjustment: 3, maxUploadBytes: 1024 ** 3 };
    const perturbed = [{ ...outlooks[0]!, trajectory: trajectory(participantsPlan, [9, 22, 31, 38, 52, 61]), forecast: 97 }, outlooks[2]!];
    const { client } = mockClient({ Indicators: { data: { indicators } }, IndicatorOutlooks: { data: { indicators: perturbed } } });
    render(<Harness client={client} viewer={evaluator}><OverviewPage filters={noFilters} /></Harness>);
    const panel = await screen.findByRole('region', { name: /^Plan i wykonanie narastająco: Liczba uczestników objętych/ });
    await userEvent.click(within(panel).getByRole('button', { name: 'Pokaż tabelę' }));
    expect(within(panel).getAllByRole('row').slice(1, 7).map((row) => row.children[2]!.textContent)).toEqual(['9', '22', '31', '38', '52', '61']);
    await userEvent.selectOptions(screen.getByLabelText('Wskaźnik na wykresie'), 'EMPLOYED_AFTER');
    // The panel, then the table it still shows, carry the chosen indicator's name.
    const [hidden] = screen.getAllByRole('region', { name: /^Plan i wykonanie narastająco: Liczba uczestników zatrudnionych/ });
    expect(hidden!.getAttribute('data-panel')).toBe('trajectory');
    expect(hidden!.querySelector('.panel-note')?.textContent).toBe('Plan poglądowy, nie z definicji programu. Prognoza niedostępna: wartość jest ukryta.');
  });

  it('keeps the tiles when the trajectories fail, and offers a retry', async () => {
    const { client } = mockClient({ Indicators: { data: { indicators } }, LatestImport: { data: latestImport }, IndicatorOutlooks: { error: { message: 'Timeout' } } });
    render(<Harness client={client}><OverviewPage filters={noFilters} /></Harness>);
    expect((await screen.findByRole('alert')).textContent).toContain('Timeout');
    expect(within(screen.getByTestId('kpis')).getAllByRole('listitem')).toHaveLength(3);
  });
});
