import { describe, expect, it } from 'vitest';
import { tileConfig } from './map-config.ts';

describe('tileConfig', () => {
  it.each([
    [{}, 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    [
      { VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' },
      'https://tiles.example.org/{z}/{x}/{y}.png',
    ],
    [{ VITE_TILE_URL: '' }, null],
    [{ VITE_TILE_URL: ' offline ' }, null],
  ])('%j → %s', (env, url) => {
    expect(tileConfig(env).url).toBe(url);
  });

  it('keeps a custom attribution', () => {
    expect(tileConfig({ VITE_TILE_ATTRIBUTION: 'Tiles © X' }).attribution).toBe('Tiles © X');
  });
});
