import { type DatedTable, valueAt } from '../../reference/index.ts';
import type { VehicleType } from './problem.ts';

export interface VehicleProfile {
  /** Fuel + tolls + wear, per vehicle-km (per passenger-km when `perPerson`). */
  readonly costPerKmCents: number;
  /** Hire per day away from home (vehicle, or 0 when tickets are bought per person). */
  readonly dailyCostCents: number;
  /** kg CO₂e per km ×1000 (grams), per vehicle-km or per passenger-km when `perPerson`. */
  readonly co2GramsPerKm: number;
  readonly perPerson: boolean;
  /** Door-to-door average, for travel-time estimates without a road matrix. */
  readonly averageSpeedKmh: number;
  readonly maxPartySize: number;
  /** The party sleeps on board (nightliner): no hotel nights. */
  readonly sleepsOnBoard: boolean;
}

/**
 * Vehicle cost and emission factors. CO₂e factors are read from ADEME's Base Empreinte
 * (base-empreinte.ademe.fr, consulted 2025); values marked ≈ are our rounded approximations
 * of a range, to be replaced by the exact line of the current Base Empreinte release:
 * - van (minibus / light utility vehicle, diesel): ≈ 0.25 kg CO₂e per vehicle-km (≈ approximation);
 * - nightliner (coach): ≈ 1.2 kg CO₂e per vehicle-km, inside ADEME's 1.0–1.3 coach range (≈);
 * - truck (rigid 19 t, diesel): ≈ 0.9 kg CO₂e per vehicle-km (≈);
 * - train (TGV, France): 0.0029 kg CO₂e per passenger-km (ADEME TGV line ≈ 2.9 g/pkm).
 * Costs are our 2025 estimates, not official: diesel ≈ 1.70 €/L, French motorway tolls class 2–4,
 * maintenance/tyres; SNCF fares averaged to ≈ 0.12 €/passenger-km; hire rates from 2025 quotes.
 */
export const VEHICLE_PROFILES: DatedTable<Readonly<Record<VehicleType, VehicleProfile>>> = [
  {
    validFrom: '2025-01-01',
    validTo: null,
    source:
      'ADEME Base Empreinte (CO₂e factors, approximations marked ≈ in vehicles.ts); Flow Stage 2025 cost estimates',
    note: 'approximations: replace with exact Base Empreinte lines and current fuel/toll prices',
    value: {
      // 9 L/100 km × 1.70 € + tolls ≈ 0.09 €/km + wear ≈ 0.07 €/km.
      van: {
        costPerKmCents: 31,
        dailyCostCents: 12_000,
        co2GramsPerKm: 250,
        perPerson: false,
        averageSpeedKmh: 80,
        maxPartySize: 9,
        sleepsOnBoard: false,
      },
      // 30 L/100 km × 1.70 € + class-4 tolls ≈ 0.25 €/km + wear; daily rate includes the driver.
      nightliner: {
        costPerKmCents: 95,
        dailyCostCents: 110_000,
        co2GramsPerKm: 1_200,
        perPerson: false,
        averageSpeedKmh: 75,
        maxPartySize: 16,
        sleepsOnBoard: true,
      },
      truck: {
        costPerKmCents: 80,
        dailyCostCents: 35_000,
        co2GramsPerKm: 900,
        perPerson: false,
        averageSpeedKmh: 70,
        maxPartySize: 3,
        sleepsOnBoard: false,
      },
      train: {
        costPerKmCents: 12,
        dailyCostCents: 0,
        co2GramsPerKm: 2.9,
        perPerson: true,
        averageSpeedKmh: 110,
        maxPartySize: 6,
        sleepsOnBoard: false,
      },
    },
  },
];

export interface StayCosts {
  readonly hotelPerPersonNightCents: number;
  readonly perDiemPerPersonDayCents: number;
}

export const STAY_COSTS: DatedTable<StayCosts> = [
  {
    validFrom: '2025-01-01',
    validTo: null,
    source: 'Flow Stage 2025 estimate: 2-star hotel room shared ≈ 75 €/person/night; 2 meals/day ≈ 2 × 20 €',
    unconfirmed: true,
    note: 'approximation; bookers override with `costs` in the problem',
    value: { hotelPerPersonNightCents: 7_500, perDiemPerPersonDayCents: 4_000 },
  },
];

/** Vehicle profiles in force on a day, or null when the table has no row for it. */
export function vehicleProfilesOn(day: string): Readonly<Record<VehicleType, VehicleProfile>> | null {
  const found = valueAt(VEHICLE_PROFILES, day);
  return found.kind === 'found' ? found.value : null;
}
