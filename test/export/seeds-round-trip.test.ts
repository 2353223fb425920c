import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exportToStream } from '../../src/export';
import { importJson } from '../../src/export/import-json';
import type { ArticleRecord } from '../../src/extract/types';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { ingestRecord } from '../../src/ingest/pipeline';

/**
 * The seed articles through the real pipeline (read, extract, build, store), exported and read
 * back: what the extractor actually produces must survive the exports too.
 */

const SEEDS = join(__dirname, '../../seeds');

/** Conditions set by anyone named Kim, with their words and the article they were read in. */
async function kimConditions(store: GraphStore) {
  const people = await store.findNodes({ label: 'Person', name: 'Kim Jong Un' }, { first: 10 });
  const ids = people.items.map((p) => p.id);
  const lists = await store.neighbours({ ids, edgeType: 'SET', direction: 'out', label: 'Condition' });
  return lists
    .flat()
    .map((n) => ({ id: n.node.id, text: n.node.props.text, on: n.node.props.on, article: n.edge.articleId }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('seed articles: export and re-import', () => {
  let dir: string;
  let source: GraphStore;
  let target: GraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sayso-seeds-export-'));
    source = createEmbeddedStore({ file: join(dir, 'source.sqlite') });
    target = createEmbeddedStore({ file: join(dir, 'target.sqlite') });
    for (const name of (await readdir(SEEDS)).filter((f) => f.endsWith('.json')).sort()) {
      const record = JSON.parse(await readFile(join(SEEDS, name), 'utf8')) as ArticleRecord;
      await ingestRecord(source, record);
    }
  }, 120_000);
  afterAll(async () => {
    await source.close();
    await target.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('re-imports the JSON export with identical counts and identical answers', async () => {
    const stats = await source.stats();
    expect(stats.totalNodes).toBeGreaterThan(20);
    const file = join(dir, 'seeds.json');
    await exportToStream(source, 'json', {}, createWriteStream(file));
    const summary = await importJson(target, file);
    expect(summary.skippedNodes).toBe(0);
    expect(summary.skippedEdges).toBe(0);
    expect(await target.stats()).toEqual(stats);
    const before = await kimConditions(source);
    expect(before.length).toBeGreaterThan(0);
    expect(await kimConditions(target)).toEqual(before);
    const statementsOf = async (s: GraphStore) =>
      (await s.findNodes({ label: 'Statement', orderBy: { prop: 'published', direction: 'ASC' } }, { first: 500 })).items.map((n) => [n.id, n.props.text]);
    expect(await statementsOf(target)).toEqual(await statementsOf(source));
  });

  it('writes well-formed GraphML and JSON-LD for real extracted text', async () => {
    const graphml = join(dir, 'seeds.graphml');
    const summary = await exportToStream(source, 'graphml', {}, createWriteStream(graphml));
    const xml = await readFile(graphml, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
    expect(doc.graphml.graph.node).toHaveLength(summary.nodes);
    expect(doc.graphml.graph.edge).toHaveLength(summary.edges);

    const jsonld = join(dir, 'seeds.jsonld');
    await exportToStream(source, 'jsonld', {}, createWriteStream(jsonld));
    const ld = JSON.parse(await readFile(jsonld, 'utf8')) as { '@graph': { '@type'?: string; text?: string }[] };
    const quotes = ld['@graph'].filter((o) => o['@type'] === 'Quotation');
    expect(quotes.length).toBe((await source.stats()).nodes.Statement ?? 0);
    expect(quotes.every((q) => typeof q.text === 'string' && q.text.length > 0)).toBe(true);
  });
});
