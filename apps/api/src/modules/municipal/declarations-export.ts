import { type DbOrTx, municipalEvents, municipalPurchaseOrders } from '@flowstage/db';
import {
  type DeclarationBody,
  type DeclarationLine,
  prepareDeclarations,
  type ShowGenre,
} from '@flowstage/domain/municipal';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { EventRow } from './event-repository.ts';
import { domainValidation } from './inputs.ts';

export const declarationsQuery = z.strictObject({
  genre: z
    .enum([
      'current_music',
      'chanson_variety',
      'jazz',
      'humour',
      'circus',
      'street_arts',
      'theatre',
      'dance',
      'classical_music',
    ])
    .default('street_arts'),
  contractType: z.enum(['cession', 'engagement']).default('cession'),
  music: z.stringbool().default(false),
  drama: z.stringbool().default(true),
  authorisationRequestedInAdvance: z.stringbool().default(true),
  format: z.enum(['json', 'csv']).default('json'),
  /** One export per body the commune deals with; all lines when absent. */
  declaration: z.enum(['guso', 'sacem-sacd', 'cnm']).optional(),
});

const BODIES: Record<
  NonNullable<z.output<typeof declarationsQuery>['declaration']>,
  readonly DeclarationBody[]
> = {
  guso: ['GUSO'],
  'sacem-sacd': ['SACEM', 'SACD'],
  cnm: ['CNM'],
};

/** Pre-filled declarations of one event (GUSO, licence, CNM, SACEM, SACD), evaluated at its date. */
export async function eventDeclarations(db: DbOrTx, event: EventRow, q: z.output<typeof declarationsQuery>) {
  const [order] = await db
    .select({ amount: municipalPurchaseOrders.amountExclVatCents })
    .from(municipalPurchaseOrders)
    .where(eq(municipalPurchaseOrders.eventId, event.id));
  const sameYear = await db
    .select({ id: municipalEvents.id })
    .from(municipalEvents)
    .where(
      and(
        eq(municipalEvents.organisationId, event.organisationId),
        eq(municipalEvents.budgetYear, event.budgetYear),
        ne(municipalEvents.status, 'planning'),
      ),
    );
  const outcome = prepareDeclarations({
    showDate: event.startDate,
    genre: q.genre as ShowGenre,
    contractType: q.contractType,
    organiser: { mainActivityIsLiveShow: false, performancesThisYear: Math.max(1, sameYear.length) },
    free: event.free,
    ticketReceiptsExclVatCents: 0,
    cessionPriceExclVatCents: q.contractType === 'cession' ? (order?.amount ?? 0) : 0,
    ...(q.contractType === 'engagement' ? { artisticBudgetExclVatCents: order?.amount ?? 0 } : {}),
    repertoire: { music: q.music, drama: q.drama },
    authorisationRequestedInAdvance: q.authorisationRequestedInAdvance,
  });
  if (outcome.kind === 'validation_error') throw domainValidation(outcome);
  if (outcome.kind === 'no_rule_in_force') {
    throw new AppError('NO_RULE_IN_FORCE', outcome.missing, {
      detail: `Aucune règle « ${outcome.missing} » en vigueur au ${outcome.date}.`,
    });
  }
  const wanted = q.declaration ? BODIES[q.declaration] : null;
  const lines = wanted ? outcome.lines.filter((l) => wanted.includes(l.body)) : outcome.lines;
  return { eventId: event.id, showDate: event.startDate, lines, warnings: outcome.warnings };
}

const csvCell = (v: unknown) => {
  const text = v === null || v === undefined ? '' : String(v);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Semicolon CSV with a BOM: what French spreadsheet users open without an import wizard. */
export function declarationsCsv(
  eventTitle: string,
  showDate: string,
  lines: readonly DeclarationLine[],
): string {
  const header = [
    'evenement',
    'date',
    'organisme',
    'applicable',
    'redevable',
    'assiette_centimes',
    'taux_points_base',
    'montant_centimes',
    'echeance',
    'a_verifier',
    'explication',
  ];
  const rows = lines.map((l) =>
    [
      eventTitle,
      showDate,
      l.body,
      l.applies ? 'oui' : 'non',
      l.owedBy ?? '',
      l.baseCents,
      l.rateBasisPoints,
      l.amountCents,
      l.dueBy,
      l.unconfirmed ? 'oui' : 'non',
      l.explanation.fr,
    ]
      .map(csvCell)
      .join(';'),
  );
  return `\uFEFF${[header.join(';'), ...rows].join('\r\n')}\r\n`;
}
