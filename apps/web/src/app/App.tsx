import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useViewer } from '../lib/session';
import { PageLoader } from '../components/PageLoader';
import { FEATURES } from './features';
import type { Feature, FeatureRoute } from '../lib/feature';
import { loadFeatureStrings } from './i18n';

/** The signed-in shell (menu, organization switch) loads with the first signed-in page, not with the sign-in page. */
const AppLayout = lazy(() => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const HomePage = lazy(() => import('./HomePage'));
const ApprovalsPage = lazy(() => import('./ApprovalsPage'));

/** A route's page: its chunk and its feature's strings arrive together, so no page ever shows a raw key. */
const pages = new Map<FeatureRoute, ComponentType>();
function pageOf(feature: Feature, route: FeatureRoute): ComponentType {
  if (route.element) return route.element;
  let page = pages.get(route);
  if (!page) {
    const load = route.page!;
    page = lazy(() => Promise.all([load(), loadFeatureStrings(feature)]).then(([m]) => m));
    pages.set(route, page);
  }
  return page;
}

type Kind = 'public' | 'signedOut' | 'signedIn';
const kindOf = (r: FeatureRoute): Kind => (r.public ? 'public' : r.signedOut ? 'signedOut' : 'signedIn');

const routes = (features: readonly Feature[], kind: Kind) =>
  features.flatMap((f) =>
    f.routes
      .filter((r) => kindOf(r) === kind)
      .map((r) => {
        const Page = pageOf(f, r);
        return <Route key={r.path} path={r.path} element={<Page />} />;
      }),
  );

/** The router, built from the features' declarations (src/app/features.ts; a test may pass the list with one added). */
export function App({ features = FEATURES }: { features?: readonly Feature[] }) {
  const { viewer, loading } = useViewer();
  if (loading && viewer === undefined) return <PageLoader />;
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        {routes(features, 'public')}
        {!viewer ? (
          routes(features, 'signedOut')
        ) : (
          <Route element={<AppLayout viewer={viewer} features={features} />}>
            <Route index element={<Navigate to="/home" replace />} />
            <Route path="/home" element={<HomePage />} />
            <Route path="/approvals" element={<ApprovalsPage />} />
            {routes(features, 'signedIn')}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        )}
      </Routes>
    </Suspense>
  );
}
