import { Suspense, useId, useRef, useState, type ReactNode } from 'react';
import { useProgramme } from '../app/programme';
import { filtersToExportParams, type DashboardFilters } from '../filters/filters';
import { useI18n } from '../i18n/i18n';
import { DataTable, type TableColumn, type TableRow } from './DataTable';
import { downloadChartPng } from './png';

/** What the export endpoints (docs/interfaces.md §5) need to reproduce a panel's numbers. */
export type ExportSpec = ({ kind: 'indicators' } | { kind: 'aggregate'; measure: string; groupBy: string[] }) & {
  /** Names the numbers when a view exports more than one set. */
  label?: string;
};

/** `/exports/<kind>.<format>?programme=…&measure=…&groupBy=…&<filters>`; CSV in Polish uses `;` and decimal commas. */
export function exportHref(spec: ExportSpec, format: 'csv' | 'xlsx', filters: DashboardFilters, language: string, programme: string): string {
  const params = new URLSearchParams({ programme });
  if (spec.kind === 'aggregate') {
    params.set('measure', spec.measure);
    if (spec.groupBy.length) params.set('groupBy', spec.groupBy.join(','));
  }
  for (const [key, value] of filtersToExportParams(filters)) params.set(key, value);
  if (format === 'csv' && language === 'pl') {
    params.set('sep', 'semicolon');
    params.set('decimal', 'comma');
  }
  return `/exports/${spec.kind}.${format}?${params.toString()}`;
}

/** Export links for a view: CSV and XLSX from the hub, with the caller's role and suppression. */
export function ExportLinks({ specs, filters, name }: { specs: ExportSpec[]; filters: DashboardFilters; name: string }) {
  const { t, language } = useI18n();
  const { code } = useProgramme();
  return (
    <span className="exports" role="group" aria-label={`${t('exportsLabel')}: ${name}`}>
      {specs.map((spec, index) => (
        <span key={index}>
          {spec.label && <span className="export-label">{spec.label}:</span>}
          <a className="button" href={exportHref(spec, 'csv', filters, language, code)} download>
            {t('exportCsv')}
          </a>
          <a className="button" href={exportHref(spec, 'xlsx', filters, language, code)} download>
            {t('exportXlsx')}
          </a>
        </span>
      ))}
    </span>
  );
}

/**
 * One chart with its numbers: a "table" toggle showing the same numbers, CSV/XLSX export links and
 * a PNG of the chart. The chart itself is lazy (nivo lives in its own chunk).
 */
export function ChartPanel(props: {
  id: string;
  title: string;
  chart: ReactNode;
  columns: TableColumn[];
  rows: TableRow[];
  exports: ExportSpec[];
  filters: DashboardFilters;
  note?: ReactNode;
  height?: number;
}) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-panel={props.id}>
      <header className="panel-header">
        <h2 id={headingId}>{props.title}</h2>
        <div className="panel-actions">
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((value) => !value)}>
            {showTable ? t('showChart') : t('showTable')}
          </button>
          {props.exports.length > 0 && <ExportLinks specs={props.exports} filters={props.filters} name={props.title} />}
          {!showTable && (
            <button type="button" onClick={() => chartRef.current && void downloadChartPng(chartRef.current, props.id)}>
              {t('exportPng')}
            </button>
          )}
        </div>
      </header>
      {props.note && <p className="panel-note">{props.note}</p>}
      {showTable ? (
        <DataTable caption={props.title} columns={props.columns} rows={props.rows} />
      ) : (
        <div className="chart" ref={chartRef} style={{ height: props.height ?? 320 }} role="img" aria-label={props.title}>
          <Suspense fallback={<p role="status" className="loading">{t('loading')}</p>}>{props.chart}</Suspense>
        </div>
      )}
    </section>
  );
}
