import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintParticipantData, registerParticipants } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { Role, type Viewer } from '../../access/viewer.js';

const partner = (code: string): Viewer => ({ kind: 'user', role: Role.PARTNER, partnerCode: code, name: `${code.toLowerCase()}@example.org` });
const steering: Viewer = { kind: 'user', role: Role.STEERING, partnerCode: null, name: 'steering@example.org' };

const IMPORT = /* GraphQL */ `
  mutation Import($file: PartnerFileInput!) {
    importPartnerFile(file: $file) {
      accepted rowsRead inserted updated unchanged totalErrors
      errors { line column value reason code }
      batch { kind partner status fileName }
    }
  }
`;
const IMPORTS = /* GraphQL */ `
  query Imports($programme: String!) { imports(programme: $programme) { kind partner status rejectedRows errors { line code } } }
`;

const file = (kind: string, partnerCode: string, lines: string[]) => ({
  programme: 'RDR-PLOCK-2011',
  partner: partnerCode,
  kind,
  fileName: `${kind}.csv`,
  contentBase64: Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64'),
});

describe('submitting partner files through GraphQL', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
    await registerParticipants(testHub.database.orm);
  });
  afterAll(() => testHub.close());

  it('lets CISI import its own attendance and returns the counts', async () => {
    const { data, errors } = await testHub.hub.execute(
      IMPORT,
      { file: file('cisi-attendance', 'CISI', ['uczestnik,zajecia,data,czas_min,obecny', 'RDR-001,CISI-FOTO,05.10.2011,90,T']) },
      partner('CISI'),
    );
    expect(errors).toBeUndefined();
    expect(data!.importPartnerFile).toEqual({
      accepted: true, rowsRead: 1, inserted: 1, updated: 0, unchanged: 0, totalErrors: 0, errors: [],
      batch: { kind: 'cisi-attendance', partner: 'CISI', status: 'SUCCEEDED', fileName: 'cisi-attendance.csv' },
    });
  });

  it('refuses CISI a MOPS file kind, even named as its own, and stores nothing', async () => {
    const before = await fingerprintParticipantData(testHub.database.orm);
    const register = file('mops-register', 'CISI', [
      'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie',
      'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
    ]);
    const { data, errors } = await testHub.hub.execute(IMPORT, { file: register }, partner('CISI'));
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(errors![0]!.message).toBe("Partner CISI may not import MOPS's files.");
    expect(await fingerprintParticipantData(testHub.database.orm)).toEqual(before);
  });

  it("returns a rejected file's report to its partner", async () => {
    const { data } = await testHub.hub.execute(
      IMPORT,
      { file: file('cisi-attendance', 'CISI', ['uczestnik,zajecia,data,czas_min,obecny', 'RDR-404,CISI-FOTO,05.10.2011,90,T']) },
      partner('CISI'),
    );
    expect(data!.importPartnerFile).toMatchObject({
      accepted: false,
      totalErrors: 1,
      errors: [{ line: 2, column: 'uczestnik', value: 'RDR-404', reason: 'no such participant in the MOPS register', code: 'UNKNOWN_PARTICIPANT' }],
      batch: { status: 'REJECTED' },
    });
  });

  it('lists a partner only its own batches, and STEERING every batch without the rows of reports', async () => {
    const cisi = await testHub.hub.execute<{ imports: { kind: string; partner: string; status: string; errors: unknown[] }[] }>(
      IMPORTS, { programme: 'RDR-PLOCK-2011' }, partner('CISI'),
    );
    expect(cisi.data!.imports.map((batch) => [batch.partner, batch.status, batch.errors.length])).toEqual([
      ['CISI', 'REJECTED', 1],
      ['CISI', 'SUCCEEDED', 0],
    ]);
    const board = await testHub.hub.execute<{ imports: { partner: string; status: string; rejectedRows: number; errors: unknown[] }[] }>(
      IMPORTS, { programme: 'RDR-PLOCK-2011' }, steering,
    );
    expect(board.data!.imports.map((batch) => [batch.partner, batch.status, batch.rejectedRows, batch.errors.length])).toEqual([
      ['CISI', 'REJECTED', 1, 0],
      ['CISI', 'SUCCEEDED', 0, 0],
      ['MOPS', 'SUCCEEDED', 0, 0],
    ]);
  });
});
