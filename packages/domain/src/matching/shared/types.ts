import type { Currency } from '../../money/index.ts';
import type { MessageKey } from '../i18n/fr.ts';

/** Languages the explanations are rendered in. */
export type Locale = 'fr' | 'en' | 'nl' | 'de';
export const LOCALES: readonly Locale[] = ['fr', 'en', 'nl', 'de'];

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** A place shown to people in explanations ("à 120 km de Lyon"). */
export interface NamedPoint extends GeoPoint {
  readonly label?: string;
}

/** Money range in integer cents (fees asked, budgets offered). */
export interface MoneyRange {
  readonly minCents: number;
  readonly maxCents: number;
  readonly currency: Currency;
}

export interface CountRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Calendar of a profile: `busy` days are never bookable; when `available` is given, the
 * owner declared those days open (better than a day merely not marked busy).
 */
export interface Availability {
  readonly busy: readonly string[];
  readonly available?: readonly string[];
}

/** An exclusivity zone from a signed contract: no show within the radius between from and to (inclusive). */
export interface ExclusivityZone extends GeoPoint {
  readonly radiusMetres: number;
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

/** A message parameter: rendered per locale (money, distances and genres are formatted by the renderer). */
export type ParamValue =
  | string
  | number
  | { readonly money: number; readonly currency: Currency }
  | { readonly metres: number }
  | { readonly day: string }
  | { readonly range: readonly [number, number] }
  | { readonly genre: string }
  | { readonly equipment: string }
  /** A term of the vocabulary (performance type, place type, role, audience), translated by the renderer. */
  | { readonly term: string };

/** A structured explanation: a message key of the catalogue and its parameters. */
export interface Explanation {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, ParamValue>>;
}

export interface BreakdownLine<C extends string> {
  readonly criterion: C;
  readonly weight: number;
  /** 0..1, unrounded. */
  readonly subScore: number;
  /** weight × subScore rounded to one decimal; the total is the exact sum of these (computed in tenths). */
  readonly points: number;
  readonly explanation: Explanation;
}

export type ExclusionCode =
  | 'DATE_UNAVAILABLE'
  | 'EXCLUSIVITY_CONFLICT'
  | 'BUDGET_EXCEEDED'
  | 'CAPACITY_MISMATCH'
  | 'ROLE_MISMATCH'
  | 'GAUGE_MISMATCH'
  | 'CURRENCY_MISMATCH';

export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly explanation: Explanation;
}

export type MatchResult<C extends string> =
  | {
      readonly kind: 'scored';
      readonly candidateId: string;
      readonly context: string;
      readonly weightsVersion: string;
      /** 0..100 with one decimal, equal to the sum of the lines' points. */
      readonly total: number;
      readonly lines: readonly BreakdownLine<C>[];
      /** The date the score was computed for, when the request offered several. */
      readonly date?: string;
    }
  | {
      readonly kind: 'excluded';
      readonly candidateId: string;
      readonly context: string;
      readonly weightsVersion: string;
      readonly reasons: readonly ExclusionReason[];
    };

/** Value returned by the fast paths for a candidate removed by a hard constraint. */
export const EXCLUDED = -1;
