import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { isForbidden } from '../app/client';
import { useI18n } from '../i18n/i18n';

/**
 * The three states every query passes through, shown the same way everywhere: a status while
 * loading, an alert on error (with a retry), a note when there is nothing to show, else the content.
 */
export function QueryState(props: {
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  hasData: boolean;
  retry?: () => void;
  children: () => ReactNode;
}) {
  const { t } = useI18n();
  if (props.error && !props.hasData) {
    if (isForbidden(props.error)) return <p role="alert" className="notice">{t('forbidden')}</p>;
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {t('loadFailed')}: {props.error.graphQLErrors[0]?.message ?? props.error.networkError?.message ?? props.error.message}
        </p>
        {props.retry && (
          <button type="button" onClick={props.retry}>
            {t('retry')}
          </button>
        )}
      </div>
    );
  }
  if (!props.hasData) {
    return (
      <p role="status" className="loading">
        {t('loading')}
      </p>
    );
  }
  if (props.empty) return <p className="notice">{t('noData')}</p>;
  return <>{props.children()}</>;
}
