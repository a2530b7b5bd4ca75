import type { DbOrTx, ProfileKind } from '@flowstage/db';
import { sql } from 'drizzle-orm';
import { queryRows } from './sql-rows.ts';

/**
 * Bulk reads of catalogue profiles for the matching engine's in-memory index (added for the
 * matching module; read-only, additive). Each row carries the profile columns, its details and
 * its calendar (slots and weekly rules), so the index never reads catalogue tables itself.
 */
export interface MatchingFeedRow {
  readonly id: string;
  readonly organisationId: string;
  readonly kind: ProfileKind;
  readonly status: 'draft' | 'published';
  readonly verification: string;
  readonly name: string;
  readonly country: string;
  readonly city: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly genres: string[];
  readonly categories: string[];
  readonly capacityMin: number | null;
  readonly capacityMax: number | null;
  readonly priceMinCents: number | null;
  readonly priceMaxCents: number | null;
  readonly currency: string;
  readonly ratingAvg: number | null;
  readonly ratingCount: number;
  readonly details: Record<string, unknown>;
  readonly slots: readonly { start: string; end: string; status: string }[];
  readonly rules: readonly { weekdays: number[]; from: string | null; to: string | null }[];
  readonly updatedAt: string;
}

const COLUMNS = sql`
  p.id, p.organisation_id as "organisationId", p.kind, p.status, p.verification, p.name, p.country, p.city,
  p.latitude, p.longitude, p.genres, p.categories,
  p.capacity_min as "capacityMin", p.capacity_max as "capacityMax",
  p.price_min_cents as "priceMinCents", p.price_max_cents as "priceMaxCents", p.currency,
  p.rating_avg as "ratingAvg", p.rating_count as "ratingCount", p.details,
  coalesce((select json_agg(json_build_object('start', s.start_date::text, 'end', s.end_date::text, 'status', s.status))
            from availability_slots s where s.profile_id = p.id), '[]'::json) as slots,
  coalesce((select json_agg(json_build_object('weekdays', r.weekdays, 'from', r.valid_from::text, 'to', r.valid_to::text))
            from availability_rules r where r.profile_id = p.id), '[]'::json) as rules,
  p.updated_at::text as "updatedAt"`;

/** Published profiles of the given kinds, in id order, `batchSize` at a time (keyset pagination). */
export async function* streamPublishedProfiles(
  db: DbOrTx,
  kinds: readonly ProfileKind[],
  batchSize = 2000,
): AsyncGenerator<MatchingFeedRow[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  for (;;) {
    const rows = await queryRows<MatchingFeedRow>(
      db,
      sql`select ${COLUMNS} from catalogue_profiles p
          where p.status = 'published' and p.kind in (${kindList}) and p.id > ${after}::uuid
          order by p.id limit ${batchSize}`,
    );
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return;
  }
}

/** The current rows of the given profiles, whatever their status (absent ids were deleted). */
export async function profilesByIds(db: DbOrTx, ids: readonly string[]): Promise<MatchingFeedRow[]> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return queryRows<MatchingFeedRow>(
    db,
    sql`select ${COLUMNS} from catalogue_profiles p where p.id in (${list})`,
  );
}

/** Published profiles of one kind owned by the given organisations, most recently updated first. */
export async function publishedProfilesOfOrganisations(
  db: DbOrTx,
  organisationIds: readonly string[],
  kind: ProfileKind,
): Promise<MatchingFeedRow[]> {
  if (organisationIds.length === 0) return [];
  const list = sql.join(
    organisationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return queryRows<MatchingFeedRow>(
    db,
    sql`select ${COLUMNS} from catalogue_profiles p
        where p.status = 'published' and p.kind = ${kind} and p.organisation_id in (${list})
        order by p.updated_at desc`,
  );
}

/** One profile with its calendar, whatever its status (the caller checks who may use it). */
export async function matchingProfile(db: DbOrTx, id: string): Promise<MatchingFeedRow | undefined> {
  const [row] = await profilesByIds(db, [id]);
  return row;
}

/** Highest change sequence written so far (0 when none). */
export async function currentChangeSeq(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ seq: string | number | null }>(
    db,
    sql`select max(seq) as seq from catalogue_profile_changes`,
  );
  return Number(row?.seq ?? 0);
}

/**
 * Changes after `seq`, plus those of the last `lookbackSeconds`: a transaction that took a lower
 * sequence number may commit after a higher one was read, so recent changes are read again
 * (reloading a profile is idempotent). Ordered by sequence.
 */
export async function profileChangesSince(
  db: DbOrTx,
  seq: number,
  lookbackSeconds: number,
  limit = 20_000,
): Promise<{ seq: number; profileId: string }[]> {
  const rows = await queryRows<{ seq: string | number; profileId: string }>(
    db,
    sql`select seq, profile_id as "profileId" from catalogue_profile_changes
        where seq > ${seq} or changed_at > now() - make_interval(secs => ${lookbackSeconds})
        order by seq limit ${limit}`,
  );
  return rows.map((r) => ({ seq: Number(r.seq), profileId: r.profileId }));
}

/** Drops change records older than the retention (every process may call it; idempotent). */
export async function pruneProfileChanges(db: DbOrTx, retentionSeconds: number): Promise<void> {
  await db.execute(
    sql`delete from catalogue_profile_changes where changed_at < now() - make_interval(secs => ${retentionSeconds})`,
  );
}
