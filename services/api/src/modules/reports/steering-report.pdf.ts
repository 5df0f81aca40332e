import { createRequire } from 'node:module';
import type { SteeringReportData } from './steering-report.data.js';
import { formatChange, formatFigure, monthLabel, REPORT_TEXT, STATUS_TEXT, SUBMISSION_TEXT, type ReportLanguage } from './steering-report.labels.js';

// DejaVu Sans covers Polish letters (the PDF standard fonts do not); pdfkit embeds only the glyphs used.
const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const COLOURS = { text: '#1f2933', muted: '#616e7c', rule: '#cbd2d9', band: '#f0f4f8', plan: '#9aa5b1', actual: '#1f6feb', month: '#d64545' };
const STATUS_COLOURS = { ACHIEVED: '#2f855a', ON_TRACK: '#2b6cb0', AT_RISK: '#b7791f', OFF_TRACK: '#c53030' } as const;

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  if (doc.y > PAGE.height - 160) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(12).fillColor(COLOURS.text).text(text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveTo(PAGE.margin, doc.y + 2).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y + 2).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
  doc.moveDown(0.5);
}

/** A table: header row in bold on a band, then rows; `widths` in points, numbers right-aligned from the second column. */
function table(doc: Doc, header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], colours?: (row: number, column: number) => string | undefined): void {
  const draw = (cells: readonly string[], bold: boolean, rowIndex: number) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    const height = Math.max(...cells.map((cell, column) => doc.heightOfString(cell, { width: widths[column]! - 6 }))) + 6;
    if (doc.y + height > PAGE.height - PAGE.margin - 20) doc.addPage();
    const top = doc.y;
    if (bold) doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).fill(COLOURS.band);
    let x = PAGE.margin;
    cells.forEach((cell, column) => {
      doc.fillColor((!bold && colours?.(rowIndex, column)) || COLOURS.text);
      doc.text(cell, x + 3, top + 3, { width: widths[column]! - 6, align: column === 0 ? 'left' : 'right' });
      x += widths[column]!;
    });
    doc.moveTo(PAGE.margin, top + height).lineTo(PAGE.margin + CONTENT_WIDTH, top + height).lineWidth(0.3).strokeColor(COLOURS.rule).stroke();
    doc.x = PAGE.margin;
    doc.y = top + height;
  };
  draw(header, true, -1);
  rows.forEach((row, index) => draw(row, false, index));
}

/** Planned (dashed) and actual (solid) cumulative lines over the months, as vector paths, with the report month marked. */
function timelineChart(doc: Doc, data: SteeringReportData, lang: ReportLanguage): void {
  const participants = data.indicators.find((indicator) => indicator.code === 'PARTICIPANTS') ?? data.indicators[0];
  if (!participants || participants.trajectory.length < 2) return;
  const points = participants.trajectory;
  const box = { x: PAGE.margin + 34, y: doc.y + 6, width: CONTENT_WIDTH - 44, height: 150 };
  if (box.y + box.height + 40 > PAGE.height - PAGE.margin) {
    doc.addPage();
    box.y = doc.y + 6;
  }
  const values = points.flatMap((point) => [point.planned, point.actual]).filter((value): value is number => value !== null);
  const top = Math.max(1, participants.target ?? 0, ...values);
  const scaleY = (value: number) => box.y + box.height - (value / top) * box.height;
  const scaleX = (index: number) => box.x + (index / (points.length - 1)) * box.width;

  doc.lineWidth(0.3).strokeColor(COLOURS.rule);
  doc.font('regular').fontSize(7).fillColor(COLOURS.muted);
  for (let step = 0; step <= 4; step++) {
    const value = (top * step) / 4;
    const y = scaleY(value);
    doc.moveTo(box.x, y).lineTo(box.x + box.width, y).stroke();
    doc.text(formatFigure(Math.round(value), 'COUNT', lang), PAGE.margin, y - 3.5, { width: 30, align: 'right' });
  }
  points.forEach((point, index) => {
    if (index % 2 === 0 || index === points.length - 1) doc.text(point.month, scaleX(index) - 16, box.y + box.height + 4, { width: 32, align: 'center' });
  });
  const reportIndex = points.findIndex((point) => point.month === data.month);
  if (reportIndex >= 0) {
    doc.moveTo(scaleX(reportIndex), box.y).lineTo(scaleX(reportIndex), box.y + box.height).lineWidth(0.8).strokeColor(COLOURS.month).stroke();
  }
  const line = (pick: (point: (typeof points)[number]) => number | null, colour: string, dashed: boolean) => {
    let started = false;
    points.forEach((point, index) => {
      const value = pick(point);
      if (value === null) {
        started = false;
        return;
      }
      if (!started) doc.moveTo(scaleX(index), scaleY(value));
      else doc.lineTo(scaleX(index), scaleY(value));
      started = true;
    });
    if (dashed) doc.dash(4, { space: 3 });
    doc.lineWidth(1.6).strokeColor(colour).stroke();
    doc.undash();
  };
  line((point) => point.planned, COLOURS.plan, true);
  line((point) => point.actual, COLOURS.actual, false);
  const legendY = box.y + box.height + 18;
  const text = REPORT_TEXT[lang];
  doc.moveTo(box.x, legendY + 4).lineTo(box.x + 18, legendY + 4).dash(4, { space: 3 }).lineWidth(1.6).strokeColor(COLOURS.plan).stroke().undash();
  doc.fillColor(COLOURS.muted).text(text.planned, box.x + 22, legendY, { width: 80 });
  doc.moveTo(box.x + 90, legendY + 4).lineTo(box.x + 108, legendY + 4).lineWidth(1.6).strokeColor(COLOURS.actual).stroke();
  doc.text(text.actual, box.x + 112, legendY, { width: 80 });
  doc.x = PAGE.margin;
  doc.y = legendY + 14;
}

