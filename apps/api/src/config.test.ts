import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults for a fresh machine (embedded database, port 3000)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', RATE_LIMIT_PER_HOUR: 1000 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('JWT_SECRET');
    }
  });

  it('runs several API processes only on a PostgreSQL server', () => {
    expect(loadConfig({}).API_PROCESSES).toBe(1);
    expect(loadConfig({ API_PROCESSES: '2', DATABASE_URL: 'postgres://db/x' }).API_PROCESSES).toBe(2);
    expect(() => loadConfig({ API_PROCESSES: '2' })).toThrow(
      /API_PROCESSES: several processes need DATABASE_URL/,
    );
    expect(() => loadConfig({ API_PROCESSES: '0', DATABASE_URL: 'postgres://db/x' })).toThrow(
      /API_PROCESSES/,
    );
  });
});
