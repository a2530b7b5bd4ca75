import type { AccountType } from '../schema/index.ts';
import type { Random } from './random.ts';

const VENUE_WORDS = [
  'La Scène',
  "L'Usine",
  'La Fabrique',
  'La Manufacture',
  'La Grange',
  'La Cave',
  'La Rotonde',
  'La Halle',
  'La Chapelle',
  'La Forge',
  'Le Hangar',
  'Le Comptoir',
  'Le Kiosque',
  "L'Atelier",
  "L'Entrepôt",
  'La Coupole',
];
/** null: named after its town ("La Fabrique d'Arles"), as most real venues are. */
const VENUE_SUFFIX: readonly (string | null)[] = [
  'des Arts',
  'du Port',
  'Sonore',
  'du Canal',
  'des Docks',
  'du Marché',
  'de la Gare',
  'des Tanneurs',
  'du Lac',
  'des Remparts',
  ...Array<null>(12).fill(null),
];
const BAND_A = ['Les', '', ''];
const BAND_B = [
  'Lunes',
  'Renards',
  'Marées',
  'Échos',
  'Comètes',
  'Nomades',
  'Vagues',
  'Ombres',
  'Orages',
  'Étoiles',
  'Hiboux',
  'Sirènes',
  'Cyclones',
  'Fanfares',
];
const BAND_C = [
  'Électriques',
  'de Velours',
  'Sauvages',
  'du Nord',
  'Bleues',
  'Magnétiques',
  'Acoustiques',
  'Vagabondes',
  'de Minuit',
  'Polaires',
];
const FIRST = [
  'Camille',
  'Louise',
  'Hugo',
  'Léa',
  'Nathan',
  'Chloé',
  'Lucas',
  'Manon',
  'Théo',
  'Inès',
  'Jules',
  'Sarah',
  'Noah',
  'Emma',
  'Arthur',
  'Zoé',
  'Lieven',
  'Anouk',
  'Luca',
  'Mathilde',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Laurent',
  'Girard',
  'Peeters',
  'Janssens',
  'Müller',
  'Meier',
  'Schmit',
  'Weber',
  'Fontaine',
  'Chevalier',
  'Roux',
  'Fournier',
  'Morel',
  'Mercier',
  'Blanc',
];
const STREET_COMPANIES = [
  'Cie des Pas Perdus',
  'Théâtre du Vent',
  'Cie Les Échasses',
  'Cirque de Poche',
  'Cie La Roulotte',
  'Cie Trois Petits Points',
  'Les Arpenteurs',
  'Cie Hors Piste',
];
const PROVIDER = ['Hôtel', 'Transports', 'Traiteur', 'Studio Photo', 'Cars', 'Location Backline'];

export function personName(random: Random) {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** A plausible organisation name for an account type in a given town. */
/** "de Lyon", "d'Arles", "du Mans", "des Sables-d'Olonne". */
export function ofTown(town: string): string {
  if (town.startsWith('Le ')) return `du ${town.slice(3)}`;
  if (town.startsWith('Les ')) return `des ${town.slice(4)}`;
  return /^[AEIOUYÀÂÉÈÊÎÔH]/.test(town) ? `d'${town}` : `de ${town}`;
}

export function organisationName(type: AccountType, town: string, random: Random): string {
  switch (type) {
    case 'venue': {
      const word = random.pick(VENUE_WORDS);
      return `${word} ${random.pick(VENUE_SUFFIX) ?? ofTown(town)}`;
    }
    case 'artist':
      return `${random.pick(BAND_A)} ${random.pick(BAND_B)} ${random.pick(BAND_C)}`.trim();
    case 'booker':
      return `${random.pick(['Azimut', 'Boussole', 'Caravane', 'Horizon', 'Tournée', 'Kilomètre'])} Booking ${town}`;
    case 'technician':
      return `${personName(random)} — technicien son`;
    case 'street_arts_company':
      return `${random.pick(STREET_COMPANIES)} (${town})`;
    case 'service_provider':
      return `${random.pick(PROVIDER)} ${town}`;
    case 'municipality':
      return `Mairie de ${town}`;
    case 'campsite':
      return `Camping ${random.pick(['Les Pins', 'La Plage', 'Le Lac', 'Les Oliviers', 'La Forêt'])} — ${town}`;
    case 'audiovisual_production':
      return `${random.pick(['Lumière', 'Pellicule', 'Plan Large', 'Contrechamp'])} Productions`;
    case 'legal_validator':
      return `Cabinet ${random.pick(LAST)} & Associés`;
    case 'admin':
      return 'Flow Stage';
  }
}
