import { useI18n } from '../i18n/i18n';
import type { ImportBatch } from '../shaping/quality';
import { DataTable } from './DataTable';

/** Every bad row of a rejected file: line, column, value as found, why. */
export function ImportErrors({ errors, caption }: { errors: ImportBatch['errors']; caption: string }) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'line', header: t('line'), numeric: true },
        { key: 'column', header: t('column') },
        { key: 'value', header: t('value') },
        { key: 'reason', header: t('reason') },
        { key: 'code', header: t('code') },
      ]}
      rows={errors.map((error, index) => ({
        key: `${index}`,
        cells: { line: error.line, column: error.column || '—', value: <code>{error.value}</code>, reason: error.reason, code: <code>{error.code}</code> },
      }))}
    />
  );
}
