import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawSql, runSql, sql } from '../../database/sql-fragment.js';
import { fingerprintParticipantData, importLines } from '../../test-support/import-files.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { Role, type Viewer } from '../../access/viewer.js';

const REGISTER_HEADER = 'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie';
const REGISTER = [
  REGISTER_HEADER,
  'RDR-001;85031501234;2011-09-05;;;BEZROBOTNY;PODSTAWOWE',
  'RDR-002;92112304569;2011-09-12;;;BIERNY;PONADGIMNAZJALNE',
  'RDR-003;90010112349;2011-09-01;;;BEZROBOTNY;WYZSZE',
];
const WORKSHOPS_HEADER = 'kod_uczestnika;warsztat;data;godziny;obecnosc';
const WORKSHOPS = [
  WORKSHOPS_HEADER,
  'RDR-001;MOPS-W1;2011-09-14;2;OB',
  'RDR-002;MOPS-W1;2011-09-14;2;OB',
  'RDR-003;MOPS-W1;2011-09-14;2;NB',
  'RDR-001;MOPS-W2;2011-09-21;3;OB',
  'RDR-002;MOPS-W2;2011-09-21;3;OB',
  'RDR-001;MOPS-W2;2011-10-05;3;OB',
];
const MOPS_ADMIN: Viewer = { kind: 'token', role: Role.PARTNER, partnerCode: 'MOPS', name: 'mops-token' };

