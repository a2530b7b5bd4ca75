import { applyBasisPoints } from '../money/index.ts';
import { type DatedValue, valuesAt } from '../reference/dated.ts';
import { addDays, isIsoDay } from '../reference/day-date.ts';
import {
  type AuthorsRightsRate,
  CNM_TAX_COLLECTION_FLOOR_CENTS,
  CNM_TAX_PAYMENT_DAYS,
  CNM_TAX_RATE,
  GUSO_RULE,
  LICENCE_NUMBER_PATTERN,
  LICENCE_RULE,
  SACD_RATE,
  SACEM_RATE,
} from '../reference/show-rules.ts';
import type { RuleRef } from './payment.ts';
import { type Bilingual, formatEuros, type ValidationFailure, type ValidationIssue } from './text.ts';

export type ShowGenre =
  | 'current_music'
  | 'chanson_variety'
  | 'jazz'
  | 'humour'
  | 'circus'
  | 'street_arts'
  | 'theatre'
  | 'dance'
  | 'classical_music';

/** Genres taxed as variety shows by the CNM; circus and street arts depend on the show (to verify). */
const CNM_GENRES: Readonly<Record<ShowGenre, 'yes' | 'no' | 'to_verify'>> = {
  current_music: 'yes',
  chanson_variety: 'yes',
  jazz: 'yes',
  humour: 'yes',
  circus: 'to_verify',
  street_arts: 'to_verify',
  theatre: 'no',
  dance: 'no',
  classical_music: 'no',
};

export interface ShowDeclarationInput {
  readonly showDate: string;
  readonly genre: ShowGenre;
  readonly contractType: 'cession' | 'co_realisation' | 'engagement';
  readonly organiser: {
    readonly mainActivityIsLiveShow: boolean;
    /** Performances organised this calendar year, this one included. */
    readonly performancesThisYear: number;
  };
  readonly producerLicenceNumber?: string;
  readonly free: boolean;
  readonly ticketReceiptsExclVatCents: number;
  /** Price of the contrat de cession excl. VAT (0 when the artists are hired directly). */
  readonly cessionPriceExclVatCents: number;
  /** Artistic budget of a free show (fees, cession), base of authors' rights; defaults to the cession price. */
  readonly artisticBudgetExclVatCents?: number;
  readonly repertoire: { readonly music: boolean; readonly drama: boolean };
  readonly authorisationRequestedInAdvance: boolean;
}

export type DeclarationBody = 'GUSO' | 'LICENCE' | 'CNM' | 'SACEM' | 'SACD';

export interface DeclarationLine {
  readonly body: DeclarationBody;
  readonly applies: boolean;
  readonly owedBy: 'organiser' | 'producer' | null;
  readonly baseCents: number | null;
  readonly rateBasisPoints: number | null;
  readonly amountCents: number | null;
  readonly dueBy: string | null;
  /** Any rule used is unconfirmed: show "to verify" next to the figure. */
  readonly unconfirmed: boolean;
  readonly rules: readonly RuleRef[];
  readonly explanation: Bilingual;
}

export type DeclarationsOutcome =
  | {
      readonly kind: 'ok';
      readonly lines: readonly DeclarationLine[];
      readonly warnings: readonly Bilingual[];
    }
  | { readonly kind: 'no_rule_in_force'; readonly date: string; readonly missing: string }
  | ValidationFailure;

const ref = (r: DatedValue<unknown>): RuleRef => ({
  source: r.source,
  validFrom: r.validFrom,
  validTo: r.validTo,
  unconfirmed: r.unconfirmed === true,
});

const line = (
  body: DeclarationBody,
  fields: Partial<DeclarationLine> & Pick<DeclarationLine, 'applies' | 'explanation'>,
) => ({
  body,
  owedBy: null,
  baseCents: null,
  rateBasisPoints: null,
  amountCents: null,
  dueBy: null,
  unconfirmed: false,
  rules: [],
  ...fields,
});

