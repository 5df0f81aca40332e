import { writeFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyticsReferenceDataset } from '../../test-support/analytics-reference-dataset.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { Role, type Viewer } from '../../access/viewer.js';
import { formatFigure, type ReportLanguage } from './steering-report.labels.js';
import { createSteeringReport } from './steering-report.service.js';
import { escapeRegExp } from '../../test-support/pilot-identifiers.js';

/**
 * The steering report on the analytics reference dataset: the PDF's own text (extracted from the
 * file) carries the figures the API gives the same role. STEERING_REPORT_OUT=dir keeps the files to look at.
 */

const INDICATORS = `query ($filter: AnalyticsFilter) {
  indicators(programme: "RDR-PLOCK-2011", filter: $filter) { code name unit value target forecast status suppressed }
}`;
interface Row { code: string; name: string; unit: string; value: number | null; target: number | null; forecast: number | null; status: string | null; suppressed: boolean }

let testHub: TestHub;
beforeAll(async () => {
  testHub = await createTestHub();
  await loadAnalyticsReferenceDataset(testHub.database.orm.em.fork());
});
afterAll(() => testHub?.close());

async function reportText(viewer: Viewer, month: string, lang: ReportLanguage): Promise<{ text: string; bytes: Buffer }> {
  const file = await createSteeringReport(testHub.database.orm.em.fork(), { programmeCode: 'RDR-PLOCK-2011', month, lang, viewer, k: 5 });
  if (process.env.STEERING_REPORT_OUT) await writeFile(`${process.env.STEERING_REPORT_OUT}/steering-${viewer.role}-${month}-${lang}.pdf`, file.body);
  const pdf = await getDocumentProxy(new Uint8Array(file.body));
  const { text } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), bytes: file.body };
}

async function apiIndicators(viewer: Viewer, to: string): Promise<Row[]> {
  const result = await testHub.hub.execute<{ indicators: Row[] }>(INDICATORS, { filter: { to } }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.indicators;
}

describe('the steering report PDF', () => {
  it('is a PDF whose indicator rows carry the API\'s value, target and forecast for STEERING (English)', async () => {
    const viewer = viewerFor(Role.STEERING);
    const { text, bytes } = await reportText(viewer, '2011-11', 'en');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('Steering committee report: November 2011');
    const rows = await apiIndicators(viewer, '2011-11-30');
    for (const row of rows) {
      // Name, then value, then (after change and plan) the target, then the forecast, in that order on the row.
      const value = formatFigure(row.value, row.unit, 'en');
      const target = formatFigure(row.target, row.unit, 'en');
      const forecast = formatFigure(row.forecast, row.unit, 'en');
      const pattern = new RegExp(`${escapeRegExp(row.name)} ${escapeRegExp(value)} .*?${escapeRegExp(target)}\\*? ${escapeRegExp(forecast)}`);
      expect(text, row.code).toMatch(pattern);
    }
    // Hand-checked: 8 participants by November (+1 on October), plan 50, target 100, forecast 38, off track.
    expect(text).toMatch(/Liczba uczestników objętych wsparciem 8 \+1 50 100 38 off track/);
    // November's activity: MOPS-W1 on 14 November (P1 P2 P4 P5 present, 2.5 h each).
    expect(text).toMatch(/MOPS — [^0-9]+ 4 1 10/);
    expect(text).toContain('What changed since the previous month');
    expect(text).toContain('Liczba uczestników objętych wsparciem: 7 → 8');
  });

  it('in Polish, for an EVALUATOR: protected figures exactly as the API gives them', async () => {
    const viewer = viewerFor(Role.EVALUATOR);
    const { text } = await reportText(viewer, '2011-11', 'pl');
    expect(text).toContain('Raport dla Komitetu Sterującego: listopad 2011');
    const rows = await apiIndicators(viewer, '2011-11-30');
    for (const row of rows) {
      const shown = row.suppressed ? 'ukryte' : formatFigure(row.value, row.unit, 'pl');
      expect(text, row.code).toMatch(new RegExp(`${escapeRegExp(row.name)} ${escapeRegExp(shown)} `));
    }
    // November's 4 active MOPS participants: published as aggregate(ACTIVE_PARTICIPANTS) publishes them to this role.
    const active = await testHub.hub.execute<{ aggregate: { value: number | null; suppressed: boolean }[] }>(
      `{ aggregate(programme: "RDR-PLOCK-2011", measure: ACTIVE_PARTICIPANTS, filter: { partners: ["MOPS"], from: "2011-11-01", to: "2011-11-30" }) { value suppressed } }`,
      {},
      viewer,
    );
    const mops = active.data!.aggregate[0]!;
    expect(text).toMatch(new RegExp(`MOPS — [^0-9]+? ${mops.suppressed ? 'ukryte' : String(mops.value)}`));
    expect(text).toContain('Kalendarz przekazywania danych nie jest dostępny dla tej roli.');
    expect(text).not.toMatch(/RDR-00\d/);
  });

  it('refuses a month outside the programme, naming the parameter', async () => {
    await expect(
      createSteeringReport(testHub.database.orm.em.fork(), { programmeCode: 'RDR-PLOCK-2011', month: '2013-01', lang: 'pl', viewer: viewerFor(Role.STEERING), k: 5 }),
    ).rejects.toThrow("month: 2013-01 is outside programme RDR-PLOCK-2011's period 2011-09 … 2012-11.");
  });
});
