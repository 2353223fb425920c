import type { GraphStore } from '../../src/graph/store';
import { createHarness } from './harness';

type H = Awaited<ReturnType<typeof createHarness>>;

export function runQueriesSuite(storeName: string, makeStore: () => Promise<GraphStore>) {
  describe(`GraphQL queries: the first questions (${storeName} store)`, () => {
    let h: H;
    beforeAll(async () => {
      h = await createHarness({ second: true, store: await makeStore() });
    });
    afterAll(() => h.close());

    it("answers the Kim conditions question with the condition, its sentence, holder and article", async () => {
      const r = await h.gql(`{ conditions(holder: "Kim Jong Un") { totalCount nodes { text on sentence holder { name } article { title published source url } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.conditions.totalCount).toBe(2);
      const [newest, older] = r.data.conditions.nodes;
      expect(newest).toEqual({
        text: 'the US drops its hollow obsession with denuclearisation',
        on: 'sitting down with the US',
        sentence: expect.stringContaining('there is no reason for us not to sit down with the US'),
        holder: { name: 'Kim Jong Un' },
        article: { title: expect.stringContaining('Kim Jong Un'), published: '2025-10-18T17:35:00+05:30', source: 'Hindustan Times', url: null },
      });
      expect(older.article.published).toBe('2025-09-22');
    });

    it('pages conditions alike whether or not the query asks for totalCount (a page nobody counts skips the count)', async () => {
      const counted = await h.gql(`{ conditions(holder: "Kim Jong Un", first: 1) { totalCount nodes { text } pageInfo { hasNextPage endCursor } } }`);
      const plain = await h.gql(`{ conditions(holder: "Kim Jong Un", first: 1) { nodes { text } pageInfo { hasNextPage endCursor } } }`);
      expect(counted.errors).toBeUndefined();
      expect(counted.data.conditions.totalCount).toBe(2);
      expect(plain.data.conditions).toEqual({ nodes: counted.data.conditions.nodes, pageInfo: { hasNextPage: true, endCursor: counted.data.conditions.pageInfo.endCursor } });
      const last = await h.gql(`query($after: String) { conditions(holder: "Kim Jong Un", first: 1, after: $after) { nodes { text } pageInfo { hasNextPage } } }`, { after: plain.data.conditions.pageInfo.endCursor });
      expect(last.data.conditions.pageInfo.hasNextPage).toBe(false);
      expect(last.data.conditions.nodes).toHaveLength(1);
      const viaFragment = await h.gql(`{ conditions(holder: "Kim Jong Un", first: 1) { ...counted } } fragment counted on ConditionConnection { totalCount }`);
      expect(viaFragment.data.conditions.totalCount).toBe(2);
    });

    it('finds the holder by alias and filters conditions by what depends on them, words or linked event', async () => {
      const byAlias = await h.gql(`{ conditions(holder: "kim jong-un", on: "talks") { totalCount } }`);
      expect(byAlias.data.conditions.totalCount).toBe(2); // "sitting down" is kindred to talks; linked event is Talks
      const none = await h.gql(`{ conditions(holder: "Kim", on: "ceasefire") { totalCount nodes { text } } }`);
      expect(none.data.conditions).toEqual({ totalCount: 0, nodes: [] });
      const nobody = await h.gql(`{ conditions(holder: "Nobody Atall") { totalCount } }`);
      expect(nobody.data.conditions.totalCount).toBe(0);
      const dated = await h.gql(`{ conditions(holder: "Kim", from: "2025-10-01") { nodes { published } } }`);
      expect(dated.data.conditions.nodes).toEqual([{ published: '2025-10-18T17:35:00+05:30' }]);
    });

    it('returns a person by name or alias with statements, conditions, invitations and events', async () => {
      const r = await h.gql(`{
        person(name: "Trump") {
          id name aliases roles country { name code }
          statements { totalCount nodes { text kind speaker { name } article { title } } }
          conditions { totalCount }
          invitationsSent { totalCount }
          invitationsReceived { totalCount nodes { inviter { name } invitee { name } eventText event { type status } sentence article { source } } }
          events { totalCount nodes { type status date placeName participants { name } } }
        }
      }`);
      expect(r.errors).toBeUndefined();
      const p = r.data.person;
      expect(p).toMatchObject({ id: 'person:donald-trump', name: 'Donald Trump', roles: ['President of the United States'], country: { name: 'United States', code: 'USA' } });
      expect(p.statements.totalCount).toBe(2);
      expect(p.statements.nodes[0]).toMatchObject({ kind: 'direct', speaker: { name: 'Donald Trump' } });
      expect(p.conditions.totalCount).toBe(0);
      expect(p.invitationsSent.totalCount).toBe(0);
      expect(p.invitationsReceived.totalCount).toBe(2);
      expect(p.invitationsReceived.nodes[0]).toMatchObject({
        inviter: { name: 'Lee Jae Myung' },
        invitee: { name: 'Donald Trump' },
        eventText: 'the APEC summit in South Korea',
        event: { type: 'Summit', status: 'proposed' },
        sentence: expect.stringContaining('Lee formally invited Trump'),
      });
      expect(p.events.totalCount).toBe(4);
      expect(p.events.nodes[0]).toMatchObject({ type: 'Meeting', status: 'occurred', date: '2019-06-30', placeName: 'Panmunjom' });
      expect(p.events.nodes[0].participants.map((x: { name: string }) => x.name).sort()).toEqual(['Donald Trump', 'Kim Jong Un']);
    });

    it('returns null for an unknown person', async () => {
      const r = await h.gql(`{ person(name: "Nobody Atall") { name } }`);
      expect(r.data).toEqual({ person: null });
    });

    it("pages a speaker's statements newest first, counted or not, with a kind and dates", async () => {
      const all = await h.gql(`{ statements(speaker: "Kim Jong Un") { totalCount nodes { id kind published } } }`);
      const kim = all.data.statements.nodes as { id: string; kind: string; published: string }[];
      expect(kim.length).toBeGreaterThan(1);
      expect(all.data.statements.totalCount).toBe(kim.length);
      const dates = kim.map((n) => n.published);
      expect([...dates].sort().reverse()).toEqual(dates);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: { data?: any } = await h.gql(`query($after: String) { statements(speaker: "Kim Jong Un", first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
        seen.push(...r.data.statements.nodes.map((n: { id: string }) => n.id));
        if (!r.data.statements.pageInfo.hasNextPage) break;
        after = r.data.statements.pageInfo.endCursor;
      }
      expect(seen).toEqual(kim.map((n) => n.id));
      const direct = await h.gql(`{ statements(speaker: "Kim Jong Un", kind: direct) { totalCount nodes { id } } }`);
      expect(direct.data.statements.nodes.map((n: { id: string }) => n.id)).toEqual(kim.filter((n) => n.kind === 'direct').map((n) => n.id));
      const newest = dates[0]!.slice(0, 10);
      const since = await h.gql(`query($from: String) { statements(speaker: "Kim Jong Un", from: $from) { nodes { id } } }`, { from: newest });
      expect(since.data.statements.nodes.map((n: { id: string }) => n.id)).toEqual(kim.filter((n) => n.published >= newest).map((n) => n.id));
      expect(since.data.statements.nodes.length).toBeLessThan(kim.length);
    });

    it('lists statements by speaker and by words, as Relay connections that page', async () => {
      const byKim = await h.gql(`{ statements(speaker: "Kim Jong Un") { totalCount nodes { text speaker { name } } } }`);
      expect(byKim.data.statements.totalCount).toBe(2);
      const byText = await h.gql(`{ statements(text: "denuclearisation") { totalCount nodes { speaker { name } } } }`);
      expect(byText.data.statements.totalCount).toBe(2);
      const both = await h.gql(`{ statements(speaker: "Trump", text: "denuclearisation") { totalCount } }`);
      expect(both.data.statements.totalCount).toBe(0);

      const page1 = await h.gql(`{ statements(first: 4) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
      const c1 = page1.data.statements;
      expect(c1.totalCount).toBe(6);
      expect(c1.edges).toHaveLength(4);
      expect(c1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: c1.edges[0].cursor, endCursor: c1.edges[3].cursor });
      const page2 = await h.gql(`query($after: String) { statements(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`, { after: c1.pageInfo.endCursor });
      const c2 = page2.data.statements;
      expect(c2.edges).toHaveLength(2);
      expect(c2.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
      const ids = [...c1.edges, ...c2.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(6);
    });

    it('exposes the reporting outlet for reported speech', async () => {
      const r = await h.gql(`{ statements(kind: indirect, source: "hindustan times") { nodes { kind reporter { name } speaker { name } } } }`);
      expect(r.data.statements.nodes).toEqual([{ kind: 'indirect', reporter: { name: 'CNN' }, speaker: null }]);
    });

    it('lists events by participant', async () => {
      const r = await h.gql(`{ events(participant: "Lee Jae Myung") { totalCount } kim: events(participant: "Kim Jong Un", status: occurred) { nodes { date heldIn { name } article { title } } } }`);
      expect(r.data.events.totalCount).toBe(0);
      expect(r.data.kim.nodes).toEqual([
        { date: '2019-06-30', heldIn: { name: 'Panmunjom' }, article: { title: expect.any(String) } },
        { date: '2019-06-30', heldIn: { name: 'Panmunjom' }, article: { title: expect.any(String) } },
      ]);
    });

    it('fetches an article by graph id or record id, with its facts', async () => {
      const bySlug = await h.gql(`{ article(id: "fixture-trump-kim") { id title source published statements { totalCount } conditions { totalCount } events { totalCount } mentions(first: 3) { nodes { name } } } }`);
      const a = bySlug.data.article;
      expect(a).toMatchObject({ source: 'Hindustan Times', statements: { totalCount: 3 }, conditions: { totalCount: 1 }, events: { totalCount: 4 } });
      expect(a.mentions.nodes.map((n: { name: string }) => n.name)).toEqual(['Donald Trump', 'North Korea', 'Kim Jong Un']);
      const byId = await h.gql(`query($id: ID!) { article(id: $id) { title } }`, { id: a.id });
      expect(byId.data.article.title).toBe(a.title);
      expect((await h.gql(`{ article(id: "article:nope") { title } }`)).data.article).toBeNull();
    });

    it('searches names, aliases and text', async () => {
      const r = await h.gql(`{ search(text: "Pyongyang") { totalCount nodes { score node { id __typename ... on Entity { name } } } } }`);
      expect(r.data.search.nodes[0].node).toEqual({ id: 'country:PRK', __typename: 'Country', name: 'North Korea' });
      const typed = await h.gql(`{ search(text: "denuclearisation", types: [Condition]) { nodes { node { __typename ... on Condition { text } } } } }`);
      expect(typed.data.search.nodes.every((n: { node: { __typename: string } }) => n.node.__typename === 'Condition')).toBe(true);
      expect(typed.data.search.nodes).toHaveLength(2);
    });

    it('fetches any node by id through the Relay node field', async () => {
      const r = await h.gql(`{ node(id: "person:kim-jong-un") { id __typename ... on Person { name } } nodes(ids: ["country:USA", "person:nobody"]) { id } }`);
      expect(r.data.node).toEqual({ id: 'person:kim-jong-un', __typename: 'Person', name: 'Kim Jong Un' });
      expect(r.data.nodes).toEqual([{ id: 'country:USA' }, null]);
    });
  });
}
