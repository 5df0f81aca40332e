import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../app/session';
import { useProgramme } from '../app/programme';
import { ApprovePeriodMutation } from '../graphql/documents';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { MonthSelect } from '../ui/MonthSelect';

export interface SubmissionCell {
  partner: string;
  month: string;
  status: 'APPROVED' | 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';
  dueOn: string;
  kinds: { kind: string; status: SubmissionCell['status']; batchId: number | null }[];
}

/**
 * The partner × month grid of submissions (approved months marked), and for STEERING and ADMIN the
 * approval of a month for every partner. `onApproved` refetches the page's data.
 */
export function SubmissionsCalendar({ cells, onApproved }: { cells: readonly SubmissionCell[]; onApproved: () => void }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const programme = useProgramme();
  const months = [...new Set(cells.map((cell) => cell.month))];
  const partners = [...new Set(cells.map((cell) => cell.partner))];
  const byKey = new Map(cells.map((cell) => [`${cell.partner} ${cell.month}`, cell]));
  const approvedMonths = new Set(months.filter((month) => partners.every((partner) => byKey.get(`${partner} ${month}`)?.status === 'APPROVED')));
  const mayApprove = viewer.role === 'ADMIN' || viewer.role === 'STEERING';
  const [month, setMonth] = useState(months.find((candidate) => !approvedMonths.has(candidate)) ?? months[0] ?? '');
  const [approval, approve] = useMutation(ApprovePeriodMutation);
  const label = (status: SubmissionCell['status']) => t(`submission_${status}` as MessageKey);
  return (
    <section className="panel submissions" aria-labelledby="submissions-title">
      <h2 id="submissions-title">{t('submissionsTitle')}</h2>
      <p className="hint">
        {t('submissionsHint')}{' '}
        <a href={`/reports/submissions.csv?${new URLSearchParams({ programme: programme.code })}`} download>
          CSV
        </a>{' '}
        <a href={`/reports/submissions.json?${new URLSearchParams({ programme: programme.code })}`} download>
          JSON
        </a>
      </p>
      <div className="submissions-scroll">
        <table className="submissions-grid" data-testid="submissions">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              {months.map((column) => (
                <th key={column} scope="col" className={approvedMonths.has(column) ? 'approved-month' : undefined} data-month={column}>
                  {column}
                  {approvedMonths.has(column) && <span aria-label={t('approved')}> ✓</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => (
              <tr key={partner}>
                <th scope="row">{partner}</th>
                {months.map((column) => {
                  const cell = byKey.get(`${partner} ${column}`)!;
                  const details = cell.kinds.map((kind) => `${kind.kind}: ${label(kind.status)}${kind.batchId ? ` (#${kind.batchId})` : ''}`).join('\n');
                  return (
                    <td key={column} className={`submission submission-${cell.status}`} title={`${t('due')}: ${cell.dueOn}\n${details}`} data-status={cell.status}>
                      {label(cell.status)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mayApprove && (
        <form
          className="approve-form"
          onSubmit={(event) => {
            event.preventDefault();
            void approve({ programme: programme.code, month }).then((result) => {
              if (!result.error) onApproved();
            });
          }}
        >
          <MonthSelect label={t('approveMonthFor')} months={months} value={month} onChange={setMonth} marked={approvedMonths} />{' '}
          <button type="submit" disabled={approval.fetching}>
            {t('approveMonth')}
          </button>
          {approval.error && <span role="alert"> {approval.error.message}</span>}
        </form>
      )}
    </section>
  );
}
