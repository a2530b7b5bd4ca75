import { AppError } from '../../errors.ts';

/** Keyset position: the sort key and id of the last row of a page. */
export interface Cursor {
  readonly k: number | string;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(text: string, numeric: boolean): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && 'k' in value && 'id' in value) {
      const { k, id } = value as { k: unknown; id: unknown }; // checked member by member below
      if (
        (numeric ? typeof k === 'number' : typeof k === 'string') &&
        typeof id === 'string' &&
        UUID.test(id)
      )
        return { k: k as number | string, id }; // type checked on the line above
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'bad cursor', {
    detail: 'The cursor is invalid or belongs to another sort: start again from the first page.',
    errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
  });
}
