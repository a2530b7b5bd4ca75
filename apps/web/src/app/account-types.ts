import {
  type Icon,
  IconAddressBook,
  IconBuildingCommunity,
  IconBuildingStadium,
  IconMasksTheater,
  IconMicrophone2,
  IconMovie,
  IconScale,
  IconShieldLock,
  IconTent,
  IconTool,
  IconTruck,
} from '@tabler/icons-react';
import type { AccountType } from './api/types.ts';

export const ACCOUNT_TYPE_ICONS: Record<AccountType, Icon> = {
  artist: IconMicrophone2,
  booker: IconAddressBook,
  venue: IconBuildingStadium,
  technician: IconTool,
  street_arts_company: IconMasksTheater,
  service_provider: IconTruck,
  municipality: IconBuildingCommunity,
  campsite: IconTent,
  audiovisual_production: IconMovie,
  legal_validator: IconScale,
  admin: IconShieldLock,
};
