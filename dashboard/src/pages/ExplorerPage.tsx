import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { EXPLORER_EXAMPLES } from './explorer-examples';

/**
 * Eksplorator / Explorer: GraphiQL bundled into the dashboard (its own lazy chunk, no CDN), on the
 * signed-in session's cookie, with saved example queries as its first tabs.
 */
export default function ExplorerPage() {
  const { t } = useI18n();
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) }), []);
  return (
    <>
      <h1>{t('page_explorer')}</h1>
      <p>{t('explorerIntro')}</p>
      <div className="explorer">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={EXPLORER_EXAMPLES.map((example) => ({ query: example.query, variables: example.variables }))}
          defaultEditorToolsVisibility
        />
      </div>
    </>
  );
}
