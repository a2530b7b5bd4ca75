import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tourLength } from './distance-matrix.ts';
import { euc2dMatrix, parseOptima, parseTsplib } from './tsplib.ts';

const coords = fc.array(
  fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })),
  {
    minLength: 1,
    maxLength: 40,
  },
);

function render(
  name: string,
  points: readonly (readonly [number, number])[],
  order: readonly number[],
): string {
  const header = [`NAME : ${name}`, 'TYPE : TSP', `DIMENSION: ${points.length}`, 'EDGE_WEIGHT_TYPE : EUC_2D'];
  const body = order.map((i) => `  ${i + 1} ${points[i]![0]} ${points[i]![1]}`);
  return [...header, 'NODE_COORD_SECTION', ...body, 'EOF', ''].join('\n');
}

describe('parseTsplib', () => {
  it('round-trips any EUC_2D instance, whatever the order of the coordinate lines', () => {
    fc.assert(
      fc.property(coords, fc.integer(), (points, seed) => {
        const order = points
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const parsed = parseTsplib(render('x', points, order));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.instance.dimension).toBe(points.length);
        points.forEach(([x, y], i) => {
          expect(parsed.instance.xs[i]).toBe(x);
          expect(parsed.instance.ys[i]).toBe(y);
        });
      }),
    );
  });

  it('gives a symmetric matrix with zero diagonal and nint distances', () => {
    fc.assert(
      fc.property(coords, (points) => {
        const parsed = parseTsplib(
          render(
            'x',
            points,
            points.map((_, i) => i),
          ),
        );
        if (!parsed.ok) throw new Error(parsed.error);
        const m = euc2dMatrix(parsed.instance);
        for (let i = 0; i < m.n; i++) {
          expect(m.data[i * m.n + i]).toBe(0);
          for (let j = 0; j < m.n; j++) {
            const [xi, yi] = points[i]!;
            const [xj, yj] = points[j]!;
            expect(m.data[i * m.n + j]).toBe(Math.round(Math.hypot(xi - xj, yi - yj)));
            expect(m.data[i * m.n + j]).toBe(m.data[j * m.n + i]);
          }
        }
      }),
    );
  });

  it.each([
    [
      'no coordinate section',
      'NAME : a\nDIMENSION : 2\nEDGE_WEIGHT_TYPE : EUC_2D\n',
      'missing NODE_COORD_SECTION',
    ],
    ['another metric', 'DIMENSION : 1\nEDGE_WEIGHT_TYPE : GEO\nNODE_COORD_SECTION\n1 0 0\n', 'unsupported'],
    [
      'a missing node',
      'DIMENSION : 2\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n1 0 0\nEOF\n',
      'node 2',
    ],
    [
      'a duplicate node',
      'DIMENSION : 2\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n1 1 1\n',
      'duplicate',
    ],
    ['a bad line', 'DIMENSION : 1\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n1 a b\n', 'bad coordinate'],
  ])('rejects %s', (_label, text, message) => {
    const parsed = parseTsplib(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('computes the known length of a unit square tour', () => {
    const parsed = parseTsplib(
      render(
        'sq',
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
        ],
        [0, 1, 2, 3],
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(tourLength(euc2dMatrix(parsed.instance), [0, 1, 2, 3])).toBe(40);
  });

  it('reads optima lines', () => {
    expect([...parseOptima('eil51 : 426\n a280: 2579\n\njunk')]).toEqual([
      ['eil51', 426],
      ['a280', 2579],
    ]);
  });
});
