import { describe, expect, it } from 'vitest';
import { fieldFromPath, isKnownErrorCode, parseProblem } from './problem.ts';

describe('parseProblem', () => {
  it.each([
    [
      'full problem',
      400,
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Invalid body',
        errors: [{ path: 'email', message: 'Invalid email' }],
      },
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'Invalid body',
        fieldErrors: [{ field: 'email', message: 'Invalid email' }],
      },
    ],
    [
      'array paths and body prefix',
      400,
      {
        code: 'VALIDATION_FAILED',
        errors: [
          { path: ['body', 'password'], message: 'Too short' },
          { path: 3, message: 'x' },
        ],
      },
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: undefined,
        fieldErrors: [{ field: 'password', message: 'Too short' }],
      },
    ],
    ['no body', 502, undefined, { status: 502, code: 'INTERNAL', detail: undefined, fieldErrors: [] }],
    ['html body', 404, '<html>', { status: 404, code: 'NOT_FOUND', detail: undefined, fieldErrors: [] }],
    [
      'empty code',
      429,
      { code: '', detail: '' },
      { status: 429, code: 'RATE_LIMITED', detail: undefined, fieldErrors: [] },
    ],
    [
      'unknown code kept',
      409,
      { code: 'HOLD_CHALLENGED', detail: 'Held' },
      { status: 409, code: 'HOLD_CHALLENGED', detail: 'Held', fieldErrors: [] },
    ],
  ])('%s', (_name, status, body, expected) => {
    expect(parseProblem(status, body)).toEqual(expected);
  });
});

describe('fieldFromPath', () => {
  it.each([
    ['email', 'email'],
    ['body.email', 'email'],
    ['/email', 'email'],
    ['/body/organisationName', 'organisationName'],
    ['', ''],
  ])('%j → %j', (path, field) => {
    expect(fieldFromPath(path)).toBe(field);
  });
});

describe('isKnownErrorCode', () => {
  it.each([
    ['INVALID_CREDENTIALS', true],
    ['EMAIL_TAKEN', true],
    ['HOLD_CHALLENGED', false],
    ['invalid_credentials', false],
  ])('%s → %s', (code, known) => {
    expect(isKnownErrorCode(code)).toBe(known);
  });
});
