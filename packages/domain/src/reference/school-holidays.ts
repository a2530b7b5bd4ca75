import { addDays, isIsoDay } from './day-date.ts';

export type FrenchZone = 'A' | 'B' | 'C';
export type SchoolCalendar =
  | { readonly country: 'FR'; readonly zone: FrenchZone }
  | { readonly country: 'BE'; readonly zone: 'FWB' };
type CalendarZone = FrenchZone | 'FWB';

/**
 * One holiday period as published. France publishes "end of classes → resumption" (the holiday
 * is the days strictly in between); the FWB publishes the first and last day of holiday.
 */
export interface SchoolHolidayPeriod {
  readonly country: 'FR' | 'BE';
  readonly zones: readonly CalendarZone[];
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly convention: 'classes_end_to_resumption' | 'first_to_last_day';
  readonly source: string;
  readonly unconfirmed?: boolean;
}

/** Dates outside these windows are unknown to us: the answer is 'unknown', never a guess. */
export interface CalendarCoverage {
  readonly zone: CalendarZone;
  readonly from: string;
  readonly to: string;
  readonly gaps: readonly { readonly from: string; readonly to: string; readonly reason: string }[];
}

const FR_2025 = 'calendrier scolaire 2025-2026, education.gouv.fr';
const FR_2026 = 'arrêté du 2025-10-22 (calendrier scolaire 2026-2027)';
const FWB = 'Fédération Wallonie-Bruxelles, calendrier scolaire 2025-2026 (rythmes 7-2)';
const ALL: readonly FrenchZone[] = ['A', 'B', 'C'];
const FR = 'classes_end_to_resumption';

export const SCHOOL_HOLIDAYS: readonly SchoolHolidayPeriod[] = [
  {
    country: 'FR',
    zones: ALL,
    name: 'Toussaint 2025',
    from: '2025-10-18',
    to: '2025-11-03',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ALL,
    name: 'Noël 2025',
    from: '2025-12-20',
    to: '2026-01-05',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['A'],
    name: 'Hiver 2026',
    from: '2026-02-07',
    to: '2026-02-23',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['B'],
    name: 'Hiver 2026',
    from: '2026-02-14',
    to: '2026-03-02',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['C'],
    name: 'Hiver 2026',
    from: '2026-02-21',
    to: '2026-03-09',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['A'],
    name: 'Printemps 2026',
    from: '2026-04-04',
    to: '2026-04-20',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['B'],
    name: 'Printemps 2026',
    from: '2026-04-11',
    to: '2026-04-27',
    convention: FR,
    source: FR_2025,
  },
  {
    country: 'FR',
    zones: ['C'],
    name: 'Printemps 2026',
    from: '2026-04-18',
    to: '2026-05-04',
    convention: FR,
    source: FR_2025,
    unconfirmed: true,
  },
  {
    country: 'FR',
    zones: ALL,
    name: 'Été 2026',
    from: '2026-07-04',
    to: '2026-09-01',
    convention: FR,
    source: `${FR_2025}; resumption date UNCONFIRMED`,
    unconfirmed: true,
  },
  {
    country: 'FR',
    zones: ALL,
    name: 'Toussaint 2026',
    from: '2026-10-17',
    to: '2026-11-02',
    convention: FR,
    source: FR_2026,
  },
  {
    country: 'FR',
    zones: ALL,
    name: 'Noël 2026',
    from: '2026-12-19',
    to: '2027-01-04',
    convention: FR,
    source: FR_2026,
  },
  {
    country: 'FR',
    zones: ['B'],
    name: 'Hiver 2027',
    from: '2027-02-20',
    to: '2027-03-08',
    convention: FR,
    source: FR_2026,
  },
  {
    country: 'FR',
    zones: ['B'],
    name: 'Printemps 2027',
    from: '2027-04-17',
    to: '2027-05-03',
    convention: FR,
    source: FR_2026,
  },
  {
    country: 'FR',
    zones: ALL,
    name: 'Été 2027',
    from: '2027-07-03',
    to: '2027-09-01',
    convention: FR,
    source: `${FR_2026}; resumption date UNCONFIRMED`,
    unconfirmed: true,
  },
  {
    country: 'BE',
    zones: ['FWB'],
    name: 'Automne 2025',
    from: '2025-10-20',
    to: '2025-11-02',
    convention: 'first_to_last_day',
    source: FWB,
  },
  {
    country: 'BE',
    zones: ['FWB'],
    name: 'Hiver 2025',
    from: '2025-12-22',
    to: '2026-01-04',
    convention: 'first_to_last_day',
    source: FWB,
  },
  {
    country: 'BE',
    zones: ['FWB'],
    name: 'Carnaval 2026',
    from: '2026-02-16',
    to: '2026-03-01',
    convention: 'first_to_last_day',
    source: FWB,
  },
  {
    country: 'BE',
    zones: ['FWB'],
    name: 'Printemps 2026',
    from: '2026-04-27',
    to: '2026-05-10',
    convention: 'first_to_last_day',
    source: FWB,
  },
  {
    country: 'BE',
    zones: ['FWB'],
    name: 'Été 2026',
    from: '2026-07-04',
    to: '2026-08-23',
    convention: 'first_to_last_day',
    source: `${FWB}; last day UNCONFIRMED (7 weeks)`,
    unconfirmed: true,
  },
];

