import type { ArticleGraph, GraphEdge, GraphNode, NodeLabel } from '../../src/graph/model';
import { SaysoError, encodeCursor, type Interaction, type ExportItem, type EdgeQuery, type ExportSelection, type GraphStore, type NodeQuery, type PageArgs } from '../../src/graph/store';
import { onKey } from '../../src/graph/search-text';
import { aboutMany, aboutManyTarget, newestAbout, newestFirst, articleA, articleB, articleC, eventGuest, eventHost, expectedState, ids, interactionArticles, interactionCountry, interactionPeople, invitationHost, manyConditions, manyEvents, manyHolders, manyInvitations, neighbourhood, ON_CASES, onConditions, onHolders } from './fixtures';

/**
 * The GraphStore contract: every adapter must pass this same suite.
 *
 * `makeStore` returns an empty store each time it is called (a new file, or a wiped
 * server); the suite closes the previous one first.
 */
export function runStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | null = null;

    async function fresh(...graphs: ArticleGraph[]): Promise<GraphStore> {
      if (store) await store.close();
      store = null;
      store = await makeStore();
      for (const g of graphs) await store.upsertArticle(g);
      return store;
    }

    function s(): GraphStore {
      if (!store) throw new Error('store not opened');
      return store;
    }

    afterAll(async () => {
      if (store) await store.close();
    });

    /** The ids of every node `q` finds, page after page of `size`, following the cursors. */
    async function walk(q: NodeQuery, size: number, count: boolean): Promise<string[]> {
      const out: string[] = [];
      for (let after: string | undefined; ; ) {
        const p = await s().findNodes(q, { first: size, after, count });
        out.push(...p.items.map((n) => n.id));
        if (!p.hasNextPage) return out;
        after = p.cursors[p.cursors.length - 1];
      }
    }

    async function collect(selection?: ExportSelection): Promise<ExportItem[]> {
      const out: ExportItem[] = [];
      for await (const item of s().exportGraph(selection)) out.push(item);
      return out;
    }

    async function expectStoreHolds(graphs: ArticleGraph[]) {
      const want = expectedState(graphs);
      const stats = await s().stats();
      expect(stats.totalNodes).toBe(want.nodes.size);
      expect(stats.totalEdges).toBe(want.edges.length);
      for (const [label, count] of Object.entries(want.byLabel)) expect([label, stats.nodes[label as NodeLabel] ?? 0]).toEqual([label, count]);
      for (const [type, count] of Object.entries(want.byType)) expect([type, stats.edges[type as GraphEdge['type']] ?? 0]).toEqual([type, count]);
      const items = await collect();
      const nodeIds = items.filter((i) => i.kind === 'node').map((i) => (i as { node: GraphNode }).node.id);
      const edgeIds = items.filter((i) => i.kind === 'edge').map((i) => (i as { edge: GraphEdge }).edge.id);
      expect(new Set(nodeIds)).toEqual(new Set(want.nodes.keys()));
      expect(nodeIds.length).toBe(want.nodes.size);
      expect(new Set(edgeIds)).toEqual(new Set(want.edges.map((e) => e.id)));
      expect(edgeIds.length).toBe(want.edges.length);
    }

    describe('upsert', () => {
      beforeAll(async () => {
        await fresh();
      });

      test('writes an article graph and reports what it wrote', async () => {
        const a = articleA();
        const res = await s().upsertArticle(a);
        expect(res).toMatchObject({ articleId: ids.A, changed: true, nodes: a.nodes.length, edges: a.edges.length });
        await expectStoreHolds([a]);
      });

      test('keeps every property as given: strings, numbers, booleans, string arrays and nulls', async () => {
        const a = articleA();
        const [statement, condition, event, article] = await s().getNodes([ids.sA1, ids.cA1, ids.eA1, ids.A]);
        expect(statement).toEqual(a.nodes.find((n) => n.id === ids.sA1));
        expect(condition).toEqual(a.nodes.find((n) => n.id === ids.cA1));
        expect(event).toEqual(a.nodes.find((n) => n.id === ids.eA1));
        expect(article).toEqual(a.nodes.find((n) => n.id === ids.A));
        expect(statement?.props.reporter).toBeNull();
        expect(typeof statement?.props.start).toBe('number');
      });

      test('stores edge id, type, ends, article and props', async () => {
        const said = articleA().edges.find((e) => e.type === 'SAID')!;
        const [list] = await s().neighbours({ ids: [ids.kim], edgeType: 'SAID', direction: 'out' });
        expect(list).toHaveLength(1);
        expect(list![0]!.edge).toEqual(said);
      });

      test('re-upserting the same version writes nothing and changes no count', async () => {
        const before = await s().stats();
        const res = await s().upsertArticle(articleA());
        expect(res.changed).toBe(false);
        expect(await s().stats()).toEqual(before);
      });

      test('re-upserting identical content under a new hash leaves counts unchanged', async () => {
        const before = await s().stats();
        const again = { ...articleA(), contentHash: 'another-hash' };
        const res = await s().upsertArticle(again);
        expect(res.changed).toBe(true);
        expect(await s().stats()).toEqual(before);
        expect((await s().upsertArticle(again)).changed).toBe(false);
      });

      test('shared entities are merged, not duplicated: aliases and roles accumulate', async () => {
        await s().upsertArticle(articleB());
        await s().upsertArticle(articleC());
        await expectStoreHolds([articleA(), articleB(), articleC()]);
        const [kim, trump, prk] = await s().getNodes([ids.kim, ids.trump, ids.prk]);
        expect(kim?.label).toBe('Person');
        expect(kim?.props.name).toBe('Kim Jong Un');
        expect([...((kim?.props.aliases as string[]) ?? [])].sort()).toEqual(['Kim', 'Kim Jong-un']);
        expect(kim?.props.roles).toEqual(['Leader of North Korea']);
        expect([...((trump?.props.aliases as string[]) ?? [])].sort()).toEqual(['Donald J. Trump', 'Trump']);
        expect([...((trump?.props.roles as string[]) ?? [])].sort()).toEqual(['President', 'President of the United States']);
        expect([...((prk?.props.aliases as string[]) ?? [])].sort()).toEqual(['DPRK', 'Pyongyang']);
      });
    });

    describe('batch upsert', () => {
      const sorted = (items: ExportItem[]) =>
        items.map((i) => JSON.stringify(i.kind === 'node' ? i.node : i.edge)).sort();

      test('one batch leaves the same graph as the same articles one by one, results in input order', async () => {
        await fresh(articleA(), articleB(), articleC());
        const oneByOne = sorted(await collect());
        await fresh();
        const res = await s().upsertArticles([articleA(), articleB(), articleC()]);
        expect(res.map((r) => [r.articleId, r.changed])).toEqual([
          [ids.A, true],
          [ids.B, true],
          [ids.C, true],
        ]);
        expect(res[1]).toMatchObject({ nodes: articleB().nodes.length, edges: articleB().edges.length });
        expect(sorted(await collect())).toEqual(oneByOne);
        await expectStoreHolds([articleA(), articleB(), articleC()]);
      });

      test('a batch of articles already stored changes nothing and says so', async () => {
        const before = await s().stats();
        const res = await s().upsertArticles([articleC(), articleA()]);
        expect(res.map((r) => r.changed)).toEqual([false, false]);
        expect(await s().stats()).toEqual(before);
      });

      test('the same article twice in one batch: the later version wins', async () => {
        await fresh(articleB());
        const res = await s().upsertArticles([articleA('v1'), articleC(), articleA('v2')]);
        expect(res.map((r) => r.changed)).toEqual([true, true, true]);
        const [oldStatement, newStatement] = await s().getNodes([ids.sA1, ids.sA2]);
        expect(oldStatement).toBeNull();
        expect(newStatement?.props.text).toBe('Talks remain possible');
        await expectStoreHolds([articleA('v2'), articleB(), articleC()]);
        const batched = sorted(await collect());
        await fresh(articleB(), articleA('v2'), articleC());
        expect(sorted(await collect())).toEqual(batched);
      });

      test('all or nothing: a bad graph in the batch fails it and nothing of it is written', async () => {
        await fresh(articleA());
        const before = sorted(await collect());
        const c = articleC();
        const broken = { ...c, edges: [...c.edges, { ...c.edges[0]!, id: `${c.edges[0]!.id}-stray`, to: 'person:nobody-in-this-graph' }] };
        await expect(s().upsertArticles([articleB(), broken])).rejects.toThrow(SaysoError);
        expect(sorted(await collect())).toEqual(before);
        expect(await s().upsertArticles([])).toEqual([]);
      });
    });

    describe('replace on change', () => {
      beforeAll(async () => {
        await fresh(articleA(), articleB(), articleC());
      });

      test("a changed article replaces its own contribution and nothing else", async () => {
        const b = articleB();
        const c = articleC();
        const [bEdgesBefore] = await s().neighbours({ ids: [ids.trump], edgeType: 'SAID', direction: 'out' });
        const res = await s().upsertArticle(articleA('v2'));
        expect(res.changed).toBe(true);

        const [oldStatement, oldCondition, newStatement, event, sB1, sC2] = await s().getNodes([
          ids.sA1,
          ids.cA1,
          ids.sA2,
          ids.eA1,
          ids.sB1,
          ids.sC2,
        ]);
        expect(oldStatement).toBeNull();
        expect(oldCondition).toBeNull();
        expect(newStatement?.props.text).toBe('Talks remain possible');
        expect(event?.props.type).toBe('Talks');
        expect(sB1).toEqual(b.nodes.find((n) => n.id === ids.sB1));
        expect(sC2).toEqual(c.nodes.find((n) => n.id === ids.sC2));

        const [kimSaid] = await s().neighbours({ ids: [ids.kim], edgeType: 'SAID', direction: 'out' });
        expect(kimSaid!.map((n) => n.node.id).sort()).toEqual([ids.sA2, ids.sC2].sort());
        const [trumpSaid] = await s().neighbours({ ids: [ids.trump], edgeType: 'SAID', direction: 'out' });
        expect(trumpSaid).toEqual(bEdgesBefore);
        await expectStoreHolds([articleA('v2'), b, c]);
      });

      test('replacing back restores the first version exactly', async () => {
        await s().upsertArticle(articleA('v1'));
        await expectStoreHolds([articleA('v1'), articleB(), articleC()]);
        const [statement] = await s().getNodes([ids.sA1]);
        expect(statement).toEqual(articleA().nodes.find((n) => n.id === ids.sA1));
      });
    });

    describe('delete', () => {
      beforeAll(async () => {
        await fresh(articleA(), articleB(), articleC());
      });

      test('removes the article and what it contributed; shared entities stay, orphans go', async () => {
        expect(await s().deleteArticle(ids.B)).toBe(true);
        const [article, statement, event, moon, ap, trump, kim] = await s().getNodes([ids.B, ids.sB1, ids.eB1, ids.moon, ids.ap, ids.trump, ids.kim]);
        expect(article).toBeNull();
        expect(statement).toBeNull();
        expect(event).toBeNull();
        expect(moon).toBeNull(); // only B mentioned him
        expect(ap).toBeNull(); // only B's statement was reported by AP
        expect(trump?.label).toBe('Person'); // A mentions him too
        expect(kim?.label).toBe('Person');
        const [trumpSaid] = await s().neighbours({ ids: [ids.trump], edgeType: 'SAID', direction: 'out' });
        expect(trumpSaid).toEqual([]);
        await expectStoreHolds([articleA(), articleC()]);
      });

      test('deleting an unknown article is a no-op that says so', async () => {
        const before = await s().stats();
        expect(await s().deleteArticle('article:does-not-exist')).toBe(false);
        expect(await s().stats()).toEqual(before);
      });

      test('a deleted article can be ingested again', async () => {
        const res = await s().upsertArticle(articleB());
        expect(res.changed).toBe(true);
        await expectStoreHolds([articleA(), articleB(), articleC()]);
      });

      test('deleting every article leaves an empty store', async () => {
        for (const id of [ids.A, ids.B, ids.C]) expect(await s().deleteArticle(id)).toBe(true);
        const stats = await s().stats();
        expect(stats.totalNodes).toBe(0);
        expect(stats.totalEdges).toBe(0);
      });
    });

    describe('a participant\u2019s events in each date order the API asks for', () => {
      const graphs = manyEvents();
      /** The events `people` take part in, each once. */
      const eventsOf = (people: string[]) =>
        graphs.filter((g) => g.edges.some((e) => e.type === 'PARTICIPANT' && people.includes(e.from))).map((g) => g.nodes.find((n) => n.label === 'Event')!);
      const text = (n: GraphNode, p: string) => (typeof n.props[p] === 'string' ? (n.props[p] as string) : null);
      /** Compares two values, missing ones `first` or last, the rest by code point. */
      const missing = (first: boolean) => (a: string | null, b: string | null) => (a === b ? 0 : a === null ? (first ? -1 : 1) : b === null ? (first ? 1 : -1) : a < b ? -1 : 1);
      const byId = (a: GraphNode, b: GraphNode) => (a.id < b.id ? -1 : 1);
      const cases: [string, NodeQuery['orderBy'], (a: GraphNode, b: GraphNode) => number][] = [
        ['by date, undated first (events)', { prop: 'date', direction: 'ASC', then: 'published' }, (a, b) => missing(true)(text(a, 'date'), text(b, 'date')) || missing(true)(text(a, 'published'), text(b, 'published')) || byId(a, b)],
        [
          'by date, undated last (a person\u2019s events)',
          { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' },
          (a, b) => missing(false)(text(a, 'date'), text(b, 'date')) || missing(true)(text(a, 'published'), text(b, 'published')) || byId(a, b),
        ],
        [
          'by date or else publication, undated last (a timeline)',
          { prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last', then: 'published' },
          (a, b) => missing(false)(text(a, 'date') ?? text(a, 'published'), text(b, 'date') ?? text(b, 'published')) || missing(true)(text(a, 'published'), text(b, 'published')) || byId(a, b),
        ],
      ];
      const query = (orderBy: NodeQuery['orderBy'], range: Pick<NodeQuery, 'from' | 'to'> = {}, people = [eventHost]): NodeQuery => ({
        label: 'Event',
        linkedFrom: { ids: people, edgeType: 'PARTICIPANT' },
        where: {},
        dateProp: 'date',
        ...range,
        orderBy,
      });

      beforeAll(async () => {
        await fresh();
        await s().upsertArticles(graphs);
      });

      test.each(cases)('%s: every page, counted or not, follows the order, for one participant or two', async (_name, orderBy, compare) => {
        for (const people of [[eventHost], [eventHost, eventGuest]]) {
          const want = eventsOf(people).sort(compare).map((n) => n.id);
          expect(want.length).toBeGreaterThan(people.length === 1 ? 25 : 35);
          const first = await s().findNodes(query(orderBy, {}, people), { first: 5 });
          expect(first).toMatchObject({ totalCount: want.length, hasNextPage: true });
          expect(first.items.map((n) => n.id)).toEqual(want.slice(0, 5));
          for (const size of [1, 4, 7]) {
            expect(await walk(query(orderBy, {}, people), size, true)).toEqual(want);
            expect(await walk(query(orderBy, {}, people), size, false)).toEqual(want);
          }
        }
      });

      test('by date within a range of dates, the month given alone taking all of it', async () => {
        const [, orderBy, compare] = cases[0]!;
        const inRange = (n: GraphNode) => text(n, 'date') !== null && text(n, 'date')! >= '2020-02-03' && text(n, 'date')!.slice(0, 7) <= '2020-02';
        const want = eventsOf([eventHost]).filter(inRange).sort(compare).map((n) => n.id);
        expect(want.length).toBeGreaterThan(5);
        for (const size of [2, 100]) expect(await walk(query(orderBy, { from: '2020-02-03', to: '2020-02' }), size, true)).toEqual(want);
        expect((await s().findNodes(query(orderBy, { from: '2020-02-03', to: '2020-02' }), { first: 1 })).totalCount).toBe(want.length);
      });

      test.each([
        ['every event', {}],
        ['one status', { status: 'proposed' }],
        ['one kind', { type: 'Talks' }],
        ['a status and a kind', { status: 'planned', type: 'Meeting' }],
      ])('%s by date, undated first (events by status or kind): every page, counted or not, and within a range', async (_name, where) => {
        const [, orderBy, compare] = cases[0]!;
        const all = graphs.map((g) => g.nodes.find((n) => n.label === 'Event')!).filter((n) => Object.entries(where).every(([k, v]) => n.props[k] === v));
        const want = [...all].sort(compare).map((n) => n.id);
        expect(want.length).toBeGreaterThan(8);
        const q: NodeQuery = { label: 'Event', where, dateProp: 'date', orderBy };
        for (const size of [1, 5]) {
          expect(await walk(q, size, true)).toEqual(want);
          expect(await walk(q, size, false)).toEqual(want);
        }
        expect((await s().findNodes(q, { first: 3 })).totalCount).toBe(want.length);
        const inRange = (n: GraphNode) => text(n, 'date') !== null && text(n, 'date')! >= '2020-02-03' && text(n, 'date')!.slice(0, 7) <= '2020-02';
        const ranged = all.filter(inRange).sort(compare).map((n) => n.id);
        expect(ranged.length).toBeGreaterThan(2);
        for (const size of [2, 100]) expect(await walk({ ...q, from: '2020-02-03', to: '2020-02' }, size, true)).toEqual(ranged);
        const upTo = all.filter((n) => text(n, 'date') !== null && text(n, 'date')! <= '2020-02-05').sort(compare).map((n) => n.id);
        expect(upTo.length).toBeGreaterThan(2);
        expect(await walk({ ...q, to: '2020-02-05' }, 3, true)).toEqual(upTo);
      });
    });

    describe('a person\u2019s invitations in date order', () => {
      const graphs = manyInvitations();
      const dateOf = (g: ArticleGraph) => (g.nodes.find((n) => n.id === g.articleId)!.props.published as string | null) ?? null;
      /** Oldest first, undated last, ties by id: what `order: 'published'` must give. */
      function reference(gs: ArticleGraph[], end: 'from' | 'to'): GraphEdge[] {
        const rows = gs.flatMap((g) => g.edges.filter((e) => e.type === 'INVITED' && e[end] === invitationHost).map((e) => ({ e, date: dateOf(g) })));
        const key = (r: { date: string | null }) => r.date ?? '\uffff';
        return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.e.id < b.e.id ? -1 : 1)).map((r) => r.e);
      }
      async function walk(q: EdgeQuery, size: number, count: boolean): Promise<GraphEdge[]> {
        const out: GraphEdge[] = [];
        for (let after: string | undefined; ; ) {
          const p = await s().findEdges(q, { first: size, after, count });
          out.push(...p.items);
          if (!p.hasNextPage) return out;
          after = p.cursors[p.cursors.length - 1];
        }
      }

      beforeAll(async () => {
        await fresh();
        await s().upsertArticles(graphs);
      });

      test.each([
        ['sent', 'fromIds', 'from'],
        ['received', 'toIds', 'to'],
      ] as const)('%s: every page, counted or not, is oldest first with undated last and ties by id', async (_name, ends, end) => {
        const want = reference(graphs, end);
        expect(want.length).toBe(20);
        expect(new Set(want.map((e) => e.articleId)).size).toBe(want.length);
        const q: EdgeQuery = { type: 'INVITED', [ends]: [invitationHost], order: 'published' };
        const first = await s().findEdges(q, { first: 4 });
        expect(first).toMatchObject({ totalCount: want.length, hasNextPage: true, items: want.slice(0, 4) });
        for (const size of [1, 3, 7]) {
          expect(await walk(q, size, true)).toEqual(want);
          expect(await walk(q, size, false)).toEqual(want);
        }
        // In id order, the same edges otherwise.
        expect((await s().findEdges({ type: 'INVITED', [ends]: [invitationHost] }, { first: 100 })).items).toEqual([...want].sort((a, b) => (a.id < b.id ? -1 : 1)));
      });

      test('an article given a new date moves its invitation', async () => {
        const g = graphs[3]!;
        expect(dateOf(g)).toBeNull();
        const moved = { ...g, contentHash: 'inv-moved', nodes: g.nodes.map((n) => (n.id === g.articleId ? { ...n, props: { ...n.props, published: '2019-12-31' } } : n)) };
        await s().upsertArticles([moved]);
        const now = graphs.map((x) => (x === g ? moved : x));
        const received = await s().findEdges({ type: 'INVITED', toIds: [invitationHost], order: 'published' }, { first: 100 });
        expect(received.items).toEqual(reference(now, 'to'));
        expect(received.items[0]!.articleId).toBe(g.articleId);
      });

      test('links that carry no date cannot be ordered by it', async () => {
        await expect(s().findEdges({ type: 'MENTIONS', order: 'published' }, { first: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
      });
    });

    describe('a label\u2019s nodes newest first, undated last', () => {
      // Articles dated to the day, to the month only, or not at all (manyInvitations).
      const graphs = manyInvitations();
      const articles = () => graphs.map((g) => g.nodes.find((n) => n.id === g.articleId)!);
      /** Newest first, undated last, ties by id; within [from, to] when given (`to` as a prefix). */
      function reference(from?: string, to?: string): string[] {
        const dated = (n: GraphNode) => n.props.published as string | null;
        return articles()
          .filter((n) => (from === undefined && to === undefined) || (dated(n) !== null && (from === undefined || dated(n)! >= from) && (to === undefined || dated(n)!.slice(0, to.length) <= to)))
          .sort(newestFirst)
          .map((n) => n.id);
      }

      beforeAll(async () => {
        await fresh();
        await s().upsertArticles(graphs);
      });

      test.each([
        ['every one', {}],
        ['from a day', { from: '2020-02-01' }],
        ['to a month', { to: '2020-03' }],
        ['between', { from: '2020-01-15', to: '2020-04-10' }],
      ] as const)('%s: every page, counted or not, in that order', async (_name, range: { from?: string; to?: string }) => {
        const want = reference(range.from, range.to);
        expect(want.length).toBeGreaterThan(4);
        const q: NodeQuery = { label: 'Article', ...range, dateProp: 'published', orderBy: { prop: 'published', direction: 'DESC' } };
        expect(await s().findNodes(q, { first: 4 })).toMatchObject({ totalCount: want.length, hasNextPage: true });
        for (const size of [1, 3, 7, 100]) {
          expect(await walk(q, size, true)).toEqual(want);
          expect(await walk(q, size, false)).toEqual(want);
        }
      });

      test('the undated exist, and come after every dated one', () => {
        const want = reference();
        const undated = articles().filter((n) => n.props.published === null).map((n) => n.id);
        expect(undated.length).toBeGreaterThan(2);
        expect(want.slice(-undated.length).sort()).toEqual(undated.sort());
      });
    });

    describe('what is about a much-named entity, newest first', () => {
      const graphs = aboutMany();
      const reference = (target: string) => newestAbout(graphs, target);

      beforeAll(async () => {
        await fresh();
        for (let i = 0; i < graphs.length; i += 100) await s().upsertArticles(graphs.slice(i, i + 100));
      });

      test.each([
        ['the much-named', aboutManyTarget],
        ['the rarely named', 'country:AMY'],
      ])('%s: first pages, deep pages and the last, counted or not', async (_name, target) => {
        const want = reference(target);
        const q: NodeQuery = { label: 'Statement', linksTo: { ids: [target], edgeType: 'ABOUT' }, orderBy: { prop: 'published', direction: 'DESC' } };
        for (const count of [true, false]) {
          for (const [skip, first] of [[0, 20], [0, 1], [20, 20], [150, 25], [want.length - 30, 20], [want.length - 5, 20]] as const) {
            const p = await s().findNodes(q, { first, after: skip ? encodeCursor(skip - 1) : undefined, count });
            expect([skip, first, p.items.map((n) => n.id)]).toEqual([skip, first, want.slice(skip, skip + first)]);
            if (count) expect(p.totalCount).toBe(want.length);
            expect(p.hasNextPage).toBe(skip + first < want.length);
          }
        }
      });
    });

    describe('newest-first pages of what holders set', () => {
      const graphs = manyConditions();
      /** The holders' conditions, newest first, ties by id: what every page must follow. */
      function reference(holders: string[], from?: string, to?: string): GraphNode[] {
        const set = new Set(holders);
        return graphs
          .filter((g) => g.edges.some((e) => e.type === 'SET' && set.has(e.from)))
          .map((g) => g.nodes.find((n) => n.label === 'Condition')!)
          .filter((n) => (!from || (n.props.published as string) >= from) && (!to || (n.props.published as string) <= to))
          .sort((a, b) => ((a.props.published as string) < (b.props.published as string) ? 1 : (a.props.published as string) > (b.props.published as string) ? -1 : a.id < b.id ? -1 : 1));
      }

      beforeAll(async () => {
        await fresh();
        await s().upsertArticles(graphs);
      });

      test.each([
        ['a holder with most of them, three linked twice', [manyHolders.big], undefined, undefined],
        ['a holder with only the oldest', [manyHolders.old], undefined, undefined],
        ['a holder with a few', [manyHolders.small], undefined, undefined],
        ['two holders setting some of the same ones', [manyHolders.big, manyHolders.small], undefined, undefined],
        ['a holder, from a date', [manyHolders.big], '2020-03-01', undefined],
        ['a holder, up to a date', [manyHolders.old], undefined, '2020-01-20'],
        ['two holders, between two dates', [manyHolders.other, manyHolders.small], '2020-02-15', '2020-04-01'],
      ])('%s: every page, counted or not, follows the newest-first order', async (_name, holders, from, to) => {
        const want = reference(holders, from, to);
        expect(want.length).toBeGreaterThan(0);
        const q = { label: 'Condition' as const, linkedFrom: { ids: holders, edgeType: 'SET' as const }, dateProp: 'published', ...(from ? { from } : {}), ...(to ? { to } : {}), orderBy: { prop: 'published', direction: 'DESC' as const } };
        for (const count of [true, false]) {
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const page: Awaited<ReturnType<GraphStore['findNodes']>> = await s().findNodes(q, { first: 5, after, ...(count ? {} : { count: false }) });
            expect(page.items).toEqual(want.slice(seen.length, seen.length + page.items.length));
            if (count) expect(page.totalCount).toBe(want.length);
            seen.push(...page.items.map((n) => n.id));
            if (!page.hasNextPage) break;
            expect(page.items).toHaveLength(5);
            after = page.cursors[page.cursors.length - 1]!;
          }
          expect(seen).toEqual(want.map((n) => n.id));
        }
      });
    });

    describe('order by a key with a fallback, missing keys placed', () => {
      // Events one person takes part in: dated; undated but published; neither; two on one date,
      // the later reported first by id.
      const articleId = 'article:contract-order';
      const edge = (type: 'PARTICIPANT' | 'IN_ARTICLE', from: string, to: string): GraphEdge => ({ id: `edge:order-${type}-${from}-${to}`, type, from, to, articleId, props: {} });
      const event = (id: string, props: Record<string, string>): GraphNode => ({ id, label: 'Event', props: { type: 'Talks', status: 'planned', articleId, ...props } });
      const graph: ArticleGraph = {
        articleId,
        contentHash: 'order:v1',
        nodes: [
          { id: articleId, label: 'Article', props: { title: 'Order', published: '2025-01-20', url: 'https://news.example/order' } },
          { id: ids.kim, label: 'Person', props: { name: 'Kim Jong Un', aliases: [], roles: [] } },
          event('event:order-dated', { date: '2025-02-01', published: '2025-01-20' }),
          event('event:order-published', { published: '2025-01-15' }),
          event('event:order-neither', {}),
          event('event:order-tie-a', { date: '2025-03-01', published: '2025-02-20' }),
          event('event:order-tie-b', { date: '2025-03-01', published: '2025-01-10' }),
        ],
        edges: ['event:order-dated', 'event:order-published', 'event:order-neither', 'event:order-tie-a', 'event:order-tie-b'].flatMap((e) => [edge('PARTICIPANT', ids.kim, e), edge('IN_ARTICLE', e, articleId)]),
      };
      beforeAll(async () => {
        await fresh(graph);
      });
      const order = async (orderBy: NodeQuery['orderBy'], first = 10) =>
        (await s().findNodes({ label: 'Event', linkedFrom: { ids: [ids.kim], edgeType: 'PARTICIPANT' }, orderBy }, { first })).items.map((n) => n.id.slice('event:order-'.length));

      test('missing keys first ascending and last descending, unless placed', async () => {
        expect(await order({ prop: 'date', direction: 'ASC' })).toEqual(['neither', 'published', 'dated', 'tie-a', 'tie-b']);
        expect(await order({ prop: 'date', direction: 'DESC' })).toEqual(['tie-a', 'tie-b', 'dated', 'neither', 'published']);
        expect(await order({ prop: 'date', direction: 'ASC', nulls: 'last' })).toEqual(['dated', 'tie-a', 'tie-b', 'neither', 'published']);
        expect(await order({ prop: 'date', direction: 'DESC', nulls: 'first' })).toEqual(['neither', 'published', 'tie-a', 'tie-b', 'dated']);
      });

      test('a fallback stands in where the key is missing', async () => {
        expect(await order({ prop: 'date', fallback: 'published', direction: 'ASC' })).toEqual(['neither', 'published', 'dated', 'tie-a', 'tie-b']);
        expect(await order({ prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last' })).toEqual(['published', 'dated', 'tie-a', 'tie-b', 'neither']);
        expect(await order({ prop: 'date', fallback: 'published', direction: 'DESC' })).toEqual(['tie-a', 'tie-b', 'dated', 'published', 'neither']);
        // Pages follow the same order.
        expect(await order({ prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last' }, 2)).toEqual(['published', 'dated']);
      });

      test('a second key breaks ties before the id, missing values first ascending', async () => {
        expect(await order({ prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' })).toEqual(['dated', 'tie-b', 'tie-a', 'neither', 'published']);
        expect(await order({ prop: 'date', direction: 'DESC', then: 'published' })).toEqual(['tie-a', 'tie-b', 'dated', 'published', 'neither']);
      });
    });

    describe("what conditions are on: terms on their on-keys", () => {
      const graphs = onConditions();
      const keys = (...words: string[]) => words.map(onKey);
      const talks = keys('talk', 'negotiation', 'negotiate', 'dialogue', 'sit', 'meet', 'summit');
      /** Conditions of the articles whose case is in `cases`, newest first, ties by id. */
      function reference(cases: number[], holder?: string, from?: string): string[] {
        return graphs
          .map((g, i) => ({ g, i, c: g.nodes.find((n) => n.label === 'Condition')! }))
          .filter(({ g, i, c }) => cases.includes(i % ON_CASES.length) && (!holder || g.edges.some((e) => e.type === 'SET' && e.from === holder)) && (!from || (c.props.published as string) >= from))
          .sort((a, b) => ((a.c.props.published as string) < (b.c.props.published as string) ? 1 : (a.c.props.published as string) > (b.c.props.published as string) ? -1 : a.c.id < b.c.id ? -1 : 1))
          .map(({ c }) => c.id);
      }
      const query = (terms: string[][], more: Partial<NodeQuery> = {}): NodeQuery => ({ label: 'Condition', terms, orderBy: { prop: 'published', direction: 'DESC' }, ...more });
      /** Every page of 5, counted and not, against the reference order. */
      async function expectPages(q: NodeQuery, want: string[]) {
        for (const count of [true, false]) {
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const page: Awaited<ReturnType<GraphStore['findNodes']>> = await s().findNodes(q, { first: 5, after, ...(count ? {} : { count: false }) });
            if (count) expect(page.totalCount).toBe(want.length);
            seen.push(...page.items.map((n) => n.id));
            if (!page.hasNextPage) break;
            after = page.cursors[page.cursors.length - 1]!;
          }
          expect(seen).toEqual(want);
        }
      }

      beforeAll(async () => {
        await fresh();
        await s().upsertArticles(graphs);
      });

      test.each([
        ['a kindred group: words of its own, of the event it is for', [talks], [2, 3, 4]],
        ['two words, both in the name the article gave the entity it is for', [keys('unit'), keys('stat')], [0]],
        ["an entity's alias", [keys('u')], [0]],
        ["an event's type and words", [keys('ceasefire', 'truce'), keys('gaza')], [1]],
        ['a word of its own and a kindred group', [keys('nuclear'), talks], [3]],
        ['words nobody wrote', [keys('moscow')], []],
        ['words of two conditions, never of one', [keys('gaza'), keys('nuclear')], []],
      ])('%s', async (_name, terms, cases) => {
        const want = reference(cases as number[]);
        expect(want.length === 0).toBe((cases as number[]).length === 0);
        await expectPages(query(terms as string[][]), want);
        await expectPages(query(terms as string[][], { linkedFrom: { ids: [onHolders.kim], edgeType: 'SET' } }), reference(cases as number[], onHolders.kim));
        await expectPages(query(terms as string[][], { dateProp: 'published', from: '2021-01-12' }), reference(cases as number[], undefined, '2021-01-12'));
      });

      test('a group with no term matches nothing; no group at all filters nothing; words and terms combine', async () => {
        expect((await s().findNodes(query([keys('u'), []]), { first: 5 })).totalCount).toBe(0);
        expect((await s().findNodes(query([]), { first: 5 })).totalCount).toBe(graphs.length);
        await expectPages(query([keys('u')], { words: 'condition' }), reference([0]));
        await expectPages(query([keys('u')], { words: 'nothing' }), []);
        // The on-words are not the condition's text: a search finds no condition by them.
        for (const word of ['talking', 'Washington', 'summit']) expect((await s().search(word, ['Condition'], { first: 5 })).totalCount).toBe(0);
      });

      test("a rewritten or deleted article takes its condition's on-keys with it", async () => {
        const us = query([keys('u')]);
        const before = (await s().findNodes(us, { first: 1 })).totalCount;
        const [first] = graphs;
        const rewritten = {
          ...first!,
          contentHash: 'on-000-v2',
          nodes: first!.nodes.filter((n) => n.label !== 'Country').map((n) => (n.label === 'Condition' ? { ...n, props: { ...n.props, on: 'a ceasefire' } } : n)),
          edges: first!.edges.filter((e) => e.type !== 'FOR'),
        };
        await s().upsertArticle(rewritten);
        expect((await s().findNodes(us, { first: 1 })).totalCount).toBe(before - 1);
        expect((await s().findNodes(query([keys('ceasefire')]), { first: 100 })).items.map((n) => n.id)).toContain('condition:on-000');
        await s().deleteArticle(first!.articleId);
        expect((await s().findNodes(query([keys('ceasefire')]), { first: 100 })).items.map((n) => n.id)).not.toContain('condition:on-000');
      });
    });

    describe('interactions counted over every article, as articles are replaced and deleted', () => {
      /**
       * What `interactions` must answer, from the links of the graphs a store holds, whichever
       * article each came from: distinct statements a speaker made about an entity (not an event,
       * not itself), distinct invitations, distinct events of the statuses two entities took part in.
       */
      function expectedInteractions(graphs: ArticleGraph[], wanted: string[], statuses: string[]): Interaction[] {
        const { nodes, edges } = expectedState(graphs);
        const of = (type: string) => edges.filter((e) => e.type === type);
        const links = new Map<string, { kind: Interaction['kind']; from: string; to: string; over: Set<string> }>();
        const add = (kind: Interaction['kind'], from: string, to: string, over: string) => {
          if (!wanted.includes(from) && !wanted.includes(to)) return;
          const key = `${kind}|${from}|${to}`;
          if (!links.has(key)) links.set(key, { kind, from, to, over: new Set() });
          links.get(key)!.over.add(over);
        };
        for (const said of of('SAID'))
          for (const about of of('ABOUT'))
            if (about.from === said.to && about.to !== said.from && nodes.get(about.to)?.label !== 'Event') add('SAID_ABOUT', said.from, about.to, said.to);
        for (const invited of of('INVITED')) add('INVITED', invited.from, invited.to, invited.id);
        for (const p of of('PARTICIPANT'))
          for (const o of of('PARTICIPANT')) {
            const status = nodes.get(p.to)?.props.status;
            if (o.to === p.to && p.from < o.from && typeof status === 'string' && statuses.includes(status)) add('MET', p.from, o.from, p.to);
          }
        const order = (a: Interaction, b: Interaction) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0);
        return [...links.values()].map(({ kind, from, to, over }) => ({ kind, from, to, weight: over.size })).sort(order);
      }

      const entities = [...interactionPeople, interactionCountry, 'org:ix-agency'];
      const statusSets = [['occurred', 'planned'], ['proposed'], ['occurred', 'planned', 'proposed'], []];

      async function expectAnswers(graphs: ArticleGraph[]) {
        for (const statuses of statusSets) {
          for (const id of entities) expect([id, statuses, await s().interactions({ ids: [id], meetingStatuses: statuses })]).toEqual([id, statuses, expectedInteractions(graphs, [id], statuses)]);
          expect(await s().interactions({ ids: entities, meetingStatuses: statuses })).toEqual(expectedInteractions(graphs, entities, statuses));
        }
      }

      beforeAll(async () => {
        await fresh();
      });

      test('written in batches, then some articles replaced by changed versions, then some deleted', async () => {
        const v1 = interactionArticles();
        await s().upsertArticles(v1.slice(0, 10));
        await s().upsertArticles(v1.slice(10));
        const wanted = expectedInteractions(v1, entities, ['occurred', 'planned']);
        // The fixture exercises every kind, and counts above one.
        expect(new Set(wanted.map((l) => l.kind))).toEqual(new Set(['SAID_ABOUT', 'INVITED', 'MET']));
        expect(wanted.filter((l) => l.weight > 1).map((l) => l.kind)).toEqual(expect.arrayContaining(['SAID_ABOUT', 'INVITED', 'MET']));
        await expectAnswers(v1);

        const changed = (i: number) => i % 3 === 1;
        const v2 = interactionArticles(24, 'v2', changed);
        await s().upsertArticles(v2);
        let now = [...v1.filter((_, i) => !changed(i)), ...v2];
        expect(expectedInteractions(now, entities, statusSets[2]!)).not.toEqual(expectedInteractions(v1, entities, statusSets[2]!));
        await expectAnswers(now);

        // The same versions again change nothing.
        await s().upsertArticles(v2);
        await expectAnswers(now);

        const deleted = new Set(['article:ix-000', 'article:ix-004', 'article:ix-007', 'article:ix-013']);
        for (const id of deleted) await s().deleteArticle(id);
        now = now.filter((g) => !deleted.has(g.articleId));
        await expectAnswers(now);

        for (const g of now) await s().deleteArticle(g.articleId);
        for (const statuses of statusSets) expect(await s().interactions({ ids: entities, meetingStatuses: statuses })).toEqual([]);
      });
    });

    describe('reads', () => {
      const all = () => [articleA(), articleB(), articleC()];
      beforeAll(async () => {
        await fresh(...all());
      });

      test('getNodes answers in key order, null where absent, repeated keys repeated', async () => {
        const got = await s().getNodes([ids.lee, 'person:nobody', ids.sA1, ids.lee, ids.prk]);
        expect(got.map((n) => n?.id ?? null)).toEqual([ids.lee, null, ids.sA1, ids.lee, ids.prk]);
        expect(got[4]?.label).toBe('Country');
        expect(await s().getNodes([])).toEqual([]);
      });

      test('neighbours: one list per key in key order, each ordered by edge id', async () => {
        const lists = await s().neighbours({ ids: [ids.lee, 'person:nobody', ids.kim, ids.trump], edgeType: 'SAID', direction: 'out' });
        expect(lists).toHaveLength(4);
        expect(lists[0]!.map((n) => n.node.id)).toEqual([ids.sC1]);
        expect(lists[1]).toEqual([]);
        const kimEdges = all()
          .flatMap((g) => g.edges)
          .filter((e) => e.type === 'SAID' && e.from === ids.kim)
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(lists[2]!.map((n) => n.edge)).toEqual(kimEdges);
        expect(lists[2]!.map((n) => n.node.id)).toEqual(kimEdges.map((e) => e.to));
        expect(lists[3]!.map((n) => n.node.id)).toEqual([ids.sB1]);
      });

      test('interactions: said-about, invited and met, counted once per statement, invitation and event, each link once', async () => {
        const all = ['occurred', 'planned', 'proposed'];
        // Trump said sB1 about Kim; Lee invited Kim; Kim and Trump took part in eA1 (proposed) and
        // eB1 (planned). Kim's statements are about events, which are no side of an interaction.
        const kimLinks = [
          { kind: 'INVITED', from: ids.lee, to: ids.kim, weight: 1 },
          { kind: 'MET', from: ids.trump, to: ids.kim, weight: 2 },
          { kind: 'SAID_ABOUT', from: ids.trump, to: ids.kim, weight: 1 },
        ];
        expect(await s().interactions({ ids: [ids.kim], meetingStatuses: all })).toEqual(kimLinks);
        // Found from both ends, still once and counted the same.
        expect(await s().interactions({ ids: [ids.trump, ids.kim, ids.kim], meetingStatuses: all })).toEqual(kimLinks);
        expect(await s().interactions({ ids: [ids.kim], meetingStatuses: ['planned'] })).toContainEqual({ kind: 'MET', from: ids.trump, to: ids.kim, weight: 1 });
        expect(await s().interactions({ ids: [ids.kim], meetingStatuses: [] })).not.toContainEqual(expect.objectContaining({ kind: 'MET' }));
        // Lee's only event has no other participant.
        expect(await s().interactions({ ids: [ids.lee], meetingStatuses: all })).toEqual([{ kind: 'INVITED', from: ids.lee, to: ids.kim, weight: 1 }]);
        expect(await s().interactions({ ids: ['person:nobody'], meetingStatuses: all })).toEqual([]);
        expect(await s().interactions({ ids: [], meetingStatuses: all })).toEqual([]);
      });

      test('findEdges: one type in edge id order, paged and counted, filtered by the labels of its ends', async () => {
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        const labelOf = new Map(all().flatMap((g) => g.nodes.map((n) => [n.id, n.label] as const)));
        const mentions = all().flatMap((g) => g.edges).filter((e) => e.type === 'MENTIONS').sort(byId);
        expect(mentions.length).toBeGreaterThan(4);
        const first = await s().findEdges({ type: 'MENTIONS' }, { first: 3 });
        expect(first.items).toEqual(mentions.slice(0, 3));
        expect(first).toMatchObject({ totalCount: mentions.length, hasNextPage: true, hasPreviousPage: false });
        const rest = await s().findEdges({ type: 'MENTIONS' }, { first: 100, after: first.cursors[2] });
        expect(rest.items).toEqual(mentions.slice(3));
        expect(rest).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
        // Without a count: the items up to the page's end, plus one when there is a next page.
        const uncounted = await s().findEdges({ type: 'MENTIONS' }, { first: 2, count: false });
        expect(uncounted.items).toEqual(mentions.slice(0, 2));
        expect(uncounted).toMatchObject({ totalCount: 3, hasNextPage: true });

        const toCountries = await s().findEdges({ type: 'MENTIONS', toLabel: 'Country' }, { first: 100 });
        expect(toCountries.items).toEqual(mentions.filter((e) => labelOf.get(e.to) === 'Country'));
        expect(toCountries.totalCount).toBe(toCountries.items.length);
        const invited = all().flatMap((g) => g.edges).filter((e) => e.type === 'INVITED');
        expect((await s().findEdges({ type: 'INVITED', fromLabel: 'Person', toLabel: 'Person' }, { first: 10 })).items).toEqual(invited);
        expect(await s().findEdges({ type: 'INVITED', fromLabel: 'Country' }, { first: 10 })).toMatchObject({ items: [], totalCount: 0 });
        await expect(s().findEdges({ type: 'NOPE' as never }, { first: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
        await expect(s().findEdges({ type: 'INVITED', fromLabel: 'Nope' as never }, { first: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
      });

      test('findEdges from or to given nodes: in edge id order, paged and counted', async () => {
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        const mentions = all().flatMap((g) => g.edges).filter((e) => e.type === 'MENTIONS').sort(byId);
        const people: string[] = [ids.kim, ids.trump];
        const ofPeople = mentions.filter((e) => people.includes(e.to));
        const articles = [...new Set(ofPeople.map((e) => e.from))].sort();
        expect(ofPeople.length).toBeGreaterThan(2);
        expect(articles.length).toBeGreaterThan(1);
        // A repeated id counts once.
        const toPeople = await s().findEdges({ type: 'MENTIONS', toIds: [...people, ids.kim] }, { first: 2 });
        expect(toPeople.items).toEqual(ofPeople.slice(0, 2));
        expect(toPeople).toMatchObject({ totalCount: ofPeople.length, hasNextPage: true });
        const rest = await s().findEdges({ type: 'MENTIONS', toIds: people }, { first: 100, after: toPeople.cursors[1] });
        expect(rest.items).toEqual(ofPeople.slice(2));
        const fromOne = await s().findEdges({ type: 'MENTIONS', fromIds: [articles[0]!] }, { first: 100 });
        expect(fromOne.items).toEqual(mentions.filter((e) => e.from === articles[0]));
        const both = await s().findEdges({ type: 'MENTIONS', fromIds: [articles[0]!], toIds: [ids.kim] }, { first: 100 });
        expect(both.items).toEqual(mentions.filter((e) => e.from === articles[0] && e.to === ids.kim));
        expect(both.totalCount).toBe(both.items.length);
        const withLabel = await s().findEdges({ type: 'MENTIONS', fromIds: articles, toLabel: 'Country' }, { first: 100 });
        expect(withLabel.items.length).toBeGreaterThan(0);
        expect(withLabel.items.map((e) => e.to)).toEqual(mentions.filter((e) => articles.includes(e.from) && e.to.startsWith('country:')).map((e) => e.to));
        expect(await s().findEdges({ type: 'MENTIONS', toIds: [] }, { first: 10 })).toMatchObject({ items: [], totalCount: 0 });
        expect(await s().findEdges({ type: 'MENTIONS', fromIds: ['article:nowhere'] }, { first: 10 })).toMatchObject({ items: [], totalCount: 0 });
        expect(await s().findEdges({ type: 'INVITED', fromIds: [ids.lee] }, { first: 10 })).toMatchObject({ totalCount: 1, items: [{ from: ids.lee, to: ids.kim }] });
      });

      test("findEdges of given articles: each article's own edges, with ends too, paged and counted", async () => {
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        const mentions = all().flatMap((g) => g.edges).filter((e) => e.type === 'MENTIONS').sort(byId);
        const ofA = mentions.filter((e) => e.articleId === ids.A);
        expect(ofA.length).toBeGreaterThan(2);
        const first = await s().findEdges({ type: 'MENTIONS', articleIds: [ids.A, ids.A] }, { first: 2 });
        expect(first).toMatchObject({ items: ofA.slice(0, 2), totalCount: ofA.length, hasNextPage: true });
        expect((await s().findEdges({ type: 'MENTIONS', articleIds: [ids.A] }, { first: 100, after: first.cursors[1] })).items).toEqual(ofA.slice(2));
        const twoArticles = await s().findEdges({ type: 'MENTIONS', articleIds: [ids.A, ids.C] }, { first: 100 });
        expect(twoArticles.items).toEqual(mentions.filter((e) => e.articleId === ids.A || e.articleId === ids.C));
        const kimInA = await s().findEdges({ type: 'MENTIONS', articleIds: [ids.A], toIds: [ids.kim] }, { first: 100 });
        expect(kimInA.items).toEqual(ofA.filter((e) => e.to === ids.kim));
        expect(kimInA.totalCount).toBe(1);
        const invited = all().flatMap((g) => g.edges).filter((e) => e.type === 'INVITED');
        const articleOfInvitation = invited[0]!.articleId;
        expect((await s().findEdges({ type: 'INVITED', articleIds: [articleOfInvitation] }, { first: 10 })).items).toEqual(invited.filter((e) => e.articleId === articleOfInvitation).sort(byId));
        expect(await s().findEdges({ type: 'MENTIONS', articleIds: [] }, { first: 10 })).toMatchObject({ items: [], totalCount: 0 });
        expect(await s().findEdges({ type: 'MENTIONS', articleIds: ['article:nowhere'] }, { first: 10 })).toMatchObject({ items: [], totalCount: 0 });
      });

      test('neighbours: incoming direction, label filter and a per-key limit', async () => {
        const [speakers] = await s().neighbours({ ids: [ids.sC2], edgeType: 'SAID', direction: 'in' });
        expect(speakers!.map((n) => [n.node.id, n.edge.from, n.edge.to])).toEqual([[ids.kim, ids.kim, ids.sC2]]);

        const [countries, people] = await s().neighbours({ ids: [ids.C, ids.C], edgeType: 'MENTIONS', direction: 'out', label: 'Country' });
        expect(countries!.map((n) => n.node.id).sort()).toEqual([ids.kor, ids.prk]);
        expect(people).toEqual(countries);

        const [mentions] = await s().neighbours({ ids: [ids.C], edgeType: 'MENTIONS', direction: 'out', limitPerKey: 2 });
        const allMentions = articleC()
          .edges.filter((e) => e.type === 'MENTIONS')
          .map((e) => e.id)
          .sort();
        expect(mentions!.map((n) => n.edge.id)).toEqual(allMentions.slice(0, 2));

        const [invited] = await s().neighbours({ ids: [ids.kim], edgeType: 'INVITED', direction: 'in' });
        expect(invited!.map((n) => [n.node.id, n.edge.props.eventId])).toEqual([[ids.lee, ids.eC1]]);
      });

      test('findNodes by label, in id order, with totalCount', async () => {
        const page = await s().findNodes({ label: 'Person' }, { first: 10 });
        expect(page.items.map((n) => n.id)).toEqual([ids.trump, ids.kim, ids.lee, ids.moon].sort());
        expect(page.totalCount).toBe(4);
        expect(page.hasNextPage).toBe(false);
        expect(page.hasPreviousPage).toBe(false);
        expect(page.cursors).toHaveLength(4);
      });

      test('findNodes pages with cursors that round-trip to the full list', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page: Awaited<ReturnType<GraphStore['findNodes']>> = await s().findNodes({ label: 'Statement' }, { first: 2, after });
          expect(page.totalCount).toBe(4);
          expect(page.hasPreviousPage).toBe(after !== null);
          seen.push(...page.items.map((n) => n.id));
          pages += 1;
          if (!page.hasNextPage) break;
          expect(page.items).toHaveLength(2);
          after = page.cursors[page.cursors.length - 1]!;
        }
        expect(pages).toBe(2);
        expect(seen).toEqual([ids.sA1, ids.sB1, ids.sC1, ids.sC2].sort());
        const last = await s().findNodes({ label: 'Statement' }, { first: 2, after });
        const past = await s().findNodes({ label: 'Statement' }, { first: 2, after: last.cursors[last.cursors.length - 1] });
        expect(past.items).toEqual([]);
        expect(past.hasNextPage).toBe(false);
        await expect(s().findNodes({ label: 'Statement' }, { first: 2, after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
        await expect(s().findNodes({ label: 'Statement' }, { first: 2, after: 'not-a-cursor' })).rejects.toBeInstanceOf(SaysoError);
      });

      test('findNodes by name or alias, folding case, accents, hyphens and dots', async () => {
        for (const name of ['Kim Jong Un', 'kim jong-un', 'KIM', 'Kim Jong-Ún']) {
          const page = await s().findNodes({ label: 'Person', name }, { first: 10 });
          expect([name, page.items.map((n) => n.id)]).toEqual([name, [ids.kim]]);
        }
        const trump = await s().findNodes({ label: 'Person', name: 'donald j trump' }, { first: 10 });
        expect(trump.items.map((n) => n.id)).toEqual([ids.trump]);
        const dprk = await s().findNodes({ label: 'Country', name: 'D.P.R.K.' }, { first: 10 });
        expect(dprk.items.map((n) => n.id)).toEqual([ids.prk]);
        const none = await s().findNodes({ label: 'Country', name: 'Kim' }, { first: 10 });
        expect(none.items).toEqual([]);
        expect(none.totalCount).toBe(0);
      });

      test('findNamed: every label in one look-up, in the order of the labels asked for, then by id', async () => {
        const everywhere = ['Person', 'Country', 'Organization', 'Place'] as const;
        // "Seoul" names the place and, as an alias, the country governed from it.
        expect((await s().findNamed('seoul', everywhere)).map((n) => n.id)).toEqual([ids.kor, ids.seoul]);
        expect((await s().findNamed('Seoul', ['Place', 'Country'])).map((n) => n.id)).toEqual([ids.seoul, ids.kor]);
        expect((await s().findNamed('Kim Jong-Ún', everywhere)).map((n) => n.id)).toEqual([ids.kim]);
        expect((await s().findNamed('D.P.R.K.', ['Person', 'Organization'])).map((n) => n.id)).toEqual([]);
        expect(await s().findNamed('Kim', [])).toEqual([]);
        const [kim] = await s().findNamed('kim', ['Person'], 1);
        expect(kim).toMatchObject({ id: ids.kim, label: 'Person', props: { name: 'Kim Jong Un' } });
        // Bookkeeping stays inside the store, as with findNodes.
        expect(Object.keys(kim!.props).filter((k) => k.startsWith('_'))).toEqual([]);
        await expect(s().findNamed('Kim', ['Person', 'Nope' as never])).rejects.toMatchObject({ code: 'BAD_INPUT' });
      });

      test('findNodes by exact property values and by ids', async () => {
        const direct = await s().findNodes({ label: 'Statement', where: { kind: 'direct' } }, { first: 10 });
        expect(direct.items.map((n) => n.id)).toEqual([ids.sA1, ids.sB1, ids.sC1].sort());
        const both = await s().findNodes({ label: 'Statement', where: { kind: 'direct', articleId: ids.C } }, { first: 10 });
        expect(both.items.map((n) => n.id)).toEqual([ids.sC1]);
        const bySentence = await s().findNodes({ label: 'Statement', where: { sentence: 5 } }, { first: 10 });
        expect(bySentence.items.map((n) => n.id)).toEqual([ids.sC2]);
        const proposed = await s().findNodes({ label: 'Event', where: { status: 'proposed' } }, { first: 10 });
        expect(proposed.items.map((n) => n.id)).toEqual([ids.eA1, ids.eC1].sort());
        const byIds = await s().findNodes({ label: 'Statement', ids: [ids.sC2, ids.sA1, ids.kim] }, { first: 10 });
        expect(byIds.items.map((n) => n.id)).toEqual([ids.sA1, ids.sC2].sort());
        expect(byIds.totalCount).toBe(2);
      });

      test('findNodes linkedFrom: nodes an edge type points to from given nodes, each once, filtered, counted and paged', async () => {
        const said = await s().findNodes({ label: 'Statement', linkedFrom: { ids: [ids.kim], edgeType: 'SAID' } }, { first: 10 });
        expect(said.items.map((n) => n.id)).toEqual([ids.sA1, ids.sC2].sort());
        expect(said.totalCount).toBe(2);
        const newest = { label: 'Statement' as const, linkedFrom: { ids: [ids.kim, ids.trump], edgeType: 'SAID' as const }, orderBy: { prop: 'published', direction: 'DESC' as const } };
        const first = await s().findNodes(newest, { first: 2 });
        expect(first.items.map((n) => n.id)).toEqual([ids.sC2, ids.sB1]);
        expect(first.totalCount).toBe(3);
        expect(first.hasNextPage).toBe(true);
        const rest = await s().findNodes(newest, { first: 2, after: first.cursors[1] });
        expect(rest.items.map((n) => n.id)).toEqual([ids.sA1]);
        expect(rest.hasNextPage).toBe(false);
        // Both hold each event: still one node each.
        const shared = await s().findNodes({ label: 'Event', linkedFrom: { ids: [ids.kim, ids.trump], edgeType: 'PARTICIPANT' } }, { first: 10 });
        expect(shared.items.map((n) => n.id)).toEqual([ids.eA1, ids.eB1].sort());
        expect(shared.totalCount).toBe(2);
        const april = await s().findNodes({ label: 'Statement', linkedFrom: { ids: [ids.kim], edgeType: 'SAID' }, dateProp: 'published', from: '2025-04-01' }, { first: 10 });
        expect(april.items.map((n) => n.id)).toEqual([ids.sC2]);
        const withIds = await s().findNodes({ label: 'Statement', ids: [ids.sA1, ids.sB1], linkedFrom: { ids: [ids.kim], edgeType: 'SAID' } }, { first: 10 });
        expect(withIds.items.map((n) => n.id)).toEqual([ids.sA1]);
        const otherLabel = await s().findNodes({ label: 'Statement', linkedFrom: { ids: [ids.kim], edgeType: 'SET' } }, { first: 10 });
        expect(otherLabel.totalCount).toBe(0);
        const nobody = await s().findNodes({ label: 'Statement', linkedFrom: { ids: [], edgeType: 'SAID' } }, { first: 10 });
        expect(nobody.items).toEqual([]);
        expect(nobody.totalCount).toBe(0);
        const missing = await s().findNodes({ label: 'Statement', linkedFrom: { ids: ['person:nobody'], edgeType: 'SAID' } }, { first: 10 });
        expect(missing.totalCount).toBe(0);
      });

      test('findNodes linksTo: nodes with an edge of that type to given nodes, each once, filtered, counted and paged', async () => {
        const about = (ids_: string[], more: Partial<NodeQuery> = {}, page: PageArgs = { first: 10 }) =>
          s().findNodes({ label: 'Statement', linksTo: { ids: ids_, edgeType: 'ABOUT' }, ...more }, page);
        const talks = await about([ids.eC1]);
        expect(talks.items.map((n) => n.id)).toEqual([ids.sC1, ids.sC2].sort());
        expect(talks.totalCount).toBe(2);
        // Either of two topics, newest first, each statement once.
        const either = await about([ids.eC1, ids.kim, ids.eA1], { orderBy: { prop: 'published', direction: 'DESC' } });
        expect(either.items.map((n) => n.id)).toEqual([ids.sC1, ids.sC2, ids.sB1, ids.sA1]);
        expect(either.totalCount).toBe(4);
        const second = await about([ids.eC1, ids.kim, ids.eA1], { orderBy: { prop: 'published', direction: 'DESC' } }, { first: 2, after: either.cursors[1]!, count: false });
        expect(second.items.map((n) => n.id)).toEqual([ids.sB1, ids.sA1]);
        expect(second.hasNextPage).toBe(false);
        // With a speaker: what Kim said about the Seoul talks, not what Lee said about them.
        const kimOnTalks = await about([ids.eC1], { linkedFrom: { ids: [ids.kim], edgeType: 'SAID' }, orderBy: { prop: 'published', direction: 'DESC' } });
        expect(kimOnTalks.items.map((n) => n.id)).toEqual([ids.sC2]);
        expect(kimOnTalks.totalCount).toBe(1);
        const dated = await about([ids.eC1, ids.eA1], { dateProp: 'published', to: '2025-03' });
        expect(dated.items.map((n) => n.id)).toEqual([ids.sA1]);
        expect((await about([])).totalCount).toBe(0);
        expect((await about(['event:nothing'])).totalCount).toBe(0);
        expect((await s().findNodes({ label: 'Condition', linksTo: { ids: [ids.eC1], edgeType: 'ABOUT' } }, { first: 10 })).totalCount).toBe(0);
      });

      test('findNodes by words: nodes of the label whose text holds them all, the last as a prefix; filtered, counted and paged', async () => {
        const said = (words: string, more: Partial<NodeQuery> = {}, page: PageArgs = { first: 10 }) => s().findNodes({ label: 'Statement', words, ...more }, page);
        const would = await said('would');
        expect(would.items.map((n) => n.id)).toEqual([ids.sB1, ids.sC2].sort());
        expect(would.totalCount).toBe(2);
        const newest = { orderBy: { prop: 'published', direction: 'DESC' as const } };
        const first = await said('Would', newest, { first: 1 });
        const rest = await said('Would', newest, { first: 1, after: first.cursors[0]!, count: false });
        expect([...first.items, ...rest.items].map((n) => n.id)).toEqual([ids.sC2, ids.sB1]);
        expect([first.hasNextPage, rest.hasNextPage]).toEqual([true, false]);
        // Every word, the last as a prefix; the label keeps out the condition with the same words.
        expect((await said('talks sanctions')).items.map((n) => n.id)).toEqual([ids.sA1]);
        expect((await said('Pyong')).items.map((n) => n.id)).toEqual([ids.sC2]);
        expect((await s().findNodes({ label: 'Condition', words: 'sanctions' }, { first: 10 })).items.map((n) => n.id)).toEqual([ids.cA1]);
        // With a speaker, a topic, a date range.
        expect((await said('would', { linkedFrom: { ids: [ids.kim], edgeType: 'SAID' } })).items.map((n) => n.id)).toEqual([ids.sC2]);
        expect((await said('would', { linkedFrom: { ids: [ids.trump], edgeType: 'SAID' }, ...newest })).items.map((n) => n.id)).toEqual([ids.sB1]);
        expect((await said('would', { linksTo: { ids: [ids.eC1], edgeType: 'ABOUT' } })).items.map((n) => n.id)).toEqual([ids.sC2]);
        expect((await said('talks', { linksTo: { ids: [ids.eC1], edgeType: 'ABOUT' } })).totalCount).toBe(0);
        expect((await said('would', { dateProp: 'published', from: '2025-04-01' })).items.map((n) => n.id)).toEqual([ids.sC2]);
        // Fewer hits than links: each hit checked for its links.
        expect((await said('Pyong', { linkedFrom: { ids: [ids.kim, ids.trump], edgeType: 'SAID' } })).items.map((n) => n.id)).toEqual([ids.sC2]);
        expect((await said('Pyong', { linkedFrom: { ids: [ids.trump], edgeType: 'SAID' } })).totalCount).toBe(0);
        expect((await said('Pyong', { linksTo: { ids: [ids.eC1, ids.kim], edgeType: 'ABOUT' } })).items.map((n) => n.id)).toEqual([ids.sC2]);
        // Nothing to match: no hits, not every node.
        for (const nothing of ['zzzqqq', '!!! ...', '']) {
          const none = await said(nothing);
          expect([none.items, none.totalCount]).toEqual([[], 0]);
        }
      });

      test('findNodes without a count: the same pages, the next-page flag right, totalCount at most the true count', async () => {
        const newest = { label: 'Statement' as const, linkedFrom: { ids: [ids.kim, ids.trump], edgeType: 'SAID' as const }, orderBy: { prop: 'published', direction: 'DESC' as const } };
        let after: string | null = null;
        for (;;) {
          const counted: Awaited<ReturnType<GraphStore['findNodes']>> = await s().findNodes(newest, { first: 2, after });
          const uncounted = await s().findNodes(newest, { first: 2, after, count: false });
          expect(uncounted.items).toEqual(counted.items);
          expect(uncounted.cursors).toEqual(counted.cursors);
          expect([uncounted.hasNextPage, uncounted.hasPreviousPage]).toEqual([counted.hasNextPage, counted.hasPreviousPage]);
          expect(uncounted.totalCount).toBeLessThanOrEqual(counted.totalCount);
          expect(uncounted.totalCount).toBeGreaterThanOrEqual(counted.cursors.length + (after ? 1 : 0) + (counted.hasNextPage ? 1 : 0));
          if (!counted.hasNextPage) break;
          after = counted.cursors[counted.cursors.length - 1]!;
        }
        expect(after).not.toBeNull();
      });

      test('findNodes over an inclusive date range, with ordering', async () => {
        const march = await s().findNodes({ label: 'Statement', dateProp: 'published', from: '2025-03-01', to: '2025-03-05' }, { first: 10 });
        expect(march.items.map((n) => n.id)).toEqual([ids.sA1, ids.sB1].sort());
        const fromApril = await s().findNodes({ label: 'Statement', dateProp: 'published', from: '2025-04-02' }, { first: 10 });
        expect(fromApril.items.map((n) => n.id)).toEqual([ids.sC1, ids.sC2].sort());
        const events = await s().findNodes({ label: 'Event', dateProp: 'date', from: '2025-04-10', to: '2025-05-01' }, { first: 10 });
        expect(events.items.map((n) => n.id)).toEqual([ids.eA1, ids.eB1].sort());
        const newest = await s().findNodes(
          { label: 'Statement', orderBy: { prop: 'published', direction: 'DESC' } },
          { first: 3 },
        );
        expect(newest.items.map((n) => n.props.published)).toEqual(['2025-04-02', '2025-04-02', '2025-03-05']);
        expect(newest.items.slice(0, 2).map((n) => n.id)).toEqual([ids.sC1, ids.sC2].sort());
        expect(newest.hasNextPage).toBe(true);
        const byConfidence = await s().findNodes({ label: 'Statement', orderBy: { prop: 'confidence', direction: 'ASC' } }, { first: 10 });
        expect(byConfidence.items.map((n) => n.id)).toEqual([ids.sC2, ids.sC1, ids.sA1, ids.sB1]);
        // Missing values first ascending, last descending (eB1 has no place).
        const byPlaceAsc = await s().findNodes({ label: 'Event', orderBy: { prop: 'place', direction: 'ASC' } }, { first: 10 });
        expect(byPlaceAsc.items.map((n) => n.id)).toEqual([ids.eA1, ids.eB1, ids.eC1]);
        const byPlaceDesc = await s().findNodes({ label: 'Event', orderBy: { prop: 'place', direction: 'DESC' } }, { first: 10 });
        expect(byPlaceDesc.items.map((n) => n.id)).toEqual([ids.eC1, ids.eA1, ids.eB1]);
      });

      test('search: full text over names, aliases, statement and condition text, best first', async () => {
        const sanctions = await s().search('sanctions', null, { first: 10 });
        expect(sanctions.items.map((h) => h.node.id).sort()).toEqual([ids.cA1, ids.sA1].sort());
        expect(sanctions.totalCount).toBe(2);
        const scores = sanctions.items.map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);

        const conditions = await s().search('sanctions', ['Condition'], { first: 10 });
        expect(conditions.items.map((h) => h.node.id)).toEqual([ids.cA1]);

        const byAlias = await s().search('DPRK', null, { first: 10 });
        expect(byAlias.items.map((h) => h.node.id)).toEqual([ids.prk]);

        const byName = await s().search('Jae-myung', ['Person'], { first: 10 });
        expect(byName.items.map((h) => h.node.id)).toEqual([ids.lee]);

        const summit = await s().search('summit June', null, { first: 10 });
        expect(summit.items.map((h) => h.node.id)).toEqual([ids.sC1]);

        const byPrefix = await s().search('Pyong', ['Statement'], { first: 10 });
        expect(byPrefix.items.map((h) => h.node.id)).toEqual([ids.sC2]);
        // From three letters on: a shorter last word would match a good part of the index.
        expect((await s().search('Pyo', ['Statement'], { first: 10 })).items.map((h) => h.node.id)).toEqual([ids.sC2]);
        expect((await s().search('Py', ['Statement'], { first: 10 })).items).toEqual([]);
        // Each word once: a pasted page costs no more than its distinct words.
        expect((await s().search(Array(3000).fill('Pyongyang').join(' '), ['Statement'], { first: 10 })).items.map((h) => h.node.id)).toEqual([ids.sC2]);

        // Roles, events and articles are not searched: they are reached through the hits.
        expect((await s().search('Leader', null, { first: 10 })).items).toEqual([]);
        expect((await s().search('Reuters', ['Article'], { first: 10 })).items).toEqual([]);

        expect((await s().search('zzzqqq', null, { first: 10 })).items).toEqual([]);
      });

      test('search pages like findNodes', async () => {
        const first = await s().search('Korea', null, { first: 1 });
        expect(first.items).toHaveLength(1);
        expect(first.totalCount).toBe(2);
        expect(first.hasNextPage).toBe(true);
        expect(first.hasPreviousPage).toBe(false);
        const rest = await s().search('Korea', null, { first: 10, after: first.cursors[0] });
        expect(rest.hasPreviousPage).toBe(true);
        expect(rest.hasNextPage).toBe(false);
        expect(rest.items).toHaveLength(1);
        expect([first.items[0]!.node.id, rest.items[0]!.node.id].sort()).toEqual([ids.kor, ids.prk].sort());
      });

      test('export streams every node, then every edge whose ends were exported', async () => {
        const items = await collect();
        const firstEdge = items.findIndex((i) => i.kind === 'edge');
        expect(firstEdge).toBeGreaterThan(0);
        expect(items.slice(firstEdge).every((i) => i.kind === 'edge')).toBe(true);
        const want = expectedState(all());
        const nodes = items.flatMap((i) => (i.kind === 'node' ? [i.node] : []));
        for (const n of nodes) if (n.label !== 'Person' && n.label !== 'Country' && n.label !== 'Organization' && n.label !== 'Place') expect(n).toEqual(want.nodes.get(n.id));
        const edges = items.flatMap((i) => (i.kind === 'edge' ? [i.edge] : []));
        const byId = new Map(want.edges.map((e) => [e.id, e]));
        for (const e of edges) expect(e).toEqual(byId.get(e.id));
      });

      test('export by entity and depth', async () => {
        for (const depth of [0, 1, 2]) {
          const items = await collect({ entityId: ids.lee, depth });
          const nodeIds = items.flatMap((i) => (i.kind === 'node' ? [i.node.id] : []));
          const want = neighbourhood(all(), ids.lee, depth);
          expect([depth, new Set(nodeIds)]).toEqual([depth, want]);
          const edges = items.flatMap((i) => (i.kind === 'edge' ? [i.edge] : []));
          const wantEdges = all()
            .flatMap((g) => g.edges)
            .filter((e) => want.has(e.from) && want.has(e.to))
            .map((e) => e.id);
          expect(new Set(edges.map((e) => e.id))).toEqual(new Set(wantEdges));
        }
        expect(await collect({ entityId: 'person:nobody', depth: 2 })).toEqual([]);
      });

      test('export by publication dates: only those articles and what they contributed', async () => {
        const items = await collect({ from: '2025-04-01', to: '2025-04-30' });
        const c = articleC();
        const nodeIds = items.flatMap((i) => (i.kind === 'node' ? [i.node.id] : []));
        expect(new Set(nodeIds)).toEqual(new Set(c.nodes.map((n) => n.id)));
        const edgeIds = items.flatMap((i) => (i.kind === 'edge' ? [i.edge.id] : []));
        expect(new Set(edgeIds)).toEqual(new Set(c.edges.map((e) => e.id)));

        const march = await collect({ from: '2025-03-01', to: '2025-03-05' });
        const marchArticles = march.flatMap((i) => (i.kind === 'node' && i.node.label === 'Article' ? [i.node.id] : []));
        expect(marchArticles.sort()).toEqual([ids.A, ids.B].sort());
        const marchEdges = march.flatMap((i) => (i.kind === 'edge' ? [i.edge.articleId] : []));
        expect(new Set(marchEdges)).toEqual(new Set([ids.A, ids.B]));
      });

      test('export by labels: only those nodes and the edges between them', async () => {
        const items = await collect({ labels: ['Person', 'Statement'] });
        const nodes = items.flatMap((i) => (i.kind === 'node' ? [i.node] : []));
        expect(new Set(nodes.map((n) => n.label))).toEqual(new Set(['Person', 'Statement']));
        expect(nodes).toHaveLength(4 + 4);
        const edges = items.flatMap((i) => (i.kind === 'edge' ? [i.edge] : []));
        const label = new Map([...expectedState(all()).nodes.values()].map((n) => [n.id, n.label]));
        const kept = (id: string) => label.get(id) === 'Person' || label.get(id) === 'Statement';
        const want = all()
          .flatMap((g) => g.edges)
          .filter((e) => kept(e.from) && kept(e.to));
        expect(new Set(edges.map((e) => e.type))).toEqual(new Set(['SAID', 'INVITED', 'ABOUT']));
        expect(new Set(edges.map((e) => e.id))).toEqual(new Set(want.map((e) => e.id)));
        expect(edges).toHaveLength(want.length);

        const combined = await collect({ entityId: ids.lee, depth: 1, labels: ['Person'] });
        expect(combined.flatMap((i) => (i.kind === 'node' ? [i.node.id] : [])).sort()).toEqual([ids.kim, ids.lee].sort());
        expect(combined.flatMap((i) => (i.kind === 'edge' ? [i.edge.type] : []))).toEqual(['INVITED']);
      });

      test('stats count nodes by label and edges by type', async () => {
        const want = expectedState(all());
        const stats = await s().stats();
        expect(stats.totalNodes).toBe(want.nodes.size);
        expect(stats.totalEdges).toBe(want.edges.length);
        expect(stats.nodes.Person).toBe(4);
        expect(stats.nodes.Statement).toBe(4);
        expect(stats.nodes.Article).toBe(3);
        expect(stats.edges.MENTIONS).toBe(10);
        expect(stats.edges.INVITED).toBe(1);
      });
    });
  });
}
