/**
 * After a bulk load (the matching and search indexes read every published profile), the rows read
 * are garbage that V8 keeps in the old generation until its next full collection, which a quiet
 * process may not run for hours: the memory stays resident. When the process runs with
 * --expose-gc (npm start and the benchmarks do), full collections after the load return it: about
 * 150 MB of RSS at 200,000 profiles, for four pauses of ~100 ms once. Four, spaced out: V8 shrinks
 * its heap a step per collection, once the previous one's sweeping is done (measured).
 */
export function collectAfterBulkLoad(): void {
  const collect = globalThis.gc;
  if (!collect) return;
  collect();
  for (const seconds of [2, 4, 6]) setTimeout(() => collect(), seconds * 1000).unref();
}
