import { createBrowserRouter, Navigate } from 'react-router-dom';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ForgotPasswordPage } from '../features/identity/ForgotPasswordPage.tsx';
import { LoginPage } from '../features/identity/LoginPage.tsx';
import { ResetPasswordPage } from '../features/identity/ResetPasswordPage.tsx';
import { SignupPage } from '../features/identity/SignupPage.tsx';
import { MembersSettings } from '../features/settings/MembersSettings.tsx';
import { OrganisationSettings } from '../features/settings/OrganisationSettings.tsx';
import { PasswordSettings } from '../features/settings/PasswordSettings.tsx';
import { ProfileSettings } from '../features/settings/ProfileSettings.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { RedirectIfAuthenticated, RequireAuth } from './auth/guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'signup',
          element: (
            <RedirectIfAuthenticated>
              <SignupPage />
            </RedirectIfAuthenticated>
          ),
        },
        {
          path: 'login',
          element: (
            <RedirectIfAuthenticated>
              <LoginPage />
            </RedirectIfAuthenticated>
          ),
        },
        { path: 'forgot-password', element: <ForgotPasswordPage /> },
        { path: 'reset-password', element: <ResetPasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    {
      path: 'app',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <DashboardPage /> },
        {
          path: 'settings',
          element: <SettingsPage />,
          children: [
            { index: true, element: <Navigate to="profile" replace /> },
            { path: 'profile', element: <ProfileSettings /> },
            { path: 'security', element: <PasswordSettings /> },
            { path: 'organisation', element: <OrganisationSettings /> },
            { path: 'members', element: <MembersSettings /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
