import { render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { describe, expect, it } from 'vitest';
import { ProgrammeOverview } from './ProgrammeOverview';
import { programmeMonths, type ProgrammeStructure } from './programme-structure';

const pilot: ProgrammeStructure = {
  code: 'RDR-PLOCK-2011',
  name: 'Razem dla rewitalizacji',
  startDate: '2011-09-01',
  endDate: '2012-11-30',
  targetParticipants: 100,
  syntheticParticipants: true,
  partners: [
    { code: 'CISI', name: 'Stowarzyszenie CISI', activities: [{ code: 'CISI-FOTO', name: 'Zajęcia fotograficzne' }] },
    { code: 'MOPS', name: 'MOPS w Płocku', activities: [{ code: 'MOPS-W1', name: 'Kształtowanie postawy pro-aktywnej' }] },
  ],
};

function clientAnswering(result: unknown): Client {
  return { executeQuery: () => result } as unknown as Client;
}

describe('the programme overview', () => {
  it('counts the pilot period as 15 months', () => {
    expect(programmeMonths('2011-09-01', '2012-11-30')).toBe(15);
  });

  it('shows a loading state while the query runs', () => {
    render(
      <Provider value={clientAnswering(never)}>
        <ProgrammeOverview code="RDR-PLOCK-2011" />
      </Provider>,
    );
    expect(screen.getByRole('status').textContent).toBe('Ładowanie…');
  });

  it('lists the leader first and labels synthetic data', () => {
    render(
      <Provider value={clientAnswering(fromValue({ data: { programme: pilot } }))}>
        <ProgrammeOverview code="RDR-PLOCK-2011" />
      </Provider>,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'MOPS w Płocku',
      'Stowarzyszenie CISI',
    ]);
    expect(screen.getByRole('note').textContent).toContain('syntetyczne');
    expect(screen.getByText(/15 miesięcy/)).toBeTruthy();
  });

  it('says so when the programme does not exist', () => {
    render(
      <Provider value={clientAnswering(fromValue({ data: { programme: null } }))}>
        <ProgrammeOverview code="NOPE" />
      </Provider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Nie znaleziono programu NOPE.');
  });
});
