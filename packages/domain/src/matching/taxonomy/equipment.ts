/**
 * Starter catalogue of equipment and specialities technicians master and riders require.
 * Slugs are stable. Knowing another model of the same brand family transfers well
 * (DiGiCo SD12 → SD7); another brand of the same category transfers a little.
 */
export type EquipmentCategory =
  | 'audio-console'
  | 'pa-system'
  | 'monitoring'
  | 'rf'
  | 'lighting-console'
  | 'video'
  | 'rigging'
  | 'backline';

export interface EquipmentItem {
  readonly slug: string;
  readonly label: string;
  readonly brand: string;
  readonly category: EquipmentCategory;
}

const ITEMS: readonly (readonly [string, string, string, EquipmentCategory])[] = [
  ['digico-sd7', 'DiGiCo SD7', 'digico', 'audio-console'],
  ['digico-sd12', 'DiGiCo SD12', 'digico', 'audio-console'],
  ['digico-quantum', 'DiGiCo Quantum', 'digico', 'audio-console'],
  ['avid-s6l', 'Avid S6L', 'avid', 'audio-console'],
  ['avid-profile', 'Avid Venue Profile', 'avid', 'audio-console'],
  ['yamaha-cl5', 'Yamaha CL5', 'yamaha', 'audio-console'],
  ['yamaha-ql5', 'Yamaha QL5', 'yamaha', 'audio-console'],
  ['allen-heath-dlive', 'Allen & Heath dLive', 'allen-heath', 'audio-console'],
  ['allen-heath-sq', 'Allen & Heath SQ', 'allen-heath', 'audio-console'],
  ['midas-pro', 'Midas PRO series', 'midas', 'audio-console'],
  ['midas-m32', 'Midas M32', 'midas', 'audio-console'],
  ['l-acoustics-k2', 'L-Acoustics K2', 'l-acoustics', 'pa-system'],
  ['l-acoustics-kara', 'L-Acoustics Kara', 'l-acoustics', 'pa-system'],
  ['l-acoustics-a-series', 'L-Acoustics A Series', 'l-acoustics', 'pa-system'],
  ['db-gsl', 'd&b GSL', 'd-and-b', 'pa-system'],
  ['db-j-series', 'd&b J-Series', 'd-and-b', 'pa-system'],
  ['meyer-leopard', 'Meyer Sound Leopard', 'meyer', 'pa-system'],
  ['adamson-s10', 'Adamson S10', 'adamson', 'pa-system'],
  ['nexo-geo', 'Nexo GEO', 'nexo', 'pa-system'],
  ['iem-shure-psm1000', 'Shure PSM1000 in-ears', 'shure', 'monitoring'],
  ['wedges-l-acoustics-x15', 'L-Acoustics X15 wedges', 'l-acoustics', 'monitoring'],
  ['shure-axient', 'Shure Axient Digital', 'shure', 'rf'],
  ['sennheiser-6000', 'Sennheiser Digital 6000', 'sennheiser', 'rf'],
  ['grandma3', 'grandMA3', 'ma-lighting', 'lighting-console'],
  ['grandma2', 'grandMA2', 'ma-lighting', 'lighting-console'],
  ['chamsys-mq', 'ChamSys MagicQ', 'chamsys', 'lighting-console'],
  ['avolites-tiger-touch', 'Avolites Tiger Touch', 'avolites', 'lighting-console'],
  ['hog-4', 'High End Hog 4', 'high-end', 'lighting-console'],
  ['resolume', 'Resolume Arena', 'resolume', 'video'],
  ['disguise', 'disguise', 'disguise', 'video'],
  ['rigging-certified', 'Rigging (certified)', 'rigging', 'rigging'],
  ['chain-hoists', 'Chain hoists', 'rigging', 'rigging'],
  ['backline-drums', 'Drum tech', 'backline', 'backline'],
  ['backline-guitars', 'Guitar tech', 'backline', 'backline'],
];

export const EQUIPMENT: readonly EquipmentItem[] = ITEMS.map(([slug, label, brand, category]) => ({
  slug,
  label,
  brand,
  category,
}));

const BY_SLUG = new Map(EQUIPMENT.map((e) => [e.slug, e]));

export const EQUIPMENT_SIMILARITY = { same: 1, sameBrandFamily: 0.7, sameCategory: 0.25, none: 0 } as const;

export function equipmentItem(slug: string): EquipmentItem | undefined {
  return BY_SLUG.get(slug);
}

export function equipmentLabel(slug: string): string {
  return BY_SLUG.get(slug)?.label ?? slug;
}

/** How much mastering `known` helps operating `required` (0..1); unknown slugs only match themselves. */
export function equipmentSimilarity(required: string, known: string): number {
  if (required === known) return EQUIPMENT_SIMILARITY.same;
  const r = BY_SLUG.get(required);
  const k = BY_SLUG.get(known);
  if (!r || !k || r.category !== k.category) return EQUIPMENT_SIMILARITY.none;
  return r.brand === k.brand ? EQUIPMENT_SIMILARITY.sameBrandFamily : EQUIPMENT_SIMILARITY.sameCategory;
}

/** Best similarity of a required item with any skill of the list. */
export function bestEquipmentMatch(required: string, skills: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < skills.length; i++) {
    const s = equipmentSimilarity(required, skills[i]!);
    if (s > best) best = s;
  }
  return best;
}
