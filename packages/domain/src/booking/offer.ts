import type { Currency } from '../money/index.ts';
import { isIsoDay } from '../reference/day-date.ts';
import type { OfferDeal } from './deals.ts';

export interface OfferSchedule {
  /** Local times HH:MM on the show day, each optional; when given they must be in this order. */
  readonly loadIn?: string | undefined;
  readonly soundcheck?: string | undefined;
  readonly doors?: string | undefined;
  readonly showStart?: string | undefined;
  readonly curfew?: string | undefined;
}

export interface OfferInput {
  readonly feeCents: number;
  readonly currency: string;
  readonly deal: OfferDeal;
  readonly ticketPricesCents: readonly number[];
  readonly capacity: number;
  readonly setLengthSeconds: number;
  readonly schedule: OfferSchedule;
}

export interface OfferProblem {
  readonly path: string;
  readonly message: string;
}

export const OFFER_CURRENCIES: readonly Currency[] = ['EUR', 'CHF'];
const ORDER: readonly (keyof OfferSchedule)[] = ['loadIn', 'soundcheck', 'doors', 'showStart', 'curfew'];

/**
 * Business checks of an offer for a show on `day`, as of `today` (both YYYY-MM-DD). Returns every
 * problem at once so a form can show them together; an empty list means the offer may be sent.
 */
export function validateOffer(offer: OfferInput, day: string, today: string): OfferProblem[] {
  const problems: OfferProblem[] = [];
  if (!isIsoDay(day)) problems.push({ path: 'date', message: 'expected a YYYY-MM-DD day' });
  else if (day < today) problems.push({ path: 'date', message: 'the show date is in the past' });
  if (!(OFFER_CURRENCIES as readonly string[]).includes(offer.currency))
    problems.push({ path: 'currency', message: 'only EUR and CHF are supported' });
  if (!Number.isSafeInteger(offer.feeCents) || offer.feeCents <= 0)
    problems.push({ path: 'feeCents', message: 'the fee must be a positive number of cents' });
  if ('percentageBasisPoints' in offer.deal && !validBp(offer.deal.percentageBasisPoints))
    problems.push({ path: 'deal.percentageBasisPoints', message: 'between 1 and 10000 basis points' });
  if (offer.deal.type === 'co_realisation' && !validBp(offer.deal.producerShareBasisPoints))
    problems.push({ path: 'deal.producerShareBasisPoints', message: 'between 1 and 10000 basis points' });
  offer.ticketPricesCents.forEach((p, i) => {
    if (!Number.isSafeInteger(p) || p < 0)
      problems.push({ path: `ticketPricesCents.${i}`, message: 'a price is zero or more cents' });
  });
  if (!Number.isSafeInteger(offer.capacity) || offer.capacity < 1)
    problems.push({ path: 'capacity', message: 'at least one seat' });
  if (offer.setLengthSeconds < 300 || offer.setLengthSeconds > 6 * 3600)
    problems.push({ path: 'setLengthSeconds', message: 'between 5 minutes and 6 hours' });
  let previous: { key: string; time: string } | null = null;
  for (const key of ORDER) {
    const time = offer.schedule[key];
    if (time === undefined) continue;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      problems.push({ path: `schedule.${key}`, message: 'expected HH:MM' });
      continue;
    }
    // Curfews after midnight (e.g. 01:00) are the next day: they only need to follow the doors.
    const wraps = key === 'curfew' && previous !== null && time < previous.time && time <= '06:00';
    if (previous && time < previous.time && !wraps)
      problems.push({ path: `schedule.${key}`, message: `must come after ${previous.key}` });
    previous = { key, time };
  }
  return problems;
}

function validBp(bp: number) {
  return Number.isSafeInteger(bp) && bp >= 1 && bp <= 10_000;
}
