import {
  type Icon,
  IconBuildingCommunity,
  IconCreditCard,
  IconHeart,
  IconMovie,
  IconRoute,
  IconShoppingBag,
  IconTent,
} from '@tabler/icons-react';

export const HOME_MODULES = [
  'matching',
  'tours',
  'marketplace',
  'townHalls',
  'campsites',
  'cinema',
  'payments',
] as const;
export type HomeModule = (typeof HOME_MODULES)[number];

export const HOME_MODULE_ICONS: Record<HomeModule, Icon> = {
  matching: IconHeart,
  tours: IconRoute,
  marketplace: IconShoppingBag,
  townHalls: IconBuildingCommunity,
  campsites: IconTent,
  cinema: IconMovie,
  payments: IconCreditCard,
};
