import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeCsvDirectory } from '../../src/export/csv';
import { cypherString, splitCypherScript, writeCypher } from '../../src/export/cypher';
import { toNmtoken, writeGraphml } from '../../src/export/graphml';
import { writeJson } from '../../src/export/json';
import { writeJsonLd } from '../../src/export/jsonld';
import { discoverSchema } from '../../src/export/schema';
import type { ExportItem } from '../../src/graph/store';
import type { StreamWriter } from '../../src/export/writer';
import { parseCsv } from './csv-parse';
import { fixtureCounts, fixtureItems, IDS, NASTY } from './fixture';

async function render(writer: StreamWriter, items: AsyncIterable<ExportItem> = fixtureItems(), withSchema = false): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const schema = withSchema ? await discoverSchema(fixtureItems()) : undefined;
  await writer(items, out, { schema });
  return Buffer.concat(chunks).toString('utf8');
}

/** What XML 1.0 can carry of the nasty text: the C0 control and the lone surrogate dropped. */
const NASTY_IN_XML = NASTY.replace('\u0001', '').replace('\ud800', '');
const counts = fixtureCounts();

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('GraphML', () => {
  type Data = { '@_key': string; '#text'?: string | number };
  type El = { '@_id': string; '@_source'?: string; '@_target'?: string; data?: Data | Data[] };
  type Doc = {
    graphml: {
      '@_xmlns': string;
      key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
      graph: { '@_edgedefault': string; node: El[]; edge: El[] };
    };
  };
  const parse = (xml: string): Doc =>
    new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false }).parse(xml) as Doc;

  it.each([false, true])('is well-formed, declares typed keys first and carries every node and edge (discovered schema: %s)', async (withSchema) => {
    const xml = await render(writeGraphml, fixtureItems(), withSchema);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml).graphml;
    expect(doc['@_xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(xml.indexOf('<key ')).toBeLessThan(xml.indexOf('<graph '));
    expect(doc.graph['@_edgedefault']).toBe('directed');
    expect(doc.graph.node).toHaveLength(counts.nodes);
    expect(doc.graph.edge).toHaveLength(counts.edges);

    const keys = new Map(doc.key.map((k) => [`${k['@_for']}:${k['@_attr.name']}`, k] as const));
    expect(new Set(doc.key.map((k) => k['@_id'])).size).toBe(doc.key.length);
    expect(keys.get('node:confidence')?.['@_attr.type']).toBe('double');
    expect(keys.get('node:start')?.['@_attr.type']).toBe('int');
    expect(keys.get('node:aliases')?.['@_attr.type']).toBe('string');
    expect(keys.get('node:name')?.['@_attr.type']).toBe('string');
    expect(keys.get('node:labels')?.['@_attr.type']).toBe('string');
    expect(keys.get('node:label')?.['@_attr.type']).toBe('string');
    expect(keys.get('edge:label')?.['@_attr.type']).toBe('string');
    expect(keys.get('edge:count')?.['@_attr.type']).toBe('int');
    for (const k of doc.key) expect(['string', 'int', 'long', 'double', 'float', 'boolean']).toContain(k['@_attr.type']);

    // Every data element names a declared key of its own domain; every edge end is a node.
    const keyDomain = new Map(doc.key.map((k) => [k['@_id'], k['@_for']] as const));
    const nodeIds = new Set(doc.graph.node.map((n) => n['@_id']));
    for (const n of doc.graph.node) for (const d of asArray(n.data)) expect(keyDomain.get(d['@_key'])).toBe('node');
    for (const e of doc.graph.edge) {
      for (const d of asArray(e.data)) expect(keyDomain.get(d['@_key'])).toBe('edge');
      expect(nodeIds.has(e['@_source']!)).toBe(true);
      expect(nodeIds.has(e['@_target']!)).toBe(true);
    }

    const byKey = (el: El, name: string) => {
      const id = doc.key.find((k) => k['@_attr.name'] === name && k['@_for'] === (el['@_source'] ? 'edge' : 'node'))!['@_id'];
      return asArray(el.data).find((d) => d['@_key'] === id)?.['#text'];
    };
    const kim = doc.graph.node.find((n) => n['@_id'] === IDS.KIM)!;
    expect(byKey(kim, 'labels')).toBe(':Person');
    expect(byKey(kim, 'label')).toBe('Kim Jong Un');
    expect(byKey(kim, 'aliases')).toBe('Kim Jong-un;Kim; the leader');
    const nasty = doc.graph.node.find((n) => byKey(n, 'quoteKey') === 'nasty')!;
    expect(byKey(nasty, 'text')).toBe(NASTY_IN_XML);
    expect(byKey(nasty, 'confidence')).toBe('1');
    const set = doc.graph.edge.find((e) => byKey(e, 'label') === 'SET' && e['@_source'] === IDS.KIM);
    expect(set).toBeDefined();
  });

  it('keeps ids as NMTOKENs, encoding what is not allowed', () => {
    expect(toNmtoken('person:kim-jong-un')).toBe('person:kim-jong-un');
    expect(toNmtoken('place:a b/c')).toBe('place:a_x20_b_x2f_c');
  });
});

