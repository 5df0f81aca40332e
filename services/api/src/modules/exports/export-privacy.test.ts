import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql, sql } from '../../database/sql-fragment.js';
import { alternationOf, pilotIdentifiers } from '../../test-support/pilot-identifiers.js';
import { createTestHub, seededPilotFiles, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { EXPORT_FORMATS, parseExportParameters } from './export-parameters.js';
import { createExport } from './export.service.js';

/**
 * Every text inside a zip (an XLSX is one): each entry inflated, so that the search sees the raw
 * XML — shared strings, sheet names, document properties — not just what a reader library shows.
 */
function zipText(zip: Buffer): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1) throw new Error('Not a zip file.');
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const texts: string[] = [];
  for (let index = 0; index < entries; index += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    texts.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    texts.push((method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return texts.join('\n');
}

const VIEWERS: Viewer[] = [
  viewerFor(Role.ADMIN),
  viewerFor(Role.STEERING),
  viewerFor(Role.EVALUATOR),
  viewerFor(Role.PARTNER, 'MOPS'),
  viewerFor(Role.PARTNER, 'CISI'),
  viewerFor(Role.PARTNER, 'ZDZ'),
];

/** The indicators, and aggregates over every dimension (the finest splits a caller can ask for). */
const QUERIES: { kind: 'indicators' | 'aggregate'; query: string }[] = [
  { kind: 'indicators', query: '' },
  { kind: 'aggregate', query: 'measure=PARTICIPANTS&groupBy=SEX,AGE_BAND,EDUCATION' },
  { kind: 'aggregate', query: 'measure=ATTENDANCE_HOURS&groupBy=ACTIVITY,MONTH,LABOUR_STATUS' },
  { kind: 'aggregate', query: 'measure=RESULTS&groupBy=RESULT_TYPE,PARTNER,TASK' },
  { kind: 'aggregate', query: 'measure=SUPPORT_ITEMS&groupBy=SUPPORT_KIND,ACTIVITY_KIND' },
  { kind: 'aggregate', query: 'measure=CERTIFICATES&groupBy=ACTIVITY&from=2012-01-01' },
];

describe('no export for any role holds a participant code, PESEL, PESEL hash or name', () => {
  let testHub: TestHub;
  let filesDir: string;

  beforeAll(async () => {
    testHub = await createTestHub({ seededPilot: true });
    filesDir = seededPilotFiles();
  });
  afterAll(async () => {
    await testHub.close();
  });

  it('checks every format of every export against the partner files\' identifiers and the stored hashes', async () => {
    const { codes, pesels, names } = await pilotIdentifiers(filesDir);
    const hashes = (await runSql<{ pesel_hash: string }>(testHub.database.orm.em.fork(), sql`select pesel_hash from participant`)).map((row) => row.pesel_hash);
    expect([codes.length, pesels.length, hashes.length]).toEqual([100, 100, 100]);
    expect(codes.every((code) => /^RDR-\d{3,}$/.test(code))).toBe(true);
    expect(names.length).toBeGreaterThan(50);

    // Any of them standing alone (not inside a longer word or number), in one pass over a text: a PESEL,
    // a hash or a name, each escaped; one expression for all instead of one per identifier and text.
    const standingAlone = new RegExp(`(?<![\\p{L}\\d])(?:${alternationOf([...pesels, ...hashes, ...names])})(?![\\p{L}\\d])`, 'gu');
    const found = (text: string) => [...text.matchAll(standingAlone)].map((match) => match[0]);
    // The search itself finds what it looks for.
    expect([found(`a;${pesels[0]!};b`), found(`"${names[0]!}"`), found(`x${names[0]!}`), found(`${hashes[0]!}`)]).toEqual([[pesels[0]], [names[0]], [], [hashes[0]]]);

    let checked = 0;
    for (const viewer of VIEWERS) {
      for (const { kind, query } of QUERIES) {
        for (const format of EXPORT_FORMATS) {
          const request = parseExportParameters({ kind, format, parameters: new URLSearchParams(`programme=RDR-PLOCK-2011&${query}`) });
          const file = await createExport(testHub.hub.orm.em.fork(), { request, viewer, k: 5 });
          const text = format === 'xlsx' ? zipText(file.body) : file.body.toString('utf8');
          const label = `${viewer.role} ${viewer.partnerCode ?? ''} ${kind} ${query} ${format}`;
          expect(text.length, label).toBeGreaterThan(1000);
          expect(text.match(/RDR-\d{3,}/g), label).toBeNull();
          if (format === 'xlsx') expect(text, label).toContain('Metadane – Metadata');
          // Sanity: the text searched is the real content (decompressed for XLSX).
          expect(text, label).toContain(kind === 'indicators' || format !== 'csv' ? 'Liczba uczestników objętych wsparciem' : 'RDR-PLOCK-2011');
          expect(found(text), label).toEqual([]);
          // No 11-digit run (a PESEL) and no 64-hex run (an HMAC) at all, whatever it would be.
          expect(text.match(/(?<!\d)\d{11}(?!\d)/g), label).toBeNull();
          expect(text.match(/[0-9a-f]{64}/gi), label).toBeNull();
          checked += 1;
        }
      }
    }
    expect(checked).toBe(VIEWERS.length * QUERIES.length * EXPORT_FORMATS.length);
  });
});
