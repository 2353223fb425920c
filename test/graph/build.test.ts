import { buildArticleGraph, quoteKeyOf, eventTypeFromWords } from '../../src/graph/build';
import { articleIdFor, articleTag } from '../../src/graph/ids';
import { fixtureExtraction } from './fixture-extraction';

describe('buildArticleGraph', () => {
  const x = fixtureExtraction();
  const g = buildArticleGraph(x, { extractorVersion: '0.1.0' });
  const node = (id: string) => g.nodes.find((n) => n.id === id);
  const edgesOf = (type: string) => g.edges.filter((e) => e.type === type);

  it('makes the Article node from the record, keyed by the sha256 of the text when there is no url', () => {
    expect(g.articleId).toBe(articleIdFor(undefined, x.article.text));
    expect(g.articleId).toMatch(/^article:[0-9a-f]{64}$/);
    const a = node(g.articleId)!;
    expect(a.label).toBe('Article');
    expect(a.props).toMatchObject({
      title: x.article.title,
      source: 'Hindustan Times',
      published: '2025-10-18T17:35:00+05:30',
      slug: 'fixture-trump-kim',
      contentHash: g.contentHash,
      extractorVersion: '0.1.0',
    });
  });

  it('keys the article by url when there is one', () => {
    const withUrl = buildArticleGraph(fixtureExtraction({ url: 'https://example.org/a' }));
    expect(withUrl.articleId).toBe(articleIdFor('https://example.org/a', ''));
  });

  it("prefixes what the article owns with the article's tag, so its rows sort together in the stores' id indexes", () => {
    const tag = articleTag(g.articleId, fixtureExtraction().article.published);
    expect(tag).toMatch(/^[0-9a-f]{8}$/);
    const owned = [...g.nodes.filter((n) => ['Statement', 'Condition', 'Event'].includes(n.label)).map((n) => n.id), ...g.edges.map((e) => e.id)];
    expect(owned.length).toBeGreaterThan(10);
    for (const id of owned) expect(id).toMatch(new RegExp(`^(statement|condition|event|edge):${tag}[0-9a-f]{16}$`));
    expect(new Set(owned).size).toBe(owned.length);
    const other = buildArticleGraph(fixtureExtraction({ url: 'https://example.org/other' }), { extractorVersion: '0.1.0' });
    expect(other.edges[0]!.id.slice(0, 13)).not.toBe(g.edges[0]!.id.slice(0, 13));
  });

  it('starts the tag with the hour of publication, so later articles sort after earlier ones', () => {
    const id = 'article:0123abcd' + '0'.repeat(56);
    const hours = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), Number(iso.slice(11, 13) || 0)) / 3_600_000;
    expect(articleTag(id, '2025-09-21')).toBe(hours('2025-09-21').toString(16).padStart(6, '0') + '01');
    expect(articleTag(id, '2025-09-21T14:05:00Z')).toBe(hours('2025-09-21T14').toString(16).padStart(6, '0') + '01');
    // The hour as written, whatever the offset: the same text gives the same id on any machine.
    expect(articleTag(id, '2025-09-21T14:05:00+09:00')).toBe(articleTag(id, '2025-09-21T14:59:59Z'));
    const feed = ['2024-12-31T23:00:00Z', '2025-01-01', '2025-01-01T09:30:00Z', '2025-03-02', '2026-11-25T08:00:00Z'].map((d) => articleTag(id, d));
    expect([...feed].sort()).toEqual(feed);
    // No usable date: the article id's own 8 hex digits.
    for (const none of [undefined, null, '', 'last Tuesday', '1969-07-20']) expect(articleTag(id, none)).toBe('0123abcd');
  });

  it('is deterministic: the same extraction gives identical graphs', () => {
    expect(buildArticleGraph(fixtureExtraction(), { extractorVersion: '0.1.0' })).toEqual(g);
  });

  it('changes the content hash with the text or the extractor version', () => {
    expect(buildArticleGraph(x, { extractorVersion: '0.2.0' }).contentHash).not.toBe(g.contentHash);
    expect(buildArticleGraph(fixtureExtraction({ extra: 'More.' }), { extractorVersion: '0.1.0' }).contentHash).not.toBe(g.contentHash);
  });

  it('adds entity nodes with their labels, aliases, roles and country codes', () => {
    expect(node('person:kim-jong-un')).toEqual({
      id: 'person:kim-jong-un',
      label: 'Person',
      props: { name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un'], roles: ['North Korean leader'], country: 'PRK' },
    });
    expect(node('country:USA')!.props).toMatchObject({ name: 'United States', code: 'USA' });
    expect(node('org:cnn')!.label).toBe('Organization');
    expect(node('place:panmunjom')!.props).toMatchObject({ name: 'Panmunjom', country: 'KOR' });
  });

  it("gives statements their outlet's folded name, none when the article names no outlet", () => {
    const statements = (g: ReturnType<typeof buildArticleGraph>) => g.nodes.filter((n) => n.label === 'Statement');
    const spelled = statements(buildArticleGraph(fixtureExtraction({ source: 'The Straits-Times' })));
    expect(spelled.length).toBeGreaterThan(0);
    for (const s of spelled) expect(s.props.sourceKey).toBe('the straits times');
    const x = fixtureExtraction();
    delete x.article.source;
    for (const s of statements(buildArticleGraph(x))) expect(s.props.sourceKey).toBeNull();
  });

  it('makes statements with offsets, sentence, quoteKey and provenance edges', () => {
    const kim = g.nodes.find((n) => n.label === 'Statement' && String(n.props.text).startsWith('If the US'))!;
    expect(kim.id).toMatch(/^statement:[0-9a-f]{24}$/);
    expect(kim.props).toMatchObject({ kind: 'direct', cue: 'said', speaker: 'Kim Jong Un', published: '2025-10-18T17:35:00+05:30', articleId: g.articleId });
    expect(kim.props.sentence).toContain('Kim said.');
    expect(kim.props.quoteKey).toBe('if the us drops its hollow obsession with denuclearisation there is no reason for us not to sit down with the us');
    const said = edgesOf('SAID').find((e) => e.to === kim.id)!;
    expect(said).toMatchObject({ from: 'person:kim-jong-un', articleId: g.articleId });
    expect(said.props).toMatchObject({ start: kim.props.start, end: kim.props.end, sentence: kim.props.sentence });
    expect(edgesOf('IN_ARTICLE').some((e) => e.from === kim.id && e.to === g.articleId)).toBe(true);
    expect(edgesOf('ABOUT').some((e) => e.from === kim.id && e.to === 'country:USA')).toBe(true);
    const reported = g.nodes.find((n) => n.label === 'Statement' && n.props.kind === 'indirect')!;
    expect(edgesOf('REPORTED_BY').map((e) => [e.from, e.to])).toEqual([[reported.id, 'org:cnn']]);
    expect(edgesOf('SAID').some((e) => e.to === reported.id)).toBe(false);
  });

  it("links Kim's condition to its holder, statement, event and the entities it names", () => {
    const c = g.nodes.find((n) => n.label === 'Condition')!;
    expect(c.props).toMatchObject({ text: 'the US drops its hollow obsession with denuclearisation', on: 'sitting down with the US', holder: 'Kim Jong Un' });
    expect(edgesOf('SET').map((e) => [e.from, e.to])).toEqual([['person:kim-jong-un', c.id]]);
    const conditioned = edgesOf('CONDITIONED_ON').filter((e) => e.to === c.id).map((e) => g.nodes.find((n) => n.id === e.from)!.label);
    expect(conditioned.sort()).toEqual(['Event', 'Statement']);
    const fors = edgesOf('FOR').filter((e) => e.from === c.id).map((e) => e.to);
    expect(fors).toContain('country:USA');
    expect(fors.some((id) => id.startsWith('event:'))).toBe(true);
  });

  it('does not read the pronoun "us" as the United States', () => {
    const y = fixtureExtraction();
    y.conditions[0]!.on = 'a reason for us to sit down';
    const fors = buildArticleGraph(y).edges.filter((e) => e.type === 'FOR').map((e) => e.to);
    expect(fors).not.toContain('country:USA');
  });

  it('models the invitation as INVITED (with the event) and INVITED_TO a proposed event', () => {
    const [inv] = edgesOf('INVITED');
    expect(inv).toMatchObject({ from: 'person:lee-jae-myung', to: 'person:donald-trump' });
    expect(inv!.props.event).toBe('the APEC summit in South Korea');
    const ev = node(String(inv!.props.eventId))!;
    expect(ev.props).toMatchObject({ type: 'Summit', status: 'proposed', text: 'the APEC summit in South Korea' });
    expect(edgesOf('INVITED_TO').map((e) => [e.from, e.to])).toEqual([['person:donald-trump', ev.id]]);
  });

  it('makes events with participants and the place they were held in', () => {
    const met = g.nodes.find((n) => n.label === 'Event' && n.props.date === '2019-06-30')!;
    expect(met.props).toMatchObject({ type: 'Meeting', status: 'occurred', place: 'Panmunjom', dateText: 'June 30, 2019' });
    expect(edgesOf('PARTICIPANT').filter((e) => e.to === met.id).map((e) => e.from).sort()).toEqual(['person:donald-trump', 'person:kim-jong-un']);
    expect(edgesOf('HELD_IN').filter((e) => e.from === met.id).map((e) => e.to)).toEqual(['place:panmunjom']);
  });

  it('creates a Place for an event place no entity names', () => {
    const y = fixtureExtraction();
    y.events[1]!.place = 'Singapore';
    const h = buildArticleGraph(y);
    expect(h.nodes.find((n) => n.id === 'place:singapore')).toMatchObject({ label: 'Place', props: { name: 'Singapore' } });
  });

  it('mentions every entity once, at its first mention', () => {
    const mentions = edgesOf('MENTIONS');
    expect(mentions).toHaveLength(x.entities.length);
    const trump = mentions.find((e) => e.to === 'person:donald-trump')!;
    expect(trump.props).toMatchObject({ start: 0, end: 'Donald Trump'.length, count: 3 });
  });

  it('gives every edge provenance and points only at nodes of the graph', () => {
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      expect(e.articleId).toBe(g.articleId);
      expect(e.props).toHaveProperty('start');
      expect(e.props).toHaveProperty('sentence');
    }
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    expect(new Set(g.nodes.map((n) => n.id)).size).toBe(g.nodes.length);
  });
});

