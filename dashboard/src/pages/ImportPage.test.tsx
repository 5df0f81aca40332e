import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
