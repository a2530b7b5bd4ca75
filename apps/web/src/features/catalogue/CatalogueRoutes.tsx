import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuthenticatedSession } from '../../app/auth/use-session.ts';
import { NotFoundPage } from '../../app/layout/NotFoundPage.tsx';
import { AvailabilityPage } from './AvailabilityPage.tsx';
import { ImportPage } from './ImportPage.tsx';
import { searchPath } from './kinds.ts';
import { MyProfilesPage } from './MyProfilesPage.tsx';
import { ProfileCreatePage, ProfileEditPage } from './ProfileEditPage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { SearchPage } from './SearchPage.tsx';

/** Buyers (venues, town halls, campsites) look for artists first; everyone else for venues. */
function CatalogueHome() {
  const { currentOrg } = useAuthenticatedSession();
  const buyer = currentOrg && ['venue', 'municipality', 'campsite'].includes(currentOrg.accountType);
  return <Navigate to={searchPath(buyer ? 'artist' : 'venue')} replace />;
}

/** Everything under /app/catalogue (app/router.tsx mounts this once, lazily). */
export function CatalogueRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogueHome />} />
      <Route path="search" element={<CatalogueHome />} />
      <Route path="search/:kindSlug" element={<SearchPage />} />
      <Route path="mine" element={<MyProfilesPage />} />
      <Route path="new/:kind" element={<ProfileCreatePage />} />
      <Route path="profiles/:profileId" element={<ProfilePage />} />
      <Route path="profiles/:profileId/edit" element={<ProfileEditPage />} />
      <Route path="profiles/:profileId/availability" element={<AvailabilityPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
