export { type ChorusProClient, chorusProClient, depositRequest } from './chorus-pro.ts';
export { createClock, type MunicipalClock } from './clock.ts';
export { municipalDashboardContributor } from './dashboard.ts';
export { type MunicipalRoutesOptions, municipalRoutes } from './routes.ts';
