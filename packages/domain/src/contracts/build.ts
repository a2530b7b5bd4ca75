import { findLibraryClause, type LibraryClause } from './clauses.ts';
import { describeDeal, describeVat, fill, longDate, percent } from './format.ts';
import type {
  ContractCountry,
  ContractDocument,
  ContractLanguage,
  ContractTerms,
  DocumentClause,
} from './model.ts';
import { findTemplate } from './templates.ts';
import { vatOnFee } from './vat.ts';

const LAW: Record<ContractLanguage, Record<ContractCountry, string>> = {
  fr: { FR: 'français', BE: 'belge', CH: 'suisse', LU: 'luxembourgeois' },
  en: { FR: 'French', BE: 'Belgian', CH: 'Swiss', LU: 'Luxembourg' },
  nl: { FR: 'Franse', BE: 'Belgische', CH: 'Zwitserse', LU: 'Luxemburgse' },
  de: { FR: 'französischen', BE: 'belgischen', CH: 'schweizerischen', LU: 'luxemburgischen' },
};

const WORDS = {
  fr: {
    parties: 'Parties',
    producer: 'Le Producteur',
    organiser: "L'Organisateur",
    start: 'Début',
    duration: 'Durée',
    capacity: 'Jauge',
    minutes: 'min',
    none: 'aucune',
    liability: "L'Organisateur est assuré en responsabilité civile pour le lieu et le public.",
    equipment: 'Le Producteur assure son matériel et son personnel.',
    noInsurance: 'Chaque partie assure ses propres risques.',
    represented: 'représenté par',
  },
  en: {
    parties: 'Parties',
    producer: 'The Producer',
    organiser: 'The Organiser',
    start: 'Start',
    duration: 'Duration',
    capacity: 'Capacity',
    minutes: 'min',
    none: 'none',
    liability: 'The Organiser holds public liability insurance for the venue and audience.',
    equipment: 'The Producer insures its equipment and staff.',
    noInsurance: 'Each party insures its own risks.',
    represented: 'represented by',
  },
  nl: {
    parties: 'Partijen',
    producer: 'De Producent',
    organiser: 'De Organisator',
    start: 'Aanvang',
    duration: 'Duur',
    capacity: 'Capaciteit',
    minutes: 'min',
    none: 'geen',
    liability:
      'De Organisator is verzekerd voor burgerlijke aansprakelijkheid voor de locatie en het publiek.',
    equipment: 'De Producent verzekert zijn materiaal en personeel.',
    noInsurance: 'Elke partij verzekert haar eigen risico’s.',
    represented: 'vertegenwoordigd door',
  },
  de: {
    parties: 'Parteien',
    producer: 'Der Produzent',
    organiser: 'Der Veranstalter',
    start: 'Beginn',
    duration: 'Dauer',
    capacity: 'Kapazität',
    minutes: 'Min.',
    none: 'keine',
    liability: 'Der Veranstalter ist für Ort und Publikum haftpflichtversichert.',
    equipment: 'Der Produzent versichert sein Material und Personal.',
    noInsurance: 'Jede Partei versichert ihre eigenen Risiken.',
    represented: 'vertreten durch',
  },
} satisfies Record<ContractLanguage, Record<string, string>>;

function partyLine(label: string, p: ContractTerms['producer'], represented: string): string {
  const ids = [
    p.siret && `SIRET ${p.siret}`,
    p.vatNumber && `TVA/VAT ${p.vatNumber}`,
    p.registrationNumber && `N° ${p.registrationNumber}`,
    p.licenceNumber && `Licence ${p.licenceNumber}`,
  ].filter(Boolean);
  return `${label}: ${p.name}, ${p.address} (${p.country})${ids.length ? `, ${ids.join(', ')}` : ''}, ${represented} ${p.representative}.`;
}

