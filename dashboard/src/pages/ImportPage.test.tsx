import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Harness, mockClient } from '../test-support/mock-client';
import type { UploadRequest, UploadOutcome } from './import-upload';
import ImportPage, { formatBytes } from './ImportPage';

const cisi = { role: 'PARTNER' as const, partnerCode: 'CISI', email: 'cisi@x', label: 'cisi@x', sessionExpiresAt: null, suppressionK: 5, perturbationMaxAdjustment: 3, maxUploadBytes: 1024 ** 3 };
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
        outcome: 'REJECTED', batch: 9, programme: 'P', partner: 'CISI', kind: 'cisi-attendance', sha256: 'ab', fileName: 'bad.csv', mode: 'MERGE', periodFrom: null, periodTo: null, changedKeys: null,
        rowsRead: 3, inserted: 0, updated: 0, deleted: 0, unchanged: 0,
        totalErrors: 3, badRows: 3, errorsByCode: { UNKNOWN_PARTICIPANT: 2, INVALID_DATE: 1 }, errors,
      },
    });
    expect(await screen.findByText('Plik odrzucony — nic nie zapisano. Błędów: 3.')).toBeTruthy();
    expect(screen.getByText('Not in the register')).toBeTruthy();
    expect(screen.getByTestId('more-errors').textContent).toBe('Pokazano pierwsze 1 z 3 błędów. Wszystkie według kodu: INVALID_DATE 1, UNKNOWN_PARTICIPANT 2.');
    expect(screen.queryByTestId('upload-progress')).toBeNull();
  });

  it('replace mode: sends a dry run first, shows what would change, and stores the file only on confirm', async () => {
    const { client } = mockClient({});
    const requests: UploadRequest[] = [];
    const base = {
      batch: 11, programme: 'P', partner: 'CISI', kind: 'cisi-attendance', sha256: 'ab', fileName: 'cisi.csv', mode: 'REPLACE' as const, periodFrom: '2011-10-01', periodTo: '2011-10-31', rowsRead: 40,
      inserted: 1, updated: 2, deleted: 3, unchanged: 34, totalErrors: 0, badRows: 0, errorsByCode: {}, errors: [],
    };
    const upload = async (request: UploadRequest): Promise<UploadOutcome> => {
      requests.push(request);
      return request.dryRun
        ? { report: { ...base, outcome: 'PREVIEWED', changedKeys: { inserted: ['RDR-001 CISI-FOTO 2011-10-03'], updated: [], deleted: ['RDR-002 CISI-FILM 2011-10-05'] } } }
        : { report: { ...base, batch: 12, outcome: 'SUCCEEDED', changedKeys: null } };
    };
    render(<Harness client={client} viewer={cisi}><ImportPage upload={upload} /></Harness>);
    await userEvent.selectOptions(screen.getByLabelText('Tryb'), 'replace');
    await userEvent.upload(screen.getByLabelText('Plik'), new File(['uczestnik,zajecia,data,czas_min,obecny\n'], 'cisi.csv'));
    await userEvent.click(screen.getByRole('button', { name: 'Wyślij plik' }));
    const preview = await screen.findByTestId('import-preview');
    expect(requests.map((request) => [request.mode, request.dryRun])).toEqual([['replace', true]]);
    expect(preview.textContent).toContain('RDR-002 CISI-FILM 2011-10-05');
    await userEvent.click(screen.getByRole('button', { name: 'Zatwierdź import' }));
    expect(await screen.findByTestId('import-report')).toBeTruthy();
    expect(requests.map((request) => [request.mode, request.dryRun])).toEqual([['replace', true], ['replace', false]]);
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
