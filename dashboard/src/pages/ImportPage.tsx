import { PARTNER_FILE_FORMATS, PARTNER_FILE_KINDS } from '@razem/contract';
import { useState, type FormEvent } from 'react';
import { useProgramme } from '../app/programme';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { ImportErrors } from '../ui/ImportErrors';
import { uploadPartnerFile, type UploadReport } from './import-upload';

/** The partner file kinds (docs/interfaces.md §3) and whose each is, from the contract. */
export const FILE_KINDS = PARTNER_FILE_KINDS.map((kind) => PARTNER_FILE_FORMATS[kind]);

/** A size in bytes as people read it (binary units, as the limit is configured). */
export function formatBytes(bytes: number, formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

function ImportCounts({ report }: { report: UploadReport }) {
  const { t, formatNumber } = useI18n();
  return (
    <dl className="counts">
      <dt>{t('rows')}</dt>
      <dd>{formatNumber(report.rowsRead)}</dd>
      <dt>{t('inserted')}</dt>
      <dd>{formatNumber(report.inserted)}</dd>
      <dt>{t('updated')}</dt>
      <dd>{formatNumber(report.updated)}</dd>
      <dt>{t('deleted')}</dt>
      <dd>{formatNumber(report.deleted)}</dd>
      <dt>{t('unchanged')}</dt>
      <dd>{formatNumber(report.unchanged)}</dd>
    </dl>
  );
}

/** A dry run's answer: what importing would change (counts, period, first keys by code), then confirm or cancel. */
function ImportPreview({ report, onConfirm, onCancel, busy }: { report: UploadReport; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  const { t } = useI18n();
  const keys = report.changedKeys;
  return (
    <section className="panel" aria-live="polite" data-testid="import-preview">
      <h2>{t('previewTitle')}</h2>
      <ImportCounts report={report} />
      {report.mode === 'REPLACE' && <p>{report.periodFrom ? t('periodReplaced', { from: report.periodFrom, to: report.periodTo ?? '' }) : t('wholeProgramme')}</p>}
      {keys && (
        <dl className="changed-keys">
          {(
            [
              ['firstInserted', keys.inserted],
              ['firstUpdated', keys.updated],
              ['firstDeleted', keys.deleted],
            ] as const
          )
            .filter(([, list]) => list.length > 0)
            .map(([label, list]) => (
              <div key={label}>
                <dt>{t(label)}</dt>
                <dd>{list.join('; ')}</dd>
              </div>
            ))}
        </dl>
      )}
      <button type="button" className="primary" onClick={onConfirm} disabled={busy}>
        {busy ? t('submitting') : t('confirmImport')}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy}>
        {t('cancel')}
      </button>
    </section>
  );
}

function ImportReport({ report }: { report: UploadReport }) {
  const { t, formatNumber } = useI18n();
  const accepted = report.outcome === 'SUCCEEDED';
  const codes = Object.entries(report.errorsByCode)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code} ${formatNumber(count)}`)
    .join(', ');
  return (
    <section className="panel" aria-live="polite" data-testid="import-report" data-accepted={accepted}>
      <h2 className={accepted ? 'ok' : 'bad'}>{accepted ? t('accepted') : t('rejected', { count: report.totalErrors })}</h2>
      <ImportCounts report={report} />
      {report.totalErrors > report.errors.length && (
        <p data-testid="more-errors">{t('moreErrors', { shown: formatNumber(report.errors.length), total: formatNumber(report.totalErrors), codes })}</p>
      )}
      {report.errors.length > 0 && <ImportErrors errors={report.errors} caption={report.fileName} />}
    </section>
  );
}

type Progress = { sent: number; total: number };

/**
 * Import: a partner uploads one of its files (merge, or replace the months it covers), reads the preview
 * of what would change (a dry run: nothing stored), then confirms; or reads the report of every bad row.
 * ADMIN may upload any partner's. Files go to POST /imports as they are (any size up to the hub's
 * limit), with upload progress.
 */
export default function ImportPage({ upload = uploadPartnerFile }: { upload?: typeof uploadPartnerFile }) {
  const { t, formatNumber } = useI18n();
  const { viewer } = useSession();
  const programme = useProgramme();
  // The kinds of this programme's partners that the viewer may send (ADMIN: every partner's).
  const partners = new Set(programme.partners.map((partner) => partner.code));
  const kinds = FILE_KINDS.filter((entry) => partners.has(entry.partner) && (viewer.role === 'ADMIN' || entry.partner === viewer.partnerCode));
  const [kind, setKind] = useState<string>(kinds[0]?.kind ?? '');
  const [encoding, setEncoding] = useState<'utf-8' | 'windows-1250'>('utf-8');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [allowMassDelete, setAllowMassDelete] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<UploadReport | null>(null);
  const bytes = (value: number) => formatBytes(value, formatNumber);

  const send = async (dryRun: boolean) => {
    setProblem(null);
    setReport(null);
    if (!file) return setProblem(t('chooseFile'));
    if (file.size > viewer.maxUploadBytes) return setProblem(t('fileTooLarge', { size: bytes(file.size), limit: bytes(viewer.maxUploadBytes) }));
    setProgress({ sent: 0, total: file.size });
    const outcome = await upload({
      programme: programme.code,
      kind,
      encoding,
      mode,
      dryRun,
      allowMassDelete: mode === 'replace' && allowMassDelete,
      file,
      onProgress: (sent, total) => setProgress({ sent, total }),
    });
    setProgress(null);
    if ('report' in outcome) setReport(outcome.report);
    else setProblem(outcome.problem === 'network' ? t('uploadNetworkError') : outcome.problem);
  };
  // Sending first previews (a dry run); the preview's confirm button stores the file.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  const uploading = progress !== null;
  const percent = progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  return (
    <>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
      <p data-testid="upload-limit">{t('uploadLimit', { size: bytes(viewer.maxUploadBytes) })}</p>
      <form className="panel import-form" onSubmit={submit}>
        <label>
          {t('kind')}
          <select name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            {kinds.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.kind}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('encoding')}
          <select name="encoding" value={encoding} onChange={(event) => setEncoding(event.target.value as typeof encoding)}>
            <option value="utf-8">UTF-8</option>
            <option value="windows-1250">Windows-1250</option>
          </select>
        </label>
        <label>
          {t('mode')}
          <select name="mode" value={mode} onChange={(event) => setMode(event.target.value as typeof mode)}>
            <option value="merge">{t('modeMerge')}</option>
            <option value="replace">{t('modeReplace')}</option>
          </select>
        </label>
        {mode === 'replace' && (
          <>
            <p className="hint">{t('modeHint')}</p>
            <label className="checkbox">
              <input type="checkbox" name="allowMassDelete" checked={allowMassDelete} onChange={(event) => setAllowMassDelete(event.target.checked)} />
              {t('allowMassDelete')}
            </label>
          </>
        )}
        <label>
          {t('file')}
          <input type="file" name="file" accept=".csv,.txt,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="primary" disabled={uploading}>
          {uploading ? t('submitting') : t('submit')}
        </button>
        {progress && (
          <div className="upload-progress" data-testid="upload-progress" data-percent={percent}>
            <progress aria-label={t('uploadProgressLabel')} max={progress.total} value={progress.sent} />
            <span aria-live="polite">
              {progress.sent < progress.total
                ? t('uploadProgress', { sent: bytes(progress.sent), total: bytes(progress.total), percent })
                : t('uploadChecking')}
            </span>
          </div>
        )}
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
      </form>
      {report?.outcome === 'PREVIEWED' ? (
        <ImportPreview report={report} busy={uploading} onConfirm={() => void send(false)} onCancel={() => setReport(null)} />
      ) : (
        report && <ImportReport report={report} />
      )}
    </>
  );
}
