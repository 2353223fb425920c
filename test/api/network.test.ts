import type { ArticleGraph, GraphEdge, GraphNode } from '../../src/graph/model';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { MAX_NETWORK_NODES } from '../../src/api/types/network';
import { createHarness } from './harness';

/**
 * One article in which more people speak about a hub than a network can hold: 210 say one
 * thing about her, and the last by id says three.
 */
function crowdedArticle(): ArticleGraph {
  const articleId = 'article:crowd';
  const nodes: GraphNode[] = [
    { id: articleId, label: 'Article', props: { title: 'Everyone on the hub', source: 'Example News', published: '2025-10-01', url: 'https://news.example/crowd' } },
    { id: 'person:hub', label: 'Person', props: { name: 'Hana Hub', aliases: [], roles: [] } },
  ];
  const edges: GraphEdge[] = [];
  const speak = (speaker: string, n: number) => {
    const statement = `statement:${speaker.slice(7)}-${n}`;
    nodes.push({ id: statement, label: 'Statement', props: { text: `Remark ${n}`, kind: 'direct', published: '2025-10-01', articleId } });
    edges.push(
      { id: `edge:said-${statement}`, type: 'SAID', from: speaker, to: statement, articleId, props: {} },
      { id: `edge:about-${statement}`, type: 'ABOUT', from: statement, to: 'person:hub', articleId, props: {} },
    );
  };
  for (let i = 0; i < 210; i++) {
    const id = `person:p${String(i).padStart(3, '0')}`;
    nodes.push({ id, label: 'Person', props: { name: `Speaker ${i}`, aliases: [], roles: [] } });
    speak(id, 0);
  }
  nodes.push({ id: 'person:zz-close', label: 'Person', props: { name: 'Zed Close', aliases: [], roles: [] } });
  for (let n = 0; n < 3; n++) speak('person:zz-close', n);
  return { articleId, contentHash: 'crowd:v1', nodes, edges };
}

describe('network around a crowded person', () => {
  it('asks the store once per hop and, when it must cut, keeps the strongest partners', async () => {
    const inner = createEmbeddedStore({ file: ':memory:' });
    await inner.upsertArticle(crowdedArticle());
    let calls = 0;
    const store: GraphStore = { ...inner, interactions: (q) => (calls++, inner.interactions(q)) };
    const h = await createHarness({ store });
    try {
      const r = await h.gql(`{ network(person: "Hana Hub", depth: 2) { nodes { id } links { from to kind weight } } }`);
      expect(r.errors).toBeUndefined();
      const ids = r.data.network.nodes.map((n: { id: string }) => n.id);
      expect(ids[0]).toBe('person:hub');
      expect(ids).toHaveLength(MAX_NETWORK_NODES);
      // Last by id, first by weight.
      expect(ids).toContain('person:zz-close');
      expect(r.data.network.links).toContainEqual({ from: 'person:zz-close', to: 'person:hub', kind: 'SAID_ABOUT', weight: 3 });
      expect(r.data.network.links).toHaveLength(MAX_NETWORK_NODES - 1);
      expect(calls).toBe(2);
    } finally {
      await h.close();
    }
  });
});
