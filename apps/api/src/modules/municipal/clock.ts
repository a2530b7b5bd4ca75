import { todayInParis } from './inputs.ts';

/**
 * The legal "today" of the module. A journey from consultation to payment spans weeks, so
 * outside production an end-to-end test may move this day (MUNICIPAL_TEST_CLOCK=1 exposes
 * PUT /api/v1/municipal/test-clock); in production it is always the Paris calendar day.
 */
export interface MunicipalClock {
  today(): string;
  set(day: string | null): void;
  readonly adjustable: boolean;
}

export function createClock(adjustable: boolean): MunicipalClock {
  let fixed: string | null = null;
  return {
    adjustable,
    today: () => fixed ?? todayInParis(),
    set(day) {
      if (!adjustable) throw new Error('the municipal clock is not adjustable here');
      fixed = day;
    },
  };
}
