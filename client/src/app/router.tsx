import { createBrowserRouter, type RouteObject } from 'react-router';
import { AccessLogPage } from '../features/audit/AccessLogPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { InvitePage } from '../features/auth/InvitePage';
import { SignInPage } from '../features/auth/SignInPage';
import { UsersPage } from '../features/auth/UsersPage';
import { HomePage } from '../features/home/HomePage';
import { HouseholdPage } from '../features/household/HouseholdPage';
import { OutboxPage } from '../features/messaging/OutboxPage';
import { OrganisationsPage } from '../features/organisation/OrganisationsPage';
import { AdminPartnershipsPage } from '../features/partnership/AdminPartnershipsPage';
import { PartnershipPage } from '../features/partnership/PartnershipPage';
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
          { path: 'households/:id', element: <HouseholdPage /> },
          { path: 'invite', element: <InvitePage /> },
          {
            path: 'admin',
            element: <RequireRole roles={['ADMIN']} />,
            children: [
              { path: 'organisations', element: <OrganisationsPage /> },
              { path: 'partnerships', element: <AdminPartnershipsPage /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'access-log', element: <AccessLogPage /> },
              { path: 'outbox', element: <OutboxPage /> },
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
