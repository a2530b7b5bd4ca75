import { type DbOrTx, municipalEvents, municipalQuotes } from '@flowstage/db';
import { haversineMetres } from '@flowstage/domain/municipal';
import { vatTreatmentAt } from '@flowstage/domain/reference';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, notFound } from '../../errors.ts';
import { type OrganisationCard, organisationCard } from './directory.ts';
import { findEvent } from './event-repository.ts';
import { toCents } from './inputs.ts';
import type { submitQuoteBody } from './quote.schema.ts';

/** Local companies (FR-015): within this distance they come first in the list of needs. */
export const LOCAL_RADIUS_METRES = 100_000;

export function requireCompany(card: OrganisationCard) {
  if (card.accountType !== 'street_arts_company' && card.accountType !== 'artist') {
    throw new AppError('FORBIDDEN', `account type ${card.accountType} cannot answer`, {
      detail: 'Seules les compagnies d’arts de rue et les artistes répondent aux consultations.',
    });
  }
}

/** Published needs whose deadline is not past, nearest first (local ones flagged). */
export async function listOpportunities(db: DbOrTx, companyId: string, radiusKm: number, today: string) {
  const company = await organisationCard(db, companyId);
  requireCompany(company);
  const rows = await db
    .select()
    .from(municipalEvents)
    .where(and(eq(municipalEvents.status, 'published'), gte(municipalEvents.responseDeadline, today)))
    .orderBy(asc(municipalEvents.startDate));
  const mine = await db
    .select({ eventId: municipalQuotes.eventId, status: municipalQuotes.status })
    .from(municipalQuotes)
    .where(eq(municipalQuotes.companyOrganisationId, companyId));
  const answered = new Map(mine.map((q) => [q.eventId, q.status]));
  const communes = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.organisationId))) {
    communes.set(id, (await organisationCard(db, id)).name);
  }
  const here =
    company.latitude !== null && company.longitude !== null
      ? { lat: company.latitude, lon: company.longitude }
      : null;
  return rows
    .map((e) => {
      const distanceMetres =
        here && e.latitude !== null && e.longitude !== null
          ? haversineMetres(here, { lat: e.latitude, lon: e.longitude })
          : null;
      return {
        eventId: e.id,
        title: e.title,
        communeName: communes.get(e.organisationId) ?? '',
        kind: e.kind,
        startDate: e.startDate,
        endDate: e.endDate,
        placeType: e.placeType,
        placeName: e.placeName,
        expectedAudience: e.expectedAudience,
        need: e.need,
        formats: e.formats,
        responseDeadline: e.responseDeadline ?? '',
        distanceMetres,
        local: distanceMetres !== null && distanceMetres <= LOCAL_RADIUS_METRES,
        myQuoteStatus: answered.get(e.id) ?? null,
      };
    })
    .filter((o) => o.distanceMetres === null || o.distanceMetres <= radiusKm * 1000)
    .sort(
      (a, b) => (a.distanceMetres ?? Number.MAX_SAFE_INTEGER) - (b.distanceMetres ?? Number.MAX_SAFE_INTEGER),
    );
}

export async function submitQuote(
  db: DbOrTx,
  companyId: string,
  eventId: string,
  input: z.output<typeof submitQuoteBody>,
  today: string,
) {
  const company = await organisationCard(db, companyId);
  requireCompany(company);
  const event = await findEvent(db, eventId);
  // Unpublished needs are invisible to companies: same answer as a missing one.
  if (!event || event.status === 'planning') throw notFound('Event');
  if (event.status !== 'published' || (event.responseDeadline ?? '') < today) {
    throw new AppError('CONFLICT', 'consultation closed', {
      detail: `La consultation est close (date limite ${event.responseDeadline ?? '—'}).`,
    });
  }
  const amount = toCents(input.amountExclVat, 'amountExclVat');
  if (amount === 0) {
    throw new AppError('VALIDATION_FAILED', 'zero quote', {
      detail: 'Le montant du devis doit être positif.',
      errors: [{ path: 'amountExclVat', message: 'positive' }],
    });
  }
  if (input.gaugeMin > input.gaugeMax) {
    throw new AppError('VALIDATION_FAILED', 'gauge', {
      detail: 'Jauge minimale supérieure à la jauge maximale.',
      errors: [{ path: 'gaugeMin', message: 'greater than gaugeMax' }],
    });
  }
  let vat = input.vatRateBasisPoints;
  if (vat === undefined) {
    const found = vatTreatmentAt('FR', 'cession_contract', event.startDate);
    if (found.kind !== 'found' || found.value.kind !== 'rate') {
      throw new AppError('NO_RULE_IN_FORCE', 'no cession VAT rate', {
        detail: `Aucun taux de TVA connu pour un contrat de cession au ${event.startDate} : indiquer le taux.`,
      });
    }
    vat = found.value.basisPoints;
  }
  const base =
    input.base ??
    (company.latitude !== null && company.longitude !== null
      ? { lat: company.latitude, lon: company.longitude, label: company.city ?? undefined }
      : null);
  const inserted = await db
    .insert(municipalQuotes)
    .values({
      eventId,
      companyOrganisationId: companyId,
      companyName: company.name,
      showTitle: input.showTitle,
      performanceType: input.performanceType,
      amountExclVatCents: amount,
      vatRateBasisPoints: vat,
      powerNeededKw: input.powerNeededKw,
      gaugeMin: input.gaugeMin,
      gaugeMax: input.gaugeMax,
      pmrAccessible: input.pmrAccessible,
      baseLatitude: base?.lat ?? null,
      baseLongitude: base?.lon ?? null,
      baseLabel: base?.label ?? null,
      message: input.message,
    })
    .onConflictDoNothing()
    .returning({ id: municipalQuotes.id });
  if (inserted.length === 0) {
    throw new AppError('CONFLICT', 'quote already submitted', {
      detail: 'Votre compagnie a déjà répondu à cette consultation.',
    });
  }
  return { id: inserted[0]?.id ?? '', eventId, amountExclVatCents: amount, vatRateBasisPoints: vat };
}
