import { formatMoney } from '../money/index.ts';
import type { ContractLanguage, ContractTerms, VatOnFee } from './model.ts';

type Texts = Readonly<Record<ContractLanguage, string>>;

export const intlLocale = (terms: ContractTerms) => `${terms.language}-${terms.country}`;

export function money(terms: ContractTerms, cents: number): string {
  // Intl uses narrow no-break spaces; plain spaces keep PDF text extraction and diffs simple.
  return formatMoney({ amountCents: cents, currency: terms.currency }, intlLocale(terms)).replace(
    /[\u202f\u00a0]/g,
    ' ',
  );
}

export function percent(terms: ContractTerms, basisPoints: number): string {
  return new Intl.NumberFormat(intlLocale(terms), { style: 'percent', maximumFractionDigits: 2 })
    .format(basisPoints / 10_000)
    .replace(/[\u202f\u00a0]/g, ' ');
}

export function longDate(terms: ContractTerms, day: string): string {
  return new Intl.DateTimeFormat(intlLocale(terms), { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

function pick(texts: Texts, terms: ContractTerms, values: Record<string, string>): string {
  return fill(texts[terms.language], values);
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function describeDeal(terms: ContractTerms): string {
  const d = terms.deal;
  switch (d.type) {
    case 'flat_guarantee':
      return pick(
        {
          fr: 'Prix de cession forfaitaire : {fee} hors taxes.',
          en: 'Flat guarantee: {fee} excluding VAT.',
          nl: 'Vaste uitkoopsom: {fee} exclusief btw.',
          de: 'Pauschalgage: {fee} zuzüglich MWST.',
        },
        terms,
        { fee: money(terms, d.feeCents) },
      );
    case 'guarantee_vs_percentage':
      return pick(
        {
          fr: 'Garantie de {fee} hors taxes contre {pct} de la recette nette de billetterie après déduction de {costs} de frais convenus, le montant le plus élevé étant dû.',
          en: 'Guarantee of {fee} excluding VAT versus {pct} of net box office after {costs} of agreed costs, whichever is greater.',
          nl: 'Garantie van {fee} exclusief btw tegenover {pct} van de netto-recette na aftrek van {costs} aan afgesproken kosten, het hoogste bedrag is verschuldigd.',
          de: 'Garantie von {fee} zuzüglich MWST gegen {pct} der Nettoeinnahmen nach Abzug von {costs} vereinbarter Kosten, der höhere Betrag ist geschuldet.',
        },
        terms,
        {
          fee: money(terms, d.guaranteeCents),
          pct: percent(terms, d.percentageBasisPoints),
          costs: money(terms, d.deductibleCostsCents),
        },
      );
    case 'door_deal':
      return pick(
        {
          fr: 'Rémunération égale à {pct} de la recette de billetterie hors taxes, sans minimum garanti.',
          en: 'Fee equal to {pct} of the door receipts excluding VAT, with no guarantee.',
          nl: 'Vergoeding gelijk aan {pct} van de recette exclusief btw, zonder gewaarborgd minimum.',
          de: 'Vergütung von {pct} der Eintrittseinnahmen ohne MWST, ohne Mindestgarantie.',
        },
        terms,
        { pct: percent(terms, d.percentageBasisPoints) },
      );
    case 'co_realisation':
      return pick(
        {
          fr: 'La recette nette de billetterie est partagée : {pct} au Producteur, le solde à l’Organisateur, avec un minimum de {min} pour le Producteur.',
          en: 'Net box office is split: {pct} to the Producer, the rest to the Organiser, with a minimum of {min} for the Producer.',
          nl: 'De netto-recette wordt verdeeld: {pct} voor de Producent, de rest voor de Organisator, met een minimum van {min} voor de Producent.',
          de: 'Die Nettoeinnahmen werden geteilt: {pct} an den Produzenten, der Rest an den Veranstalter, mit einem Minimum von {min} für den Produzenten.',
        },
        terms,
        { pct: percent(terms, d.producerShareBasisPoints), min: money(terms, d.producerMinimumCents) },
      );
  }
}

export function describeVat(terms: ContractTerms, vat: VatOnFee): string {
  switch (vat.kind) {
    case 'rate':
      return pick(
        {
          fr: 'TVA applicable à la date de la représentation : {rate}{flag}.',
          en: 'VAT applicable on the date of the performance: {rate}{flag}.',
          nl: 'Btw van toepassing op de datum van de voorstelling: {rate}{flag}.',
          de: 'Am Aufführungstag geltende MWST: {rate}{flag}.',
        },
        terms,
        { rate: percent(terms, vat.basisPoints), flag: vat.unconfirmed ? ' (à vérifier / to verify)' : '' },
      );
    case 'excluded':
      return pick(
        {
          fr: 'Prestation exclue du champ de la TVA (option possible).',
          en: 'Service excluded from VAT (option to tax possible).',
          nl: 'Dienst vrijgesteld van btw (optie mogelijk).',
          de: 'Von der MWST ausgenommene Leistung (Option möglich).',
        },
        terms,
        {},
      );
    case 'not_applicable':
      return pick(
        {
          fr: 'Salaire brut, soumis aux cotisations sociales.',
          en: 'Gross salary, subject to social contributions.',
          nl: 'Brutoloon, onderworpen aan sociale bijdragen.',
          de: 'Bruttolohn, sozialabgabepflichtig.',
        },
        terms,
        {},
      );
    case 'to_verify':
      return pick(
        {
          fr: 'Taux de TVA à vérifier.',
          en: 'VAT rate to be verified.',
          nl: 'Btw-tarief te controleren.',
          de: 'MWST-Satz zu prüfen.',
        },
        terms,
        {},
      );
  }
}