function validate(input: ShowDeclarationInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isIsoDay(input.showDate)) {
    issues.push({
      field: 'showDate',
      code: 'invalid_date',
      message: { fr: 'Date invalide.', en: 'Invalid date.' },
    });
  }
  for (const field of [
    'ticketReceiptsExclVatCents',
    'cessionPriceExclVatCents',
    'artisticBudgetExclVatCents',
  ] as const) {
    const cents = input[field] ?? 0;
    if (!Number.isSafeInteger(cents) || cents < 0) {
      issues.push({
        field,
        code: 'invalid_amount',
        message: { fr: 'Montant en centimes.', en: 'Amount in cents.' },
      });
    }
  }
  if (input.free && input.ticketReceiptsExclVatCents > 0) {
    issues.push({
      field: 'ticketReceiptsExclVatCents',
      code: 'inconsistent',
      message: { fr: 'Spectacle gratuit avec recettes.', en: 'Free show with ticket receipts.' },
    });
  }
  if (!Number.isInteger(input.organiser.performancesThisYear) || input.organiser.performancesThisYear < 1) {
    issues.push({
      field: 'organiser.performancesThisYear',
      code: 'out_of_range',
      message: { fr: 'Au moins 1 (celle-ci).', en: 'At least 1 (this one).' },
    });
  }
  return issues;
}

/** Payment window of the CNM tax, read as: 30 days counted from the first day of the month after the show. */
function cnmDueDate(showDate: string, days: number): string {
  const [y, m] = [Number(showDate.slice(0, 4)), Number(showDate.slice(5, 7))];
  const firstOfNext = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(firstOfNext, days - 1);
}

/** Pre-filled declarations a French organiser owes for one show, evaluated at the show date. */
export function prepareDeclarations(input: ShowDeclarationInput): DeclarationsOutcome {
  const issues = validate(input);
  if (issues.length > 0) return { kind: 'validation_error', issues };
  const date = input.showDate;
  const found = valuesAt(
    {
      guso: GUSO_RULE,
      licence: LICENCE_RULE,
      cnm: CNM_TAX_RATE,
      cnmDays: CNM_TAX_PAYMENT_DAYS,
      cnmFloor: CNM_TAX_COLLECTION_FLOOR_CENTS,
      sacem: SACEM_RATE,
      sacd: SACD_RATE,
    },
    date,
  );
  if (found.kind !== 'found') return found;
  const { guso, licence, cnm, cnmDays, cnmFloor, sacem, sacd } = found.rows;
  const warnings: Bilingual[] = [];
  const employsDirectly = guso.value.contractTypes.includes(input.contractType);
  const gusoApplies = !input.organiser.mainActivityIsLiveShow && employsDirectly;
  const lines: DeclarationLine[] = [
    line('GUSO', {
      applies: gusoApplies,
      owedBy: gusoApplies ? 'organiser' : null,
      rules: [ref(guso.rule)],
      explanation: gusoApplies
        ? {
            fr: 'Engagement direct d’artistes par un organisateur dont le spectacle n’est pas l’activité principale : déclaration unique (DUS) au GUSO avant la représentation.',
            en: 'Direct hiring of artists by an organiser whose main activity is not live performance: one GUSO declaration (DUS) before the show.',
          }
        : input.contractType === 'engagement'
          ? {
              fr: 'Le spectacle est l’activité principale : déclarations sociales de droit commun (DSN), pas le GUSO.',
              en: 'Live performance is the main activity: regular social declarations (DSN), not GUSO.',
            }
          : {
              fr: `Contrat de ${input.contractType === 'cession' ? 'cession' : 'co-réalisation'} : le producteur reste employeur, pas de GUSO.`,
              en: `${input.contractType === 'cession' ? 'Cession' : 'Co-réalisation'} contract: the producer remains the employer, no GUSO.`,
            },
    }),
  ];
  const limit = licence.value.occasionalPerformancesPerYear;
  const licenceNeeded =
    input.organiser.mainActivityIsLiveShow || input.organiser.performancesThisYear > limit;
  lines.push(
    line('LICENCE', {
      applies: licenceNeeded,
      owedBy: licenceNeeded ? 'organiser' : null,
      rules: [ref(licence.rule)],
      explanation: licenceNeeded
        ? {
            fr: `Licence d’entrepreneur de spectacles requise (${input.organiser.performancesThisYear} représentations cette année, limite ${limit} sans licence).`,
            en: `Live-show licence required (${input.organiser.performancesThisYear} performances this year, limit ${limit} without licence).`,
          }
        : {
            fr: `Pas de licence requise : ${input.organiser.performancesThisYear} représentation(s) sur ${limit} autorisées cette année.`,
            en: `No licence required: ${input.organiser.performancesThisYear} of ${limit} performances allowed this year.`,
          },
    }),
  );
  if (input.contractType !== 'engagement') {
    const n = input.producerLicenceNumber;
    if (n === undefined || !LICENCE_NUMBER_PATTERN.test(n)) {
      warnings.push({
        fr: 'Vérifier le SIRET et le numéro de licence PLATESV du producteur avant signature : en cas de défaillance, l’organisateur peut être tenu pour employeur.',
        en: "Check the producer's SIRET and PLATESV licence number before signing: if the producer defaults, the organiser may be held the employer.",
      });
    }
  }
  lines.push(cnmLine(input, cnm.value, cnm.rule, cnmDueDate(date, cnmDays.value), cnmFloor.value));
  lines.push(...rightsLines(input, sacem, sacd));
  return { kind: 'ok', lines, warnings };
}

