import { useContext } from 'react';
import { DEFAULT_SUPPRESSION_K } from '../app/programme';
import { SessionContext } from '../app/session';
import { useI18n } from '../i18n/i18n';

/** A hidden value: "< K", never 0, with the reason on hover, focus and for screen readers. */
export function Suppressed() {
  const { t } = useI18n();
  // The hub says which K it applies (SUPPRESSION_K); outside a session (component tests) the default.
  const SUPPRESSION_K = useContext(SessionContext)?.viewer.suppressionK ?? DEFAULT_SUPPRESSION_K;
  const explanation = t('suppressedExplanation', { k: SUPPRESSION_K });
  return (
    <abbr className="suppressed" title={explanation} tabIndex={0} data-suppressed="true" aria-label={`${t('suppressedValue', { k: SUPPRESSION_K })}. ${explanation}`}>
      {t('suppressedValue', { k: SUPPRESSION_K })}
    </abbr>
  );
}
