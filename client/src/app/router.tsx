import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccessLogPage } from '../features/audit/AccessLogPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { InvitePage } from '../features/auth/InvitePage';
import { SignInPage } from '../features/auth/SignInPage';
import { UsersPage } from '../features/auth/UsersPage';
import { BoardPage } from '../features/board/BoardPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { FundingStatementPage } from '../features/funding/FundingStatementPage';
import { HomePage } from '../features/home/HomePage';
import { HouseholdPage } from '../features/household/HouseholdPage';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { MeetingsPage } from '../features/meeting/MeetingsPage';
import { ScheduleMeetingPage } from '../features/meeting/ScheduleMeetingPage';
import { OutboxPage } from '../features/messaging/OutboxPage';
import { NotificationsPage } from '../features/notification/NotificationsPage';
import { InboxPage } from '../features/messaging/InboxPage';
import { OpenThreadPage } from '../features/messaging/OpenThreadPage';
import { ThreadPage } from '../features/messaging/ThreadPage';
import { OrganisationsPage } from '../features/organisation/OrganisationsPage';
import { AdminPartnershipsPage } from '../features/partnership/AdminPartnershipsPage';
import { PartnershipPage } from '../features/partnership/PartnershipPage';
import { PlanTemplatesPage } from '../features/templates/PlanTemplatesPage';
import { PrivacyPage } from '../features/privacy/PrivacyPage';
import { NotFound } from '../ui/Feedback';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { RequireAuth, RequireRole } from './viewer';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'invitation/:token', element: <InvitationPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'partnerships/:id', element: <PartnershipPage /> },
          { path: 'partnerships/:id/funding', element: <FundingStatementPage /> },
          { path: 'households/:id', element: <HouseholdPage /> },
          { path: 'households/:id/messages', element: <OpenThreadPage of="household" /> },
          { path: 'partnerships/:id/messages', element: <OpenThreadPage of="partnership" /> },
          { path: 'messages', element: <InboxPage /> },
          { path: 'messages/:threadId', element: <ThreadPage /> },
          { path: 'invite', element: <InvitePage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [{ path: 'meetings/new', element: <ScheduleMeetingPage /> }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON', 'COORDINATOR']} />,
            children: [{ path: 'board', element: <BoardPage /> }],
          },
          {
            element: <RequireRole roles={['ADMIN', 'CONTACT_PERSON']} />,
            children: [{ path: 'dashboard', element: <DashboardPage /> }],
          },
          {
            path: 'admin',
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: 'organisations', element: <OrganisationsPage /> },
              { path: 'partnerships', element: <AdminPartnershipsPage /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'access-log', element: <AccessLogPage /> },
              { path: 'outbox', element: <OutboxPage /> },
              { path: 'plan-templates', element: <PlanTemplatesPage /> },
              { path: 'privacy', element: <PrivacyPage /> },
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