/** The values every clause text may use. */
function placeholders(terms: ContractTerms): Record<string, string> {
  const w = WORDS[terms.language];
  const s = terms.show;
  const vat = vatOnFee(terms);
  return {
    artist: terms.artist.name,
    performers: String(terms.artist.performers),
    date: longDate(terms, s.date),
    venue: s.venueName,
    venueAddress: s.venueAddress,
    startTime: s.startTime ? `${w.start}: ${s.startTime}. ` : '',
    duration: s.durationSeconds ? `${w.duration}: ${Math.round(s.durationSeconds / 60)} ${w.minutes}. ` : '',
    capacity: s.capacity ? `${w.capacity}: ${s.capacity}.` : '',
    deal: describeDeal(terms),
    vat: describeVat(terms, vat),
    deposit: percent(terms, terms.payment.depositBasisPoints),
    dueDays: String(terms.payment.dueDaysAfterShow),
    noticeDays: String(terms.cancellation.noticeDays),
    compensation: percent(terms, terms.cancellation.compensationBasisPoints),
    radiusKm: terms.radius ? String(Math.round(terms.radius.metres / 1000)) : '',
    radiusDaysBefore: String(terms.radius?.daysBefore ?? 0),
    radiusDaysAfter: String(terms.radius?.daysAfter ?? 0),
    insurance:
      [terms.insurance.organiserLiability && w.liability, terms.insurance.producerEquipment && w.equipment]
        .filter(Boolean)
        .join(' ') || w.noInsurance,
    riders: terms.riders.map((r, i) => `${i + 1}. ${r.title}`).join(' ; ') || w.none,
    law: LAW[terms.language][terms.country],
    producerLicence: terms.producer.licenceNumber ?? '—',
    organiserLicence: terms.organiser.licenceNumber ?? '—',
  };
}

/** Whether a template clause applies to these terms (optional parts drop out when absent). */
function applies(id: string, terms: ContractTerms): boolean {
  if (id === 'radius.default') return terms.radius !== null;
  if (id === 'annexes.riders') return terms.riders.length > 0;
  if (id === 'employment.guso') return terms.country === 'FR' && terms.organiser.occasional;
  // The licence d'entrepreneur de spectacles is French law.
  if (id === 'employment.producer_employer') return terms.country === 'FR';
  return true;
}

/**
 * Turns contract terms into the document both parties sign: template title, parties, the
 * template's clauses, extra library clauses, then hand-written clauses flagged non-standard.
 */
/** `orgLibrary`: the organisation's own library clauses, usable by id like the platform's. */
export function buildContractDocument(
  terms: ContractTerms,
  reference: string,
  orgLibrary: readonly LibraryClause[] = [],
): ContractDocument {
  const template = findTemplate(terms.country, terms.kind);
  const language = template.languages.includes(terms.language) ? terms.language : 'en';
  const t: ContractTerms = language === terms.language ? terms : { ...terms, language };
  const values = placeholders(t);
  const w = WORDS[language];
  const clauses: DocumentClause[] = [
    {
      id: 'parties',
      category: 'parties',
      title: w.parties,
      text: [
        partyLine(w.producer, t.producer, w.represented),
        partyLine(w.organiser, t.organiser, w.represented),
      ].join('\n'),
      standard: true,
    },
  ];
  const ids = [
    ...template.clauses.filter((id) => applies(id, t)),
    ...t.libraryClauses.filter((id) => !template.clauses.includes(id)),
  ];
  for (const id of ids) {
    const clause = findLibraryClause(id, orgLibrary);
    if (!clause) continue; // unknown ids are reported by checkMandatoryMentions
    clauses.push({
      id,
      category: clause.category,
      title: clause.title[language],
      text: fill(clause.text[language], values),
      standard: true,
    });
  }
  t.customClauses.forEach((c, i) => {
    clauses.push({
      id: `custom-${i + 1}`,
      category: 'custom',
      title: c.title,
      text: c.text,
      standard: false,
    });
  });
  return {
    title: template.title[language] ?? template.title.en ?? '',
    language,
    reference,
    vat: vatOnFee(t),
    clauses,
    annexes: t.riders,
  };
}

/** Plain text of a document: what the text-level diff and the hash of a version are computed on. */
export function documentText(doc: ContractDocument): string {
  const parts = [doc.title, doc.reference, ''];
  doc.clauses.forEach((c, i) => {
    parts.push(`${i + 1}. ${c.title}${c.standard ? '' : ' [non-standard]'}`, c.text, '');
  });
  for (const a of doc.annexes) parts.push(`Annexe — ${a.title}`, a.text, '');
  return parts.join('\n');
}