describe('quoteKeyOf / eventTypeFromWords', () => {
  it('folds quote marks, case and punctuation', () => {
    expect(quoteKeyOf('\u201cWe\u2019ll have talks,\u201d')).toBe(quoteKeyOf("we'll have TALKS"));
  });
  it('guesses event types from words', () => {
    expect(eventTypeFromWords('APEC summit')).toBe('Summit');
    expect(eventTypeFromWords('talks in Geneva')).toBe('Talks');
    expect(eventTypeFromWords('a state visit')).toBe('Visit');
    expect(eventTypeFromWords('dinner')).toBe('Meeting');
  });
});

describe('buildArticleGraph provenance edge cases', () => {
  it('takes the headline as the sentence of facts read from the title (negative index)', () => {
    const x = fixtureExtraction({ title: 'Kim will talk if the US stops insisting on denuclearisation' });
    x.conditions[0]!.sentenceIndex = -1;
    const c = buildArticleGraph(x).nodes.find((n) => n.label === 'Condition')!;
    expect(c.props.sentence).toBe('Kim will talk if the US stops insisting on denuclearisation');
  });

  it('finds the sentence by offsets when the index is unknown', () => {
    const x = fixtureExtraction();
    x.conditions[0]!.sentenceIndex = 99;
    const c = buildArticleGraph(x).nodes.find((n) => n.label === 'Condition')!;
    expect(c.props.sentence).toContain('Kim said.');
  });

  it('keeps the content hash when only the record metadata differs (raw text and JSON forms)', () => {
    const a = buildArticleGraph(fixtureExtraction({ source: 'Hindustan Times', published: '2025-10-18T17:35:00+05:30' }), { extractorVersion: '1' });
    const b = buildArticleGraph(fixtureExtraction({ source: undefined, published: '2025-10-18' }), { extractorVersion: '1' });
    expect(b.articleId).toBe(a.articleId);
    expect(b.contentHash).toBe(a.contentHash);
  });
});

