import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseFilters } from '../filters/filters';
import { Harness, mockClient } from '../test-support/mock-client';
import OutcomesPage from './OutcomesPage';

const total = (value: number | null, suppressed = false) => [{ keys: [], value, suppressed }];
const sexAge = (sex: string, band: string, value: number | null, suppressed = false) => ({
  keys: [
    { dimension: 'SEX', code: sex, label: sex === 'FEMALE' ? 'Kobiety' : 'Mężczyźni' },
    { dimension: 'AGE_BAND', code: band, label: band },
  ],
  value,
  suppressed,
});

const outcomes = {
  registered: total(100),
  active: total(95),
  completed: total(86),
  certified: total(60),
  employed: total(28),
  resultsByType: [{ keys: [{ dimension: 'RESULT_TYPE', code: 'EMPLOYED', label: 'Zatrudnienie' }], value: 23, suppressed: false }],
  bySexAge: [sexAge('FEMALE', 'UNDER_18', null, true), sexAge('FEMALE', 'AGE_18_24', 10), sexAge('MALE', 'UNDER_18', null, true), sexAge('MALE', 'AGE_18_24', 16)],
};

describe('the outcomes page', () => {
  it('shows the same numbers as a table, hidden cells as "< K" with the reason', async () => {
    const { client } = mockClient({ Outcomes: { data: outcomes } });
    render(<Harness client={client}><OutcomesPage filters={parseFilters(new URLSearchParams())} /></Harness>);
    const panel = screen.getByRole('region', { name: 'Uczestnicy według płci i wieku' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Pokaż tabelę' }));
    const table = within(panel).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((tableRow) => tableRow.textContent)).toEqual(['WiekKobietyMężczyźni', 'Poniżej 18 lat< 5< 5', '18–24 lata1016']);
    expect(within(table).getAllByText('< 5')[0]!.getAttribute('title')).toMatch(/prywatność/);
    expect(within(panel).getByRole('button', { name: 'Pokaż wykres' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('asks for employed or self-employed results for the last funnel stage', () => {
    const { client, calls } = mockClient({ Outcomes: 'pending' });
    render(<Harness client={client}><OutcomesPage filters={parseFilters(new URLSearchParams('partner=ZDZ'))} /></Harness>);
    expect(calls[0]!.variables).toMatchObject({
      filter: { partners: ['ZDZ'] },
      employedFilter: { partners: ['ZDZ'], resultTypes: ['EMPLOYED', 'SELF_EMPLOYED'] },
    });
  });

  it('links CSV and XLSX exports with the filters, Polish CSV with semicolons', () => {
    const { client } = mockClient({ Outcomes: { data: outcomes } });
    render(<Harness client={client}><OutcomesPage filters={parseFilters(new URLSearchParams('sex=MALE'))} /></Harness>);
    const panel = screen.getByRole('region', { name: 'Rezultaty według rodzaju' });
    const csv = within(panel).getByRole('link', { name: 'CSV' }).getAttribute('href')!;
    expect(csv).toBe('/exports/aggregate.csv?programme=RDR-PLOCK-2011&measure=RESULTS&groupBy=RESULT_TYPE&sexes=MALE&sep=semicolon&decimal=comma');
    expect(within(panel).getByRole('link', { name: 'XLSX' }).getAttribute('href')).toBe(
      '/exports/aggregate.xlsx?programme=RDR-PLOCK-2011&measure=RESULTS&groupBy=RESULT_TYPE&sexes=MALE',
    );
  });
});