const UNKNOWN_2027_AC = {
  from: '2027-02-01',
  to: '2027-05-16',
  reason: 'winter and spring 2027 dates UNCONFIRMED',
};

export const SCHOOL_CALENDAR_COVERAGE: readonly CalendarCoverage[] = [
  { zone: 'A', from: '2025-09-01', to: '2027-08-31', gaps: [UNKNOWN_2027_AC] },
  { zone: 'B', from: '2025-09-01', to: '2027-08-31', gaps: [] },
  { zone: 'C', from: '2025-09-01', to: '2027-08-31', gaps: [UNKNOWN_2027_AC] },
  { zone: 'FWB', from: '2025-09-01', to: '2026-08-23', gaps: [] },
];

/** Académie → zone. Corsica and overseas académies have their own calendars and are absent on purpose. */
export const ACADEMIE_ZONES: Readonly<Record<string, FrenchZone>> = {
  besancon: 'A',
  bordeaux: 'A',
  'clermont-ferrand': 'A',
  dijon: 'A',
  grenoble: 'A',
  limoges: 'A',
  lyon: 'A',
  poitiers: 'A',
  'aix-marseille': 'B',
  amiens: 'B',
  lille: 'B',
  'nancy-metz': 'B',
  nantes: 'B',
  nice: 'B',
  normandie: 'B',
  'orleans-tours': 'B',
  reims: 'B',
  rennes: 'B',
  strasbourg: 'B',
  creteil: 'C',
  montpellier: 'C',
  paris: 'C',
  toulouse: 'C',
  versailles: 'C',
};

function normaliseAcademie(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-');
}

export function zoneOfAcademie(name: string): FrenchZone | null {
  return ACADEMIE_ZONES[normaliseAcademie(name)] ?? null;
}

/** The holiday days themselves, first and last inclusive. */
export function holidayDays(period: SchoolHolidayPeriod): { readonly first: string; readonly last: string } {
  return period.convention === 'first_to_last_day'
    ? { first: period.from, last: period.to }
    : { first: addDays(period.from, 1), last: addDays(period.to, -1) };
}

export type SchoolHolidayAnswer =
  | { readonly kind: 'holiday'; readonly period: SchoolHolidayPeriod; readonly unconfirmed: boolean }
  | { readonly kind: 'not_holiday' }
  | { readonly kind: 'unknown'; readonly reason: string };

export function isSchoolHoliday(date: string, calendar: SchoolCalendar): SchoolHolidayAnswer {
  if (!isIsoDay(date)) throw new RangeError(`not a YYYY-MM-DD day: ${date}`);
  const period = SCHOOL_HOLIDAYS.find((p) => {
    if (p.country !== calendar.country || !p.zones.includes(calendar.zone)) return false;
    const { first, last } = holidayDays(p);
    return first <= date && date <= last;
  });
  if (period) return { kind: 'holiday', period, unconfirmed: period.unconfirmed === true };
  const coverage = SCHOOL_CALENDAR_COVERAGE.find((c) => c.zone === calendar.zone);
  if (!coverage || date < coverage.from || date > coverage.to) {
    return { kind: 'unknown', reason: `no ${calendar.country}/${calendar.zone} calendar loaded for ${date}` };
  }
  const gap = coverage.gaps.find((g) => g.from <= date && date <= g.to);
  return gap ? { kind: 'unknown', reason: gap.reason } : { kind: 'not_holiday' };
}
