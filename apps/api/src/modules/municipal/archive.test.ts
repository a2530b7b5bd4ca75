import { describe, expect, it } from 'vitest';
import { retentionEnd, sha256Hex } from './archive.ts';
import { srgbIccProfile } from './srgb-icc.ts';

describe('archive retention', () => {
  it.each([
    ['2026-05-25', '2036-05-25'],
    ['2024-02-29', '2034-03-01'],
    ['2026-12-31', '2036-12-31'],
  ])('a document archived on %s is kept until %s', (created, until) => {
    expect(retentionEnd(created)).toBe(until);
  });

  it('hashes content as lowercase hex SHA-256', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('sRGB ICC profile for the PDF/A output intent', () => {
  it('has a consistent header: size, acsp signature, RGB display class, tag count', () => {
    const icc = srgbIccProfile();
    const view = new DataView(icc.buffer);
    const ascii = (offset: number) => String.fromCharCode(...icc.subarray(offset, offset + 4));
    expect(view.getUint32(0)).toBe(icc.length);
    expect(ascii(36)).toBe('acsp');
    expect([ascii(12), ascii(16), ascii(20)]).toEqual(['mntr', 'RGB ', 'XYZ ']);
    const count = view.getUint32(128);
    expect(count).toBe(9);
    for (let i = 0; i < count; i++) {
      const offset = view.getUint32(132 + i * 12 + 4);
      const size = view.getUint32(132 + i * 12 + 8);
      expect(offset % 4).toBe(0);
      expect(offset + size).toBeLessThanOrEqual(icc.length);
    }
  });
});
