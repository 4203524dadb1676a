// The app: a skip link and the screen of the current route. Heavy screens load lazily so the home
// page stays small (the match, boardgame.io, the bots, the map, the rules, the seminar screens).
import { lazy, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Link } from './components/Link';
import { parseRoute, paths, usePath, type Route } from './lib/router';
import { Home } from './screens/Home';
import { MatchRoute } from './screens/MatchRoute';
import { SoloSetup } from './screens/SoloSetup';

const SoloPlay = lazy(() => import('./screens/SoloPlay'));
const ReplayScreen = lazy(() => import('./screens/ReplayScreen'));
const RulesScreen = lazy(() => import('./screens/RulesScreen'));
const SeminarHome = lazy(() => import('./screens/SeminarHome'));
const SeminarConsole = lazy(() => import('./screens/SeminarConsole'));
const SeminarDebrief = lazy(() => import('./screens/SeminarDebrief'));
const ClassJoin = lazy(() => import('./screens/ClassJoin'));
const ClassPlace = lazy(() => import('./screens/ClassPlace'));

const TITLE = 'Multi-dimensional Chess';

function titleOf(r: Route): string {
  switch (r.name) {
    case 'home': return TITLE;
    case 'solo': return `Play solo · ${TITLE}`;
    case 'soloPlay': return `Solo match · ${TITLE}`;
    case 'match': return `Match · ${TITLE}`;
    case 'replay': case 'soloReplay': return `Replay · ${TITLE}`;
    case 'join': return `Join a match · ${TITLE}`;
    case 'rules': return `Rules · ${TITLE}`;
    case 'seminar': return `Run a class · ${TITLE}`;
    case 'seminarConsole': return `Class console · ${TITLE}`;
    case 'seminarDebrief': return `Class debrief · ${TITLE}`;
    case 'classJoin': return `Join a class · ${TITLE}`;
    case 'classPlace': return `Your class · ${TITLE}`;
    case 'notFound': return `Page not found · ${TITLE}`;
  }
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home': return <Home />;
    case 'solo': return <SoloSetup />;
    case 'soloPlay': return <SoloPlay />;
    case 'match': return <MatchRoute key={route.matchID} matchID={route.matchID} joining={false} />;
    case 'join': return <MatchRoute key={route.matchID} matchID={route.matchID} joining />;
    case 'replay': return <ReplayScreen key={route.matchID} target={{ kind: 'online', matchID: route.matchID }} />;
    case 'soloReplay': return <ReplayScreen target={{ kind: 'solo' }} />;
    case 'rules': return <RulesScreen />;
    case 'seminar': return <SeminarHome />;
    case 'seminarConsole': return <SeminarConsole key={route.classID} classID={route.classID} />;
    case 'seminarDebrief': return <SeminarDebrief key={route.classID} classID={route.classID} />;
    case 'classJoin': return <ClassJoin />;
    case 'classPlace': return <ClassPlace key={route.classID} classID={route.classID} />;
    case 'notFound':
      return (
        <main id="main" tabIndex={-1} className="page page--narrow">
          <h1 className="page-title">Page not found</h1>
          <p>There is nothing at this address.</p>
          <p><Link href={paths.home} className="button">Go to the home page</Link></p>
        </main>
      );
  }
}

export function App() {
  const path = usePath();
  const route = parseRoute(path);
  const first = useRef(true);

  useEffect(() => {
    document.title = titleOf(route);
    // After a navigation (not the first load) move focus to the new page, as a page load would.
    if (first.current) { first.current = false; return; }
    requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <ErrorBoundary key={path}>
        <Suspense fallback={<div className="loading loading--page" role="status"><span className="spinner" aria-hidden="true" /> Loading…</div>}>
          <Screen route={route} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}
