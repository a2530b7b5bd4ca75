import type { ContractKind, ContractLanguage } from './model.ts';

export type ClauseCategory =
  | 'custom'
  | 'parties'
  | 'object'
  | 'show'
  | 'financial'
  | 'payment'
  | 'employment'
  | 'promotion'
  | 'cancellation'
  | 'force_majeure'
  | 'radius'
  | 'insurance'
  | 'annexes'
  | 'law';

export interface LibraryClause {
  readonly id: string;
  readonly category: ClauseCategory;
  /** Contract kinds the clause belongs to by default ('all' or a list). */
  readonly kinds: 'all' | readonly ContractKind[];
  readonly title: Readonly<Record<ContractLanguage, string>>;
  /** `{placeholders}` are filled from the terms (see fillPlaceholders). */
  readonly text: Readonly<Record<ContractLanguage, string>>;
}

/**
 * The standard clause library. Texts are short, plain-language versions of the clauses found in
 * the trade's model contracts; a lawyer of the customer can add clauses, which count as standard
 * only when they come from this library.
 */
export const CLAUSE_LIBRARY: readonly LibraryClause[] = [
  {
    id: 'object.cession',
    category: 'object',
    kinds: ['cession'],
    title: { fr: 'Objet', en: 'Purpose', nl: 'Voorwerp', de: 'Gegenstand' },
    text: {
      fr: "Le Producteur cède à l'Organisateur le droit d'exploitation du spectacle de {artist} ({performers} artistes) pour la représentation décrite ci-dessous. Le Producteur reste l'employeur des artistes et techniciens et en assume les rémunérations et charges sociales.",
      en: 'The Producer sells to the Organiser the right to present the show of {artist} ({performers} performers) for the performance described below. The Producer remains the employer of the artists and crew and pays their wages and social contributions.',
      nl: 'De Producent verkoopt aan de Organisator het recht om de voorstelling van {artist} ({performers} artiesten) op te voeren zoals hieronder beschreven. De Producent blijft de werkgever van de artiesten en technici en betaalt hun lonen en sociale bijdragen.',
      de: 'Der Produzent überträgt dem Veranstalter das Recht zur Aufführung der Show von {artist} ({performers} Mitwirkende) wie unten beschrieben. Der Produzent bleibt Arbeitgeber der Künstler und Techniker und trägt deren Löhne und Sozialabgaben.',
    },
  },
  {
    id: 'object.engagement',
    category: 'object',
    kinds: ['engagement'],
    title: { fr: 'Objet', en: 'Purpose', nl: 'Voorwerp', de: 'Gegenstand' },
    text: {
      fr: "L'Organisateur engage {artist} ({performers} artistes) en qualité d'artistes du spectacle, par contrat de travail à durée déterminée, pour la représentation décrite ci-dessous (Code du travail, art. L7121-3).",
      en: 'The Organiser hires {artist} ({performers} performers) as performing artists on a fixed-term employment contract for the performance described below (French Labour Code, art. L7121-3).',
      nl: 'De Organisator neemt {artist} ({performers} artiesten) in dienst als podiumkunstenaars met een arbeidsovereenkomst voor bepaalde tijd voor de hieronder beschreven voorstelling.',
      de: 'Der Veranstalter stellt {artist} ({performers} Mitwirkende) als darstellende Künstler mit befristetem Arbeitsvertrag für die unten beschriebene Aufführung an.',
    },
  },
  {
    id: 'object.co_realisation',
    category: 'object',
    kinds: ['co_realisation'],
    title: { fr: 'Objet', en: 'Purpose', nl: 'Voorwerp', de: 'Gegenstand' },
    text: {
      fr: "Le Producteur et l'Organisateur s'associent pour présenter le spectacle de {artist} ({performers} artistes) et partager les recettes selon les conditions ci-dessous. Le Producteur reste l'employeur des artistes.",
      en: 'The Producer and the Organiser join to present the show of {artist} ({performers} performers) and share the receipts on the terms below. The Producer remains the employer of the artists.',
      nl: 'De Producent en de Organisator brengen samen de voorstelling van {artist} ({performers} artiesten) en delen de ontvangsten volgens de onderstaande voorwaarden. De Producent blijft de werkgever van de artiesten.',
      de: 'Produzent und Veranstalter präsentieren gemeinsam die Show von {artist} ({performers} Mitwirkende) und teilen die Einnahmen zu den folgenden Bedingungen. Der Produzent bleibt Arbeitgeber der Künstler.',
    },
  },
  {
    id: 'show.details',
    category: 'show',
    kinds: 'all',
    title: { fr: 'Représentation', en: 'Performance', nl: 'Voorstelling', de: 'Aufführung' },
    text: {
      fr: 'Date : {date}. Lieu : {venue}, {venueAddress}. {startTime}{duration}{capacity}',
      en: 'Date: {date}. Venue: {venue}, {venueAddress}. {startTime}{duration}{capacity}',
      nl: 'Datum: {date}. Locatie: {venue}, {venueAddress}. {startTime}{duration}{capacity}',
      de: 'Datum: {date}. Ort: {venue}, {venueAddress}. {startTime}{duration}{capacity}',
    },
  },
  {
    id: 'financial.fee',
    category: 'financial',
    kinds: 'all',
    title: { fr: 'Conditions financières', en: 'Fee', nl: 'Financiële voorwaarden', de: 'Vergütung' },
    text: {
      fr: '{deal} {vat}',
      en: '{deal} {vat}',
      nl: '{deal} {vat}',
      de: '{deal} {vat}',
    },
  },
  {
    id: 'payment.terms',
    category: 'payment',
    kinds: 'all',
    title: { fr: 'Paiement', en: 'Payment', nl: 'Betaling', de: 'Zahlung' },
    text: {
      fr: 'Un acompte de {deposit} est versé à la signature ; le solde est payé au plus tard {dueDays} jours après la représentation, sur facture. Tout retard ouvre droit aux intérêts légaux.',
      en: 'A deposit of {deposit} is paid on signature; the balance is paid no later than {dueDays} days after the performance, against invoice. Late payment bears statutory interest.',
      nl: 'Bij ondertekening wordt een voorschot van {deposit} betaald; het saldo wordt uiterlijk {dueDays} dagen na de voorstelling betaald, op factuur. Laattijdige betaling geeft recht op wettelijke interest.',
      de: 'Bei Unterzeichnung wird eine Anzahlung von {deposit} geleistet; der Rest ist spätestens {dueDays} Tage nach der Aufführung gegen Rechnung zu zahlen. Bei Verzug fallen gesetzliche Zinsen an.',
    },
  },
  {
    id: 'employment.guso',
    category: 'employment',
    kinds: ['engagement'],
    title: {
      fr: 'Déclarations sociales (GUSO)',
      en: 'Social declarations (GUSO)',
      nl: 'Sociale aangiften (GUSO)',
      de: 'Sozialmeldungen (GUSO)',
    },
    text: {
      fr: "L'Organisateur, dont l'activité principale n'est pas le spectacle vivant, déclare les artistes et acquitte l'ensemble des cotisations sociales auprès du Guichet unique du spectacle occasionnel (GUSO) ; la déclaration unique et simplifiée (DUS) vaut contrat de travail.",
      en: 'The Organiser, whose main activity is not live performance, declares the artists and pays all social contributions through the GUSO (guichet unique du spectacle occasionnel); the single declaration (DUS) stands as the employment contract.',
      nl: 'De Organisator, wiens hoofdactiviteit niet de podiumkunsten is, geeft de artiesten aan en betaalt alle sociale bijdragen via het GUSO (guichet unique du spectacle occasionnel).',
      de: 'Der Veranstalter, dessen Haupttätigkeit nicht die darstellende Kunst ist, meldet die Künstler und entrichtet alle Sozialabgaben über das GUSO (guichet unique du spectacle occasionnel).',
    },
  },
  {
    id: 'employment.producer_employer',
    category: 'employment',
    kinds: ['cession', 'co_realisation'],
    title: {
      fr: 'Licence et obligations sociales',
      en: 'Licence and social obligations',
      nl: 'Vergunning en sociale verplichtingen',
      de: 'Lizenz und Sozialpflichten',
    },
    text: {
      fr: "Le Producteur déclare être titulaire de la licence d'entrepreneur de spectacles n° {producerLicence} et être à jour de ses obligations sociales et fiscales. L'Organisateur déclare la licence n° {organiserLicence}.",
      en: 'The Producer declares it holds performing-arts licence no. {producerLicence} and is up to date with its social and tax obligations. The Organiser declares licence no. {organiserLicence}.',
      nl: 'De Producent verklaart houder te zijn van de vergunning nr. {producerLicence} en in orde te zijn met zijn sociale en fiscale verplichtingen. De Organisator vermeldt vergunning nr. {organiserLicence}.',
      de: 'Der Produzent erklärt, Inhaber der Veranstalterlizenz Nr. {producerLicence} zu sein und seine Sozial- und Steuerpflichten erfüllt zu haben. Der Veranstalter gibt die Lizenz Nr. {organiserLicence} an.',
    },
  },
  {
    id: 'promotion.default',
    category: 'promotion',
    kinds: 'all',
    title: {
      fr: 'Promotion et billetterie',
      en: 'Promotion and ticketing',
      nl: 'Promotie en ticketing',
      de: 'Werbung und Ticketing',
    },
    text: {
      fr: "L'Organisateur assure la billetterie, la promotion locale et les déclarations de droits d'auteur (SACEM/SACD) ; le Producteur fournit le matériel promotionnel. Le numéro de licence figure sur les billets et affiches.",
      en: 'The Organiser handles ticketing, local promotion and authors’ rights declarations (SACEM/SACD); the Producer supplies promotional material. The licence number appears on tickets and posters.',
      nl: 'De Organisator zorgt voor ticketing, lokale promotie en de aangifte van auteursrechten; de Producent levert het promotiemateriaal.',
      de: 'Der Veranstalter übernimmt Ticketing, lokale Werbung und Urheberrechtsmeldungen; der Produzent liefert das Werbematerial.',
    },
  },
  {
    id: 'cancellation.default',
    category: 'cancellation',
    kinds: 'all',
    title: { fr: 'Annulation', en: 'Cancellation', nl: 'Annulering', de: 'Absage' },
    text: {
      fr: "Une partie qui annule moins de {noticeDays} jours avant la représentation, hors force majeure, verse à l'autre une indemnité égale à {compensation} du montant garanti.",
      en: 'A party cancelling less than {noticeDays} days before the performance, other than by force majeure, pays the other compensation equal to {compensation} of the guaranteed amount.',
      nl: 'Een partij die minder dan {noticeDays} dagen voor de voorstelling annuleert, behalve bij overmacht, betaalt de andere een vergoeding gelijk aan {compensation} van het gewaarborgde bedrag.',
      de: 'Sagt eine Partei weniger als {noticeDays} Tage vor der Aufführung ab, ausser bei höherer Gewalt, zahlt sie der anderen eine Entschädigung von {compensation} des garantierten Betrags.',
    },
  },
  {
    id: 'force_majeure.default',
    category: 'force_majeure',
    kinds: 'all',
    title: { fr: 'Force majeure', en: 'Force majeure', nl: 'Overmacht', de: 'Höhere Gewalt' },
    text: {
      fr: "Le contrat est suspendu ou résilié de plein droit, sans indemnité, en cas de force majeure au sens de l'article 1218 du Code civil (notamment maladie attestée d'un artiste, intempéries rendant la représentation dangereuse, décision administrative).",
      en: 'The contract is suspended or terminated without compensation in case of force majeure (including a certified illness of an artist, weather making the show unsafe, an administrative decision).',
      nl: 'Het contract wordt zonder vergoeding geschorst of ontbonden in geval van overmacht (o.a. gestaafde ziekte van een artiest, weer dat de voorstelling onveilig maakt, een overheidsbeslissing).',
      de: 'Der Vertrag wird bei höherer Gewalt ohne Entschädigung ausgesetzt oder aufgelöst (u. a. ärztlich bescheinigte Krankheit eines Künstlers, gefährliche Witterung, behördliche Anordnung).',
    },
  },
  {
    id: 'radius.default',
    category: 'radius',
    kinds: 'all',
    title: {
      fr: "Clause d'exclusivité territoriale",
      en: 'Radius clause',
      nl: 'Exclusiviteitsclausule',
      de: 'Gebietsschutzklausel',
    },
    text: {
      fr: "L'artiste ne se produit pas dans un rayon de {radiusKm} km autour du lieu pendant les {radiusDaysBefore} jours qui précèdent et les {radiusDaysAfter} jours qui suivent la représentation, sauf accord écrit de l'Organisateur.",
      en: 'The artist does not perform within {radiusKm} km of the venue during the {radiusDaysBefore} days before and the {radiusDaysAfter} days after the performance, unless the Organiser agrees in writing.',
      nl: 'De artiest treedt niet op binnen {radiusKm} km van de locatie gedurende {radiusDaysBefore} dagen voor en {radiusDaysAfter} dagen na de voorstelling, behalve met schriftelijk akkoord van de Organisator.',
      de: 'Der Künstler tritt im Umkreis von {radiusKm} km um den Ort während {radiusDaysBefore} Tagen vor und {radiusDaysAfter} Tagen nach der Aufführung nicht auf, ausser mit schriftlicher Zustimmung des Veranstalters.',
    },
  },
  {
    id: 'insurance.default',
    category: 'insurance',
    kinds: 'all',
    title: { fr: 'Assurances', en: 'Insurance', nl: 'Verzekeringen', de: 'Versicherungen' },
    text: {
      fr: '{insurance}',
      en: '{insurance}',
      nl: '{insurance}',
      de: '{insurance}',
    },
  },
  {
    id: 'annexes.riders',
    category: 'annexes',
    kinds: 'all',
    title: { fr: 'Annexes', en: 'Annexes', nl: 'Bijlagen', de: 'Anlagen' },
    text: {
      fr: 'Les annexes suivantes font partie du contrat : {riders}.',
      en: 'The following annexes form part of the contract: {riders}.',
      nl: 'De volgende bijlagen maken deel uit van het contract: {riders}.',
      de: 'Die folgenden Anlagen sind Vertragsbestandteil: {riders}.',
    },
  },
  {
    id: 'law.default',
    category: 'law',
    kinds: 'all',
    title: { fr: 'Droit applicable', en: 'Governing law', nl: 'Toepasselijk recht', de: 'Anwendbares Recht' },
    text: {
      fr: 'Le contrat est régi par le droit {law}. À défaut d’accord amiable, le litige est porté devant les tribunaux du siège du défendeur.',
      en: 'The contract is governed by {law} law. Failing an amicable settlement, disputes go to the courts of the defendant’s seat.',
      nl: 'Het contract wordt beheerst door het {law} recht. Bij gebrek aan minnelijke regeling zijn de rechtbanken van de zetel van de verweerder bevoegd.',
      de: 'Der Vertrag untersteht dem {law} Recht. Mangels gütlicher Einigung sind die Gerichte am Sitz der beklagten Partei zuständig.',
    },
  },
  {
    id: 'optional.recording',
    category: 'promotion',
    kinds: [],
    title: { fr: 'Captation', en: 'Recording', nl: 'Opname', de: 'Aufzeichnung' },
    text: {
      fr: "Toute captation sonore ou audiovisuelle au-delà de trois minutes à des fins d'information est soumise à l'accord écrit préalable du Producteur.",
      en: 'Any audio or video recording beyond three minutes for news purposes requires the Producer’s prior written consent.',
      nl: 'Elke audio- of video-opname langer dan drie minuten voor nieuwsdoeleinden vereist de voorafgaande schriftelijke toestemming van de Producent.',
      de: 'Jede Ton- oder Bildaufzeichnung über drei Minuten zu Informationszwecken bedarf der vorherigen schriftlichen Zustimmung des Produzenten.',
    },
  },
  {
    id: 'optional.merchandising',
    category: 'financial',
    kinds: [],
    title: { fr: 'Merchandising', en: 'Merchandising', nl: 'Merchandising', de: 'Merchandising' },
    text: {
      fr: "Le Producteur vend ses produits dérivés sur place sans commission de l'Organisateur, qui fournit un emplacement éclairé.",
      en: 'The Producer sells its merchandise on site free of commission; the Organiser provides a lit stand space.',
      nl: 'De Producent verkoopt zijn merchandising ter plaatse zonder commissie; de Organisator voorziet een verlichte standplaats.',
      de: 'Der Produzent verkauft sein Merchandising vor Ort provisionsfrei; der Veranstalter stellt einen beleuchteten Standplatz.',
    },
  },
];

/** A clause of the platform library, or of an organisation's own library passed as `extra`. */
export function findLibraryClause(
  id: string,
  extra: readonly LibraryClause[] = [],
): LibraryClause | undefined {
  return CLAUSE_LIBRARY.find((c) => c.id === id) ?? extra.find((c) => c.id === id);
}
