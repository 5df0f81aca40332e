import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Provider, useMutation, useQuery, type Client } from 'urql';
import { LoginPage } from './auth/LoginPage';
import { createHubClient, isUnauthenticated } from './app/client';
import { LanguageSwitch } from './app/LanguageSwitch';
import { ProgrammeContext, VisibleProgrammesContext, type VisibleProgramme } from './app/programme';
import { programmeLabel, ProgrammeSwitcher } from './app/ProgrammeSwitcher';
import { navigate, useLocation } from './app/router';
import { legacyRedirect, parseDashboardPath, programmePath, routeForSegment, routesFor, type PageId, type Route } from './app/routes';
import { SessionContext, type Viewer } from './app/session';
import { FilterBar } from './filters/FilterBar';
import { parseFilters, type DashboardFilters } from './filters/filters';
import { LogoutMutation, MeQuery, ProgrammesQuery, ProgrammeStructureQuery } from './graphql/documents';
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
const ComparisonPage = lazy(() => import('./pages/ComparisonPage'));

/** Pages without filters (they are not about one programme's aggregates). */
const UNFILTERED: ReadonlySet<PageId> = new Set(['compare', 'quality', 'import', 'explorer']);

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
    case 'compare':
      return <ComparisonPage />;
    case 'quality':
      return <DataQualityPage />;
    case 'import':
      return <ImportPage />;
    case 'explorer':
      return <ExplorerPage />;
  }
}

/** A programme the URL names that does not exist or that the user may not see: said plainly, with the ones they may. */
function UnknownProgramme({ code, programmes, segment }: { code: string; programmes: readonly VisibleProgramme[]; segment: string }) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <main id="main" className="page" data-page="unknown-programme" tabIndex={-1}>
      <div role="alert" className="notice notice-error" data-testid="unknown-programme">
        <p>{t('unknownProgramme', { code })}</p>
      </div>
      {programmes.length > 0 && (
        <>
          <p>{t('programmesYouMaySee')}</p>
          <ul>
            {programmes.map((programme) => (
              <li key={programme.code}>
                <a href={programmePath(programme.code, segment, location.search.get('lang') === 'en' ? 'lang=en' : '')}>{programmeLabel(programme)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

/** One programme's pages: its structure (partners, tasks, activities, events) for the filters and labels, then the page. */
function ProgrammeFrame({ code, route, filters, programmes }: { code: string; route: Route; filters: DashboardFilters; programmes: readonly VisibleProgramme[] }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProgrammeStructureQuery, variables: { code } });
  if (data && !data.programme) return <UnknownProgramme code={code} programmes={programmes} segment={route.segment} />;
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data?.programme} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {() => (
        <ProgrammeContext.Provider value={data!.programme!}>
          {!UNFILTERED.has(route.id) && <FilterBar filters={filters} />}
          <main id="main" className="page" data-page={route.id} data-programme={code} tabIndex={-1}>
            <PerturbationNote />
            <Suspense fallback={<p role="status" className="loading">{t('loading')}</p>}>
              <Page id={route.id} filters={filters} />
            </Suspense>
          </main>
        </ProgrammeContext.Provider>
      )}
    </QueryState>
  );
}

/** The signed-in frame: header with the programme switcher, menu, filters and the page the path names. */
function Shell({ viewer, onSignOut }: { viewer: Viewer; onSignOut: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const path = parseDashboardPath(location.pathname);
  const route = routeForSegment(path.segment, viewer.role);
  const filters = parseFilters(location.search);
  const [programmesAnswer, reexecuteProgrammes] = useQuery({ query: ProgrammesQuery });
  const programmes = programmesAnswer.data?.programmes;
  const [, logout] = useMutation(LogoutMutation);
  const search = location.search.toString();
  const redirect = programmes ? legacyRedirect(location.pathname, search, programmes) : null;
  // An old URL (a bookmark from before programmes were in the URL) opens the same page in the first programme.
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);
  // The URL's programme is shown at once (its pages load beside the list); once the list is in, one the user
  // may not see is refused with a message.
  const refused = path.programme !== null && !!programmes && !programmes.some((programme) => programme.code === path.programme);
  const current = path.programme !== null && !refused ? path.programme : null;

  const follow = (href: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };

  const signOut = async () => {
    await logout({});
    onSignOut();
  };

  let body: ReactNode;
  if (current) {
    body = <ProgrammeFrame key={current} code={current} route={route} filters={filters} programmes={programmes ?? []} />;
  } else if (refused) {
    body = <UnknownProgramme code={path.programme!} programmes={programmes!} segment={route.segment} />;
  } else if (!programmes) {
    body = (
      <QueryState fetching={programmesAnswer.fetching} error={programmesAnswer.error} hasData={false} retry={() => reexecuteProgrammes({ requestPolicy: 'network-only' })}>
        {() => null}
      </QueryState>
    );
  } else if (programmes.length === 0) {
    body = <p role="alert" className="notice">{t('noProgrammes')}</p>;
  } else {
    // An old URL, being redirected.
    body = <p role="status" className="loading">{t('loading')}</p>;
  }

  return (
    <SessionContext.Provider value={{ viewer, signOut: () => void signOut() }}>
      <VisibleProgrammesContext.Provider value={programmes ?? []}>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="app-header">
          <div className="brand">
            <strong>{t('appTitle')}</strong>
            {programmes && programmes.length > 0 && <ProgrammeSwitcher programmes={programmes} current={current} />}
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
        {current && (
          <nav className="app-nav" aria-label={t('nav')}>
            <ul>
              {routesFor(viewer.role).map((item) => {
                const href = programmePath(current, item.segment, search);
                if (item.id === 'compare' && (programmes?.length ?? 0) < 2) {
                  return (
                    <li key={item.id}>
                      <span className="nav-disabled" aria-disabled="true" title={t('compareNeedsTwo')}>
                        {t(item.title)}
                      </span>
                    </li>
                  );
                }
                return (
                  <li key={item.id}>
                    <a href={href} aria-current={item.id === route.id ? 'page' : undefined} onClick={follow(href)}>
                      {t(item.title)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
        {body}
      </VisibleProgrammesContext.Provider>
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
