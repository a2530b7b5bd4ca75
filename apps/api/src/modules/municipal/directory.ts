import { type AccountType, type DbOrTx, organisations } from '@flowstage/db';
import { eq, inArray } from 'drizzle-orm';
import { notFound } from '../../errors.ts';

/**
 * The seam to identity's organisations: municipal needs a name, a place and legal ids. Identity
 * exposes no directory yet, so this single file reads them; swap it for identity's public API
 * when one exists.
 */
export interface OrganisationCard {
  readonly id: string;
  readonly name: string;
  readonly accountType: AccountType;
  readonly country: string;
  readonly city: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly siret: string | null;
  readonly vatNumber: string | null;
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  accountType: organisations.accountType,
  country: organisations.country,
  city: organisations.city,
  latitude: organisations.latitude,
  longitude: organisations.longitude,
  siret: organisations.siret,
  vatNumber: organisations.vatNumber,
};

export async function organisationCard(db: DbOrTx, id: string): Promise<OrganisationCard> {
  const [row] = await db.select(columns).from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('Organisation');
  return row;
}

export async function organisationCards(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, OrganisationCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(columns)
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}