describe('replace-mode imports', () => {
  let testHub: TestHub;
  const orm = () => testHub.database.orm;
  const count = async (what: string) => {
    const [row] = await runSql<{ n: number }>(orm().em.fork(), sql`select count(*)::int as n from ${rawSql(`"${what}"`)}`);
    return row!.n;
  };
  beforeAll(async () => {
    testHub = await createTestHub();
    expect((await importLines(orm(), 'mops-register', REGISTER)).inserted).toBe(3);
    expect((await importLines(orm(), 'mops-workshops', WORKSHOPS)).inserted).toBe(6);
  });
  afterAll(() => testHub.close());

  it('previews a replace without storing anything, listing the first changed keys by code', async () => {
    const before = await fingerprintParticipantData(orm());
    // September corrected: the W1 session moved to the 15th; RDR-002 now absent at W2.
    const corrected = [
      WORKSHOPS_HEADER,
      'RDR-001;MOPS-W1;2011-09-15;2;OB',
      'RDR-002;MOPS-W1;2011-09-15;2;OB',
      'RDR-003;MOPS-W1;2011-09-15;2;NB',
      'RDR-001;MOPS-W2;2011-09-21;3;OB',
      'RDR-002;MOPS-W2;2011-09-21;3;NB',
    ];
    const preview = await importLines(orm(), 'mops-workshops', corrected, { mode: 'REPLACE', dryRun: true, allowMassDelete: true });
    expect(preview).toMatchObject({
      outcome: 'PREVIEWED',
      mode: 'REPLACE',
      periodFrom: '2011-09-01',
      periodTo: '2011-09-30',
      inserted: 3,
      updated: 1,
      deleted: 3,
      unchanged: 1,
      changedKeys: {
        inserted: ['RDR-001 MOPS-W1 2011-09-15', 'RDR-002 MOPS-W1 2011-09-15', 'RDR-003 MOPS-W1 2011-09-15'],
        updated: ['RDR-002 MOPS-W2 2011-09-21'],
        deleted: ['RDR-001 MOPS-W1 2011-09-14', 'RDR-002 MOPS-W1 2011-09-14', 'RDR-003 MOPS-W1 2011-09-14'],
      },
    });
    expect(await fingerprintParticipantData(orm())).toEqual(before);
    const [batch] = await runSql(orm().em.fork(), sql`select status, deleted from import_batch where id = ${preview.batchId}`);
    expect(batch).toEqual({ status: 'PREVIEWED', deleted: 3 });

    const applied = await importLines(orm(), 'mops-workshops', corrected, { mode: 'REPLACE', allowMassDelete: true });
    expect([applied.outcome, applied.inserted, applied.updated, applied.deleted, applied.unchanged]).toEqual(['SUCCEEDED', 3, 1, 3, 1]);
    // The old session is gone with its attendance; October was outside the file's months and stays.
    const sessions = await runSql(orm().em.fork(), sql`select a.code, se.date::text from session se join activity a on a.id = se.activity_id order by 2, 1`);
    expect(sessions).toEqual([
      { code: 'MOPS-W1', date: '2011-09-15' },
      { code: 'MOPS-W2', date: '2011-09-21' },
      { code: 'MOPS-W2', date: '2011-10-05' },
    ]);
    const deletions = await runSql<{ entity_type: string; entity_key: string; details: unknown }>(
      orm().em.fork(),
      sql`select entity_type, entity_key, details from audit_entry where action = 'import.delete' order by id`,
    );
    expect(deletions).toEqual([
      { entity_type: 'attendance', entity_key: 'RDR-001 MOPS-W1 2011-09-14', details: { batch: applied.batchId, old: { status: 'PRESENT' } } },
      { entity_type: 'attendance', entity_key: 'RDR-002 MOPS-W1 2011-09-14', details: { batch: applied.batchId, old: { status: 'PRESENT' } } },
      { entity_type: 'attendance', entity_key: 'RDR-003 MOPS-W1 2011-09-14', details: { batch: applied.batchId, old: { status: 'ABSENT' } } },
      { entity_type: 'session', entity_key: 'MOPS-W1 2011-09-14', details: { batch: applied.batchId, old: { minutes: 120 } } },
    ]);
  });

  it('refuses a replace that would delete more than 20 % of what it covers, naming the counts', async () => {
    const before = await fingerprintParticipantData(orm());
    const truncated = [WORKSHOPS_HEADER, 'RDR-001;MOPS-W1;2011-09-15;2;OB', 'RDR-002;MOPS-W1;2011-09-15;2;OB'];
    const report = await importLines(orm(), 'mops-workshops', truncated, { mode: 'REPLACE' });
    expect(report.outcome).toBe('REJECTED');
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 1, code: 'MASS_DELETE', reason: expect.stringContaining('would delete 3 of the 5 stored rows it covers (60 %), more than the 20 %') }),
    ]);
    expect(await fingerprintParticipantData(orm())).toEqual(before);
  });

  it('replaces an explicit period, refusing rows outside it', async () => {
    const outside = await importLines(orm(), 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-001;MOPS-W2;2011-10-05;3;OB'], {
      mode: 'REPLACE', from: '2011-11-01', to: '2011-11-30',
    });
    expect(outside.errors).toEqual([expect.objectContaining({ line: 2, column: 'data', value: '2011-10-05', code: 'OUTSIDE_REPLACE_PERIOD' })]);
    // An explicit October–November covering only the file's October row: nothing to delete, one unchanged.
    const inside = await importLines(orm(), 'mops-workshops', [WORKSHOPS_HEADER, 'RDR-001;MOPS-W2;2011-10-05;3;OB'], {
      mode: 'REPLACE', from: '2011-10-01', to: '2011-11-30',
    });
    expect([inside.outcome, inside.deleted, inside.unchanged, inside.periodFrom, inside.periodTo]).toEqual(['SUCCEEDED', 0, 1, '2011-10-01', '2011-11-30']);
  });

  it('refuses to remove a registered person who has records unless an ADMIN confirms the cascade', async () => {
    const withoutThree = REGISTER.slice(0, 3);
    const refused = await importLines(orm(), 'mops-register', withoutThree, { mode: 'REPLACE', allowMassDelete: true, viewer: MOPS_ADMIN });
    expect(refused.errors).toEqual([
      expect.objectContaining({ code: 'PARTICIPANT_HAS_RECORDS', value: 'RDR-003', reason: expect.stringContaining('has records (MOPS 1)') }),
    ]);
    await expect(
      importLines(orm(), 'mops-register', withoutThree, { mode: 'REPLACE', allowMassDelete: true, confirmCascade: true, viewer: MOPS_ADMIN }),
    ).rejects.toThrow(/Only an ADMIN/);
    const confirmed = await importLines(orm(), 'mops-register', withoutThree, { mode: 'REPLACE', allowMassDelete: true, confirmCascade: true });
    expect([confirmed.outcome, confirmed.deleted, confirmed.unchanged]).toEqual(['SUCCEEDED', 1, 2]);
    expect(await count('participant')).toBe(2);
    expect(await count('attendance')).toBe(5);
  });
});
