import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from './layout/FullPageSpin';
import { RequireSession } from './layout/RequireSession';
import NotFoundPage from '../routes/not-found/NotFoundPage';
import { ACCOUNT_PASSWORD_PATH, ACCOUNT_TOKENS_PATH, memberPath, NAV_ITEMS } from './navigation';

// Every screen is its own chunk: the first screen loads only the shell and itself.
const LoginPage = lazy(() => import('../routes/login/LoginPage'));
const AppLayout = lazy(() => import('./layout/AppLayout'));
const HomePage = lazy(() => import('../routes/home/HomePage'));
const RosterPage = lazy(() => import('../routes/roster/RosterPage'));
const SchemePage = lazy(() => import('../routes/scheme/SchemePage'));
const LedgerPage = lazy(() => import('../routes/ledger/LedgerPage'));
const DeclarePage = lazy(() => import('../routes/declare/DeclarePage'));
const DeclarationsInboxPage = lazy(() => import('../routes/declarations/DeclarationsInboxPage'));
const SessionsPage = lazy(() => import('../routes/sessions/SessionsPage'));
const MyScoresPage = lazy(() => import('../routes/my-scores/MyScoresPage'));
const AnalyticsPage = lazy(() => import('../routes/analytics/AnalyticsPage'));
const OverviewPage = lazy(() => import('../routes/overview/OverviewPage'));
const SpecialItemsPage = lazy(() => import('../routes/special-items/SpecialItemsPage'));
const QuarterlyReviewPage = lazy(() => import('../routes/quarterly-review/QuarterlyReviewPage'));
const ConfirmPage = lazy(() => import('../routes/confirm/ConfirmPage'));
const AnnualEvaluationPage = lazy(() => import('../routes/annual-evaluation/AnnualEvaluationPage'));
const AnnualApprovalPage = lazy(() => import('../routes/annual-approval/AnnualApprovalPage'));
const WarningsPage = lazy(() => import('../routes/warnings/WarningsPage'));
const UsersPage = lazy(() => import('../routes/users/UsersPage'));
const AuditPage = lazy(() => import('../routes/audit/AuditPage'));
const CalendarPage = lazy(() => import('../routes/calendar/CalendarPage'));
const ChangePasswordPage = lazy(() => import('../routes/account/ChangePasswordPage'));
const ApiTokensPage = lazy(() => import('../routes/account/ApiTokensPage'));
const SpotCheckPage = lazy(() => import('../routes/spot-check/SpotCheckPage'));
const TaskSettingsPage = lazy(() => import('../routes/task-settings/TaskSettingsPage'));
const MemberPage = lazy(() => import('../routes/members/MemberPage'));

/** The screen of each menu item (navigation.test.ts checks every item has one). */
export const SCREENS: Partial<Record<string, ComponentType>> = {
  roster: RosterPage,
  scheme: SchemePage,
  myScores: MyScoresPage,
  ledger: LedgerPage,
  declare: DeclarePage,
  sessions: SessionsPage,
  declarationsInbox: DeclarationsInboxPage,
  analytics: AnalyticsPage,
  overview: OverviewPage,
  specialItems: SpecialItemsPage,
  quarterlyReview: QuarterlyReviewPage,
  confirm: ConfirmPage,
  annualEvaluation: AnnualEvaluationPage,
  annualApproval: AnnualApprovalPage,
  warnings: WarningsPage,
  users: UsersPage,
  audit: AuditPage,
  calendar: CalendarPage,
  spotCheck: SpotCheckPage,
  spotCheckFollowUps: SpotCheckPage,
  taskSettings: TaskSettingsPage,
};

function suspended(node: ReactNode) {
  return <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;
}

export const routes: RouteObject[] = [
  { path: '/login', element: suspended(<LoginPage />) },
  {
    element: <RequireSession />,
    children: [
      {
        element: suspended(<AppLayout />),
        children: [
          { index: true, element: <HomePage /> },
          ...NAV_ITEMS.map((item): RouteObject => {
            const Screen = SCREENS[item.key] ?? NotFoundPage;
            return { path: `${item.path.slice(1)}/*`, element: <Screen /> };
          }),
          { path: ACCOUNT_PASSWORD_PATH.slice(1), element: <ChangePasswordPage /> },
          { path: memberPath(':id').slice(1), element: <MemberPage /> },
          { path: ACCOUNT_TOKENS_PATH.slice(1), element: <ApiTokensPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
