import { createEmbeddedStore } from '../../src/graph/embedded';
import { createHarness } from './harness';
import { runQueriesSuite } from './queries-suite';

runQueriesSuite('embedded', async () => createEmbeddedStore({ file: ':memory:' }));

describe('person name shared by several people', () => {
  it('returns the one more articles name', async () => {
    const { buildArticleGraph } = await import('../../src/graph/build');
    const { fixtureExtraction } = await import('../graph/fixture-extraction');
    const h = await createHarness({ second: true });
    const x = fixtureExtraction({ id: 'yo-jong', url: 'https://example.org/yo-jong' });
    x.entities = [...x.entities, { key: 'person:kim-ae-ran', type: 'Person', name: 'Kim Ae Ran', aliases: ['Kim'], roles: [] }];
    await h.store.upsertArticle(buildArticleGraph(x));
    const r = await h.gql(`{ person(name: "Kim") { name } other: person(name: "Kim Ae Ran") { name } }`);
    // By id, person:kim-ae-ran sorts first: only the article count picks Kim Jong Un.
    expect(r.data).toEqual({ person: { name: 'Kim Jong Un' }, other: { name: 'Kim Ae Ran' } });
    await h.close();
  });
});

describe('articles and people lists', () => {
  it('lists articles newest first, by outlet and date, and people by name', async () => {
    const h = await createHarness({ second: true });
    const r = await h.gql(`{
      articles { totalCount nodes { source published } }
      st: articles(source: "The Straits Times") { totalCount }
      oct: articles(from: "2025-10-01") { nodes { source } }
      people { totalCount nodes { name } }
      lee: people(name: "lee") { nodes { id } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.articles).toEqual({ totalCount: 2, nodes: [{ source: 'Hindustan Times', published: '2025-10-18T17:35:00+05:30' }, { source: 'The Straits Times', published: '2025-09-22' }] });
    expect(r.data.st.totalCount).toBe(1);
    expect(r.data.oct.nodes).toEqual([{ source: 'Hindustan Times' }]);
    expect(r.data.people.nodes.map((n: { name: string }) => n.name)).toEqual(['Donald Trump', 'Kim Jong Un', 'Lee Jae Myung']);
    expect(r.data.lee.nodes).toEqual([{ id: 'person:lee-jae-myung' }]);
    await h.close();
  });

  it('serves GraphiQL with a tab for every example question', async () => {
    const h = await createHarness();
    const res = await h.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('GraphiQL');
    for (const q of (await import('../../src/api/examples')).EXAMPLE_QUERIES) expect(html).toContain(JSON.stringify(q.query).slice(1, 40));
    expect(html.indexOf('What conditions did Kim Jong Un attach to talks?')).toBeLessThan(html.indexOf('Everything about one person'));
    await h.close();
  });
});
