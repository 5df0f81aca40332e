import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Client, Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { fromValue, merge, never } from 'wonka';
import { Harness, mockClient } from '../test-support/mock-client';
import ImportPage, { fileToBase64 } from './ImportPage';

const cisi = { role: 'PARTNER' as const, partnerCode: 'CISI', email: 'cisi@x', label: 'cisi@x', sessionExpiresAt: null, suppressionK: 5, perturbationMaxAdjustment: 3 };

describe('the import page', () => {
  it('encodes the file as base64, bytes intact', async () => {
    const text = 'uczestnik,zajecia\nRDR-001,CISI-FOTO\nżółć';
    expect(await fileToBase64(new Blob([text]))).toBe(Buffer.from(text).toString('base64'));
  });

  it('offers a partner only its own file kinds', () => {
    const { client } = mockClient({});
    render(<Harness client={client} viewer={cisi}><ImportPage /></Harness>);
    const options = [...(screen.getByLabelText('Rodzaj pliku') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['cisi-attendance', 'cisi-support']);
  });

  it('sends the file and shows the rejection report row by row', async () => {
    const batch = {
      id: '9', kind: 'cisi-attendance', partner: 'CISI', fileName: 'bad.csv', status: 'REJECTED', startedAt: '2026-01-01T00:00:00Z',
      finishedAt: null, rowsRead: 1, inserted: 0, updated: 0, unchanged: 0, rejectedRows: 1, submittedBy: 'cisi@x', failure: null, errors: [],
    };
    const errors = [{ line: 2, column: 'uczestnik', value: 'RDR-999', reason: 'Not in the register', code: 'UNKNOWN_PARTICIPANT' }];
    const { client, calls } = mockClient({
      ImportPartnerFile: { data: { importPartnerFile: { accepted: false, rowsRead: 1, inserted: 0, updated: 0, unchanged: 0, totalErrors: 1, errors, batch } } },
    });
    render(<Harness client={client} viewer={cisi}><ImportPage /></Harness>);
    await userEvent.upload(screen.getByLabelText('Plik'), new File(['uczestnik,zajecia,data,czas_min,obecny\nRDR-999,CISI-FOTO,01.10.2011,90,T\n'], 'bad.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij plik' }));
    expect(await screen.findByText('Plik odrzucony — nic nie zapisano. Błędów: 1.')).toBeTruthy();
    expect(screen.getByText('Not in the register')).toBeTruthy();
    expect(calls[0]!.variables).toMatchObject({ file: { partner: 'CISI', kind: 'cisi-attendance', fileName: 'bad.csv', encoding: 'UTF_8', programme: 'RDR-PLOCK-2011' } });
  });

  it('previews a replace (nothing stored), shows what would change, and imports only on confirmation', async () => {
    const batch = (status: string) => ({
      id: '12', kind: 'cisi-attendance', partner: 'CISI', fileName: 'wrzesien.csv', status, startedAt: '2026-01-01T00:00:00Z', finishedAt: null,
      rowsRead: 3, inserted: 1, updated: 1, unchanged: 1, rejectedRows: 0, submittedBy: 'cisi@x', failure: null, errors: [],
      mode: 'REPLACE', periodFrom: '2011-09-01', periodTo: '2011-09-30',
    });
    const answerFor = (dryRun: boolean) => ({
      accepted: true, preview: dryRun, rowsRead: 3, inserted: 1, updated: 1, deleted: 2, unchanged: 1, totalErrors: 0, errors: [],
      changedKeys: dryRun ? { inserted: ['RDR-001 CISI-FOTO 2011-09-15'], updated: [], deleted: ['RDR-001 CISI-FOTO 2011-09-14', 'RDR-002 CISI-FOTO 2011-09-14'] } : null,
      batch: batch(dryRun ? 'PREVIEWED' : 'SUCCEEDED'),
    });
    const sent: { dryRun: boolean; mode: string }[] = [];
    const client = {
      executeMutation: (operation: Operation) => {
        const file = (operation.variables as { file: { dryRun: boolean; mode: string } }).file;
        sent.push({ dryRun: file.dryRun, mode: file.mode });
        return merge([fromValue({ operation, data: { importPartnerFile: answerFor(file.dryRun) }, stale: false, hasNext: false }), never]);
      },
    } as unknown as Client;
    render(<Harness client={client} viewer={cisi}><ImportPage /></Harness>);
    await userEvent.selectOptions(screen.getByLabelText('Tryb'), 'REPLACE');
    await userEvent.upload(screen.getByLabelText('Plik'), new File(['uczestnik,zajecia,data,czas_min,obecny\n'], 'wrzesien.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij plik' }));
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('Podgląd — nic jeszcze nie zapisano.');
    expect(preview.textContent).toContain('Zastępowany okres: 2011-09-01 – 2011-09-30');
    expect(preview.textContent).toContain('RDR-001 CISI-FOTO 2011-09-14; RDR-002 CISI-FOTO 2011-09-14');
    expect(sent).toEqual([{ dryRun: true, mode: 'REPLACE' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Zatwierdź import' }));
    expect(await screen.findByText('Plik przyjęty.')).toBeTruthy();
    expect(sent).toEqual([{ dryRun: true, mode: 'REPLACE' }, { dryRun: false, mode: 'REPLACE' }]);
  });
});
