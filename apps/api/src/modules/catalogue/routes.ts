import type { ApiContext, ApiInstance } from '../../context.ts';
import { availabilityRoutes } from './availability-routes.ts';
import { profileRoutes } from './profile-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { riderRoutes } from './rider-routes.ts';
import { searchRoutes } from './search-routes.ts';
import { transferRoutes } from './transfer-routes.ts';

/** Catalogue: profiles of every actor type, search, availability, import/export. */
export function catalogueRoutes(app: ApiInstance, ctx: ApiContext) {
  profileRoutes(app, ctx);
  searchRoutes(app, ctx);
  availabilityRoutes(app, ctx);
  transferRoutes(app, ctx);
  reviewRoutes(app, ctx);
  riderRoutes(app, ctx);
}
