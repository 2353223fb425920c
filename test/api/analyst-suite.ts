import type { GraphStore } from '../../src/graph/store';
import { buildArticleGraph } from '../../src/graph/build';
import { fixtureExtraction } from '../graph/fixture-extraction';
import { createHarness } from './harness';

type H = Awaited<ReturnType<typeof createHarness>>;

/**
 * The analyst questions of the API, on two articles carrying the same facts: the fixture as the
 * Hindustan Times printed it (2025-10-18) and as The Straits Times did (2025-09-22).
 */
export function runAnalystSuite(storeName: string, makeStore: () => Promise<GraphStore>) {
  describe(`analyst queries (${storeName} store)`, () => {
    let h: H;
    beforeAll(async () => {
      h = await createHarness({ second: true, store: await makeStore() });
    });
    afterAll(() => h.close());

    it('conditions: by holder, on, and published range', async () => {
      const r = await h.gql(`{
        all: conditions { totalCount }
        talks: conditions(holder: "Kim Jong Un", on: "talks") { totalCount }
        us: conditions(on: "United States") { totalCount }
        sept: conditions(holder: "Kim", to: "2025-09-30") { nodes { published article { source } } }
        country: conditions(holder: "North Korea") { totalCount }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.all.totalCount).toBe(2);
      expect(r.data.talks.totalCount).toBe(2);
      expect(r.data.us.totalCount).toBe(2); // linked to the United States through FOR
      expect(r.data.sept.nodes).toEqual([{ published: '2025-09-22', article: { source: 'The Straits Times' } }]);
      expect(r.data.country.totalCount).toBe(0);
    });

    it('statements: about an entity, kind, source and dates', async () => {
      const r = await h.gql(`{
        aboutUS: statements(about: "United States") { totalCount nodes { speaker { name } about { name } } }
        aboutKim: statements(about: "person:kim-jong-un", kind: indirect) { totalCount nodes { reporter { name } } }
        direct: statements(kind: direct, source: "The Straits Times") { totalCount nodes { article { source } } }
        october: statements(from: "2025-10-01", to: "2025-10-31") { totalCount }
        words: statements(text: "talks", speaker: "Donald Trump") { nodes { text } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.aboutUS.totalCount).toBe(2);
      expect(r.data.aboutUS.nodes[0]).toEqual({ speaker: { name: 'Kim Jong Un' }, about: [{ name: 'United States' }] });
      expect(r.data.aboutKim).toEqual({ totalCount: 2, nodes: [{ reporter: { name: 'CNN' } }, { reporter: { name: 'CNN' } }] });
      expect(r.data.direct.totalCount).toBe(2);
      expect(r.data.direct.nodes.every((n: any) => n.article.source === 'The Straits Times')).toBe(true);
      expect(r.data.october.totalCount).toBe(3);
      expect(r.data.words.nodes).toEqual([{ text: 'I will do that, and we\u2019ll have talks,' }, { text: 'I will do that, and we\u2019ll have talks,' }]);
    });

    it('statements: everything one speaker said about a topic within dates, newest first', async () => {
      const r = await h.gql(`{
        kimOnUS: statements(speaker: "Kim Jong Un", about: "United States") { totalCount nodes { published speaker { name } about { name } } }
        kimOnUSInOctober: statements(speaker: "Kim Jong Un", about: "United States", from: "2025-10-01", to: "2025-10-31") { totalCount nodes { published article { source } } }
        trumpOnUS: statements(speaker: "Donald Trump", about: "United States") { totalCount }
        kimOnNobody: statements(speaker: "Kim Jong Un", about: "Nowhere Land") { totalCount }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.kimOnUS.totalCount).toBe(2);
      expect(r.data.kimOnUS.nodes.map((n: any) => n.published)).toEqual(['2025-10-18T17:35:00+05:30', '2025-09-22']);
      for (const n of r.data.kimOnUS.nodes) expect(n).toMatchObject({ speaker: { name: 'Kim Jong Un' }, about: [{ name: 'United States' }] });
      expect(r.data.kimOnUSInOctober).toEqual({ totalCount: 1, nodes: [{ published: '2025-10-18T17:35:00+05:30', article: { source: 'Hindustan Times' } }] });
      expect(r.data.trumpOnUS.totalCount).toBe(0);
      expect(r.data.kimOnNobody.totalCount).toBe(0);
    });

    it('timeline: statements, conditions, invitations and meetings in date order', async () => {
      const r = await h.gql(`{ timeline(person: "Kim Jong-un", first: 50) { totalCount nodes { date kind item { __typename ... on Statement { text } ... on Condition { text } ... on Event { type status } } } } }`);
      expect(r.errors).toBeUndefined();
      const entries = r.data.timeline.nodes as { date: string | null; kind: string; item: { __typename: string } }[];
      expect(r.data.timeline.totalCount).toBe(entries.length);
      // Kim: 2 statements, 2 conditions, 6 events (Talks, 2019 meeting, proposed meeting in each article).
      expect(entries.filter((e) => e.kind === 'STATEMENT')).toHaveLength(2);
      expect(entries.filter((e) => e.kind === 'CONDITION')).toHaveLength(2);
      expect(entries.filter((e) => e.kind === 'EVENT')).toHaveLength(6);
      expect(entries[0]).toMatchObject({ date: '2019-06-30', kind: 'EVENT', item: { __typename: 'Event', type: 'Meeting', status: 'occurred' } });
      const dates = entries.map((e) => e.date ?? '9999');
      expect([...dates].sort()).toEqual(dates);

      const trump = await h.gql(`{ timeline(person: "Trump", first: 50) { nodes { kind item { __typename ... on Invitation { inviter { name } } } } } }`);
      const received = trump.data.timeline.nodes.filter((e: any) => e.kind === 'INVITATION_RECEIVED');
      expect(received).toEqual([
        { kind: 'INVITATION_RECEIVED', item: { __typename: 'Invitation', inviter: { name: 'Lee Jae Myung' } } },
        { kind: 'INVITATION_RECEIVED', item: { __typename: 'Invitation', inviter: { name: 'Lee Jae Myung' } } },
      ]);

      const missing = await h.gql(`{ timeline(person: "Nobody Atall") { totalCount } }`);
      expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('timeline pages: walked three at a time, the same entries in the same order as one page', async () => {
      const fields = `date kind item { __typename ... on Statement { id } ... on Condition { id } ... on Event { id } ... on Invitation { id } }`;
      for (const person of ['Kim Jong-un', 'Donald Trump']) {
        const whole = await h.gql(`{ timeline(person: "${person}", first: 100) { totalCount nodes { ${fields} } } }`);
        expect(whole.errors).toBeUndefined();
        const all = whole.data.timeline.nodes;
        expect(all.length).toBeGreaterThan(3);
        const walked: unknown[] = [];
        let after: string | null = null;
        for (;;) {
          const r: any = await h.gql(`query ($after: String) { timeline(person: "${person}", first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`, { after });
          expect(r.errors).toBeUndefined();
          expect(r.data.timeline.totalCount).toBe(all.length);
          walked.push(...r.data.timeline.nodes);
          expect(r.data.timeline.pageInfo.hasNextPage).toBe(walked.length < all.length);
          if (!r.data.timeline.pageInfo.hasNextPage) break;
          after = r.data.timeline.pageInfo.endCursor;
        }
        expect(walked).toEqual(all);
        // Without totalCount the store skips its counts; the page and whether more follow are the same.
        const uncounted = await h.gql(`{ timeline(person: "${person}", first: 3) { pageInfo { hasNextPage } nodes { ${fields} } } }`);
        expect(uncounted.data.timeline).toEqual({ pageInfo: { hasNextPage: true }, nodes: all.slice(0, 3) });
      }
    });

    it("a person's and a place's events: by date, undated last, then by publication, paged by the store", async () => {
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const byDate = (a: any, b: any) => cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a.published ?? '', b.published ?? '') || cmp(a.id, b.id);
      for (const [name, field] of [['Kim Jong Un', 'person(name: "Kim Jong Un")'], ['Panmunjom', 'node(id: "place:panmunjom") { ... on Place']] as const) {
        const close = field.startsWith('node') ? '}' : '';
        const whole = await h.gql(`{ x: ${field} { events(first: 100) { totalCount nodes { id date published } } } ${close} }`);
        expect(whole.errors).toBeUndefined();
        const all = whole.data.x.events.nodes;
        expect([name, all.length]).toEqual([name, whole.data.x.events.totalCount]);
        expect(all.length).toBeGreaterThan(1);
        expect(all).toEqual([...all].sort(byDate));
        const first = await h.gql(`{ x: ${field} { events(first: 1) { pageInfo { hasNextPage endCursor } nodes { id date published } } } ${close} }`);
        const rest = await h.gql(`query ($after: String) { x: ${field} { events(first: 100, after: $after) { nodes { id date published } } } ${close} }`, { after: first.data.x.events.pageInfo.endCursor });
        expect(first.data.x.events.pageInfo.hasNextPage).toBe(true);
        expect([...first.data.x.events.nodes, ...rest.data.x.events.nodes]).toEqual(all);
      }
    });

    it('invitations: by inviter and invitee, with the event both ways', async () => {
      const r = await h.gql(`{
        both: invitations(inviter: "Lee", invitee: "Trump") { totalCount nodes { eventText event { type invitations { totalCount } } article { source } } }
        reverse: invitations(inviter: "Trump", invitee: "Lee") { totalCount }
        all: invitations { totalCount }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.both.totalCount).toBe(2);
      expect(r.data.both.nodes[0]).toMatchObject({ eventText: 'the APEC summit in South Korea', event: { type: 'Summit', invitations: { totalCount: 1 } } });
      expect(r.data.reverse.totalCount).toBe(0);
      expect(r.data.all.totalCount).toBe(2);
    });

    it('invitations: everyone\'s, a page at a time, the same as by inviter', async () => {
      const r = await h.gql(`{
        first: invitations(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id inviter { name } invitee { name } eventText } }
        byLee: invitations(inviter: "Lee") { nodes { id } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(r.data.first.nodes[0]).toMatchObject({ inviter: { name: 'Lee Jae Myung' }, invitee: { name: 'Donald Trump' }, eventText: 'the APEC summit in South Korea' });
      const next = await h.gql(`query($after: String) { invitations(first: 5, after: $after) { pageInfo { hasNextPage } nodes { id } } }`, { after: r.data.first.pageInfo.endCursor });
      expect(next.data.invitations.pageInfo.hasNextPage).toBe(false);
      expect([r.data.first.nodes[0].id, ...next.data.invitations.nodes.map((n: { id: string }) => n.id)]).toEqual(r.data.byLee.nodes.map((n: { id: string }) => n.id));
      // Without totalCount the store does not count; the page is the same.
      const uncounted = await h.gql(`{ invitations(first: 1) { nodes { id } } }`);
      expect(uncounted.data.invitations.nodes).toEqual([{ id: r.data.first.nodes[0].id }]);
    });

    it('events: by participant, type, status and date', async () => {
      const r = await h.gql(`{
        met: events(participant: "Kim Jong Un", type: Meeting, status: occurred, from: "2019", to: "2019-12") { totalCount nodes { date heldIn { name ... on Place { country { name } } } participants { name } } }
        proposed: events(status: proposed) { totalCount }
        summits: events(type: Summit) { nodes { status invitations { nodes { invitee { name } } } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.met.totalCount).toBe(2);
      expect(r.data.met.nodes[0]).toMatchObject({ date: '2019-06-30', heldIn: { name: 'Panmunjom', country: { name: 'South Korea' } } });
      expect(r.data.proposed.totalCount).toBe(6);
      expect(r.data.summits.nodes[0]).toEqual({ status: 'proposed', invitations: { nodes: [{ invitee: { name: 'Donald Trump' } }] } });
    });

    it('quote and sameQuote: the same words across outlets, earliest first', async () => {
      const key = 'if the us drops its hollow obsession with denuclearisation there is no reason for us not to sit down with the us';
      const r = await h.gql(`query($k: String!) { quote(quoteKey: $k) { quoteKey count text outlets earliest { published article { source } } mentions { totalCount nodes { published } } } }`, { k: key });
      expect(r.errors).toBeUndefined();
      expect(r.data.quote).toMatchObject({ quoteKey: key, count: 2, outlets: ['The Straits Times', 'Hindustan Times'], earliest: { published: '2025-09-22', article: { source: 'The Straits Times' } } });
      expect(r.data.quote.mentions.nodes.map((n: any) => n.published)).toEqual(['2025-09-22', '2025-10-18T17:35:00+05:30']);
      const byWords = await h.gql(`{ quote(quoteKey: "\u201cIf the US drops its hollow obsession with denuclearisation, there is no reason for us not to sit down with the US\u201d") { count } }`);
      expect(byWords.data.quote.count).toBe(2);
      const same = await h.gql(`{ statements(speaker: "Kim", first: 1) { nodes { sameQuote { count earliest { id } } } } }`);
      expect(same.data.statements.nodes[0].sameQuote.count).toBe(2);
      expect((await h.gql(`{ quote(quoteKey: "never said") { count } }`)).data.quote).toBeNull();
    });

    it('quote partialMentions: a fragment printed by another outlet, found both ways', async () => {
      const x = fixtureExtraction({ id: 'third', url: 'https://example.org/third', published: '2025-11-04', source: 'The Independent' });
      const fragment = 'there is no reason for us not to sit down with the US';
      const at = x.article.text.indexOf(fragment);
      x.statements = [{ ...x.statements[1]!, text: fragment, start: at, end: at + fragment.length }];
      x.conditions = [];
      const g = buildArticleGraph(x);
      await h.store.upsertArticle(g);
      try {
        const r = await h.gql(`{ statements(source: "The Independent") { nodes { sameQuote { count partialMentions { totalCount nodes { article { source } } } } } } }`);
        expect(r.errors).toBeUndefined();
        const q = r.data.statements.nodes[0].sameQuote;
        expect(q.count).toBe(1);
        expect(q.partialMentions.totalCount).toBe(2);
        expect(q.partialMentions.nodes.map((n: any) => n.article.source)).toEqual(['The Straits Times', 'Hindustan Times']);
        const whole = await h.gql(`{ statements(speaker: "Kim", source: "Hindustan Times") { nodes { sameQuote { partialMentions { nodes { text article { source } } } } } } }`);
        expect(whole.data.statements.nodes[0].sameQuote.partialMentions.nodes).toEqual([{ text: fragment, article: { source: 'The Independent' } }]);
      } finally {
        await h.store.deleteArticle(g.articleId);
      }
    });

    it('network: who interacts with whom, with weights counted once per piece of evidence', async () => {
      const one = await h.gql(`{ network(person: "Kim Jong Un") { nodes { id } links { from to kind weight } } }`);
      expect(one.errors).toBeUndefined();
      expect(one.data.network.nodes[0].id).toBe('person:kim-jong-un');
      expect(one.data.network.nodes.map((n: any) => n.id).sort()).toEqual(['country:USA', 'person:donald-trump', 'person:kim-jong-un']);
      expect(one.data.network.links).toEqual([
        { from: 'person:donald-trump', to: 'person:kim-jong-un', kind: 'MET', weight: 2 },
        { from: 'person:kim-jong-un', to: 'country:USA', kind: 'SAID_ABOUT', weight: 2 },
      ]);
      const two = await h.gql(`{ network(person: "Kim Jong Un", depth: 2) { nodes { id } links { from to kind weight } } }`);
      expect(two.data.network.nodes.map((n: any) => n.id)).toContain('person:lee-jae-myung');
      expect(two.data.network.links).toContainEqual({ from: 'person:lee-jae-myung', to: 'person:donald-trump', kind: 'INVITED', weight: 2 });
      expect(two.data.network.links).toContainEqual({ from: 'person:donald-trump', to: 'person:kim-jong-un', kind: 'MET', weight: 2 });
      const deep = await h.gql(`{ network(person: "Kim", depth: 4) { nodes { id } } }`);
      expect(deep.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT' });
    });

    it('stats: counts by label and edge type', async () => {
      const r = await h.gql(`{ stats { totalNodes totalEdges nodes { name count } edges { name count } } }`);
      const s = await h.store.stats();
      expect(r.data.stats.totalNodes).toBe(s.totalNodes);
      expect(r.data.stats.totalEdges).toBe(s.totalEdges);
      expect(r.data.stats.nodes).toContainEqual({ name: 'Condition', count: 2 });
      expect(r.data.stats.edges).toContainEqual({ name: 'INVITED', count: 2 });
    });

    it('edges both ways: entities to their facts and facts to their entities', async () => {
      const r = await h.gql(`{
        usa: node(id: "country:USA") { ... on Country { code people { nodes { name } } statementsAbout { totalCount } conditionsFor { totalCount } mentionedIn { totalCount } } }
        cnn: node(id: "org:cnn") { ... on Organization { reported { totalCount } } }
        place: node(id: "place:panmunjom") { ... on Place { events { totalCount } } }
        cond: conditions(first: 1) { nodes { statement { text } forEvents { type } forEntities { name } } }
      }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.usa).toEqual({ code: 'USA', people: { nodes: [{ name: 'Donald Trump' }] }, statementsAbout: { totalCount: 2 }, conditionsFor: { totalCount: 2 }, mentionedIn: { totalCount: 2 } });
      expect(r.data.cnn.reported.totalCount).toBe(2);
      expect(r.data.place.events.totalCount).toBe(2);
      expect(r.data.cond.nodes[0]).toMatchObject({ statement: { text: expect.stringContaining('If the US drops') }, forEvents: [{ type: 'Talks' }], forEntities: [{ name: 'United States' }] });
    });
  });
}
