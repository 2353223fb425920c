import { createEmbeddedStore } from '../../src/graph/embedded';
import type { ArticleGraph } from '../../src/graph/model';
import { encodeCursor, type NeighbourQuery } from '../../src/graph/store';
import { invitationHost, manyInvitations } from '../contract/fixtures';
import { createHarness } from './harness';

/** The host's invitations as a timeline lists them: oldest first, undated last, ties by kind, then id. */
function expected(graphs: ArticleGraph[]): { date: string | null; kind: string; id: string }[] {
  const rows = graphs.flatMap((g) => {
    const date = (g.nodes.find((n) => n.id === g.articleId)!.props.published as string | null) ?? null;
    return g.edges.filter((e) => e.type === 'INVITED').map((e) => ({ date, kind: e.from === invitationHost ? 'INVITATION_SENT' : 'INVITATION_RECEIVED', id: e.id }));
  });
  const key = (r: { date: string | null }) => r.date ?? '\uffff';
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : 1));
}

/** An embedded store holding `graphs`, with the ids of every `getNodes` and the edge types of every `neighbours` call it gets. */
async function watchedStore(graphs: ArticleGraph[]) {
  const store = createEmbeddedStore({ file: ':memory:' });
  await store.upsertArticles(graphs);
  const loaded: string[] = [];
  const followed: string[] = [];
  const watched = new Proxy(store, {
    get(target, prop) {
      if (prop === 'getNodes') return (ids: string[]) => (loaded.push(...ids), target.getNodes(ids));
      if (prop === 'neighbours') return (q: NeighbourQuery) => (followed.push(q.edgeType), target.neighbours(q));
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, watched, loaded, followed };
}

describe("an event's invitations", () => {
  it("are its article's, read without following each invitee's other invitations", async () => {
    const graphs = manyInvitations();
    const { store, watched, followed } = await watchedStore(graphs);
    const h = await createHarness({ store: watched });
    try {
      for (const i of [4, 7]) {
        const g = graphs[i]!;
        const eventId = `event:inv-${String(i).padStart(3, '0')}`;
        const r = await h.gql(`{ node(id: "${eventId}") { ... on Event { invitations { totalCount nodes { id inviter { id } invitee { id } } } } } }`);
        expect(r.errors).toBeUndefined();
        const invited = g.edges.find((e) => e.type === 'INVITED')!;
        expect(r.data.node.invitations).toEqual({ totalCount: 1, nodes: [{ id: invited.id, inviter: { id: invited.from }, invitee: { id: invited.to } }] });
      }
      expect(followed).not.toContain('INVITED');
    } finally {
      await h.close();
      await store.close();
    }
  });
});

describe("a person's timeline of invitations", () => {
  it('pages them by date from the store, reading only the articles of the page\u2019s depth', async () => {
    const graphs = manyInvitations();
    const { store, watched, loaded } = await watchedStore(graphs);
    const h = await createHarness({ store: watched });
    const want = expected(graphs);
    const page = (after?: string) =>
      h.gql(`query ($after: String) { timeline(person: "Inv Host", first: 3, after: $after) { totalCount nodes { date kind item { ... on Invitation { id } } } } }`, { after });
    try {
      const first = await page();
      expect(first.errors).toBeUndefined();
      expect(first.data.timeline.totalCount).toBe(40);
      const flat = (r: any) => r.data.timeline.nodes.map((e: any) => ({ date: e.date, kind: e.kind, id: e.item.id }));
      expect(flat(first)).toEqual(want.slice(0, 3));
      // Three from each kind's head, not all forty.
      expect(new Set(loaded.filter((id) => id.startsWith('article:'))).size).toBeLessThanOrEqual(6);
      // A later page, among the undated.
      expect(flat(await page(encodeCursor(35)))).toEqual(want.slice(36, 39));
      expect(want.slice(36).every((e) => e.date === null)).toBe(true);
    } finally {
      await h.close();
      await store.close();
    }
  });
});