describe('JSON (Cytoscape.js elements)', () => {
  it('streams { nodes, edges } with data.id/label and data.source/target/label', async () => {
    const text = await render(writeJson);
    const doc = JSON.parse(text) as { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
    expect(doc.nodes).toHaveLength(counts.nodes);
    expect(doc.edges).toHaveLength(counts.edges);
    const kim = doc.nodes.find((n) => n.data.id === IDS.KIM)!;
    expect(kim.data).toMatchObject({ id: IDS.KIM, label: 'Kim Jong Un', type: 'Person', props: { aliases: ['Kim Jong-un', 'Kim; the leader'] } });
    const said = doc.edges.find((e) => e.data.label === 'SAID' && e.data.source === IDS.KIM)!;
    expect(said.data).toMatchObject({ source: IDS.KIM, label: 'SAID', props: { cue: 'said' } });
    expect(typeof said.data.target).toBe('string');
    // JSON escapes a lone surrogate (\ud800), so even that comes back as it was stored.
    expect(doc.nodes.some((n) => (n.data.props as { text?: string }).text === NASTY)).toBe(true);
  });

  it('writes an empty selection as empty lists', async () => {
    const empty = (async function* () {})();
    expect(JSON.parse(await render(writeJson, empty))).toEqual({ nodes: [], edges: [] });
  });
});

describe('CSV (neo4j-admin import)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sayso-csv-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per label and edge type with typed admin headers and RFC 4180 rows', async () => {
    const summary = await writeCsvDirectory(fixtureItems(), dir, { schema: await discoverSchema(fixtureItems()) });
    expect(summary.nodes).toBe(counts.nodes);
    expect(summary.edges).toBe(counts.edges);
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(
      [
        'nodes-Article.csv', 'nodes-Condition.csv', 'nodes-Country.csv', 'nodes-Event.csv', 'nodes-Organization.csv', 'nodes-Person.csv',
        'nodes-Place.csv', 'nodes-Statement.csv', 'edges-ABOUT.csv', 'edges-CONDITIONED_ON.csv', 'edges-FOR.csv', 'edges-HELD_IN.csv',
        'edges-INVITED.csv', 'edges-INVITED_TO.csv', 'edges-IN_ARTICLE.csv', 'edges-MENTIONS.csv', 'edges-PARTICIPANT.csv',
        'edges-REPORTED_BY.csv', 'edges-SAID.csv', 'edges-SET.csv',
      ].sort(),
    );
    let nodeRows = 0;
    let edgeRows = 0;
    for (const f of files) {
      const rows = parseCsv(await readFile(join(dir, f), 'utf8'));
      const header = rows[0]!;
      for (const r of rows) expect(r).toHaveLength(header.length);
      if (f.startsWith('nodes-')) {
        expect(header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
        nodeRows += rows.length - 1;
      } else {
        expect(header.slice(0, 5)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'articleId']);
        expect(rows.slice(1).every((r) => r[2] === f.slice('edges-'.length, -'.csv'.length))).toBe(true);
        edgeRows += rows.length - 1;
      }
    }
    expect(nodeRows).toBe(counts.nodes);
    expect(edgeRows).toBe(counts.edges);

    const people = parseCsv(await readFile(join(dir, 'nodes-Person.csv'), 'utf8'));
    expect(people[0]).toEqual(expect.arrayContaining(['name', 'aliases:string[]', 'roles:string[]']));
    const col = (name: string) => people[0]!.indexOf(name);
    const kim = people.find((r) => r[0] === IDS.KIM)!;
    expect(kim[1]).toBe('Person');
    // The importer splits arrays on ';', so a ';' inside an element is written as ','.
    expect(kim[col('aliases:string[]')]).toBe('Kim Jong-un;Kim, the leader');

    const statements = parseCsv(await readFile(join(dir, 'nodes-Statement.csv'), 'utf8'));
    expect(statements[0]).toEqual(expect.arrayContaining(['start:int', 'end:int', 'confidence:double', 'text']));
    const text = statements[0]!.indexOf('text');
    expect(statements.some((r) => r[text] === NASTY.replace('\ud800', '\ufffd'))).toBe(true);
  });
});