describe('buildArticleGraph: a meeting read in the headline', () => {
  it('takes the event text and sentence from the title, whose offsets it carries', async () => {
    const { extract } = await import('../../src/extract');
    const title = 'Trump cancels meeting with Schumer and Jeffries as government shutdown hangs in the balance';
    const x = extract({
      id: 'headline-meeting',
      published: '2025-09-23',
      title,
      text: 'President Trump said Tuesday that he won\'t meet with Democratic leaders until they "become realistic".\n\nSenate Minority Leader Chuck Schumer and House Minority Leader Hakeem Jeffries confirmed that a meeting was set for this week.',
    });
    const g = buildArticleGraph(x);
    const ev = g.nodes.find((n) => n.label === 'Event')!;
    expect(ev.props.sentence).toBe(title);
    expect(title.slice(ev.props.start as number, ev.props.end as number)).toBe(ev.props.text);
    expect(ev.props.text).toMatch(/meeting/);
  });
});

describe('buildArticleGraph: an invitation read in the headline', () => {
  it('invites from the headline when the body never tells it, with the title as its sentence', async () => {
    const { extract } = await import('../../src/extract');
    const title = 'President Aoun renews invitation to Syrian President al-Sharaa to visit Lebanon';
    const x = extract({
      id: 'headline-invitation',
      published: '2025-10-10',
      title,
      text: 'Lebanese President Joseph Aoun met Friday at Baabda Palace with Syrian Foreign Minister Asaad al-Shaibani.\n\n“We are awaiting the appointment of a new Syrian ambassador in Lebanon,” Aoun said of Syrian President Ahmad al-Sharaa.',
    });
    expect(x.invitations.map((i) => [i.inviter, i.invitee, i.sentenceIndex])).toEqual([['person:joseph-aoun', 'person:ahmad-al-shara', -1]]);
    const g = buildArticleGraph(x);
    const invited = g.edges.find((e) => e.type === 'INVITED')!;
    expect(invited.props.sentence).toBe(title);
  });
});

