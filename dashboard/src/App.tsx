import { lazy, Suspense, useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Provider, useMutation, useQuery, type Client } from 'urql';
import { LoginPage } from './auth/LoginPage';
import { createHubClient, isUnauthenticated } from './app/client';
import { LanguageSwitch } from './app/LanguageSwitch';
import { ProgrammeContext } from './app/programme';
import { navigate, useLocation } from './app/router';
import { routeForPath, routesFor, type PageId } from './app/routes';
import { SessionContext, type Viewer } from './app/session';
import { FilterBar } from './filters/FilterBar';
import { parseFilters, type DashboardFilters } from './filters/filters';
import { LogoutMutation, MeQuery, PILOT_PROGRAMME, ProgrammeStructureQuery } from './graphql/documents';
import { I18nProvider, useI18n, type Language } from './i18n/i18n';
import { OverviewPage } from './pages/OverviewPage';
import { PerturbationNote } from './ui/PerturbationNote';
import { QueryState } from './ui/QueryState';

// Every page but the overview is its own chunk: the first load carries no chart code.
const TimelinePage = lazy(() => import('./pages/TimelinePage'));
const PartnersPage = lazy(() => import('./pages/PartnersPage'));
const OutcomesPage = lazy(() => import('./pages/OutcomesPage'));
const FlowsPage = lazy(() => import('./pages/FlowsPage'));
const DataQualityPage = lazy(() => import('./pages/DataQualityPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const ExplorerPage = lazy(() => import('./pages/ExplorerPage'));

/** Pages without filters (they are not about aggregates). */
const UNFILTERED: ReadonlySet<PageId> = new Set(['quality', 'import', 'explorer']);

function Page({ id, filters }: { id: PageId; filters: DashboardFilters }) {
  switch (id) {
    case 'overview':
      return <OverviewPage filters={filters} />;
    case 'timeline':
      return <TimelinePage filters={filters} />;
    case 'partners':
      return <PartnersPage filters={filters} />;
    case 'outcomes':
      return <OutcomesPage filters={filters} />;
    case 'flows':
      return <FlowsPage filters={filters} />;
    case 'quality':
      return <DataQualityPage />;
    case 'import':
      return <ImportPage />;
    case 'explorer':
      return <ExplorerPage />;
  }
}

/** The signed-in frame: header, menu, filters and the page the path names. */
function Shell({ viewer, onSignOut }: { viewer: Viewer; onSignOut: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const route = routeForPath(location.pathname, viewer.role);
  const filters = parseFilters(location.search);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProgrammeStructureQuery, variables: { code: PILOT_PROGRAMME } });
  const [, logout] = useMutation(LogoutMutation);
  const search = location.search.toString();

  const follow = (path: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path + (search ? `?${search}` : ''));
  };

  const signOut = async () => {
    await logout({});
    onSignOut();
  };

  return (
    <SessionContext.Provider value={{ viewer, signOut: () => void signOut() }}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <strong>{t('appTitle')}</strong>
          <span>{t('programmeTagline')}</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          <span className="who" data-role={viewer.role}>
            {t('signedInAs', { who: viewer.email ?? viewer.label, role: t(`role_${viewer.role}`) + (viewer.partnerCode ? ` ${viewer.partnerCode}` : '') })}
          </span>
          <button type="button" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav')}>
        <ul>
          {routesFor(viewer.role).map((item) => (
            <li key={item.id}>
              <a href={item.path + (search ? `?${search}` : '')} aria-current={item.id === route.id ? 'page' : undefined} onClick={follow(item.path)}>
                {t(item.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState fetching={fetching} error={error} hasData={!!data?.programme} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {() => (
          <ProgrammeContext.Provider value={data!.programme!}>
            {!UNFILTERED.has(route.id) && <FilterBar filters={filters} />}
            <main id="main" className="page" data-page={route.id} tabIndex={-1}>
              <PerturbationNote />
              <Suspense fallback={<p role="status" className="loading">{t('loading')}</p>}>
                <Page id={route.id} filters={filters} />
              </Suspense>
            </main>
          </ProgrammeContext.Provider>
        )}
      </QueryState>
    </SessionContext.Provider>
  );
}

/** Asks the API who is signed in: a viewer opens the dashboard, UNAUTHENTICATED opens the login page. */
function SessionGate(props: { onSignedIn: () => void; onSignOut: () => void; sessionEnded: boolean; signedIn: React.MutableRefObject<boolean> }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const viewer = data?.me ?? null;
  props.signedIn.current = !!viewer;
  if (fetching && !data) return <p role="status" className="loading">{t('loading')}</p>;
  if (viewer) return <Shell viewer={viewer} onSignOut={props.onSignOut} />;
  if (error && !isUnauthenticated(error)) {
    return (
      <QueryState fetching={false} error={error} hasData={false} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {() => null}
      </QueryState>
    );
  }
  return <LoginPage onSignedIn={props.onSignedIn} sessionEnded={props.sessionEnded} />;
}

/** The dashboard: language from the URL, one urql client per sign-in. */
export function App({ createClient = createHubClient }: { createClient?: typeof createHubClient }) {
  const location = useLocation();
  const language: Language = location.search.get('lang') === 'en' ? 'en' : 'pl';
  const [generation, setGeneration] = useState(0);
  const [sessionEnded, setSessionEnded] = useState(false);
  const signedIn = useRef(false);
  const restart = useCallback(() => setGeneration((value) => value + 1), []);
  const client: Client = useMemo(
    () =>
      createClient({
        onUnauthenticated: () => {
          // A session that ends while the dashboard is open (expiry, `hub user disable`) leads back to the login page.
          if (!signedIn.current) return;
          signedIn.current = false;
          setSessionEnded(true);
          restart();
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [generation, createClient],
  );
  return (
    <I18nProvider language={language}>
      <Provider value={client}>
        <SessionGate
          key={generation}
          signedIn={signedIn}
          sessionEnded={sessionEnded}
          onSignedIn={() => {
            setSessionEnded(false);
            restart();
          }}
          onSignOut={() => {
            signedIn.current = false;
            restart();
          }}
        />
      </Provider>
    </I18nProvider>
  );
}
