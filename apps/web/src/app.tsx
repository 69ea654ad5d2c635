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
import { menuFor, SCREENS } from './shell/menu';

const LoginPage = lazy(() => import('./auth/login-page'));
const PlaceholderPage = lazy(() => import('./pages/placeholder-page'));

/** Screens built so far; the others show the placeholder until their change lands. */
const PAGES: Record<string, LazyExoticComponent<ComponentType<PageProps>>> = {
  '/planner/orders': lazy(() => import('./pages/orders-page')),
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
              <Route key={screen.path} path={screen.path} element={<Screen path={screen.path} />} />
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
  const Page = PAGES[path] ?? PlaceholderPage;
  return <Page entry={entry} />;
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
