import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n';
import { useProgramme } from '../app/programme';
import { explorerExamples } from './explorer-examples';

/**
 * GraphiQL keeps its tabs in localStorage; kept per programme, so a programme's explorer opens on its own
 * examples and tabs, not on the last programme's.
 */
function programmeStorage(programme: string): Storage {
  const prefix = `razem:${programme}:`;
  const ownKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    key: (index) => ownKeys()[index]?.slice(prefix.length) ?? null,
    get length() {
      return ownKeys().length;
    },
    clear: () => ownKeys().forEach((key) => localStorage.removeItem(key)),
  };
}

/**
 * Eksplorator / Explorer: GraphiQL bundled into the dashboard (its own lazy chunk, no CDN), on the
 * signed-in session's cookie, with saved example queries as its first tabs.
 */
export default function ExplorerPage() {
  const { t } = useI18n();
  const programme = useProgramme();
  const examples = useMemo(() => explorerExamples(programme), [programme]);
  const storage = useMemo(() => programmeStorage(programme.code), [programme.code]);
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) }), []);
  return (
    <>
      <h1>{t('page_explorer')}</h1>
      <p>{t('explorerIntro')}</p>
      <div className="explorer">
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          defaultTabs={examples.map((example) => ({ query: example.query, variables: example.variables }))}
          defaultEditorToolsVisibility
        />
      </div>
    </>
  );
}