function cnmLine(
  input: ShowDeclarationInput,
  rateBp: number,
  rule: DatedValue<number>,
  dueBy: string,
  floorCents: number,
): DeclarationLine {
  const taxed = CNM_GENRES[input.genre];
  if (taxed === 'no') {
    return line('CNM', {
      applies: false,
      rules: [ref(rule)],
      explanation: { fr: 'Genre hors taxe CNM (variétés).', en: 'Genre outside the CNM (variety) tax.' },
    });
  }
  // Free show: the base is the cession price and the seller owes it (CIBS); paid show: receipts, owed by the ticketing holder.
  const base = input.free ? input.cessionPriceExclVatCents : input.ticketReceiptsExclVatCents;
  const owedBy = input.free ? 'producer' : 'organiser';
  const amount = applyBasisPoints(base, rateBp);
  const b = formatEuros(base);
  const a = formatEuros(amount);
  return line('CNM', {
    applies: base > 0,
    owedBy: base > 0 ? owedBy : null,
    baseCents: base,
    rateBasisPoints: rateBp,
    amountCents: amount,
    dueBy,
    unconfirmed: taxed === 'to_verify',
    rules: [ref(rule)],
    explanation: {
      fr: `Taxe CNM : 3,5 % de ${b.fr} HT (${input.free ? 'prix de cession, spectacle gratuit, due par le vendeur' : 'recettes de billetterie'}) = ${a.fr}, à payer au plus tard le ${dueBy}. Non recouvrée sous ${formatEuros(floorCents).fr} par an (seuil à vérifier).${taxed === 'to_verify' ? ' Qualification « variétés » à vérifier pour ce genre.' : ''}`,
      en: `CNM tax: 3.5 % of ${b.en} excl. VAT (${input.free ? 'cession price, free show, owed by the seller' : 'ticket receipts'}) = ${a.en}, due by ${dueBy}. Not collected below ${formatEuros(floorCents).en} a year (to verify).${taxed === 'to_verify' ? ' "Variety" classification to verify for this genre.' : ''}`,
    },
  });
}

type RightsRow = { readonly value: AuthorsRightsRate; readonly rule: DatedValue<AuthorsRightsRate> };

function rightsLines(input: ShowDeclarationInput, sacem: RightsRow, sacd: RightsRow): DeclarationLine[] {
  // Free events: authors' societies charge on the artistic budget instead of receipts.
  const base = input.free
    ? (input.artisticBudgetExclVatCents ?? input.cessionPriceExclVatCents)
    : input.ticketReceiptsExclVatCents;
  const build = (
    body: 'SACEM' | 'SACD',
    applies: boolean,
    found: RightsRow,
    what: Bilingual,
  ): DeclarationLine => {
    const early = input.authorisationRequestedInAdvance ? found.value.earlyDeclarationBasisPoints : null;
    const rate = early ?? found.value.standardBasisPoints;
    const amount = applyBasisPoints(base, rate);
    return line(body, {
      applies,
      owedBy: applies ? 'organiser' : null,
      baseCents: applies ? base : null,
      rateBasisPoints: applies ? rate : null,
      amountCents: applies ? amount : null,
      unconfirmed: true,
      rules: [ref(found.rule)],
      explanation: applies
        ? {
            fr: `${body} (${what.fr}) : environ ${formatEuros(amount).fr} (${rate / 100} % de ${formatEuros(base).fr}), barème à vérifier. Autorisation à demander avant le spectacle, même gratuit.`,
            en: `${body} (${what.en}): about ${formatEuros(amount).en} (${rate / 100} % of ${formatEuros(base).en}), rate to verify. Ask for authorisation before the show, even if free.`,
          }
        : { fr: `Pas de répertoire ${what.fr}.`, en: `No ${what.en} repertoire.` },
    });
  };
  return [
    build('SACEM', input.repertoire.music, sacem, { fr: 'musique', en: 'music' }),
    build('SACD', input.repertoire.drama, sacd, {
      fr: 'théâtre, arts de la rue, cirque',
      en: 'theatre, street arts, circus',
    }),
  ];
}
