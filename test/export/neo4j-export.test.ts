import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough } from 'node:stream';
import neo4j, { type Driver } from 'neo4j-driver';
import { exportToCsvDirectory, exportToStream, splitCypherScript, type StreamFormat } from '../../src/export';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore, StoreStats } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';
import { parseCsv } from './csv-parse';
import { createFixtureStore, fixtureGraphs, IDS, NASTY } from './fixture';

/**
 * The Cypher and CSV exports loaded into a real, empty Neo4j must give back the source store's
 * counts and answers. These tests wipe the database, under the shared Neo4j test lock.
 */

async function neo4jCounts(driver: Driver): Promise<Pick<StoreStats, 'nodes' | 'edges' | 'totalNodes' | 'totalEdges'>> {
  const nodes: StoreStats['nodes'] = {};
  const edges: StoreStats['edges'] = {};
  let totalNodes = 0;
  let totalEdges = 0;
  const n = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c');
  for (const r of n.records) nodes[r.get('label') as keyof StoreStats['nodes']] = neo4j.integer.toNumber(r.get('c'));
  const total = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  totalNodes = neo4j.integer.toNumber(total.records[0]!.get('c'));
  const e = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c');
  for (const r of e.records) {
    const c = neo4j.integer.toNumber(r.get('c'));
    edges[r.get('type') as keyof StoreStats['edges']] = c;
    totalEdges += c;
  }
  return { nodes, edges, totalNodes, totalEdges };
}

/** The headline question in Cypher: Kim's conditions through SET edges. */
async function kimConditions(driver: Driver): Promise<string[]> {
  const r = await driver.executeQuery('MATCH (:Person {id: $kim})-[:SET]->(c:Condition) RETURN c.text AS text ORDER BY text', { kim: IDS.KIM });
  return r.records.map((x) => x.get('text') as string);
}

async function render(source: GraphStore, format: StreamFormat, selection = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportToStream(source, format, selection, out);
  return Buffer.concat(chunks).toString('utf8');
}

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/** `name:type` header -> a Cypher expression over `row` giving the typed value (null when empty). */
function column(header: string): { name: string; expr: string } {
  const colon = header.lastIndexOf(':');
  const name = colon > 0 ? header.slice(0, colon) : header;
  const type = colon > 0 ? header.slice(colon + 1) : 'string';
  const raw = `row.${quote(header)}`;
  const present = `CASE WHEN ${raw} IS NULL OR ${raw} = '' THEN null ELSE `;
  switch (type) {
    case 'int':
      return { name, expr: `${present}toInteger(${raw}) END` };
    case 'double':
      return { name, expr: `${present}toFloat(${raw}) END` };
    case 'boolean':
      return { name, expr: `${present}toBoolean(${raw}) END` };
    case 'string[]':
      return { name, expr: `${present}split(${raw}, ';') END` };
    default:
      return { name, expr: `${present}${raw} END` };
  }
}

