import type { Locale } from '@flowstage/db';

interface ResetMail {
  subject: string;
  body: (name: string, link: string) => string;
}

const RESET: Record<Locale, ResetMail> = {
  fr: {
    subject: 'Flow Stage — réinitialisation de votre mot de passe',
    body: (n, l) =>
      `Bonjour ${n},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure, une seule fois) :\n${l}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n\nL'équipe Flow Stage`,
  },
  en: {
    subject: 'Flow Stage — reset your password',
    body: (n, l) =>
      `Hello ${n},\n\nTo choose a new password, open this link (valid for 1 hour, once):\n${l}\n\nIf you did not ask for this, ignore this message.\n\nThe Flow Stage team`,
  },
  nl: {
    subject: 'Flow Stage — uw wachtwoord opnieuw instellen',
    body: (n, l) =>
      `Hallo ${n},\n\nOpen deze link om een nieuw wachtwoord te kiezen (1 uur geldig, eenmalig):\n${l}\n\nHebt u dit niet aangevraagd? Negeer dan dit bericht.\n\nHet Flow Stage-team`,
  },
  de: {
    subject: 'Flow Stage — Passwort zurücksetzen',
    body: (n, l) =>
      `Hallo ${n},\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link (1 Stunde gültig, einmalig):\n${l}\n\nFalls Sie dies nicht angefordert haben, ignorieren Sie diese Nachricht.\n\nIhr Flow-Stage-Team`,
  },
};

export function passwordResetMail(locale: Locale, displayName: string, link: string) {
  const template = RESET[locale] ?? RESET.fr;
  return { subject: template.subject, text: template.body(displayName, link) };
}
