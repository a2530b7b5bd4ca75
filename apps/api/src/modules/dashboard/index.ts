export type { DashboardContributor, DashboardPart } from './contributors.ts';
export { dashboardRoutes } from './routes.ts';