/** What follows `... AS row` for one exported file, read from its neo4j-admin header. */
function loadBody(file: string, header: string[]): string {
  const m = /^(nodes|edges)-(\w+)\.csv$/.exec(basename(file));
  if (!m) throw new Error(`Unexpected file ${file}`);
  if (m[1] === 'nodes') {
    expect(header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    const props = header.slice(2).map(column);
    return `CREATE (n:${quote(m[2]!)} {id: row.${quote('id:ID')}}) SET n += {${props.map((p) => `${quote(p.name)}: ${p.expr}`).join(', ')}}`;
  }
  expect(header.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
  const props = header.slice(3).map(column);
  return (
    `MATCH (a {id: row.${quote(':START_ID')}}) MATCH (b {id: row.${quote(':END_ID')}}) ` +
    `CREATE (a)-[r:${quote(m[2]!)}]->(b) SET r += {${props.map((p) => `${quote(p.name)}: ${p.expr}`).join(', ')}}`
  );
}

describeNeo4j('exports into Neo4j', (target) => {
  let release: (() => void) | null = null;
  let driver: Driver;
  let store: GraphStore;
  let stats: StoreStats;
  let dir: string;

  beforeAll(async () => {
    release = await lockNeo4j(target);
    driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
    store = await createFixtureStore();
    stats = await store.stats();
    dir = await mkdtemp(join(tmpdir(), 'sayso-neo4j-export-'));
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    release?.();
  });

  it('rebuilds the graph from the Cypher script, and a rerun changes nothing', async () => {
    await wipeNeo4j(target);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportToStream(store, 'cypher', {}, out);
    const statements = splitCypherScript(Buffer.concat(chunks).toString('utf8'));
    for (let pass = 0; pass < 2; pass++) {
      for (const statement of statements) {
        const session = driver.session({ database: target.database });
        try {
          await session.run(statement);
        } finally {
          await session.close();
        }
      }
      expect(await neo4jCounts(driver)).toEqual({ nodes: stats.nodes, edges: stats.edges, totalNodes: stats.totalNodes, totalEdges: stats.totalEdges });
    }
    expect(await kimConditions(driver)).toEqual(['only if the US drops its hostile policy', 'unless Washington accepts us as a nuclear state']);

    const kim = await driver.executeQuery('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.name AS name', { id: IDS.KIM });
    expect(kim.records[0]!.get('aliases')).toEqual(['Kim Jong-un', 'Kim; the leader']);
    const nasty = await driver.executeQuery(
      "MATCH (s:Statement {quoteKey: 'nasty'}) RETURN s.text AS text, s.confidence AS confidence, s.start AS start, valueType(s.confidence) AS ct, valueType(s.start) AS st",
    );
    const row = nasty.records[0]!;
    // Everything survives the literals; only the lone surrogate, which has no UTF-8 form, is U+FFFD.
    expect(row.get('text')).toBe(NASTY.replace('\ud800', '\ufffd'));
    expect([row.get('ct'), row.get('st')]).toEqual(['FLOAT NOT NULL', 'INTEGER NOT NULL']);
    const said = await driver.executeQuery('MATCH (:Person {id: $id})-[r:SAID]->(s:Statement) RETURN r.cue AS cue, r.articleId AS a, s.articleId AS sa', { id: IDS.KIM });
    expect(said.records).toHaveLength(2);
    for (const r of said.records) expect(r.get('a')).toBe(r.get('sa'));
  });

  it('loads the CSV files with LOAD CSV (or row by row through the driver) to the same counts', async () => {
    await wipeNeo4j(target);
    const csvDir = join(dir, 'csv');
    const summary = await exportToCsvDirectory(store, {}, csvDir);
    const config = await driver.executeQuery(
      "CALL dbms.listConfig() YIELD name, value WHERE name IN ['server.directories.import', 'dbms.security.allow_csv_import_from_file_urls'] RETURN name, value",
    );
    const setting = new Map(config.records.map((r) => [r.get('name') as string, r.get('value') as string] as const));
    const importDir = setting.get('server.directories.import');
    const fileUrls = setting.get('dbms.security.allow_csv_import_from_file_urls') === 'true';
    // LOAD CSV reads file URLs relative to the server's import directory (a standard server), or
    // from the filesystem root (the embedded local server): either works when the server runs on
    // this machine. A remote server gets the same rows through the driver with UNWIND instead.
    const sub = `sayso-export-test-${process.pid}`;
    const copied = fileUrls && !!importDir && existsSync(importDir) ? join(importDir, sub) : null;
    if (copied) await cp(csvDir, copied, { recursive: true });
    const probe = summary.files[0]!;
    const candidates = [
      ...(copied ? [(name: string) => `file:///${sub}/${name}`] : []),
      ...(fileUrls ? [(name: string) => `file://${join(csvDir, name)}`] : []),
    ];
    let urlOf: ((name: string) => string) | null = null;
    for (const candidate of candidates) {
      try {
        await driver.executeQuery('LOAD CSV FROM $url AS row RETURN count(*) AS c', { url: candidate(basename(probe.file)) });
        urlOf = candidate;
        break;
      } catch (err) {
        if (!/Couldn't load the external resource|Cannot load from URL/.test((err as Error).message)) throw err;
      }
    }
    process.stderr.write(`CSV export loaded ${urlOf ? `with LOAD CSV from ${urlOf('<file>')}` : 'through the driver with UNWIND (the server cannot read these files)'}\n`);
    try {
      const ordered = [...summary.files].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'node' ? -1 : 1));
      for (const f of ordered) {
        const rows = parseCsv(await readFile(f.file, 'utf8'));
        const header = rows[0]!;
        expect(header).toEqual(f.header);
        const body = loadBody(f.file, header);
        if (urlOf) {
          await driver.executeQuery(`LOAD CSV WITH HEADERS FROM $url AS row ${body}`, { url: urlOf(basename(f.file)) });
        } else {
          const maps = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
          await driver.executeQuery(`UNWIND $rows AS row ${body}`, { rows: maps });
        }
      }
    } finally {
      if (copied) await rm(copied, { recursive: true, force: true });
    }
    // A server on this machine must have read the files itself.
    if (copied) expect(urlOf).not.toBeNull();
    expect(await neo4jCounts(driver)).toEqual({ nodes: stats.nodes, edges: stats.edges, totalNodes: stats.totalNodes, totalEdges: stats.totalEdges });
    expect(await kimConditions(driver)).toEqual(['only if the US drops its hostile policy', 'unless Washington accepts us as a nuclear state']);
    const nasty = await driver.executeQuery("MATCH (s:Statement {quoteKey: 'nasty'}) RETURN s.text AS text, s.confidence AS c");
    expect(nasty.records[0]!.get('text')).toBe(NASTY.replace('\ud800', '\ufffd'));
    expect(nasty.records[0]!.get('c')).toBe(1);
    const kim = await driver.executeQuery('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases', { id: IDS.KIM });
    expect(kim.records[0]!.get('aliases')).toEqual(['Kim Jong-un', 'Kim, the leader']);
  });

  it('exports the same graph from the Neo4j store as from the embedded one', async () => {
    await wipeNeo4j(target);
    const graphStore = createNeo4jStore(target);
    try {
      for (const g of fixtureGraphs()) await graphStore.upsertArticle(g);
      type Doc = { nodes: { data: { id: string; type: string; props: Record<string, unknown> } }[]; edges: { data: { id: string; source: string; target: string; label: string } }[] };
      for (const selection of [{}, { entityId: IDS.KIM, depth: 1 }, { from: '2026-01-01' }, { labels: ['Person' as const, 'Condition' as const] }]) {
        const fromNeo4j = JSON.parse(await render(graphStore, 'json', selection)) as Doc;
        const fromEmbedded = JSON.parse(await render(store, 'json', selection)) as Doc;
        const ids = (d: Doc) => ({ nodes: d.nodes.map((n) => `${n.data.type} ${n.data.id}`).sort(), edges: d.edges.map((e) => `${e.data.label} ${e.data.id}`).sort() });
        expect(ids(fromNeo4j)).toEqual(ids(fromEmbedded));
        const kim = (d: Doc) => d.nodes.find((n) => n.data.id === IDS.KIM)?.data.props;
        expect(kim(fromNeo4j)).toEqual(kim(fromEmbedded));
      }
      // And the Neo4j store's GraphML carries the same typed keys.
      const xml = await render(graphStore, 'graphml');
      expect(xml).toContain('attr.name="confidence" attr.type="double"');
      expect(xml).toContain('attr.name="start" attr.type="int"');
    } finally {
      await graphStore.close();
    }
  });
});
