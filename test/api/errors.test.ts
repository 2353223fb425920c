import type { GraphStore } from '../../src/graph/store';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { createHarness } from './harness';

describe('API errors', () => {
  it('rejects a page larger than the maximum with BAD_INPUT', async () => {
    const h = await createHarness({ env: { SAYSO_MAX_PAGE_SIZE: '5' } });
    const r = await h.gql(`{ statements(first: 6) { totalCount } }`);
    expect(r.data).toBeNull();
    expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(/first must be at most 5/), extensions: { code: 'BAD_INPUT' } });
    const ok = await h.gql(`{ statements(first: 5) { totalCount } }`);
    expect(ok.errors).toBeUndefined();
    await h.close();
  });

  it('rejects forged cursors, negative sizes and bad dates with BAD_INPUT', async () => {
    const h = await createHarness();
    for (const q of [`{ conditions(after: "nope") { totalCount } }`, `{ events(first: -1) { totalCount } }`, `{ statements(from: "last week") { totalCount } }`, `{ search(text: "  ") { totalCount } }`, `{ person(name: " ") { name } }`, `{ timeline(person: "") { totalCount } }`, `{ network(person: "x", depth: 0) { links { kind } } }`]) {
      const r = await h.gql(q);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    }
    await h.close();
  });

  it('masks unexpected errors and logs them', async () => {
    const inner = createEmbeddedStore({ file: ':memory:' });
    const fire = async (): Promise<never> => {
      throw new Error('disk on fire at /secret/path');
    };
    const broken: GraphStore = { ...inner, findNodes: fire, findNamed: fire };
    const logged: unknown[] = [];
    const h = await createHarness({ store: broken, logError: (e) => logged.push(e) });
    const r = await h.gql(`{ person(name: "Kim") { name } }`);
    expect(r.errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toHaveLength(1);
    await h.close();
  });

  it('reports syntax and validation errors as they are', async () => {
    const h = await createHarness();
    const r = await h.gql(`{ person(name: "Kim") { shoeSize } }`);
    expect(r.errors![0]!.message).toMatch(/Cannot query field "shoeSize"/);
    await h.close();
  });
});
