const DAY_MS = 86_400_000;

/**
 * The i-th day of a circuit in the coming high season (July–August, inside every campsite season):
 * from two weeks ahead when that is already summer, else from the next 1 July.
 */
export function summerDay(i: number, now = new Date()): string {
  const soon = new Date(now.getTime() + 14 * DAY_MS);
  const year = soon.getUTCFullYear();
  const julyFirst = Date.UTC(year, 6, 1);
  const start =
    soon.getTime() >= julyFirst && soon.getTime() + i * DAY_MS < Date.UTC(year, 8, 1)
      ? soon.getTime()
      : soon.getTime() < julyFirst
        ? julyFirst
        : Date.UTC(year + 1, 6, 1);
  return new Date(start + i * DAY_MS).toISOString().slice(0, 10);
}
