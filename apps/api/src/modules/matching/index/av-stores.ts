import type {
  ArtistProfile,
  BookedShow,
  ExclusivityZone,
  HistoryRecord,
  RadiusClause,
  VenueProfile,
} from '@flowstage/domain/matching';
import type { CandidateMeta } from '../profiles/map-feed.ts';
import { FLAG_DECLARED, FLAG_HISTORY } from './genre-forest.ts';
import { SlotStore } from './slot-store.ts';

const EMPTY: readonly never[] = Object.freeze([]);
const CURRENCIES = ['EUR', 'CHF'] as const;

/** Venues as matching candidates (struct-of-arrays; profiles are rebuilt only for exact scoring). */
export class VenueStore extends SlotStore {
  readonly busy: (readonly string[])[] = [];
  readonly available: (readonly string[])[] = [];
  readonly history: (readonly HistoryRecord[])[] = [];
  readonly clauses: (RadiusClause | undefined)[] = [];
  private readonly labels: (string | undefined)[] = [];

  upsert(meta: CandidateMeta, v: VenueProfile): void {
    const slot = this.allocate(meta.id);
    this.writeMeta(slot, meta, v.genres);
    this.lat[slot] = v.location.lat;
    this.lon[slot] = v.location.lon;
    this.labels[slot] = v.location.label === undefined ? undefined : this.strings.intern(v.location.label);
    this.capMin[slot] = v.capacity.min;
    this.capMax[slot] = v.capacity.max;
    this.priceMin[slot] = v.budget.minCents;
    this.priceMax[slot] = v.budget.maxCents;
    this.currency[slot] = v.budget.currency === 'CHF' ? 1 : 0;
    this.busy[slot] = v.availability.busy.length === 0 ? EMPTY : v.availability.busy;
    this.available[slot] =
      (v.availability.available ?? EMPTY).length === 0 ? EMPTY : v.availability.available!;
    this.history[slot] = v.history.length === 0 ? EMPTY : v.history;
    this.clauses[slot] = v.radiusClause;
    this.declared[slot] = this.available[slot]!.length > 0 ? 1 : 0;
  }

  flagsOf(slot: number): number {
    return (
      (this.history[slot]!.length > 0 ? FLAG_HISTORY : 0) | (this.declared[slot] === 1 ? FLAG_DECLARED : 0)
    );
  }

  anchorsOf(): void {
    // a venue is measured from its own location only
  }

  protected clearLists(slot: number): void {
    this.busy[slot] = EMPTY;
    this.available[slot] = EMPTY;
    this.history[slot] = EMPTY;
    this.clauses[slot] = undefined;
  }

  /** The scoring profile of a slot (shares the stored arrays; nothing is copied). */
  profile(slot: number): VenueProfile {
    const label = this.labels[slot];
    return {
      id: this.ids[slot]!,
      name: this.names[slot]!,
      location:
        label === undefined
          ? { lat: this.lat[slot]!, lon: this.lon[slot]! }
          : { lat: this.lat[slot]!, lon: this.lon[slot]!, label },
      capacity: { min: this.capMin[slot]!, max: this.capMax[slot]! },
      budget: {
        minCents: this.priceMin[slot]!,
        maxCents: this.priceMax[slot]!,
        currency: CURRENCIES[this.currency[slot]!]!,
      },
      genres: this.genres[slot]!,
      availability: { busy: this.busy[slot]!, available: this.available[slot]! },
      history: this.history[slot]!,
      ...(this.clauses[slot] ? { radiusClause: this.clauses[slot] } : {}),
    };
  }
}

/** Artists as matching candidates; the block box covers every routing anchor (home, booked shows). */
export class ArtistStore extends SlotStore {
  readonly busy: (readonly string[])[] = [];
  readonly available: (readonly string[])[] = [];
  readonly shows: (readonly BookedShow[])[] = [];
  readonly zones: (readonly ExclusivityZone[])[] = [];
  private readonly labels: (string | undefined)[] = [];

  upsert(meta: CandidateMeta, a: ArtistProfile): void {
    const slot = this.allocate(meta.id);
    this.writeMeta(slot, meta, a.genres);
    this.lat[slot] = a.homeBase.lat;
    this.lon[slot] = a.homeBase.lon;
    this.labels[slot] = a.homeBase.label === undefined ? undefined : this.strings.intern(a.homeBase.label);
    this.capMin[slot] = a.capacity.min;
    this.capMax[slot] = a.capacity.max;
    this.priceMin[slot] = a.fee.minCents;
    this.priceMax[slot] = a.fee.maxCents;
    this.currency[slot] = a.fee.currency === 'CHF' ? 1 : 0;
    this.busy[slot] = a.availability.busy.length === 0 ? EMPTY : a.availability.busy;
    this.available[slot] =
      (a.availability.available ?? EMPTY).length === 0 ? EMPTY : a.availability.available!;
    this.shows[slot] = a.bookedShows.length === 0 ? EMPTY : a.bookedShows;
    this.zones[slot] = a.exclusivityZones.length === 0 ? EMPTY : a.exclusivityZones;
    this.declared[slot] = this.available[slot]!.length > 0 ? 1 : 0;
  }

  flagsOf(slot: number): number {
    return this.declared[slot] === 1 ? FLAG_DECLARED : 0;
  }

  anchorsOf(slot: number, widen: (lat: number, lon: number) => void): void {
    for (const s of this.shows[slot]!) widen(s.lat, s.lon);
  }

  protected clearLists(slot: number): void {
    this.busy[slot] = EMPTY;
    this.available[slot] = EMPTY;
    this.shows[slot] = EMPTY;
    this.zones[slot] = EMPTY;
  }

  profile(slot: number): ArtistProfile {
    const label = this.labels[slot];
    return {
      id: this.ids[slot]!,
      name: this.names[slot]!,
      genres: this.genres[slot]!,
      homeBase:
        label === undefined
          ? { lat: this.lat[slot]!, lon: this.lon[slot]! }
          : { lat: this.lat[slot]!, lon: this.lon[slot]!, label },
      capacity: { min: this.capMin[slot]!, max: this.capMax[slot]! },
      fee: {
        minCents: this.priceMin[slot]!,
        maxCents: this.priceMax[slot]!,
        currency: CURRENCIES[this.currency[slot]!]!,
      },
      availability: { busy: this.busy[slot]!, available: this.available[slot]! },
      bookedShows: this.shows[slot]!,
      exclusivityZones: this.zones[slot]!,
    };
  }
}
