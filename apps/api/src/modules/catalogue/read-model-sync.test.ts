import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadModelSync } from './read-model-sync.ts';

/** A pull that resolves when the test says so, counting its calls. */
function controlledPull() {
  const pending: (() => void)[] = [];
  const pull = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0); // let the awaiting callers run
  };
  return { pull, finish };
}

describe('ReadModelSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-26T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('answers at once while the last sync is recent', async () => {
    const { pull } = controlledPull();
    const sync = new ReadModelSync(pull, () => undefined);
    sync.loaded(Date.now());
    vi.advanceTimersByTime(150);
    await sync.fresh();
    expect(pull).not.toHaveBeenCalled();
  });

  it('answers at once and catches up in the background between the soft and hard bounds', async () => {
    const { pull, finish } = controlledPull();
    const sync = new ReadModelSync(pull, () => undefined);
    sync.loaded(Date.now());
    vi.advanceTimersByTime(500);
    await sync.fresh(); // resolved although the pull has not finished
    expect(pull).toHaveBeenCalledTimes(1);
    await sync.fresh(); // one sync in flight serves everyone
    expect(pull).toHaveBeenCalledTimes(1);
    const startedAt = Date.now();
    await finish();
    expect(sync.syncedFrom).toBe(startedAt);
  });

  it('waits for a sync started after the call when idle past the hard bound', async () => {
    const { pull, finish } = controlledPull();
    const sync = new ReadModelSync(pull, () => undefined);
    sync.loaded(Date.now());
    vi.advanceTimersByTime(1500);
    let answered = false;
    const query = sync.fresh().then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(false);
    await finish();
    await query;
    expect(answered).toBe(true);
  });

  it("after this process's own write, waits for a sync that started after the write", async () => {
    const { pull, finish } = controlledPull();
    const sync = new ReadModelSync(pull, () => undefined);
    sync.loaded(Date.now());
    vi.advanceTimersByTime(500);
    await sync.fresh(); // a background sync starts now, before the write
    vi.advanceTimersByTime(10);
    sync.invalidate();
    let answered = false;
    const query = sync.fresh().then(() => {
      answered = true;
    });
    await finish(); // the sync that started before the write ends: not enough
    expect(answered).toBe(false);
    expect(pull).toHaveBeenCalledTimes(2); // a second one started
    await finish();
    await query;
    expect(answered).toBe(true);
    // caught up: the next query answers at once
    await sync.fresh();
    expect(pull).toHaveBeenCalledTimes(2);
  });

  it('reports a failed background sync and tries again on a later query', async () => {
    const errors: unknown[] = [];
    const pull = vi.fn().mockRejectedValueOnce(new Error('connection lost')).mockResolvedValue(undefined);
    const sync = new ReadModelSync(pull, (e) => errors.push(e));
    sync.loaded(Date.now());
    vi.advanceTimersByTime(500);
    await sync.fresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await sync.fresh();
    expect(pull).toHaveBeenCalledTimes(2);
  });
});
