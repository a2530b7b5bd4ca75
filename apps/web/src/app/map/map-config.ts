// Map configuration from the build environment. VITE_TILE_URL='' (or 'offline') skips tiles
// altogether and draws the bundled outline basemap, for demos without internet.
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export interface TileConfig {
  /** Raster tile URL template, or null when the offline basemap is forced. */
  url: string | null;
  attribution: string;
}

export function tileConfig(env: Record<string, string | undefined> = import.meta.env): TileConfig {
  const raw = env.VITE_TILE_URL;
  const url = raw === undefined ? DEFAULT_TILE_URL : raw.trim();
  return {
    url: url === '' || url === 'offline' ? null : url,
    attribution: env.VITE_TILE_ATTRIBUTION ?? DEFAULT_ATTRIBUTION,
  };
}

/** Tiles are judged unreachable after this many failures with not a single success. */
export const TILE_FAILURES_BEFORE_FALLBACK = 3;

/** Centre of the platform's four countries (FR, BE, CH, LU), zoom 5 shows them whole. */
export const DEFAULT_CENTER: [number, number] = [47.0, 3.5];
export const DEFAULT_ZOOM = 5;
