import type { EventType, Locale } from '@flowstage/db';

interface Template {
  readonly subject: string;
  readonly line: string;
}

/** What the reader needs in a notification e-mail, per event type and language. */
const TEMPLATES: Record<EventType, Record<Locale, Template>> = {
  match_found: {
    fr: {
      subject: 'Nouvelle correspondance',
      line: 'Une nouvelle correspondance a été trouvée pour votre organisation.',
    },
    en: { subject: 'New match', line: 'A new match was found for your organisation.' },
    nl: { subject: 'Nieuwe match', line: 'Er is een nieuwe match gevonden voor uw organisatie.' },
    de: { subject: 'Neuer Treffer', line: 'Für Ihre Organisation wurde ein neuer Treffer gefunden.' },
  },
  hold_challenged: {
    fr: {
      subject: 'Option contestée',
      line: 'Une de vos options est contestée : confirmez-la ou libérez la date dans le délai convenu.',
    },
    en: {
      subject: 'Hold challenged',
      line: 'One of your holds was challenged: confirm it or release the date within the agreed delay.',
    },
    nl: {
      subject: 'Optie betwist',
      line: 'Een van uw opties wordt betwist: bevestig ze of geef de datum vrij binnen de afgesproken termijn.',
    },
    de: {
      subject: 'Option angefochten',
      line: 'Eine Ihrer Optionen wurde angefochten: bestätigen Sie sie oder geben Sie das Datum fristgerecht frei.',
    },
  },
  offer_received: {
    fr: { subject: 'Offre reçue', line: 'Vous avez reçu une nouvelle offre.' },
    en: { subject: 'Offer received', line: 'You received a new offer.' },
    nl: { subject: 'Aanbod ontvangen', line: 'U hebt een nieuw aanbod ontvangen.' },
    de: { subject: 'Angebot erhalten', line: 'Sie haben ein neues Angebot erhalten.' },
  },
  contract_sent: {
    fr: { subject: 'Contrat envoyé pour signature', line: 'Un contrat a été envoyé pour signature.' },
    en: { subject: 'Contract sent for signature', line: 'A contract was sent for signature.' },
    nl: {
      subject: 'Contract ter ondertekening verzonden',
      line: 'Er is een contract ter ondertekening verzonden.',
    },
    de: {
      subject: 'Vertrag zur Unterschrift versandt',
      line: 'Ein Vertrag wurde zur Unterschrift versandt.',
    },
  },
  validation_escalated: {
    fr: {
      subject: 'Validation en retard',
      line: 'Un contrat attend sa validation au-delà du délai de 24 h : il est remonté à votre équipe.',
    },
    en: {
      subject: 'Validation overdue',
      line: 'A contract has waited for validation beyond the 24-hour service level and was escalated to your team.',
    },
    nl: {
      subject: 'Validatie te laat',
      line: 'Een contract wacht langer dan de termijn van 24 uur op validatie en is geëscaleerd naar uw team.',
    },
    de: {
      subject: 'Prüfung überfällig',
      line: 'Ein Vertrag wartet länger als die 24-Stunden-Frist auf Prüfung und wurde an Ihr Team eskaliert.',
    },
  },
  contract_signed: {
    fr: { subject: 'Contrat signé', line: 'Le contrat a été signé par toutes les parties.' },
    en: { subject: 'Contract signed', line: 'The contract was signed by all parties.' },
    nl: { subject: 'Contract ondertekend', line: 'Het contract is door alle partijen ondertekend.' },
    de: { subject: 'Vertrag unterzeichnet', line: 'Der Vertrag wurde von allen Parteien unterzeichnet.' },
  },
  payment_completed: {
    fr: { subject: 'Paiement effectué', line: 'Un paiement a été effectué.' },
    en: { subject: 'Payment completed', line: 'A payment was completed.' },
    nl: { subject: 'Betaling voltooid', line: 'Er is een betaling voltooid.' },
    de: { subject: 'Zahlung abgeschlossen', line: 'Eine Zahlung wurde abgeschlossen.' },
  },
};

const OPEN_LINK: Record<Locale, string> = {
  fr: 'Voir vos notifications',
  en: 'See your notifications',
  nl: 'Bekijk uw meldingen',
  de: 'Benachrichtigungen ansehen',
};

export function notificationEmail(type: EventType, locale: Locale, publicUrl: string, reference?: string) {
  const t = TEMPLATES[type][locale];
  const subject = reference ? `${t.subject} — ${reference}` : t.subject;
  return {
    subject: `Flow Stage — ${subject}`,
    text: `${t.line}\n\n${OPEN_LINK[locale]}: ${publicUrl}/notifications\n`,
  };
}
