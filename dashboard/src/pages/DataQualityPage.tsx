import { useQuery } from 'urql';
import { useProgramme } from '../app/programme';
import { monthsBetween } from '../filters/filters';
import { DataQualityQuery } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { shapeDataQuality, type ImportBatch } from '../shaping/quality';
import { DataTable } from '../ui/DataTable';
import { ImportErrors } from '../ui/ImportErrors';
import { QueryState } from '../ui/QueryState';
import { SubmissionsCalendar } from './SubmissionsCalendar';

function BatchLine({ batch }: { batch: ImportBatch | null }) {
  const { t, formatDateTime } = useI18n();
  if (!batch) return <>{t('never')}</>;
  return (
    <>
      {formatDateTime(batch.finishedAt ?? batch.startedAt)} · <code>{batch.kind}</code> · {t(`status_${batch.status}` as MessageKey)}
    </>
  );
}

/** Jakość danych / Data quality: per partner, the last import, rejected imports with their reports, months covered. */
export default function DataQualityPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const programme = useProgramme();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DataQualityQuery, variables: { programme: programme.code }, requestPolicy: 'cache-and-network' });
  const quality = data
    ? shapeDataQuality({
        partners: programme.partners.map((partner) => partner.code),
        imports: data.imports,
        coverage: data.coverage,
        months: monthsBetween(programme.startDate, programme.endDate),
      })
    : [];
  const partnerName = new Map(programme.partners.map((partner) => [partner.code, partner.name]));
  return (
    <>
      <h1>{t('qualityTitle')}</h1>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {() => (
          <>
            <div className="quality-grid">
              {quality.map((partner) => (
                <section key={partner.partner} className="panel" data-partner={partner.partner}>
                  <h2>
                    {partner.partner} <small>{partnerName.get(partner.partner)}</small>
                  </h2>
                  <dl>
                    <dt>{t('lastImport')}</dt>
                    <dd>
                      <BatchLine batch={partner.lastImport} />
                    </dd>
                    <dt>{t('lastSuccessful')}</dt>
                    <dd>
                      <BatchLine batch={partner.lastSucceeded} />
                    </dd>
                    <dt>{t('coverage')}</dt>
                    <dd>
                      <meter min={0} max={partner.monthsTotal} value={partner.monthsCovered} /> {t('coverageValue', { months: partner.monthsCovered, total: partner.monthsTotal })}
                    </dd>
                    <dt>{t('rejectedImports')}</dt>
                    <dd>{partner.rejected.length}</dd>
                  </dl>
                  {partner.rejected.map((batch) => (
                    <details key={batch.id} className="rejected">
                      <summary>
                        {formatDateTime(batch.startedAt)} · <code>{batch.fileName}</code> · {t('showErrors', { count: batch.errors.length || batch.rejectedRows })}
                      </summary>
                      {batch.failure && <p>{batch.failure}</p>}
                      {batch.errors.length > 0 && <ImportErrors errors={batch.errors} caption={batch.fileName} />}
                    </details>
                  ))}
                </section>
              ))}
            </div>
            <SubmissionsCalendar cells={data!.submissions} onApproved={() => reexecute({ requestPolicy: 'network-only' })} />
            <section className="panel">
              <h2>{t('importsList')}</h2>
              <DataTable
                caption={t('importsList')}
                columns={[
                  { key: 'started', header: t('started') },
                  { key: 'partner', header: t('partner') },
                  { key: 'kind', header: t('kind') },
                  { key: 'file', header: t('fileName') },
                  { key: 'status', header: t('status') },
                  { key: 'rows', header: t('rows'), numeric: true },
                  { key: 'inserted', header: t('inserted'), numeric: true },
                  { key: 'updated', header: t('updated'), numeric: true },
                  { key: 'by', header: t('submittedBy') },
                ]}
                rows={data!.imports.map((batch) => ({
                  key: batch.id,
                  cells: {
                    started: formatDateTime(batch.startedAt),
                    partner: batch.partner,
                    kind: <code>{batch.kind}</code>,
                    file: batch.fileName,
                    status: <span data-status={batch.status}>{t(`status_${batch.status}` as MessageKey)}</span>,
                    rows: formatNumber(batch.rowsRead),
                    inserted: formatNumber(batch.inserted),
                    updated: formatNumber(batch.updated),
                    by: batch.submittedBy,
                  },
                }))}
              />
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
