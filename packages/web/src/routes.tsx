/** Routes; every page is its own chunk (React.lazy) so a phone loads only what it opens. */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { FullPageSpin } from './components/FullPageSpin';
import { AppLayout } from './layout/AppLayout';
import { canSee, homePath, type NavKey } from './layout/navItems';
import { useRegions } from './state/regions';
import { useSession } from './state/session';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const MapPage = lazy(() => import('./pages/map/MapPage'));
const CasesPage = lazy(() => import('./pages/cases/CasesPage'));
const CaseNewPage = lazy(() => import('./pages/cases/CaseNewPage'));
const CaseDetailPage = lazy(() => import('./pages/cases/CaseDetailPage'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage'));
const HotlinePage = lazy(() => import('./pages/hotline/HotlinePage'));
const RegionsPage = lazy(() => import('./pages/regions/RegionsPage'));
const UsersPage = lazy(() => import('./pages/users/UsersPage'));
const PolicyPage = lazy(() => import('./pages/policy/PolicyPage'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const DueVisitsPage = lazy(() => import('./pages/visits/DueVisitsPage'));
const CompliancePage = lazy(() => import('./pages/visits/CompliancePage'));
const VisitNewPage = lazy(() => import('./pages/visits/VisitNewPage'));
const HouseholdsPage = lazy(() => import('./pages/households/HouseholdsPage'));
const HouseholdPage = lazy(() => import('./pages/households/HouseholdPage'));
const SurveyFormPage = lazy(() => import('./pages/households/SurveyFormPage'));
const StatisticsPage = lazy(() => import('./pages/statistics/StatisticsPage'));
const AnalysisPage = lazy(() => import('./pages/supervision/AnalysisPage'));
const CaseFeedbackFormPage = lazy(() => import('./pages/cases/CaseFeedbackFormPage'));
const Open311ClientsPage = lazy(() => import('./pages/open311/Open311ClientsPage'));
const RoundsPage = lazy(() => import('./pages/rounds/RoundsPage'));
const RoundReportPrintPage = lazy(() => import('./pages/rounds/RoundReportPrintPage'));
const VerificationPage = lazy(() => import('./pages/verification/VerificationPage'));
const VerificationTaskPage = lazy(() => import('./pages/verification/VerificationTaskPage'));
const RosterPage = lazy(() => import('./pages/roster/RosterPage'));
const DiariesPage = lazy(() => import('./pages/diaries/DiariesPage'));
const DiaryNewPage = lazy(() => import('./pages/diaries/DiaryNewPage'));
const DiaryPage = lazy(() => import('./pages/diaries/DiaryPage'));
const MeetingsPage = lazy(() => import('./pages/meetings/MeetingsPage'));
const MeetingNewPage = lazy(() => import('./pages/meetings/MeetingNewPage'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage'));
const TrainingsPage = lazy(() => import('./pages/trainings/TrainingsPage'));
const TrainingPage = lazy(() => import('./pages/trainings/TrainingPage'));
const RewardsPage = lazy(() => import('./pages/rewards/RewardsPage'));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const ReportPage = lazy(() => import('./pages/reports/ReportPage'));
const ReportPrintPage = lazy(() => import('./pages/reports/ReportPrintPage'));
const WorkRecordsPage = lazy(() => import('./pages/workRecords/WorkRecordsPage'));
const SurveyFillPage = lazy(() => import('./pages/households/SurveyFillPage'));
const OutreachPage = lazy(() => import('./pages/visits/OutreachPage'));
const AccountPage = lazy(() => import('./pages/account/AccountPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const MemberProfilePage = lazy(() => import('./pages/team/MemberProfilePage'));
const OutboxPage = lazy(() => import('./pages/outbox/OutboxPage'));
const TodoPage = lazy(() => import('./pages/todo/TodoPage'));
const RegisterPage = lazy(() => import('./pages/register/RegisterPage'));

function RequireAuth({ children }: { children: ReactNode }) {
  const { ready, user, signedOut } = useSession();
  const location = useLocation();
  if (!ready) return <FullPageSpin />;
  if (!user) {
    const next = signedOut ? '' : location.pathname + location.search;
    return <Navigate to={`/login${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  return <>{children}</>;
}

/** Hides a page the user's abilities do not allow (the menu hides it too). */
function Allowed({ page, children }: { page: NavKey; children: ReactNode }) {
  const { user } = useSession();
  const { regions, loading } = useRegions();
  if (loading && regions.length === 0) return <FullPageSpin />;
  if (!user || !canSee(page, user, regions)) return <Navigate to="/map" replace />;
  return <>{children}</>;
}

/** `/`: the user's landing page (homePath). */
function Home() {
  const { user } = useSession();
  return <Navigate to={user ? homePath(user) : '/map'} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/cases/:id/print"
          element={
            <RequireAuth>
              <CaseFeedbackFormPage />
            </RequireAuth>
          }
        />
        <Route
          path="/rounds/reports/:id/print"
          element={
            <RequireAuth>
              <RoundReportPrintPage />
            </RequireAuth>
          }
        />
        <Route
          path="/supervision/reports/:id/print"
          element={
            <RequireAuth>
              <ReportPrintPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<Home />} />
          <Route path="/map" element={<MapPage />} />
          <Route path="/cases" element={<CasesPage />} />
          <Route path="/cases/new" element={<CaseNewPage />} />
          {/* 办结归档登记 (A3.3): the API answers within the caller's area */}
          <Route path="/cases/register" element={<RegisterPage />} />
          <Route path="/cases/:id" element={<CaseDetailPage />} />
          <Route
            path="/supervision"
            element={
              <Allowed page="supervision">
                <SupervisionPage />
              </Allowed>
            }
          />
          <Route
            path="/hotline"
            element={
              <Allowed page="hotline">
                <HotlinePage />
              </Allowed>
            }
          />
          <Route
            path="/regions"
            element={
              <Allowed page="regions">
                <RegionsPage />
              </Allowed>
            }
          />
          <Route
            path="/users"
            element={
              <Allowed page="users">
                <UsersPage />
              </Allowed>
            }
          />
          <Route path="/policy" element={<PolicyPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route
            path="/audit"
            element={
              <Allowed page="audit">
                <AuditPage />
              </Allowed>
            }
          />
          <Route
            path="/verification"
            element={
              <Allowed page="verification">
                <VerificationPage />
              </Allowed>
            }
          />
          <Route
            path="/verification/tasks/:id"
            element={
              <Allowed page="verification">
                <VerificationTaskPage />
              </Allowed>
            }
          />
          <Route path="/visits" element={<Navigate to="/visits/due" replace />} />
          <Route
            path="/visits/due"
            element={
              <Allowed page="visits">
                <DueVisitsPage />
              </Allowed>
            }
          />
          <Route
            path="/visits/compliance"
            element={
              <Allowed page="visit-stats">
                <CompliancePage />
              </Allowed>
            }
          />
          <Route
            path="/households"
            element={
              <Allowed page="households">
                <HouseholdsPage />
              </Allowed>
            }
          />
          <Route
            path="/households/import"
            element={
              <Allowed page="roster">
                <RosterPage />
              </Allowed>
            }
          />
          <Route path="/households/:id" element={<HouseholdPage />} />
          <Route path="/households/:id/visit/new" element={<VisitNewPage />} />
          <Route path="/households/:id/survey-form" element={<SurveyFormPage />} />
          <Route path="/households/:id/survey/new" element={<SurveyFillPage />} />
          <Route path="/visits/outreach" element={<Allowed page="outreach">{<OutreachPage />}</Allowed>} />
          <Route path="/statistics" element={<StatisticsPage />} />
          <Route
            path="/supervision/analysis"
            element={
              <Allowed page="analysis">
                <AnalysisPage />
              </Allowed>
            }
          />
          <Route
            path="/open311"
            element={
              <Allowed page="open311">
                <Open311ClientsPage />
              </Allowed>
            }
          />
          <Route
            path="/rounds"
            element={
              <Allowed page="rounds">
                <RoundsPage />
              </Allowed>
            }
          />
          {/* team operations (A4-A6, A10, C4-C6); a record's own page is for whoever the API lets read it */}
          <Route path="/diaries" element={<Allowed page="diaries">{<DiariesPage />}</Allowed>} />
          <Route path="/diaries/new" element={<Allowed page="diaries">{<DiaryNewPage />}</Allowed>} />
          <Route path="/diaries/:id" element={<DiaryPage />} />
          <Route path="/meetings" element={<Allowed page="meetings">{<MeetingsPage />}</Allowed>} />
          <Route path="/meetings/new" element={<Allowed page="meetings">{<MeetingNewPage />}</Allowed>} />
          <Route path="/meetings/:id" element={<MeetingPage />} />
          <Route path="/trainings" element={<Allowed page="trainings">{<TrainingsPage />}</Allowed>} />
          <Route path="/trainings/:id" element={<TrainingPage />} />
          <Route path="/rewards" element={<Allowed page="rewards">{<RewardsPage />}</Allowed>} />
          <Route path="/assessment" element={<Allowed page="assessment">{<AssessmentPage />}</Allowed>} />
          {/* 成员档案: the member's own, or a member of an area whose people the caller reads (the server decides) */}
          <Route path="/team/members/:id" element={<MemberProfilePage />} />
          {/* C8 monthly supervision reports and A8.3 work records; a report's own page is for whoever the API lets read it */}
          <Route path="/supervision/reports" element={<Allowed page="reports">{<ReportsPage />}</Allowed>} />
          <Route path="/supervision/reports/:id" element={<ReportPage />} />
          <Route path="/work-records" element={<Allowed page="work-records">{<WorkRecordsPage />}</Allowed>} />
          <Route path="/me" element={<AccountPage />} />
          {/* 消息: every notice of the signed-in user (the API lists only their own) */}
          <Route path="/notifications" element={<NotificationsPage />} />
          {/* 待发送: records saved on this device without a connection (lib/offline/outbox.ts) */}
          <Route path="/outbox" element={<OutboxPage />} />
          {/* 待办: the field worker's first tab on a phone (counts of what today asks) */}
          <Route path="/todo" element={<Allowed page="visits">{<TodoPage />}</Allowed>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
