import { type DistanceMatrix, matrixFromFunction } from './distance-matrix.ts';

export interface TsplibInstance {
  readonly name: string;
  readonly dimension: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

export type TsplibParseResult =
  | { readonly ok: true; readonly instance: TsplibInstance }
  | { readonly ok: false; readonly error: string };

/** Parses a TSPLIB file of EDGE_WEIGHT_TYPE EUC_2D (the only type our benchmark uses). */
export function parseTsplib(text: string): TsplibParseResult {
  const lines = text.split(/\r?\n/);
  let name = '';
  let dimension = -1;
  let weightType = '';
  let k = 0;
  for (; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (line === '') continue;
    if (line.startsWith('NODE_COORD_SECTION')) break;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toUpperCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'NAME') name = value;
    else if (key === 'DIMENSION') dimension = Number(value);
    else if (key === 'EDGE_WEIGHT_TYPE') weightType = value.toUpperCase();
  }
  if (k === lines.length) return { ok: false, error: 'missing NODE_COORD_SECTION' };
  if (!Number.isInteger(dimension) || dimension < 1)
    return { ok: false, error: 'missing or invalid DIMENSION' };
  if (weightType !== 'EUC_2D') return { ok: false, error: `unsupported EDGE_WEIGHT_TYPE "${weightType}"` };
  const xs = new Float64Array(dimension);
  const ys = new Float64Array(dimension);
  const seen = new Uint8Array(dimension);
  for (k++; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (line === '' || line === 'EOF') break;
    const parts = line.split(/\s+/);
    const id = Number(parts[0]);
    const x = Number(parts[1]);
    const y = Number(parts[2]);
    if (parts.length < 3 || !Number.isInteger(id) || !Number.isFinite(x) || !Number.isFinite(y)) {
      return { ok: false, error: `bad coordinate line ${k + 1}: "${line}"` };
    }
    if (id < 1 || id > dimension) return { ok: false, error: `node id ${id} outside 1..${dimension}` };
    if (seen[id - 1]) return { ok: false, error: `duplicate node id ${id}` };
    seen[id - 1] = 1;
    xs[id - 1] = x;
    ys[id - 1] = y;
  }
  const missing = seen.indexOf(0);
  if (missing >= 0) return { ok: false, error: `node ${missing + 1} has no coordinates` };
  return { ok: true, instance: { name, dimension, xs, ys } };
}

/** TSPLIB's EUC_2D metric: nint(sqrt(dx² + dy²)), rounded half up as in the TSPLIB spec. */
export function euc2dMatrix(instance: TsplibInstance): DistanceMatrix {
  const { xs, ys } = instance;
  return matrixFromFunction(
    instance.dimension,
    (i, j) => Math.floor(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) + 0.5),
    'int',
  );
}

/** Parses optima.txt lines such as "eil51 : 426". */
export function parseOptima(text: string): Map<string, number> {
  const optima = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([\w.-]+)\s*:\s*(\d+)\s*$/.exec(line);
    if (match) optima.set(match[1]!, Number(match[2]));
  }
  return optima;
}