describe('Cypher', () => {
  it('escapes literals so no text can end the string or the statement', () => {
    expect(cypherString("it's \\ \"x\"\n;")).toBe("'it\\'s \\\\ \"x\"\\n;'");
    expect(cypherString('\u0001\u2028')).toBe("'\\u0001\\u2028'");
  });

  it('writes constraints, then UNWIND ... MERGE batches, one statement per line', async () => {
    const script = await render(writeCypher, fixtureItems(), true);
    const statements = splitCypherScript(script);
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(8);
    const merges = statements.filter((s) => s.startsWith('UNWIND ['));
    expect(merges.length).toBeGreaterThan(0);
    for (const s of merges) expect(s).toMatch(/ AS row (MERGE|MATCH) /);
    expect(script).not.toContain(':param');
    expect(script).toContain('confidence: 1.0');
    expect(script).toContain('aliases: [\'Kim Jong-un\', \'Kim; the leader\']');
    // Every node batch comes before the first edge batch.
    const firstEdge = statements.findIndex((s) => s.includes('MERGE (a)-['));
    const lastNode = statements.map((s) => s.includes('MERGE (n:')).lastIndexOf(true);
    expect(lastNode).toBeLessThan(firstEdge);
  });
});

describe('JSON-LD (schema.org)', () => {
  type Obj = Record<string, unknown> & { '@id': string; '@type'?: string };
  const load = async () => JSON.parse(await render(writeJsonLd)) as { '@context': string; '@graph': Obj[] };

  /** Merges node objects by @id, as a JSON-LD processor does. */
  const merged = (graph: Obj[]) => {
    const byId = new Map<string, Obj>();
    for (const o of graph) byId.set(o['@id'], { ...(byId.get(o['@id']) ?? {}), ...o });
    return byId;
  };

  it('writes quotations with text, speaker and source article, and typed entities', async () => {
    const doc = await load();
    expect(doc['@context']).toBe('https://schema.org');
    const byId = merged(doc['@graph']);
    const quotes = [...byId.values()].filter((o) => o['@type'] === 'Quotation');
    expect(quotes).toHaveLength(3);
    const kimQuote = quotes.find((q) => String(q.text).startsWith('We will return'))!;
    expect(kimQuote.spokenByCharacter).toEqual({ '@id': IDS.KIM });
    expect(kimQuote.creator).toEqual({ '@id': IDS.KIM });
    const article = byId.get((kimQuote.isBasedOn as { '@id': string })['@id'])!;
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: 'Trump & Kim meet at the "DMZ"', datePublished: '2019-06-30' });
    expect(article.url).toContain('https://news.example.org/');
    expect(byId.get(IDS.KIM)).toMatchObject({ '@type': 'Person', name: 'Kim Jong Un' });
    expect(byId.get(IDS.PRK)).toMatchObject({ '@type': 'Country', name: 'North Korea' });
    expect(byId.get(IDS.KCNA)).toMatchObject({ '@type': 'Organization' });
    expect([...byId.values()].filter((o) => o['@type'] === 'Event').length).toBe(3);
    const invite = [...byId.values()].find((o) => o['@type'] === 'InviteAction' && o.agent);
    expect(invite).toMatchObject({ agent: { '@id': IDS.TRUMP }, recipient: { '@id': IDS.KIM } });
  });
});

describe('streaming', () => {
  /** Synthetic nodes made on demand, so only the writer could hold them. */
  async function* many(n: number, produced: { count: number }): AsyncGenerator<ExportItem> {
    for (let i = 0; i < n; i++) {
      produced.count++;
      yield {
        kind: 'node',
        node: { id: `person:p${i}`, label: 'Person', props: { name: `Person number ${i} ${'x'.repeat(200)}`, aliases: ['a', 'b'], roles: [] } },
      };
    }
  }

  it.each([
    ['graphml', writeGraphml],
    ['json', writeJson],
    ['cypher', writeCypher],
    ['jsonld', writeJsonLd],
  ] as const)('%s waits for a slow output instead of buffering the graph', async (_name, writer) => {
    const produced = { count: 0 };
    let consumedBytes = 0;
    let maxBuffered = 0;
    const pace: [number, number][] = [];
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, cb) {
        pace.push([produced.count, consumedBytes]);
        consumedBytes += chunk.length;
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        setImmediate(cb);
      },
    });
    const total = 60_000;
    await writer(many(total, produced), slow);
    expect(produced.count).toBe(total);
    expect(consumedBytes).toBeGreaterThan(10_000_000);
    // The writable's buffer stays within a chunk or two...
    expect(maxBuffered).toBeLessThanOrEqual(256 * 1024);
    // ...and the source is never read far ahead of what the output took: at most a few
    // thousand items of 60,000 exist outside the output at any time.
    const bytesPerItem = consumedBytes / total;
    const maxAhead = Math.max(...pace.map(([made, bytes]) => made - bytes / bytesPerItem));
    expect(maxAhead).toBeLessThan(2_000);
  });
});
