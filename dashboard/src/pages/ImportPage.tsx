import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../app/session';
import { ImportPartnerFileMutation, PILOT_PROGRAMME } from '../graphql/documents';
import type { ResultOf } from '../graphql/graphql';
import { useI18n } from '../i18n/i18n';
import { ImportErrors } from '../ui/ImportErrors';

/** The partner file kinds (docs/interfaces.md §3) and whose each is. */
export const FILE_KINDS = [
  { kind: 'mops-register', partner: 'MOPS' },
  { kind: 'mops-workshops', partner: 'MOPS' },
  { kind: 'mops-childcare', partner: 'MOPS' },
  { kind: 'mops-results', partner: 'MOPS' },
  { kind: 'cisi-attendance', partner: 'CISI' },
  { kind: 'cisi-support', partner: 'CISI' },
  { kind: 'zdz-attendance', partner: 'ZDZ' },
  { kind: 'zdz-exams', partner: 'ZDZ' },
] as const;

/** A file's bytes as base64 (the mutation's contentBase64), in chunks so a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

type Report = ResultOf<typeof ImportPartnerFileMutation>['importPartnerFile'];

/** A dry run's answer: what importing would change (counts, period, first keys by code), then confirm or cancel. */
function ImportPreview({ report, onConfirm, onCancel, busy }: { report: Report; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  const { t } = useI18n();
  const { periodFrom, periodTo, mode } = report.batch;
  const keys = report.changedKeys;
  return (
    <section className="panel" aria-live="polite" data-testid="import-preview">
      <h2>{t('previewTitle')}</h2>
      <ImportCounts report={report} />
      {mode === 'REPLACE' && <p>{periodFrom ? t('periodReplaced', { from: periodFrom, to: periodTo ?? '' }) : t('wholeProgramme')}</p>}
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

function ImportCounts({ report }: { report: Report }) {
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

function ImportReport({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-live="polite" data-testid="import-report" data-accepted={report.accepted}>
      <h2 className={report.accepted ? 'ok' : 'bad'}>{report.accepted ? t('accepted') : t('rejected', { count: report.totalErrors })}</h2>
      <ImportCounts report={report} />
      {report.errors.length > 0 && <ImportErrors errors={report.errors} caption={report.batch.fileName} />}
    </section>
  );
}

/**
 * Import: a partner uploads one of its files (merge, or replace the months it covers), reads the preview
 * of what would change (a dry run: nothing stored), then confirms; or reads the report of every bad
 * row. ADMIN may upload any partner's files.
 */
export default function ImportPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const kinds = FILE_KINDS.filter((entry) => viewer.role === 'ADMIN' || entry.partner === viewer.partnerCode);
  const [kind, setKind] = useState<string>(kinds[0]?.kind ?? '');
  const [encoding, setEncoding] = useState<'UTF_8' | 'WINDOWS_1250'>('UTF_8');
  const [mode, setMode] = useState<'MERGE' | 'REPLACE'>('MERGE');
  const [allowMassDelete, setAllowMassDelete] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [{ fetching }, importFile] = useMutation(ImportPartnerFileMutation);

  const send = async (dryRun: boolean) => {
    setProblem(null);
    if (!file) return setProblem(t('chooseFile'));
    const partner = FILE_KINDS.find((entry) => entry.kind === kind)?.partner ?? '';
    const result = await importFile({
      file: {
        programme: PILOT_PROGRAMME, partner, kind, encoding, fileName: file.name, contentBase64: await fileToBase64(file),
        mode, dryRun, allowMassDelete: mode === 'REPLACE' && allowMassDelete,
      },
    });
    if (result.error) setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
    setReport(result.data?.importPartnerFile ?? null);
  };
  // Sending first previews (a dry run); the preview's confirm button stores the file.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <>
      <h1>{t('importTitle')}</h1>
      <p>{t('importIntro')}</p>
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
            <option value="UTF_8">UTF-8</option>
            <option value="WINDOWS_1250">Windows-1250</option>
          </select>
        </label>
        <label>
          {t('mode')}
          <select name="mode" value={mode} onChange={(event) => setMode(event.target.value as typeof mode)}>
            <option value="MERGE">{t('modeMerge')}</option>
            <option value="REPLACE">{t('modeReplace')}</option>
          </select>
        </label>
        {mode === 'REPLACE' && (
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
        <button type="submit" className="primary" disabled={fetching}>
          {fetching ? t('submitting') : t('submit')}
        </button>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
      </form>
      {report?.preview && report.accepted ? (
        <ImportPreview report={report} busy={fetching} onConfirm={() => void send(false)} onCancel={() => setReport(null)} />
      ) : (
        report && <ImportReport report={report} />
      )}
    </>
  );
}
