import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AlertStreamProvider } from './alerts/alert-stream-context';
import { RegistryProvider } from './api/registry-context';
import { DossierPage } from './audit/dossier-page';
import { CalendarPage } from './calendar/calendar-page';
import { TimelinePage } from './audit/timeline-page';
import { SessionProvider } from './auth/session-context';
import { ErrorBoundary } from './components/error-boundary';
import { Layout } from './components/layout';
import { Loading } from './components/load-state';
import { RequireAuth } from './components/require-auth';
import { I18nProvider } from './i18n/i18n-context';
import { IssuePage } from './issue/issue-page';
import { AlertsPage } from './pages/alerts-page';
import { BulletinsPage } from './pages/bulletins-page';
import { HomeRedirect } from './pages/home-redirect';
import { IssuesPage } from './pages/issues-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { OverduePage } from './pages/overdue-page';
import { PersonalDataPage } from './pages/personal-data-page';
import { PublicBulletinsPage } from './pages/public-bulletins-page';
import { RegisterIssuePage } from './pages/register-issue-page';
import { SchoolsPage } from './pages/schools-page';

// The charts (ECharts) load only with the dashboard.
const DashboardPage = lazy(() => import('./pages/dashboard-page'));

const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export function App() {
  return (
    <I18nProvider>
      <ErrorBoundary>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/public/bulletins" element={<PublicBulletinsPage />} />
              <Route
                element={
                  <RequireAuth>
                    <RegistryProvider>
                      <AlertStreamProvider>
                        <Layout />
                      </AlertStreamProvider>
                    </RegistryProvider>
                  </RequireAuth>
                }
              >
                <Route index element={<HomeRedirect />} />
                <Route path="dashboard" element={lazyPage(<DashboardPage />)} />
                <Route path="overdue" element={<OverduePage />} />
                <Route path="alerts" element={<AlertsPage />} />
                <Route path="issues" element={<IssuesPage />} />
                <Route path="issues/new" element={<RegisterIssuePage />} />
                <Route path="issues/:id" element={<IssuePage />} />
                <Route path="issues/:id/timeline" element={<TimelinePage />} />
                <Route path="issues/:id/dossier" element={<DossierPage />} />
                <Route path="schools" element={<SchoolsPage />} />
                <Route path="bulletins" element={<BulletinsPage />} />
                <Route path="calendar" element={<CalendarPage />} />
                <Route path="personal-data" element={<PersonalDataPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
