import { type DbOrTx, municipalPurchaseOrders, municipalQuotes } from '@flowstage/db';
import {
  type AudienceTag,
  type PerformanceType,
  render,
  STREET_ARTS_CONFIG_V1,
  type StreetArtsRequest,
  type StreetCompanyProfile,
  score,
} from '@flowstage/domain/matching';
import { applyBasisPoints } from '@flowstage/domain/money';
import { haversineMetres } from '@flowstage/domain/municipal';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { AppError, notFound } from '../../errors.ts';
import { publishedProfilesOfOrganisations } from '../catalogue/index.ts';
import { DayPool, horizonAround, toStreetCompany } from '../matching/index.ts';
import type { EventRow } from './event-repository.ts';
import { LOCAL_RADIUS_METRES } from './submit-quote.ts';

type QuoteRow = typeof municipalQuotes.$inferSelect;

const AUDIENCES: Record<string, AudienceTag[]> = {
  all: ['tout-public'],
  children: ['enfants'],
  families: ['famille'],
  adults: ['adultes'],
};
const TYPES: readonly PerformanceType[] = ['deambulation', 'fixe', 'interactif', 'atelier'];

export const inclVat = (q: Pick<QuoteRow, 'amountExclVatCents' | 'vatRateBasisPoints'>) =>
  q.amountExclVatCents + applyBasisPoints(q.amountExclVatCents, q.vatRateBasisPoints);

