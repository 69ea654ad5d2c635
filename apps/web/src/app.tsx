import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Result } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError } from './api/client';
import { AuthProvider, useAuth } from './auth/auth';
import { i18n } from './i18n/i18n';
import type { PageProps } from './pages/page-props';
import { AppLayout } from './shell/app-layout';
import { ScreenBoundary } from './shell/screen-boundary';
import { menuFor, SCREENS } from './shell/menu';

const LoginPage = lazy(() => import('./auth/login-page'));

/** Each screen's page, loaded when first opened (one chunk per screen). */
const PAGES: Record<string, LazyExoticComponent<ComponentType<PageProps>>> = {
  '/planner/door-models': lazy(() => import('./pages/door-models/door-models-page')),
  '/planner/materials': lazy(() => import('./pages/materials/materials-page')),
  '/planner/processes': lazy(() => import('./pages/processes/processes-page')),
  '/planner/orders': lazy(() => import('./pages/orders/orders-page')),
  '/planner/split-runs': lazy(() => import('./pages/split-runs/split-runs-page')),
  '/warehouse/scan': lazy(() => import('./pages/scan/scan-page')),
  '/warehouse/balances': lazy(() => import('./pages/warehouse/balances-page')),
  '/warehouse/ledger': lazy(() => import('./pages/warehouse/ledger-page')),
  '/warehouse/items': lazy(() => import('./pages/warehouse/items-page')),
  '/warehouse/locations': lazy(() => import('./pages/warehouse/locations-page')),
  '/warehouse/counts': lazy(() => import('./pages/warehouse/counts-page')),
  '/warehouse/pick-lists': lazy(() => import('./pages/warehouse/pick-lists-page')),
  '/warehouse/remnants': lazy(() => import('./pages/warehouse/remnants-page')),
  '/warehouse/value': lazy(() => import('./pages/warehouse/value-page')),
  '/warehouse/purchasing': lazy(() => import('./pages/warehouse/purchasing-page')),
  '/shop-floor/station': lazy(() => import('./pages/station/station-page')),
  '/shop-floor/work-orders': lazy(() => import('./pages/work-orders/work-orders-page')),
  '/shop-floor/dashboard': lazy(() => import('./pages/dashboard/dashboard-page')),
  '/shop-floor/machines': lazy(() => import('./pages/machines/machines-page')),
  '/packing/station': lazy(() => import('./pages/packing-station/packing-station-page')),
  '/packing/loading': lazy(() => import('./pages/loading/loading-page')),
  '/packing/shipments': lazy(() => import('./pages/shipments/shipments-page')),
  '/packing/settings': lazy(() => import('./pages/packing-settings/packing-settings-page')),
  '/admin/users': lazy(() => import('./pages/admin/users-page')),
  '/admin/audit': lazy(() => import('./pages/admin/audit-page')),
};

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // a refusal (4xx problem) does not get better by asking again
        retry: (failures, error) => !(error instanceof ApiError && error.problem.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App() {
  // one cache for the page's life, not one per render
  const [queryClient] = useState(makeQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <LocalizedApp />
        </AuthProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function LocalizedApp() {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider locale={current.language === 'en' ? enUS : zhCN}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            {SCREENS.map((screen) => (
              // a screen's own pages (an order, a run's print view) sit below its path
              <Route key={screen.path} path={`${screen.path}/*`} element={<Screen path={screen.path} />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  );
}

/** A screen the user's roles allow; any other is answered as not found, like the menu that hides it. */
function Screen({ path }: { path: string }) {
  const { session } = useAuth();
  const entry = menuFor(session?.user.roles ?? []).find((e) => e.path === path);
  if (!entry) return <NotFound />;
  const Page = PAGES[path];
  if (!Page) return <NotFound />;
  return (
    // a new screen starts without the last one's failure
    <ScreenBoundary key={path}>
      <Page entry={entry} />
    </ScreenBoundary>
  );
}

function Home() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const first = menuFor(session?.user.roles ?? [])[0];
  return first ? <Navigate to={first.path} replace /> : <Result title={t('page.noScreens')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('page.notFound')} />;
}
