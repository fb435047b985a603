import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AlertStreamProvider } from './alerts/alert-stream-context';
import { PeopleProvider } from './api/people-context';
import { RegistryProvider } from './api/registry-context';
import { DossierPage } from './audit/dossier-page';
import { CalendarPage } from './calendar/calendar-page';
import { TimelinePage } from './audit/timeline-page';
import { SessionProvider } from './auth/session-context';
import { ErrorBoundary } from './components/error-boundary';
import { Layout } from './components/layout';
import { Loading } from './components/load-state';
import { RequireAuth } from './components/require-auth';
import { RequireRole } from './components/require-role';
import { I18nProvider } from './i18n/i18n-context';
import { InboxCountsProvider } from './inbox/inbox-counts-context';
import { InboxPage } from './inbox/inbox-page';
import { IssuePage } from './issue/issue-page';
import { AlertsPage } from './pages/alerts-page';
import { BulletinsPage } from './pages/bulletins-page';
import { HomeRedirect } from './pages/home-redirect';
import { IssuesPage } from './pages/issues-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { NumbersAuditPage } from './pages/numbers-audit-page';
import { OverduePage } from './pages/overdue-page';
import { PersonalDataPage } from './pages/personal-data-page';
import { PublicBulletinsPage } from './pages/public-bulletins-page';
import { BulletinPage } from './bulletin/bulletin-page';
import { PublicBulletinPage } from './bulletin/public-bulletin-page';
import { PublicRectificationPage } from './bulletin/public-rectification-page';
import { RegisterIssuePage } from './pages/register-issue-page';
import { SchoolsPage } from './pages/schools-page';
import { VisitPage } from './visits/visit-page';
import { VisitsPage } from './visits/visits-page';
import { MatterPage } from './matters/matter-page';
import { MattersPage } from './matters/matters-page';
import { NewMatterPage } from './matters/new-matter-page';
import { EvaluationPage } from './evaluations/evaluation-page';
import { EvaluationsPage } from './evaluations/evaluations-page';
import { ComplaintPage } from './complaints/complaint-page';
import { ComplaintsPage } from './complaints/complaints-page';
import { PublicComplaintPage } from './complaints/public-complaint-page';
import { PublicEvaluationsPage } from './evaluations/public-evaluations-page';
import { LookBackSamplesPage } from './look-backs/look-back-samples-page';
import { ActivitiesPage } from './activities/activities-page';
import { ActivityPage } from './activities/activity-page';
import { SupervisorsPage } from './supervisors/supervisors-page';
import { SupervisorPage } from './supervisors/supervisor-page';
import { CasePage } from './accountability/case-page';
import { CasesPage } from './accountability/cases-page';

// The charts (ECharts) load only with the dashboard.
const DashboardPage = lazy(() => import('./pages/dashboard-page'));

const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;
const guarded = (page: string, element: ReactNode) => <RequireRole page={page}>{element}</RequireRole>;

export function App() {
  return (
    <I18nProvider>
      <ErrorBoundary>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route path="/public/bulletins" element={<PublicBulletinsPage />} />
              <Route path="/public/complaints" element={<PublicComplaintPage />} />
              <Route path="/public/bulletins/:id" element={<PublicBulletinPage />} />
              <Route path="/public/rectification" element={<PublicRectificationPage />} />
              <Route path="/public/evaluations" element={<PublicEvaluationsPage />} />
              <Route
                element={
                  <RequireAuth>
                    <RegistryProvider>
                      <PeopleProvider>
                        <AlertStreamProvider>
                          <InboxCountsProvider>
                            <Layout />
                          </InboxCountsProvider>
                        </AlertStreamProvider>
                      </PeopleProvider>
                    </RegistryProvider>
                  </RequireAuth>
                }
              >
                <Route index element={<HomeRedirect />} />
                <Route path="inbox" element={<InboxPage />} />
                <Route path="dashboard" element={guarded('/dashboard', lazyPage(<DashboardPage />))} />
                <Route path="overdue" element={guarded('/overdue', <OverduePage />)} />
                <Route path="alerts" element={<AlertsPage />} />
                <Route path="issues" element={<IssuesPage />} />
                <Route path="issues/new" element={guarded('/issues/new', <RegisterIssuePage />)} />
                <Route path="issues/:id" element={<IssuePage />} />
                <Route path="issues/:id/timeline" element={guarded('timeline', <TimelinePage />)} />
                <Route path="issues/:id/dossier" element={guarded('timeline', <DossierPage />)} />
                <Route path="schools" element={guarded('/schools', <SchoolsPage />)} />
                <Route path="visits" element={guarded('/visits', <VisitsPage />)} />
                <Route path="visits/:id" element={guarded('/visits', <VisitPage />)} />
                <Route path="activities" element={guarded('/activities', <ActivitiesPage />)} />
                <Route path="activities/:id" element={guarded('/activities', <ActivityPage />)} />
                <Route path="supervisors" element={guarded('/supervisors', <SupervisorsPage />)} />
                <Route path="supervisors/:id" element={guarded('/supervisors', <SupervisorPage />)} />
                <Route path="duties" element={guarded('/duties', <SupervisorPage />)} />
                <Route path="bulletins" element={guarded('/bulletins', <BulletinsPage />)} />
                <Route path="accountability-cases" element={guarded('/accountability-cases', <CasesPage />)} />
                <Route path="accountability-cases/:id" element={guarded('/accountability-cases', <CasePage />)} />
                <Route path="bulletins/:id" element={guarded('/bulletins', <BulletinPage />)} />
                <Route path="numbers" element={guarded('/numbers', <NumbersAuditPage />)} />
                <Route path="calendar" element={guarded('/calendar', <CalendarPage />)} />
                <Route path="personal-data" element={guarded('/personal-data', <PersonalDataPage />)} />
                <Route path="matters" element={guarded('/matters', <MattersPage />)} />
                <Route path="matters/new" element={guarded('/matters/new', <NewMatterPage />)} />
                <Route path="matters/:id" element={guarded('/matters', <MatterPage />)} />
                <Route path="evaluations" element={guarded('/evaluations', <EvaluationsPage />)} />
                <Route path="evaluations/:id" element={guarded('/evaluations', <EvaluationPage />)} />
                <Route path="complaints" element={guarded('/complaints', <ComplaintsPage />)} />
                <Route path="complaints/:id" element={guarded('/complaints', <ComplaintPage />)} />
                <Route path="look-backs" element={guarded('/look-backs', <LookBackSamplesPage />)} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </ErrorBoundary>
    </I18nProvider>
  );
}
