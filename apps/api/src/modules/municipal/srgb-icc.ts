/**
 * A compact ICC v2 display profile for sRGB (D50-adapted primaries, gamma 2.2 curves), built in
 * code: PDF/A requires an output intent with an embedded ICC profile, and no profile file ships
 * with our dependencies. Colorants are the Bradford-adapted sRGB primaries of the ICC spec.
 */
const s15 = (x: number) => Math.round(x * 65536);

function xyzTag(x: number, y: number, z: number): number[] {
  return [...ascii('XYZ '), 0, 0, 0, 0, ...int32(s15(x)), ...int32(s15(y)), ...int32(s15(z))];
}
function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}
function int32(v: number): number[] {
  const u = v >>> 0;
  return [(u >>> 24) & 255, (u >>> 16) & 255, (u >>> 8) & 255, u & 255];
}
function int16(v: number): number[] {
  return [(v >>> 8) & 255, v & 255];
}
function pad4(bytes: number[]): number[] {
  while (bytes.length % 4 !== 0) bytes.push(0);
  return bytes;
}

function descTag(text: string): number[] {
  // textDescriptionType: ASCII part, empty Unicode part, empty ScriptCode part (67 bytes).
  return [
    ...ascii('desc'),
    0,
    0,
    0,
    0,
    ...int32(text.length + 1),
    ...ascii(text),
    0,
    ...int32(0),
    ...int32(0),
    ...int16(0),
    0,
    ...new Array<number>(67).fill(0),
  ];
}

export function srgbIccProfile(): Uint8Array {
  const gamma = [...ascii('curv'), 0, 0, 0, 0, ...int32(1), ...int16(0x0233)]; // u8Fixed8 2.2
  const tags: [string, number[]][] = [
    ['desc', descTag('sRGB IEC61966-2.1 (compact)')],
    ['cprt', [...ascii('text'), 0, 0, 0, 0, ...ascii('No copyright, use freely'), 0]],
    ['wtpt', xyzTag(0.9642, 1.0, 0.8249)],
    ['rXYZ', xyzTag(0.4361, 0.2225, 0.0139)],
    ['gXYZ', xyzTag(0.3851, 0.7169, 0.0971)],
    ['bXYZ', xyzTag(0.1431, 0.0606, 0.7141)],
    ['rTRC', gamma],
  ];
  const shared: [string, string][] = [
    ['gTRC', 'rTRC'],
    ['bTRC', 'rTRC'],
  ];
  const count = tags.length + shared.length;
  let offset = 128 + 4 + count * 12;
  const table: number[] = [];
  const data: number[] = [];
  const offsets = new Map<string, [number, number]>();
  for (const [sig, bytes] of tags) {
    offsets.set(sig, [offset, bytes.length]);
    table.push(...ascii(sig), ...int32(offset), ...int32(bytes.length));
    const padded = pad4([...bytes]);
    data.push(...padded);
    offset += padded.length;
  }
  for (const [sig, same] of shared) {
    const [o, len] = offsets.get(same) ?? [0, 0];
    table.push(...ascii(sig), ...int32(o), ...int32(len));
  }
  const size = 128 + 4 + table.length + data.length;
  const header = [
    ...int32(size),
    0,
    0,
    0,
    0,
    ...int32(0x02100000),
    ...ascii('mntr'),
    ...ascii('RGB '),
    ...ascii('XYZ '),
    ...int16(2026),
    ...int16(1),
    ...int16(1),
    0,
    0,
    0,
    0,
    0,
    0,
    ...ascii('acsp'),
    ...new Array<number>(4 + 4 + 4 + 4 + 8 + 4).fill(0),
    ...int32(s15(0.9642)),
    ...int32(s15(1.0)),
    ...int32(s15(0.8249)),
    ...new Array<number>(4 + 16 + 28).fill(0),
  ];
  if (header.length !== 128) throw new Error(`ICC header is ${header.length} bytes`);
  return new Uint8Array([...header, ...int32(count), ...table, ...data]);
}
