import { describe, expect, it } from 'vitest';
import { ofTown, organisationName } from './names.ts';
import { createRandom } from './random.ts';

describe('demo organisation names', () => {
  it('says "of <town>" the French way', () => {
    expect(ofTown('Lyon')).toBe('de Lyon');
    expect(ofTown('Arles')).toBe("d'Arles");
    expect(ofTown('Évreux')).toBe("d'Évreux");
    expect(ofTown('Le Mans')).toBe('du Mans');
    expect(ofTown("Les Sables-d'Olonne")).toBe("des Sables-d'Olonne");
    expect(ofTown('La Rochelle')).toBe('de La Rochelle');
  });

  it('gives venues of different towns mostly different names', () => {
    const random = createRandom(42);
    const towns = ['Lyon', 'Arles', 'Lille', 'Nantes', 'Namur', 'Genève', 'Metz', 'Brest'];
    const names = Array.from({ length: 400 }, (_, i) => organisationName('venue', towns[i % 8]!, random));
    // word + fixed suffix alone allows 160 names; naming after the town lifts that ceiling.
    expect(new Set(names).size).toBeGreaterThan(180);
    expect(names.some((n) => n.endsWith(' de Lyon'))).toBe(true);
  });
});
