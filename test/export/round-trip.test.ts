import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { exportToStream, parseSelection } from '../../src/export';
import { importJson } from '../../src/export/import-json';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { createFixtureStore, fixtureCounts, IDS } from './fixture';

async function exportJsonText(store: GraphStore, selection = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportToStream(store, 'json', selection, out);
  return Buffer.concat(chunks).toString('utf8');
}

/** The headline question: Kim's conditions, through SET edges, with their words and article. */
async function kimConditions(store: GraphStore) {
  const kim = await store.findNodes({ label: 'Person', name: 'Kim Jong-un' }, { first: 10 });
  expect(kim.items.map((n) => n.id)).toEqual([IDS.KIM]);
  const [set] = await store.neighbours({ ids: [IDS.KIM], edgeType: 'SET', direction: 'out', label: 'Condition' });
  const conditions = set ?? [];
  const articles = await store.neighbours({ ids: conditions.map((c) => c.node.id), edgeType: 'IN_ARTICLE', direction: 'out' });
  return conditions.map((c, i) => ({ id: c.node.id, text: c.node.props.text, on: c.node.props.on, edge: c.edge, article: articles[i]?.[0]?.node.props.url }));
}

describe('JSON export round trip', () => {
  let dir: string;
  let source: GraphStore;
  let target: GraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sayso-roundtrip-'));
    source = await createFixtureStore();
    target = createEmbeddedStore({ file: join(dir, 'reimported.sqlite') });
  });
  afterAll(async () => {
    await source.close();
    await target.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('re-imports into an empty store with identical counts and identical answers', async () => {
    const file = join(dir, 'graph.json');
    await writeFile(file, await exportJsonText(source));
    const summary = await importJson(target, file);
    const counts = fixtureCounts();
    expect(summary).toEqual({ articles: 2, nodes: counts.nodes, edges: counts.edges, skippedNodes: 0, skippedEdges: 0 });

    const [a, b] = [await source.stats(), await target.stats()];
    expect(b).toEqual(a);
    expect(a.totalNodes).toBe(counts.nodes);
    expect(a.totalEdges).toBe(counts.edges);

    const before = await kimConditions(source);
    const after = await kimConditions(target);
    expect(before.map((c) => c.text).sort()).toEqual(['only if the US drops its hostile policy', 'unless Washington accepts us as a nuclear state']);
    expect(after).toEqual(before);

    // Full-text and the second hop answer alike too.
    const search = async (s: GraphStore) => (await s.search('hostile policy', ['Condition', 'Statement'], { first: 10 })).items.map((h) => h.node.id).sort();
    expect(await search(target)).toEqual(await search(source));

    // And the re-imported graph exports to the very same document.
    expect(await exportJsonText(target)).toBe(await readFile(file, 'utf8'));
  });

  it('exports a selection the store makes: a neighbourhood, a date range, labels', async () => {
    const parse = (text: string) => JSON.parse(text) as { nodes: { data: { id: string; type: string } }[]; edges: { data: { source: string; target: string } }[] };
    const around = parse(await exportJsonText(source, parseSelection({ entity: IDS.KIM, depth: '1' })));
    expect(around.nodes.map((n) => n.data.id)).toContain(IDS.KIM);
    expect(around.nodes.length).toBeLessThan(fixtureCounts().nodes);
    const ids = new Set(around.nodes.map((n) => n.data.id));
    for (const e of around.edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);

    const recent = parse(await exportJsonText(source, parseSelection({ from: '2026-01-01' })));
    expect(recent.nodes.filter((n) => n.data.type === 'Article')).toHaveLength(1);
    expect(recent.nodes.filter((n) => n.data.type === 'Statement')).toHaveLength(1);

    const people = parse(await exportJsonText(source, parseSelection({ labels: 'person,Condition' })));
    expect(new Set(people.nodes.map((n) => n.data.type))).toEqual(new Set(['Person', 'Condition']));
    expect(people.edges.length).toBeGreaterThan(0); // SET edges join the two labels
  });

  it('rejects a bad selection with a message that says how to fix it', () => {
    expect(() => parseSelection({ labels: 'Persons' })).toThrow(/Unknown label "Persons"; labels are Article, Person/);
    expect(() => parseSelection({ entity: IDS.KIM, depth: 'two' })).toThrow(/depth must be a whole number/);
    expect(() => parseSelection({ depth: '2' })).toThrow(/depth needs an entity/);
    expect(() => parseSelection({ from: '30/06/2019' })).toThrow(/ISO date/);
    expect(() => parseSelection({ from: '2020', to: '2019' })).toThrow(/after/);
  });
});
