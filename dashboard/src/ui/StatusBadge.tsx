import { useI18n } from '../i18n/i18n';
import type { IndicatorStatus } from '../shaping/indicators';

/** A shape per status, so the badge reads without its colour (and in greyscale print). */
const SYMBOLS: Record<IndicatorStatus, string> = { ACHIEVED: '✓', ON_TRACK: '↗', AT_RISK: '!', OFF_TRACK: '✕' };

/** Where an indicator stands against its target, as a labelled badge; the thresholds in its title. */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useI18n();
  const label = t(`outlook_${status}`);
  return (
    <span className={`status-badge status-${status}`} data-status={status} title={t('outlookHelp')}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> <span className="visually-hidden">{t('status')}: </span>
      {label}
    </span>
  );
}
