import type { ResultOf } from '../graphql/graphql';
import type { ImportBatchFields } from '../graphql/documents';
import { pivot, type AggregateRow } from './aggregate';

export type ImportBatch = ResultOf<typeof ImportBatchFields>;

export interface PartnerQuality {
  partner: string;
  lastImport: ImportBatch | null;
  lastSucceeded: ImportBatch | null;
  rejected: ImportBatch[];
  /** Months of the programme with at least one session of this partner's activities. */
  monthsCovered: number;
  monthsTotal: number;
}

/** Per partner: latest and latest accepted import, rejected ones, months with sessions (imports come newest first). */
export function shapeDataQuality(options: {
  partners: readonly string[];
  imports: readonly ImportBatch[];
  coverage: readonly AggregateRow[];
  months: readonly string[];
}): PartnerQuality[] {
  const sessions = pivot(options.coverage, 0, 1);
  const newestFirst = [...options.imports].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || Number(b.id) - Number(a.id));
  return options.partners.map((partner) => {
    const own = newestFirst.filter((batch) => batch.partner === partner);
    const monthsCovered = options.months.filter((month) => {
      const cell = sessions.cell(partner, month);
      return !!cell && (cell.suppressed || (cell.value ?? 0) > 0);
    }).length;
    return {
      partner,
      lastImport: own[0] ?? null,
      lastSucceeded: own.find((batch) => batch.status === 'SUCCEEDED') ?? null,
      rejected: own.filter((batch) => batch.status === 'REJECTED' || batch.status === 'INTERRUPTED'),
      monthsCovered,
      monthsTotal: options.months.length,
    };
  });
}
