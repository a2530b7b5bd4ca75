import { type Db, memberships, organisations } from '@flowstage/db';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ApiContext, ApiInstance } from '../../context.ts';
import { caller } from '../../plugins/access.ts';
import { requireMembership } from '../identity/index.ts';
import { accountTypeSchema, orgParams } from '../identity/schemas.ts';
import type { DashboardContributor, DashboardPart } from './contributors.ts';

const dashboardSchema = z.object({
  accountType: accountTypeSchema,
  organisationName: z.string(),
  metrics: z.array(z.object({ key: z.string(), value: z.number() })),
  upcoming: z.array(z.object({ date: z.string(), title: z.string(), kind: z.string() })),
  tasks: z.array(z.object({ key: z.string(), count: z.number().int() })),
});

const PROFILE_FIELDS = [
  'city',
  'siret',
  'vatNumber',
  'licenceNumber',
  'phone',
  'website',
  'description',
] as const;

/** Identity's own contribution: team size and how complete the organisation profile is. */
const organisationContributor: DashboardContributor = {
  accountTypes: 'all',
  async contribute(db: Db, organisationId: string): Promise<DashboardPart> {
    const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
    const [members] = await db
      .select({ n: count() })
      .from(memberships)
      .where(eq(memberships.organisationId, organisationId));
    const filled = org ? PROFILE_FIELDS.filter((f) => org[f]).length : 0;
    const completion = Math.round((100 * filled) / PROFILE_FIELDS.length);
    return {
      metrics: [
        { key: 'members', value: members?.n ?? 0 },
        { key: 'profileCompletion', value: completion },
      ],
      tasks: completion < 100 ? [{ key: 'completeProfile', count: PROFILE_FIELDS.length - filled }] : [],
    };
  },
};

export function dashboardRoutes(
  app: ApiInstance,
  ctx: ApiContext,
  contributors: readonly DashboardContributor[] = [],
) {
  const all = [organisationContributor, ...contributors];
  app.get('/organisations/:orgId/dashboard', {
    config: { access: 'user' },
    schema: {
      tags: ['dashboard'],
      summary: 'Dashboard figures for my organisation',
      params: orgParams,
      response: { 200: dashboardSchema },
    },
    handler: async (request) => {
      const membership = await requireMembership(ctx.db, caller(request).userId, request.params.orgId);
      const [org] = await ctx.db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, request.params.orgId));
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
      const parts = await Promise.all(
        all
          .filter((c) => c.accountTypes === 'all' || c.accountTypes.includes(membership.accountType))
          .map((c) => c.contribute(ctx.db, request.params.orgId, today)),
      );
      return {
        accountType: membership.accountType,
        organisationName: org?.name ?? '',
        metrics: parts.flatMap((p) => p.metrics ?? []),
        upcoming: parts.flatMap((p) => p.upcoming ?? []).sort((a, b) => a.date.localeCompare(b.date)),
        tasks: parts.flatMap((p) => p.tasks ?? []),
      };
    },
  });
}
