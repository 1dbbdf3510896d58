import type { RouteObject } from 'react-router';
import { page } from './i18n';

/** The sign-in page's route, in both apps: the signed-in one (router.tsx) and the one without Apollo (PublicApp.tsx). */
export const signInRoute: RouteObject = { path: 'sign-in', lazy: page(['auth'], () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage }))) };
