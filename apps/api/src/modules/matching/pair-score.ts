import { type DbOrTx, matchingShortlist } from '@flowstage/db';
import { and, desc, eq, or } from 'drizzle-orm';
import type { MatchingIndex } from './index/matching-index.ts';
import { matchBody } from './match.schema.ts';
import { findCandidate } from './run-match.ts';
import { prepare } from './search.ts';

export interface PairScoreInput {
  readonly userId: string;
  /** The caller's organisation and its own profile in the pair (artist or venue side). */
  readonly organisationId: string;
  readonly side: 'artist' | 'venue';
  readonly artistProfileId: string;
  readonly venueProfileId: string;
  readonly day: string;
}

/**
 * Match score (0–100) of an artist and a venue on a day, for the booking module's tiering: the
 * score saved in a shortlist when there is one, else computed now by the engine. Null when the
 * pair is excluded by a hard constraint or a profile is not in the index.
 */
export async function pairScore(
  db: DbOrTx,
  index: MatchingIndex,
  input: PairScoreInput,
): Promise<number | null> {
  const [saved] = await db
    .select({ score: matchingShortlist.score })
    .from(matchingShortlist)
    .where(
      and(
        eq(matchingShortlist.day, input.day),
        or(
          and(
            eq(matchingShortlist.subjectProfileId, input.artistProfileId),
            eq(matchingShortlist.candidateProfileId, input.venueProfileId),
          ),
          and(
            eq(matchingShortlist.subjectProfileId, input.venueProfileId),
            eq(matchingShortlist.candidateProfileId, input.artistProfileId),
          ),
        ),
      ),
    )
    .orderBy(desc(matchingShortlist.createdAt))
    .limit(1);
  if (saved) return saved.score;
  const body = matchBody.parse(
    input.side === 'artist'
      ? {
          kind: 'venues-for-artist',
          organisationId: input.organisationId,
          artistProfileId: input.artistProfileId,
          dates: [input.day],
        }
      : {
          kind: 'artists-for-venue',
          organisationId: input.organisationId,
          venueProfileId: input.venueProfileId,
          dates: [input.day],
        },
  );
  const { built, config } = await prepare({ db, index }, input.userId, body);
  const candidate = input.side === 'artist' ? input.venueProfileId : input.artistProfileId;
  const hit = findCandidate(index, built.built, config, candidate);
  if (!hit) return null;
  const result = hit.result();
  return result.kind === 'scored' ? result.total : null;
}
