import { type DbOrTx, municipalPurchases } from '@flowstage/db';
import {
  ARTISTIC_JUSTIFICATION_MIN_LENGTH,
  determineProcedure,
  type ProcedureOutcome,
} from '@flowstage/domain/municipal';
import { ARTISTIC_EXCEPTION_RULE, valueAt } from '@flowstage/domain/reference';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../errors.ts';
import { findOwnEvent } from './event-repository.ts';
import { domainValidation, toCents } from './inputs.ts';
import type { determineBody } from './procurement.schema.ts';

type Determined = Extract<ProcedureOutcome, { kind: 'determined' }>;

/** Sum of the commune's stored purchases of one homogeneous family in one year, excl. VAT. */
async function homogeneousTotal(db: DbOrTx, organisationId: string, category: string, year: number) {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${municipalPurchases.amountExclVatCents}), 0)` })
    .from(municipalPurchases)
    .where(
      and(
        eq(municipalPurchases.organisationId, organisationId),
        eq(municipalPurchases.category, category),
        eq(municipalPurchases.year, year),
      ),
    );
  return Number(row?.total ?? 0);
}

/** What the artistic exception needs, offered beside every procedure that is not already free of publicity. */
function artisticOffer(outcome: Determined, date: string) {
  if (outcome.procedure === 'no_publicity' || outcome.procedure === 'negotiated_artistic_exception')
    return null;
  const rule = valueAt(ARTISTIC_EXCEPTION_RULE, date);
  if (rule.kind !== 'found') return null;
  return {
    source: rule.rule.source,
    minJustificationLength: ARTISTIC_JUSTIFICATION_MIN_LENGTH,
    requirement: {
      fr: 'Exception artistique possible si la prestation est une création artistique unique que seul un opérateur peut réaliser : justifier par écrit pourquoi aucun autre opérateur ne peut l’exécuter.',
      en: 'Artistic exception available when the performance is a unique artistic work only one operator can deliver: justify in writing why no other operator can perform it.',
    },
  };
}

/**
 * Determines and stores the procedure of one purchase. The year's homogeneous total is read from
 * the purchases already stored, in the same transaction as the insert, so two purchases decided
 * at once still see each other (the advisory lock serialises them per commune and family).
 */
export async function determineAndStore(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  input: z.output<typeof determineBody>,
) {
  const amount = toCents(input.estimatedAmountExclVat, 'estimatedAmountExclVat');
  if (input.eventId) await findOwnEvent(db, organisationId, input.eventId);
  const year = Number(input.purchaseDate.slice(0, 4));
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`${organisationId}:${input.category}:${year}`}))`,
    );
    const before = await homogeneousTotal(tx, organisationId, input.category, year);
    const outcome = determineProcedure({
      estimatedAmountExclVatCents: amount,
      buyerType: input.buyerType,
      purchaseKind: input.purchaseKind,
      purchaseDate: input.purchaseDate,
      homogeneousYearTotalCents: before,
      ...(input.artisticException ? { artisticException: input.artisticException } : {}),
    });
    if (outcome.kind === 'validation_error') throw domainValidation(outcome);
    if (outcome.kind === 'no_rule_in_force') {
      throw new AppError('NO_RULE_IN_FORCE', `no threshold on ${outcome.date}`, {
        detail: outcome.explanation.fr,
        extensions: {
          date: outcome.date,
          missingRules: outcome.missingRules,
          explanation: outcome.explanation,
        },
      });
    }
    const determination = {
      procedure: outcome.procedure,
      label: outcome.label,
      publicity: outcome.publicity,
      comparedAmountCents: outcome.comparedAmountCents,
      rulesApplied: outcome.rulesApplied,
      warnings: outcome.warnings,
      explanation: outcome.explanation,
      artisticExceptionOffer: artisticOffer(outcome, input.purchaseDate),
    };
    const [row] = await tx
      .insert(municipalPurchases)
      .values({
        organisationId,
        eventId: input.eventId ?? null,
        label: input.label,
        category: input.category,
        purchaseKind: input.purchaseKind,
        buyerType: input.buyerType,
        purchaseDate: input.purchaseDate,
        year,
        amountExclVatCents: amount,
        homogeneousTotalBeforeCents: before,
        procedure: outcome.procedure,
        artisticJustification: input.artisticException?.justification.trim() ?? null,
        determination,
        createdBy: userId,
      })
      .returning();
    if (!row) throw new Error('purchase insert returned no row');
    return presentPurchase(row);
  });
}

export function presentPurchase(row: typeof municipalPurchases.$inferSelect) {
  return {
    id: row.id,
    eventId: row.eventId,
    label: row.label,
    category: row.category,
    purchaseDate: row.purchaseDate,
    amountExclVatCents: row.amountExclVatCents,
    homogeneousTotalBeforeCents: row.homogeneousTotalBeforeCents,
    procedure: row.procedure,
    // Stored as produced above; jsonb comes back untyped.
    determination: row.determination as StoredDetermination,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Shape written by determineAndStore (see `determination` there). */
type StoredDetermination = {
  procedure: string;
  label: { fr: string; en: string };
  publicity: {
    required: boolean;
    competitionRequired: boolean;
    channels: string[];
    description: { fr: string; en: string };
  };
  comparedAmountCents: number;
  rulesApplied: {
    id: string;
    thresholdCents: number | null;
    validFrom: string;
    validTo: string | null;
    source: string;
    unconfirmed: boolean;
  }[];
  warnings: { code: string; message: { fr: string; en: string } }[];
  explanation: { fr: string; en: string };
  artisticExceptionOffer: {
    source: string;
    requirement: { fr: string; en: string };
    minJustificationLength: number;
  } | null;
};

export async function listPurchases(db: DbOrTx, organisationId: string, eventId?: string) {
  const rows = await db
    .select()
    .from(municipalPurchases)
    .where(
      eventId
        ? and(eq(municipalPurchases.organisationId, organisationId), eq(municipalPurchases.eventId, eventId))
        : eq(municipalPurchases.organisationId, organisationId),
    )
    .orderBy(desc(municipalPurchases.createdAt));
  return rows.map(presentPurchase);
}
