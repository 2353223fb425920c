import { resolve } from 'node:path';
import { isLoopbackHost, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('has defaults that serve GraphQL on localhost:4000 from ./data with the embedded store', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: 'localhost', dataDir: resolve('./data'), store: 'embedded', logLevel: 'info', corsOrigins: [], maxPageSize: 100 });
    expect(c.apiKey).toBeUndefined();
  });

  it('reads every setting from the environment it is given', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      SAYSO_DATA_DIR: '/tmp/x',
      SAYSO_STORE: 'neo4j',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'news',
      SAYSO_API_KEY: 'a-long-enough-key',
      LOG_LEVEL: 'debug',
      SAYSO_CORS_ORIGINS: 'https://a.example.org, http://localhost:3000',
      SAYSO_MAX_PAGE_SIZE: '50',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
      store: 'neo4j',
      neo4j: { uri: 'bolt://db:7687', user: 'u', password: 'p', database: 'news' },
      apiKey: 'a-long-enough-key',
      logLevel: 'debug',
      corsOrigins: ['https://a.example.org', 'http://localhost:3000'],
      maxPageSize: 50,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', SAYSO_API_KEY: '' })).toMatchObject({ port: 4000 });
    expect(loadConfig({ SAYSO_API_KEY: '' }).apiKey).toBeUndefined();
  });

  it('lists every bad value with a clear message', () => {
    expect(() => loadConfig({ PORT: 'abc', SAYSO_STORE: 'mysql', LOG_LEVEL: 'loud' })).toThrow(
      /PORT must be a whole number \(got "abc"\)[\s\S]*SAYSO_STORE must be "embedded" or "neo4j" \(got "mysql"\)[\s\S]*LOG_LEVEL must be one of/,
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be at most 65535/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI must look like/);
    expect(() => loadConfig({ SAYSO_API_KEY: 'short' })).toThrow(/at least 12 characters/);
    expect(() => loadConfig({ SAYSO_CORS_ORIGINS: 'not a url' })).toThrow(/SAYSO_CORS_ORIGINS/);
    // Without a password sayso connects without credentials (a local server with auth off).
    expect(loadConfig({ SAYSO_STORE: 'neo4j' }).neo4j).toMatchObject({ user: '', password: '' });
    expect(loadConfig({ SAYSO_STORE: 'neo4j', NEO4J_PASSWORD: 'p' }).neo4j).toMatchObject({ user: 'neo4j', password: 'p' });
  });

  it('bounds Neo4j reads by the request time limit unless told otherwise', () => {
    expect(loadConfig({}).neo4j.readTimeoutMs).toBe(10000);
    expect(loadConfig({ SAYSO_REQUEST_TIMEOUT_MS: '2500' }).neo4j.readTimeoutMs).toBe(2500);
    expect(loadConfig({ SAYSO_REQUEST_TIMEOUT_MS: '2500', NEO4J_READ_TIMEOUT_MS: '60000' }).neo4j.readTimeoutMs).toBe(60000);
    expect(loadConfig({ NEO4J_READ_TIMEOUT_MS: '0' }).neo4j.readTimeoutMs).toBe(0);
    expect(() => loadConfig({ NEO4J_READ_TIMEOUT_MS: '-1' })).toThrow(/NEO4J_READ_TIMEOUT_MS must be a whole number/);
  });

  it('tells loopback hosts apart', () => {
    for (const h of ['localhost', '127.0.0.1', '::1', '[::1]', '127.1.2.3']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.2', 'example.org']) expect(isLoopbackHost(h)).toBe(false);
  });
});
