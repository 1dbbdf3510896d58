import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '../ui/Feedback';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { page } from './i18n';
import { signInRoute } from './publicRoutes';
import { RequireAuth, RequireRole } from './viewer';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      signInRoute,
      { path: 'invitation/:token', lazy: page(['auth', 'home'], () => import('../features/auth/InvitationPage').then((m) => ({ Component: m.InvitationPage }))) },
      { path: 'forgot-password', lazy: page(['auth'], () => import('../features/auth/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage }))) },
      { path: 'reset-password/:token', lazy: page(['auth', 'home'], () => import('../features/auth/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage }))) },
      {
        element: <RequireAuth />,
        children: [
          { index: true, lazy: page(['board', 'feedback', 'home', 'sociolegal'], () => import('../features/home/HomePage').then((m) => ({ Component: m.HomePage }))) },
          {
            path: 'partnerships/:id',
            lazy: page(['desk', 'document', 'feedback', 'home', 'household', 'lifecycle', 'meeting', 'messaging', 'partnership', 'shared', 'sociolegal', 'trajectory'], () =>
              import('../features/partnership/PartnershipPage').then((m) => ({ Component: m.PartnershipPage })),
            ),
          },
          { path: 'partnerships/:id/import', lazy: page(['home', 'io', 'shared'], () => import('../features/io/HouseholdImportPage').then((m) => ({ Component: m.HouseholdImportPage }))) },
          {
            path: 'partnerships/:id/funding',
            lazy: page(['funding', 'home', 'shared'], () => import('../features/funding/FundingStatementPage').then((m) => ({ Component: m.FundingStatementPage }))),
          },
          { path: 'partnerships/:id/payments', lazy: page(['home', 'payments', 'shared'], () => import('../features/payments/PaymentsPage').then((m) => ({ Component: m.PaymentsPage }))) },
          {
            path: 'households/:id',
            lazy: page(['document', 'funding', 'home', 'household', 'lifecycle', 'messaging', 'privacy', 'progress', 'shared'], () =>
              import('../features/household/HouseholdPage').then((m) => ({ Component: m.HouseholdPage })),
            ),
          },
          {
            path: 'households/:id/messages',
            lazy: async () => {
              const { OpenThreadPage } = await import('../features/messaging/OpenThreadPage');
              return { element: <OpenThreadPage of="household" /> };
            },
          },
          {
            path: 'partnerships/:id/messages',
            lazy: async () => {
              const { OpenThreadPage } = await import('../features/messaging/OpenThreadPage');
              return { element: <OpenThreadPage of="partnership" /> };
            },
          },
          { path: 'messages', lazy: page(['document', 'home', 'messaging', 'shared'], () => import('../features/messaging/InboxPage').then((m) => ({ Component: m.InboxPage }))) },
          { path: 'messages/:threadId', lazy: page(['document', 'messaging', 'shared'], () => import('../features/messaging/ThreadPage').then((m) => ({ Component: m.ThreadPage }))) },
          { path: 'invite', lazy: page(['auth', 'home'], () => import('../features/auth/InvitePage').then((m) => ({ Component: m.InvitePage }))) },
          { path: 'notifications', lazy: page(['home', 'notification', 'privacy'], () => import('../features/notification/NotificationsPage').then((m) => ({ Component: m.NotificationsPage }))) },
          { path: 'meetings', lazy: page(['meeting'], () => import('../features/meeting/MeetingsPage').then((m) => ({ Component: m.MeetingsPage }))) },
          {
            path: 'meetings/:id',
            lazy: page(['document', 'home', 'meeting', 'payments', 'report', 'shared'], () => import('../features/meeting/MeetingPage').then((m) => ({ Component: m.MeetingPage }))),
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [{ path: 'meetings/new', lazy: page(['meeting'], () => import('../features/meeting/ScheduleMeetingPage').then((m) => ({ Component: m.ScheduleMeetingPage }))) }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON', 'COORDINATOR']} />,
            children: [{ path: 'board', lazy: page(['board', 'desk', 'home', 'trajectory'], () => import('../features/board/BoardPage').then((m) => ({ Component: m.BoardPage }))) }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [
              {
                path: 'dashboard',
                lazy: page(['dashboard', 'home', 'privacy', 'shared', 'sociolegal'], () => import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage }))),
              },
              { path: 'reports/yearly', lazy: page(['home', 'payments', 'report', 'shared'], () => import('../features/report/YearlyReportPage').then((m) => ({ Component: m.YearlyReportPage }))) },
            ],
          },
          {
            path: 'admin',
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: 'organisations', lazy: page(['home', 'organisation', 'shared'], () => import('../features/organisation/OrganisationsPage').then((m) => ({ Component: m.OrganisationsPage }))) },
              { path: 'partnerships', lazy: page(['home', 'partnership'], () => import('../features/partnership/AdminPartnershipsPage').then((m) => ({ Component: m.AdminPartnershipsPage }))) },
              { path: 'users', lazy: page(['auth', 'shared'], () => import('../features/auth/UsersPage').then((m) => ({ Component: m.UsersPage }))) },
              { path: 'access-log', lazy: page(['audit', 'home', 'shared'], () => import('../features/audit/AccessLogPage').then((m) => ({ Component: m.AccessLogPage }))) },
              { path: 'outbox', lazy: page(['messaging'], () => import('../features/messaging/OutboxPage').then((m) => ({ Component: m.OutboxPage }))) },
              { path: 'plan-templates', lazy: page(['home', 'shared', 'templates'], () => import('../features/templates/PlanTemplatesPage').then((m) => ({ Component: m.PlanTemplatesPage }))) },
              { path: 'programmes', lazy: page(['home', 'meeting', 'sociolegal'], () => import('../features/programme/ProgrammeSettingsPage').then((m) => ({ Component: m.ProgrammeSettingsPage }))) },
              { path: 'privacy', lazy: page(['home', 'privacy', 'shared'], () => import('../features/privacy/PrivacyPage').then((m) => ({ Component: m.PrivacyPage }))) },
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
