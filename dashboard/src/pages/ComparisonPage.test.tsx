import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client, Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { VisibleProgrammesContext } from '../app/programme';
import { Harness, mockClient, pilotStructure } from '../test-support/mock-client';
import ComparisonPage from './ComparisonPage';

const evaluator = { role: 'EVALUATOR' as const, partnerCode: null, email: 'e@x', label: 'e@x', sessionExpiresAt: null, suppressionK: 5, perturbationMaxAdjustment: 3, maxUploadBytes: 1024 ** 3 };
const indicator = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: `Wskaźnik ${code}`,
  unit: 'COUNT',
  direction: 'AT_LEAST',
  value: 40,
  target: 100,
  targetIllustrative: false,
  suppressed: false,
  status: 'AT_RISK',
  ...overrides,
});
const programmes = [
  { code: pilotStructure.code, name: pilotStructure.name },
  { code: 'TEST-SECOND', name: 'Drugi program' },
];
/** Answers each programme's indicators query with that programme's indicators, recording what was asked. */
function comparisonClient(answers: Record<string, unknown[]>) {
  const calls: unknown[] = [];
  const client = {
    executeQuery: (operation: Operation) => {
      const { programme } = operation.variables as { programme: string };
      calls.push(operation.variables);
      return mockClient({ ComparisonIndicators: { data: { indicators: answers[programme] ?? [] } } }).client.executeQuery(operation);
    },
  } as unknown as Client;
  return { client, calls };
}

describe('the comparison page', () => {
  it('is switched off, with the reason, for a user of one programme', () => {
    const { client } = mockClient({});
    render(
      <Harness client={client}>
        <VisibleProgrammesContext.Provider value={programmes.slice(0, 1)}>
          <ComparisonPage />
        </VisibleProgrammesContext.Provider>
      </Harness>,
    );
    expect(screen.getByTestId('compare-unavailable').textContent).toBe('Porównanie jest dostępne dla kont z dostępem do co najmniej dwóch programów.');
    expect(screen.queryByTestId('comparison')).toBeNull();
  });

  it('puts both programmes side by side as the role gets them, and marks what is not comparable', async () => {
    const { client, calls } = comparisonClient({
      [pilotStructure.code]: [indicator('PARTICIPANTS', { value: 98 }), indicator('DROPOUT_RATE', { unit: 'RATE', direction: 'AT_MOST', value: 0.14, target: 0.2, status: 'ACHIEVED' })],
      'TEST-SECOND': [indicator('PARTICIPANTS', { value: null, suppressed: true, status: null }), indicator('DROPOUT_RATE', { unit: 'RATE', value: 0.25, target: 0.2 })],
    });
    render(
      <Harness client={client} viewer={evaluator}>
        <VisibleProgrammesContext.Provider value={programmes}>
          <ComparisonPage />
        </VisibleProgrammesContext.Provider>
      </Harness>,
    );
    const table = await screen.findByTestId('comparison');
    expect(calls).toEqual([{ programme: pilotStructure.code }, { programme: 'TEST-SECOND' }]);
    const rows = within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Wskaźnik', 'Razem dla rewitalizacji (RDR-PLOCK-2011)', 'Drugi program (TEST-SECOND)', 'Porównywalność'],
      ['Wskaźnik PARTICIPANTS PARTICIPANTS', '98Cel: 100! Status: Zagrożony', '< 5Cel: 100', 'porównywalny'],
      ['Wskaźnik DROPOUT_RATE DROPOUT_RATE', '14,0%Cel: 20,0%✓ Status: Osiągnięty', '25,0%Cel: 20,0%! Status: Zagrożony', 'nieporównywalny: różny kierunek celu'],
    ]);
    // Only the comparable indicator can be charted.
    expect([...(screen.getByLabelText('Wskaźnik na wykresie') as HTMLSelectElement).options].map((option) => option.value)).toEqual(['PARTICIPANTS']);
    // The current programme stays in; the last other one cannot be unticked.
    expect((screen.getByRole('checkbox', { name: /RDR-PLOCK-2011/ }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: /TEST-SECOND/ }) as HTMLInputElement).disabled).toBe(true);
    const panel = document.querySelector<HTMLElement>('[data-panel="comparison"]')!;
    await userEvent.click(within(panel).getByRole('button', { name: 'Pokaż tabelę' }));
    expect(within(panel).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ProgramWartośćCel',
      'RDR-PLOCK-201198100',
      'TEST-SECOND< 5100',
    ]);
  });
});
