import type { AccountType, Db } from '@flowstage/db';

export interface DashboardMetric {
  readonly key: string;
  readonly value: number;
}
export interface DashboardUpcoming {
  readonly date: string;
  readonly title: string;
  readonly kind: string;
}
export interface DashboardTask {
  readonly key: string;
  readonly count: number;
}

export interface DashboardPart {
  readonly metrics?: readonly DashboardMetric[];
  readonly upcoming?: readonly DashboardUpcoming[];
  readonly tasks?: readonly DashboardTask[];
}

/**
 * Each business module contributes its own figures to the dashboard through this hook, so the
 * dashboard never reads other modules' tables; a module declares which account types it serves.
 */
export interface DashboardContributor {
  readonly accountTypes: readonly AccountType[] | 'all';
  contribute(db: Db, organisationId: string, today: string): Promise<DashboardPart>;
}
