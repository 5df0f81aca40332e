import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Harness, mockClient } from '../test-support/mock-client';
import type { UploadRequest, UploadOutcome } from './import-upload';
import ImportPage, { formatBytes } from './ImportPage';

const cisi = { role: 'PARTNER' as const, partnerCode: 'CISI', email: 'cisi@x', label: 'cisi@x', sessionExpiresAt: null, suppressionK: 5, maxUploadBytes: 1024 ** 3 };
const plNumber = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('pl-PL', options).format(value);

describe('the import page', () => {
  it('writes sizes in binary units', () => {
    expect([formatBytes(512, plNumber), formatBytes(1536, plNumber), formatBytes(1024 ** 3, plNumber), formatBytes(25.5 * 1024 ** 2, plNumber)]).toEqual([
      '512 B', '1,5 KB', '1 GB', '25,5 MB',
    ]);
  });

  it('offers a partner only its own file kinds and says the size limit', () => {
    const { client } = mockClient({});
    render(<Harness client={client} viewer={cisi}><ImportPage /></Harness>);
    const options = [...(screen.getByLabelText('Rodzaj pliku') as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['cisi-attendance', 'cisi-support']);
    expect(screen.getByTestId('upload-limit').textContent).toBe('Największy plik, jaki przyjmuje hub: 1 GB.');
  });

  it('shows upload progress, then the rejection report with the problems not listed counted by code', async () => {
    const { client } = mockClient({});
    const requests: UploadRequest[] = [];
    let finish: (outcome: UploadOutcome) => void = () => undefined;
    const upload = (request: UploadRequest) => {
      requests.push(request);
      return new Promise<UploadOutcome>((resolve) => {
        finish = resolve;
      });
    };
    render(<Harness client={client} viewer={cisi}><ImportPage upload={upload} /></Harness>);
    await userEvent.upload(screen.getByLabelText('Plik'), new File(['uczestnik,zajecia,data,czas_min,obecny\nRDR-999,CISI-FOTO,01.10.2011,90,T\n'], 'bad.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij plik' }));
    expect(requests[0]).toMatchObject({ programme: 'RDR-PLOCK-2011', kind: 'cisi-attendance', encoding: 'utf-8' });
    requests[0]!.onProgress(2 * 1024 ** 2, 8 * 1024 ** 2);
    expect((await screen.findByTestId('upload-progress')).textContent).toBe('Wysłano 2 MB z 8 MB (25%)');
    expect((screen.getByLabelText('Postęp wysyłania') as HTMLProgressElement).value).toBe(2 * 1024 ** 2);
    requests[0]!.onProgress(8 * 1024 ** 2, 8 * 1024 ** 2);
    expect((await screen.findByText('Plik wysłany — hub sprawdza wiersze…'))).toBeTruthy();
    const errors = [{ line: 2, column: 'uczestnik', value: 'RDR-999', reason: 'Not in the register', code: 'UNKNOWN_PARTICIPANT' }];
    finish({
      report: {
        outcome: 'REJECTED', batch: 9, fileName: 'bad.csv', rowsRead: 3, inserted: 0, updated: 0, unchanged: 0,
        totalErrors: 3, badRows: 3, errorsByCode: { UNKNOWN_PARTICIPANT: 2, INVALID_DATE: 1 }, errors,
      },
    });
    expect(await screen.findByText('Plik odrzucony — nic nie zapisano. Błędów: 3.')).toBeTruthy();
    expect(screen.getByText('Not in the register')).toBeTruthy();
    expect(screen.getByTestId('more-errors').textContent).toBe('Pokazano pierwsze 1 z 3 błędów. Wszystkie według kodu: INVALID_DATE 1, UNKNOWN_PARTICIPANT 2.');
    expect(screen.queryByTestId('upload-progress')).toBeNull();
  });

  it('refuses a file over the limit before sending it', async () => {
    const { client } = mockClient({});
    const small = { ...cisi, maxUploadBytes: 10 };
    const requests: UploadRequest[] = [];
    render(<Harness client={client} viewer={small}><ImportPage upload={async (request) => (requests.push(request), { problem: 'x' })} /></Harness>);
    await userEvent.upload(screen.getByLabelText('Plik'), new File(['uczestnik,zajecia,data\n'], 'big.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij plik' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Plik ma 23 B, a hub przyjmuje najwyżej 10 B.');
    expect(requests).toHaveLength(0);
  });
});