function eventDays(event: EventRow): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${event.startDate}T00:00:00Z`); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > event.endDate) return days;
    days.push(day);
  }
}

/** The FR-015 request for an event: budget incl. VAT against fees incl. VAT. */
function requestOf(event: EventRow): StreetArtsRequest | null {
  if (event.latitude === null || event.longitude === null) return null;
  const wanted = event.formats.filter((f): f is PerformanceType => (TYPES as readonly string[]).includes(f));
  return {
    kind: 'street-arts',
    event: {
      location: { lat: event.latitude, lon: event.longitude, label: event.placeName },
      dates: eventDays(event),
      placeType: event.placeType,
      expectedAudience: event.expectedAudience,
      availablePowerKw: event.powerKw,
      audiences: AUDIENCES[event.audienceTarget] ?? ['tout-public'],
      pmrRequired: event.pmrAccessible,
      ...(wanted.length > 0 ? { wantedTypes: wanted } : {}),
    },
    budget: { minCents: 0, maxCents: event.budgetAllocatedCents, currency: 'EUR' },
  };
}

/** Municipal references of companies (purchase orders with the service done) and their busy days. */
async function companyHistory(db: DbOrTx, companyIds: readonly string[], exceptEventId: string) {
  if (companyIds.length === 0) return new Map<string, { dates: string[] }>();
  const rows = await db
    .select({
      companyId: municipalPurchaseOrders.companyOrganisationId,
      serviceDoneOn: municipalPurchaseOrders.serviceDoneOn,
      issueDate: municipalPurchaseOrders.issueDate,
    })
    .from(municipalPurchaseOrders)
    .where(
      and(
        inArray(municipalPurchaseOrders.companyOrganisationId, [...companyIds]),
        ne(municipalPurchaseOrders.eventId, exceptEventId),
      ),
    );
  const map = new Map<string, { dates: string[] }>();
  for (const r of rows) {
    const entry = map.get(r.companyId) ?? { dates: [] };
    if (r.serviceDoneOn) entry.dates.push(r.serviceDoneOn);
    map.set(r.companyId, entry);
  }
  return map;
}

/** The company as the catalogue publishes it (its street-arts profile), keyed by organisation. */
async function catalogueCompanies(db: DbOrTx, companyIds: readonly string[], today: string) {
  const rows = await publishedProfilesOfOrganisations(db, companyIds, 'street_arts_company');
  const ctx = { horizon: horizonAround(today), days: new DayPool() };
  const map = new Map<string, StreetCompanyProfile>();
  // Most recently updated first: an organisation with several profiles is judged on its latest.
  for (const row of rows) {
    if (!map.has(row.organisationId)) map.set(row.organisationId, toStreetCompany(row, ctx));
  }
  return map;
}

/**
 * The FR-015 profile of an answer: the catalogue profile when the company has published one
 * (base, forms, gauge, power, audiences, accessibility, calendar), else what the quote declares.
 * The fee is always the quoted price, the one the commune would pay.
 */
function profileOf(
  q: QuoteRow,
  references: readonly string[],
  catalogue: StreetCompanyProfile | undefined,
): StreetCompanyProfile | null {
  const fee = inclVat(q);
  const engagements = references.map((date) => ({ buyer: 'municipality' as const, date }));
  if (catalogue) {
    return {
      ...catalogue,
      id: q.companyOrganisationId,
      fee: { minCents: fee, maxCents: fee, currency: 'EUR' },
      engagements: [...catalogue.engagements, ...engagements],
    };
  }
  if (q.baseLatitude === null || q.baseLongitude === null) return null;
  return {
    id: q.companyOrganisationId,
    name: q.companyName,
    base: { lat: q.baseLatitude, lon: q.baseLongitude, ...(q.baseLabel ? { label: q.baseLabel } : {}) },
    // Stored from the validated enum of the quote body.
    performanceTypes: [q.performanceType as PerformanceType],
    gauge: { min: q.gaugeMin, max: q.gaugeMax },
    powerNeededKw: q.powerNeededKw,
    fee: { minCents: fee, maxCents: fee, currency: 'EUR' },
    audiences: ['tout-public'],
    pmrAccessible: q.pmrAccessible,
    engagements,
    availability: { busy: [] },
  };
}

/** Answers side by side with the FR-015 street-arts score and its explained breakdown. */
export async function compareQuotes(db: DbOrTx, event: EventRow, locale: 'fr' | 'en', today: string) {
  const quotes = await db
    .select()
    .from(municipalQuotes)
    .where(eq(municipalQuotes.eventId, event.id))
    .orderBy(asc(municipalQuotes.amountExclVatCents));
  const request = requestOf(event);
  const history = await companyHistory(
    db,
    quotes.map((q) => q.companyOrganisationId),
    event.id,
  );
  const catalogue = await catalogueCompanies(
    db,
    quotes.map((q) => q.companyOrganisationId),
    today,
  );
  const items = quotes.map((q) => {
    const fromCatalogue = catalogue.get(q.companyOrganisationId);
    const profile = profileOf(q, history.get(q.companyOrganisationId)?.dates ?? [], fromCatalogue);
    const result = request && profile ? score(request, profile, STREET_ARTS_CONFIG_V1) : null;
    const distanceMetres = request && profile ? haversineMetres(profile.base, request.event.location) : null;
    return {
      id: q.id,
      companyOrganisationId: q.companyOrganisationId,
      companyName: fromCatalogue?.name ?? q.companyName,
      /** Where the scored company data comes from: its published catalogue profile or the quote. */
      profileSource: fromCatalogue ? ('catalogue' as const) : ('quote' as const),
      showTitle: q.showTitle,
      performanceType: q.performanceType,
      amountExclVatCents: q.amountExclVatCents,
      vatRateBasisPoints: q.vatRateBasisPoints,
      amountInclVatCents: inclVat(q),
      message: q.message,
      status: q.status,
      distanceMetres,
      local: distanceMetres !== null && distanceMetres <= LOCAL_RADIUS_METRES,
      municipalReferences: history.get(q.companyOrganisationId)?.dates.length ?? 0,
      score:
        result === null
          ? null
          : result.kind === 'scored'
            ? {
                kind: 'scored' as const,
                total: result.total,
                lines: result.lines.map((l) => ({
                  criterion: l.criterion,
                  weight: l.weight,
                  points: l.points,
                  explanation: render(l.explanation, locale),
                })),
                reasons: [],
              }
            : {
                kind: 'excluded' as const,
                total: null,
                lines: [],
                reasons: result.reasons.map((r) => render(r.explanation, locale)),
              },
    };
  });
  // Best score first; unscored answers (no known base) after, cheapest first.
  items.sort((a, b) => (b.score?.total ?? -1) - (a.score?.total ?? -1));
  return { weightsVersion: STREET_ARTS_CONFIG_V1.version, items };
}

/** The commune picks one answer: the others are declined, the event is no longer open. */
export async function selectQuote(db: DbOrTx, event: EventRow, quoteId: string) {
  return db.transaction(async (tx) => {
    const [quote] = await tx
      .select()
      .from(municipalQuotes)
      .where(and(eq(municipalQuotes.id, quoteId), eq(municipalQuotes.eventId, event.id)));
    if (!quote) throw notFound('Quote');
    const [already] = await tx
      .select({ id: municipalQuotes.id })
      .from(municipalQuotes)
      .where(and(eq(municipalQuotes.eventId, event.id), eq(municipalQuotes.status, 'selected')));
    if (already && already.id !== quoteId) {
      throw new AppError('CONFLICT', 'another quote selected', {
        detail: 'Une autre offre a déjà été retenue.',
      });
    }
    await tx.update(municipalQuotes).set({ status: 'rejected' }).where(eq(municipalQuotes.eventId, event.id));
    await tx.update(municipalQuotes).set({ status: 'selected' }).where(eq(municipalQuotes.id, quoteId));
    return { id: quoteId, status: 'selected' as const };
  });
}
