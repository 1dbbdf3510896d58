import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '../ui/Feedback';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { RequireAuth, RequireRole } from './viewer';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      { path: 'invitation/:token', lazy: () => import('../features/auth/InvitationPage').then((m) => ({ Component: m.InvitationPage })) },
      { path: 'forgot-password', lazy: () => import('../features/auth/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })) },
      { path: 'reset-password/:token', lazy: () => import('../features/auth/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })) },
      {
        element: <RequireAuth />,
        children: [
          { index: true, lazy: () => import('../features/home/HomePage').then((m) => ({ Component: m.HomePage })) },
          { path: 'partnerships/:id', lazy: () => import('../features/partnership/PartnershipPage').then((m) => ({ Component: m.PartnershipPage })) },
          { path: 'partnerships/:id/import', lazy: () => import('../features/io/HouseholdImportPage').then((m) => ({ Component: m.HouseholdImportPage })) },
          { path: 'partnerships/:id/funding', lazy: () => import('../features/funding/FundingStatementPage').then((m) => ({ Component: m.FundingStatementPage })) },
          { path: 'partnerships/:id/payments', lazy: () => import('../features/payments/PaymentsPage').then((m) => ({ Component: m.PaymentsPage })) },
          { path: 'households/:id', lazy: () => import('../features/household/HouseholdPage').then((m) => ({ Component: m.HouseholdPage })) },
          { path: 'households/:id/messages', lazy: async () => { const { OpenThreadPage } = await import('../features/messaging/OpenThreadPage'); return { element: <OpenThreadPage of="household" /> }; } },
          { path: 'partnerships/:id/messages', lazy: async () => { const { OpenThreadPage } = await import('../features/messaging/OpenThreadPage'); return { element: <OpenThreadPage of="partnership" /> }; } },
          { path: 'messages', lazy: () => import('../features/messaging/InboxPage').then((m) => ({ Component: m.InboxPage })) },
          { path: 'messages/:threadId', lazy: () => import('../features/messaging/ThreadPage').then((m) => ({ Component: m.ThreadPage })) },
          { path: 'invite', lazy: () => import('../features/auth/InvitePage').then((m) => ({ Component: m.InvitePage })) },
          { path: 'notifications', lazy: () => import('../features/notification/NotificationsPage').then((m) => ({ Component: m.NotificationsPage })) },
          { path: 'meetings', lazy: () => import('../features/meeting/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })) },
          { path: 'meetings/:id', lazy: () => import('../features/meeting/MeetingPage').then((m) => ({ Component: m.MeetingPage })) },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [{ path: 'meetings/new', lazy: () => import('../features/meeting/ScheduleMeetingPage').then((m) => ({ Component: m.ScheduleMeetingPage })) }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON', 'COORDINATOR']} />,
            children: [{ path: 'board', lazy: () => import('../features/board/BoardPage').then((m) => ({ Component: m.BoardPage })) }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [
              { path: 'dashboard', lazy: () => import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
              { path: 'reports/yearly', lazy: () => import('../features/report/YearlyReportPage').then((m) => ({ Component: m.YearlyReportPage })) },
            ],
          },
          {
            path: 'admin',
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: 'organisations', lazy: () => import('../features/organisation/OrganisationsPage').then((m) => ({ Component: m.OrganisationsPage })) },
              { path: 'partnerships', lazy: () => import('../features/partnership/AdminPartnershipsPage').then((m) => ({ Component: m.AdminPartnershipsPage })) },
              { path: 'users', lazy: () => import('../features/auth/UsersPage').then((m) => ({ Component: m.UsersPage })) },
              { path: 'access-log', lazy: () => import('../features/audit/AccessLogPage').then((m) => ({ Component: m.AccessLogPage })) },
              { path: 'outbox', lazy: () => import('../features/messaging/OutboxPage').then((m) => ({ Component: m.OutboxPage })) },
              { path: 'plan-templates', lazy: () => import('../features/templates/PlanTemplatesPage').then((m) => ({ Component: m.PlanTemplatesPage })) },
              { path: 'programmes', lazy: () => import('../features/programme/ProgrammeSettingsPage').then((m) => ({ Component: m.ProgrammeSettingsPage })) },
              { path: 'privacy', lazy: () => import('../features/privacy/PrivacyPage').then((m) => ({ Component: m.PrivacyPage })) },
            ],
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