/** The steering report as a PDF (A4, text selectable, charts as vector paths). */
export async function renderSteeringReportPdf(data: SteeringReportData, lang: ReportLanguage): Promise<Buffer> {
  // Loaded by the first report, not by every hub or command start: importing pdfkit (fonts, compression,
  // crypto) takes a fifth of a CPU-second.
  const { default: PDFDocument } = await import('pdfkit');
  const text = REPORT_TEXT[lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    lang: lang === 'pl' ? 'pl-PL' : 'en-GB',
    info: { Title: `${text.title} — ${data.programme.name} — ${data.month}`, Author: 'Razem Hub', CreationDate: data.generatedAt },
    displayTitle: true,
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', FONT);
  doc.registerFont('bold', FONT_BOLD);

  doc.font('bold').fontSize(18).fillColor(COLOURS.text).text(`${text.title}: ${monthLabel(data.month, lang)}`);
  doc.font('regular').fontSize(10).fillColor(COLOURS.muted);
  doc.text(`${data.programme.name} (${data.programme.code}) · ${text.period}: ${data.programme.startDate} … ${data.programme.endDate}`);
  doc.text(`${text.generated}: ${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${text.role}: ${data.role}`);
  if (data.programme.synthetic) doc.text(text.synthetic);
  if (data.role === 'EVALUATOR' || data.role === 'PARTNER') doc.text(text.restricted(data.k));

  heading(doc, text.indicators);
  const mark = (illustrative: boolean) => (illustrative ? '*' : '');
  table(
    doc,
    text.columns,
    data.indicators.map((indicator) => {
      const change = indicator.value !== null && indicator.previous !== null ? indicator.value - indicator.previous : null;
      return [
        indicator.name,
        indicator.suppressed ? text.withheld : formatFigure(indicator.value, indicator.unit, lang),
        formatChange(change, indicator.unit, lang),
        formatFigure(indicator.planned, indicator.unit, lang),
        `${formatFigure(indicator.target, indicator.unit, lang)}${mark(indicator.targetIllustrative && indicator.target !== null)}`,
        formatFigure(indicator.forecast, indicator.unit, lang),
        indicator.status ? STATUS_TEXT[lang][indicator.status] : '—',
      ];
    }),
    [175, 52, 55, 45, 50, 52, CONTENT_WIDTH - 429],
    (row, column) => {
      const status = data.indicators[row]?.status;
      return column === 6 && status ? STATUS_COLOURS[status] : undefined;
    },
  );
  doc.moveDown(0.4).font('regular').fontSize(7.5).fillColor(COLOURS.muted);
  doc.text(text.illustrative, { width: CONTENT_WIDTH });
  doc.text(text.forecastNote, { width: CONTENT_WIDTH });
  doc.text(text.statusNote, { width: CONTENT_WIDTH });

  heading(doc, text.timeline);
  timelineChart(doc, data, lang);

  heading(doc, text.activity);
  if (data.activity.length === 0) doc.font('regular').fontSize(9).fillColor(COLOURS.text).text(text.noActivity);
  else {
    table(
      doc,
      text.activityColumns,
      data.activity.map((row) => [
        `${row.partner} — ${row.name}`,
        ...[row.activeParticipants, row.sessions, row.attendanceHours].map((cell, index) =>
          cell.suppressed ? text.withheld : formatFigure(cell.value, index === 2 ? 'HOURS' : 'COUNT', lang),
        ),
      ]),
      [CONTENT_WIDTH - 270, 90, 80, 100],
    );
  }

  heading(doc, text.quality);
  doc.font('regular').fontSize(9).fillColor(COLOURS.text);
  doc.text(data.approvedPartners.length ? `${text.approvedFor}: ${data.approvedPartners.join(', ')}.` : text.notApproved, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
  if (data.submissions === null) doc.text(text.qualityHidden);
  else {
    table(
      doc,
      text.qualityColumns,
      data.submissions.map((cell) => [
        cell.partner,
        SUBMISSION_TEXT[lang][cell.status],
        cell.kinds.map((kind) => `${kind.kind}: ${SUBMISSION_TEXT[lang][kind.status]}${kind.batchId ? ` (${text.batch} ${kind.batchId})` : ''}`).join('\n'),
      ]),
      [70, 90, CONTENT_WIDTH - 160],
    );
  }

  heading(doc, text.changes);
  doc.font('regular').fontSize(9).fillColor(COLOURS.text);
  const changed = data.indicators.filter((indicator) => indicator.value !== null && indicator.previous !== null && indicator.value !== indicator.previous);
  if (data.indicators.every((indicator) => indicator.previous === null)) doc.text(text.firstMonth);
  else if (changed.length === 0) doc.text(text.noChanges);
  for (const indicator of changed) {
    doc.text(
      `• ${indicator.name}: ${formatFigure(indicator.previous, indicator.unit, lang)} → ${formatFigure(indicator.value, indicator.unit, lang)}`,
      { width: CONTENT_WIDTH },
    );
  }

  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // The footer sits in the bottom margin: without lifting the margin pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(
      `${data.programme.code} · ${data.month} · ${text.page} ${page + 1}/${range.count}`,
      PAGE.margin,
      PAGE.height - PAGE.margin + 12,
      { width: CONTENT_WIDTH, align: 'right', lineBreak: false },
    );
  }
  doc.end();
  return done;
}
