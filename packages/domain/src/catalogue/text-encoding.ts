/** How an uploaded text file was decoded. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'windows-1252' }
  | { readonly ok: false; readonly reason: string };

/**
 * Spreadsheets on French Windows machines still export CSV in Windows-1252 (a Latin-1 superset).
 * Valid UTF-8 is taken as is (BOM stripped); otherwise, when the bytes look like Latin-1 text
 * (no control characters), they are converted; anything else (binary, UTF-16) is refused.
 */
export function decodeUpload(bytes: Uint8Array, allowLatin1: boolean): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, reason: 'the file is binary or UTF-16, not UTF-8 text' };
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    if (!allowLatin1)
      return {
        ok: false,
        reason: 'the file is not valid UTF-8: save it as UTF-8 or declare charset=windows-1252',
      };
    for (const b of bytes) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)
        return { ok: false, reason: 'the file is neither UTF-8 nor Latin-1 text' };
    }
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** CSV cells starting with = + - @ (or tab/CR) are formulas to a spreadsheet: prefix an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Most frequent separator among the candidates in the header line, to report a wrong delimiter. */
export function guessDelimiter(headerLine: string): ',' | ';' | '\t' | '|' {
  const candidates = [',', ';', '\t', '|'] as const;
  let best: (typeof candidates)[number] = ',';
  let bestCount = -1;
  for (const c of candidates) {
    const n = headerLine.split(c).length - 1;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}
