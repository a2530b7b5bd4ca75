import type { TransferFormat } from './types.ts';

/** Format from the file name (the API also reads the Content-Type we send from it). */
export function formatOfFile(name: string): TransferFormat | null {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'xml') return 'xml';
  return null;
}

/** A CSV template: the header row of the import columns (lists |-separated, JSON cells as JSON). */
export function csvTemplate(columns: readonly { path: string }[]): string {
  return `${columns.map((c) => (/[",;\n]/.test(c.path) ? `"${c.path.replaceAll('"', '""')}"` : c.path)).join(',')}\r\n`;
}
