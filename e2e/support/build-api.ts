import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Vitest global setup: the journeys run the API's production bundle, rebuilt from the sources first. */
export default function buildApi(): void {
  execFileSync(process.execPath, ['scripts/build-api.mjs'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
