import { describe, expect, it } from 'vitest';
import { csvTemplate, formatOfFile } from './import-file.ts';

describe('import files', () => {
  it.each([
    ['salles.csv', 'csv'],
    ['EXPORT.JSON', 'json'],
    ['lieux.xml', 'xml'],
    ['notes.pdf', null],
    ['sans-extension', null],
  ])('%s → %s', (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });

  it('writes the header row of the columns', () => {
    expect(csvTemplate([{ path: 'name' }, { path: 'details.capacityRange.min' }, { path: 'a,b' }])).toBe(
      'name,details.capacityRange.min,"a,b"\r\n',
    );
  });
});
