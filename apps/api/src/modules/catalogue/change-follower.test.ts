import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@flowstage/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProfileChangeFollower } from './change-follower.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const change = (profileId: string) =>
  db.db.execute(sql`insert into catalogue_profile_changes (profile_id) values (${profileId}::uuid)`);

async function pulled(follower: ProfileChangeFollower): Promise<string[]> {
  let ids: string[] = [];
  await follower.pull((changed) => {
    ids = changed;
  });
  return ids;
}

describe('ProfileChangeFollower', () => {
  it('hands over each changed profile once, after what existed when it started', async () => {
    const before = randomUUID();
    await change(before);
    const follower = new ProfileChangeFollower(db.db);
    await follower.startFromNow();
    const a = randomUUID();
    const b = randomUUID();
    await change(a);
    await change(b);
    await change(a);
    // The start's own change is re-read (look-back window) but every id comes once.
    const first = await pulled(follower);
    expect(first).toEqual(expect.arrayContaining([a, b]));
    expect(new Set(first).size).toBe(first.length);
    expect(await pulled(follower)).toEqual([]);
    expect(follower.seq).toBeGreaterThan(0);
  });

  it('hands the same changes over again when applying them failed', async () => {
    const follower = new ProfileChangeFollower(db.db);
    await follower.startFromNow();
    await pulled(follower); // drains the look-back window of the previous test
    const id = randomUUID();
    await change(id);
    await expect(
      follower.pull(() => {
        throw new Error('database went away');
      }),
    ).rejects.toThrow('database went away');
    expect(await pulled(follower)).toEqual([id]);
    expect(await pulled(follower)).toEqual([]);
  });
});
