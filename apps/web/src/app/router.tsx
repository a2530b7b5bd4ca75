import { createBrowserRouter, Navigate } from 'react-router-dom';
import { HomePage } from '../features/home/HomePage.tsx';
import { RedirectIfAuthenticated, RequireAuth } from './auth/guards.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { PublicLayout } from './layout/PublicLayout.tsx';

// Pages behind a link are loaded on demand, so the landing page ships only what it shows.
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <PublicLayout />,
      children: [
        { index: true, element: <HomePage /> },
        {
          path: 'sign/:token',
          lazy: async () => ({ Component: (await import('../features/booking/SignPage.tsx')).SignPage }),
        },
        {
          path: 'verify',
          lazy: async () => ({ Component: (await import('../features/booking/VerifyPage.tsx')).VerifyPage }),
        },
        {
          path: 'signup',
          lazy: async () => {
            const { SignupPage } = await import('../features/identity/SignupPage.tsx');
            return {
              element: (
                <RedirectIfAuthenticated>
                  <SignupPage />
                </RedirectIfAuthenticated>
              ),
            };
          },
        },
        {
          path: 'login',
          lazy: async () => {
            const { LoginPage } = await import('../features/identity/LoginPage.tsx');
            return {
              element: (
                <RedirectIfAuthenticated>
                  <LoginPage />
                </RedirectIfAuthenticated>
              ),
            };
          },
        },
        {
          path: 'forgot-password',
          lazy: async () => ({
            Component: (await import('../features/identity/ForgotPasswordPage.tsx')).ForgotPasswordPage,
          }),
        },
        {
          path: 'reset-password',
          lazy: async () => ({
            Component: (await import('../features/identity/ResetPasswordPage.tsx')).ResetPasswordPage,
          }),
        },
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
        {
          index: true,
          lazy: async () => ({
            Component: (await import('../features/dashboard/DashboardPage.tsx')).DashboardPage,
          }),
        },
        {
          path: 'settings',
          lazy: async () => ({
            Component: (await import('../features/settings/SettingsPage.tsx')).SettingsPage,
          }),
          children: [
            { index: true, element: <Navigate to="profile" replace /> },
            {
              path: 'profile',
              lazy: async () => ({
                Component: (await import('../features/settings/ProfileSettings.tsx')).ProfileSettings,
              }),
            },
            {
              path: 'security',
              lazy: async () => ({
                Component: (await import('../features/settings/PasswordSettings.tsx')).PasswordSettings,
              }),
            },
            {
              path: 'organisation',
              lazy: async () => ({
                Component: (await import('../features/settings/OrganisationSettings.tsx'))
                  .OrganisationSettings,
              }),
            },
            {
              path: 'members',
              lazy: async () => ({
                Component: (await import('../features/settings/MembersSettings.tsx')).MembersSettings,
              }),
            },
          ],
        },
        {
          path: 'municipal',
          lazy: async () => ({
            Component: (await import('../features/municipal/MunicipalDashboardPage.tsx'))
              .MunicipalDashboardPage,
          }),
        },
        {
          path: 'municipal/events/new',
          lazy: async () => ({
            Component: (await import('../features/municipal/EventCreatePage.tsx')).EventCreatePage,
          }),
        },
        {
          path: 'municipal/events/:eventId',
          lazy: async () => ({ Component: (await import('../features/municipal/EventPage.tsx')).EventPage }),
        },
        {
          path: 'municipal/invoices',
          lazy: async () => ({
            Component: (await import('../features/municipal/InvoicesPage.tsx')).InvoicesPage,
          }),
        },
        {
          path: 'municipal/archive',
          lazy: async () => ({
            Component: (await import('../features/municipal/ArchivePage.tsx')).ArchivePage,
          }),
        },
        {
          path: 'municipal/opportunities',
          lazy: async () => ({
            Component: (await import('../features/municipal/OpportunitiesPage.tsx')).OpportunitiesPage,
          }),
        },
        {
          path: 'catalogue/*',
          lazy: async () => ({
            Component: (await import('../features/catalogue/CatalogueRoutes.tsx')).CatalogueRoutes,
          }),
        },
        {
          path: 'tours',
          lazy: async () => ({ Component: (await import('../features/touring/ToursPage.tsx')).ToursPage }),
        },
        {
          path: 'tours/:tourId',
          lazy: async () => ({ Component: (await import('../features/touring/TourPage.tsx')).TourPage }),
        },
        {
          path: 'matching/venues',
          lazy: async () => ({
            Component: (await import('../features/matching/FindVenuesPage.tsx')).FindVenuesPage,
          }),
        },
        {
          path: 'matching/artists',
          lazy: async () => ({
            Component: (await import('../features/matching/FindVenuesPage.tsx')).FindArtistsPage,
          }),
        },
        {
          path: 'matching/technicians',
          lazy: async () => ({
            Component: (await import('../features/matching/OtherMatchPages.tsx')).FindTechniciansPage,
          }),
        },
        {
          path: 'matching/street-arts',
          lazy: async () => ({
            Component: (await import('../features/matching/OtherMatchPages.tsx')).StreetArtsPage,
          }),
        },
        {
          path: 'matching/campsite',
          lazy: async () => ({
            Component: (await import('../features/matching/OtherMatchPages.tsx')).CampsitePage,
          }),
        },
        {
          path: 'matching/shortlist',
          lazy: async () => ({
            Component: (await import('../features/matching/ShortlistPage.tsx')).ShortlistPage,
          }),
        },
        {
          path: 'matching/weights',
          lazy: async () => ({
            Component: (await import('../features/matching/WeightsPage.tsx')).WeightsPage,
          }),
        },
        {
          path: 'booking',
          lazy: async () => ({
            Component: (await import('../features/booking/BookingPage.tsx')).BookingPage,
          }),
        },
        {
          path: 'contracts/:contractId',
          lazy: async () => ({
            Component: (await import('../features/contracts/ContractPage.tsx')).ContractPage,
          }),
        },
        {
          path: 'validation',
          lazy: async () => ({
            Component: (await import('../features/booking/ValidationQueuePage.tsx')).ValidationQueuePage,
          }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
