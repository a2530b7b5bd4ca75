import { type DbOrTx, type MatchContextName, matchingWeightConfigs } from '@flowstage/db';
import {
  ARTIST_VENUE_CRITERIA,
  ARTIST_VENUE_DEFAULT_PARAMS,
  type ArtistVenueConfig,
  CAMPSITE_CONFIG_V1,
  CAMPSITE_CRITERIA,
  type CampsiteConfig,
  defineConfig,
  MatchingConfigError,
  STREET_ARTS_CONFIG_V1,
  STREET_ARTS_CRITERIA,
  type StreetArtsConfig,
  TECHNICIAN_CONFIG_V1,
  TECHNICIAN_CRITERIA,
  type TechnicianConfig,
  validateWeights,
} from '@flowstage/domain/matching';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';

export interface ConfigByContext {
  'artist-venue': ArtistVenueConfig;
  technician: TechnicianConfig;
  'street-arts': StreetArtsConfig;
  campsite: CampsiteConfig;
}

export const CRITERIA: { readonly [C in MatchContextName]: readonly string[] } = {
  'artist-venue': ARTIST_VENUE_CRITERIA,
  technician: TECHNICIAN_CRITERIA,
  'street-arts': STREET_ARTS_CRITERIA,
  campsite: CAMPSITE_CRITERIA,
};

type Row = typeof matchingWeightConfigs.$inferSelect;

/** Builds the domain configuration of a stored row (tuning thresholds are the context's defaults). */
function build<C extends MatchContextName>(
  context: C,
  version: string,
  weights: Record<string, number>,
): ConfigByContext[C] {
  const configs: { [K in MatchContextName]: () => ConfigByContext[K] } = {
    'artist-venue': () =>
      defineConfig(
        'artist-venue',
        version,
        ARTIST_VENUE_CRITERIA,
        validateWeights('artist-venue', version, weights, ARTIST_VENUE_CRITERIA),
        ARTIST_VENUE_DEFAULT_PARAMS,
      ),
    technician: () =>
      defineConfig(
        'technician',
        version,
        TECHNICIAN_CRITERIA,
        validateWeights('technician', version, weights, TECHNICIAN_CRITERIA),
        TECHNICIAN_CONFIG_V1.params,
      ),
    'street-arts': () =>
      defineConfig(
        'street-arts',
        version,
        STREET_ARTS_CRITERIA,
        validateWeights('street-arts', version, weights, STREET_ARTS_CRITERIA),
        STREET_ARTS_CONFIG_V1.params,
      ),
    campsite: () =>
      defineConfig(
        'campsite',
        version,
        CAMPSITE_CRITERIA,
        validateWeights('campsite', version, weights, CAMPSITE_CRITERIA),
        CAMPSITE_CONFIG_V1.params,
      ),
  };
  return configs[context]();
}

export interface ResolvedConfig<C extends MatchContextName> {
  readonly config: ConfigByContext[C];
  readonly organisationId: string | null;
}

// Stored rows never change, so a resolved (organisation, context, version) is cached for good;
// "the latest" is cached briefly so that a new revision is picked up by every process.
const exact = new Map<string, Row>();
const latest = new Map<string, { row: Row; at: number }>();
const LATEST_TTL_MS = 2000;

export function presentWeights(r: {
  config: { context: string; version: string; weights: object };
  organisationId: string | null;
}) {
  return {
    context: r.config.context,
    version: r.config.version,
    organisationId: r.organisationId,
    weights: { ...(r.config.weights as Record<string, number>) },
  };
}

export async function resolveConfig<C extends MatchContextName>(
  db: DbOrTx,
  organisationId: string,
  context: C,
  version?: string,
): Promise<ResolvedConfig<C>> {
  let row: Row | undefined;
  if (version !== undefined) {
    const key = `${organisationId}|${context}|${version}`;
    row = exact.get(key);
    if (!row) {
      [row] = await db
        .select()
        .from(matchingWeightConfigs)
        .where(
          and(
            eq(matchingWeightConfigs.context, context),
            eq(matchingWeightConfigs.version, version),
            or(
              eq(matchingWeightConfigs.organisationId, organisationId),
              isNull(matchingWeightConfigs.organisationId),
            ),
          ),
        )
        .orderBy(sql`${matchingWeightConfigs.organisationId} nulls last`)
        .limit(1);
      if (!row) {
        throw new AppError('NOT_FOUND', `weights ${context}@${version} not found`, {
          detail: `No weights version "${version}" for ${context}.`,
        });
      }
      exact.set(key, row);
    }
  } else {
    const key = `${organisationId}|${context}`;
    const cached = latest.get(key);
    if (cached && Date.now() - cached.at < LATEST_TTL_MS) row = cached.row;
    else {
      [row] = await db
        .select()
        .from(matchingWeightConfigs)
        .where(
          and(
            eq(matchingWeightConfigs.context, context),
            or(
              eq(matchingWeightConfigs.organisationId, organisationId),
              isNull(matchingWeightConfigs.organisationId),
            ),
          ),
        )
        .orderBy(
          sql`${matchingWeightConfigs.organisationId} nulls last`,
          desc(matchingWeightConfigs.createdAt),
        )
        .limit(1);
      if (!row) throw new Error(`no default weights for ${context}: migration 0009 missing`);
      latest.set(key, { row, at: Date.now() });
    }
  }
  return { config: build(context, row.version, row.weights), organisationId: row.organisationId };
}

export async function listConfigs(db: DbOrTx, organisationId: string, context?: MatchContextName) {
  const rows = await db
    .select()
    .from(matchingWeightConfigs)
    .where(
      and(
        context ? eq(matchingWeightConfigs.context, context) : undefined,
        or(
          eq(matchingWeightConfigs.organisationId, organisationId),
          isNull(matchingWeightConfigs.organisationId),
        ),
      ),
    )
    .orderBy(matchingWeightConfigs.context, desc(matchingWeightConfigs.createdAt));
  return rows.map(presentRow);
}

export function presentRow(r: Row) {
  return {
    id: r.id,
    organisationId: r.organisationId,
    context: r.context,
    version: r.version,
    weights: r.weights,
    label: r.label,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Stores a new revision of an organisation's weights ("org.N"); 400 when they do not sum to 100. */
export async function createConfig(
  db: DbOrTx,
  input: {
    organisationId: string;
    userId: string;
    context: MatchContextName;
    weights: Record<string, number>;
    label?: string | undefined;
  },
) {
  try {
    build(input.context, 'check', input.weights);
  } catch (error) {
    if (!(error instanceof MatchingConfigError)) throw error;
    const problems = error.message.replace(/^[^:]*: /, '').split('; ');
    throw new AppError('VALIDATION_FAILED', error.message, {
      detail: `Weights must name each criterion of ${input.context} once and sum to 100.`,
      errors: problems.map((message) => ({ path: 'weights', message })),
      cause: error,
    });
  }
  const [{ n } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matchingWeightConfigs)
    .where(
      and(
        eq(matchingWeightConfigs.organisationId, input.organisationId),
        eq(matchingWeightConfigs.context, input.context),
      ),
    );
  const [row] = await db
    .insert(matchingWeightConfigs)
    .values({
      organisationId: input.organisationId,
      context: input.context,
      version: `org.${n + 1}`,
      weights: input.weights,
      label: input.label ?? null,
      createdBy: input.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw new AppError('CONFLICT', 'concurrent weights revision', {
      detail: 'Another revision was saved at the same time; try again.',
    });
  latest.delete(`${input.organisationId}|${input.context}`);
  return presentRow(row);
}
