/**
 * Test-only: a small EntityContext built by string matching, so stage tests can run on a
 * real sentence without the entity stage. Knows full names, aliases, surnames ("Mr Kim"),
 * roles given by the test, and resolves he/she/him/his/her to the last person before `at`.
 */
import type { EntityContext, StageInput } from '../../src/extract/context';
import type { CleanArticle, Entity, EntityType, Mention, Sentence } from '../../src/extract/types';

export interface FakeEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  roles?: string[];
  /** ISO alpha-3 of a person's country. */
  country?: string;
}

const fold = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.’']/g, '').replace(/[-\s]+/g, ' ').trim();

const TITLES = /^(?:the\s+)?(?:(?:us|u\.s\.|former|then|president|prime minister|mr|mrs|ms|dr|king|queen|pope|secretary|minister|foreign minister|leader|chairman|speaker|vice premier|senator)\.?\s+)+/i;

function keyOf(e: FakeEntity): string {
  const slug = fold(e.name).replace(/[^a-z0-9]+/g, '-');
  if (e.type === 'Country') return `country:${e.country ?? slug}`;
  return e.type === 'Person' ? `person:${slug}` : `org:${slug}`;
}

function spellings(e: FakeEntity): string[] {
  const out = new Set<string>([e.name, ...(e.aliases ?? [])]);
  if (e.type === 'Person') {
    const parts = e.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last && !/^(I|II|III|IV|V|VI|XIV|Jr\.?)$/.test(last)) out.add(last);
  }
  return [...out];
}

export function fakeEntityContext(text: string, list: FakeEntity[]): EntityContext {
  const entities: Entity[] = list.map((e) => ({
    key: keyOf(e),
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    roles: e.roles ?? [],
    ...(e.country ? { country: e.country } : {}),
  }));
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const forms: { form: string; key: string }[] = [];
  list.forEach((e, i) => {
    for (const s of [...spellings(e), ...(e.roles ?? [])]) forms.push({ form: s, key: entities[i]!.key });
  });
  forms.sort((a, b) => b.form.length - a.form.length);

  const mentions: Mention[] = [];
  const taken: boolean[] = [];
  for (const { form, key } of forms) {
    const re = new RegExp(`(?<![\\w-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index, e = s + m[0].length;
      let free = true;
      for (let i = s; i < e; i++) if (taken[i]) free = false;
      if (!free) continue;
      for (let i = s; i < e; i++) taken[i] = true;
      mentions.push({ start: s, end: e, entityKey: key, text: m[0], sentenceIndex: 0 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);

  const resolve = (span: string, at: number): Entity | null => {
    const t = fold(span.replace(/[’']s$/, '').replace(TITLES, ''));
    if (!t) return null;
    if (/^(he|him|his|she|her|himself|herself)$/i.test(span.trim())) {
      // Subject preference: the first person of this sentence before `at`, else of the
      // sentence of the last person named.
      const people = mentions.filter((m) => m.end <= at && byKey.get(m.entityKey)?.type === 'Person');
      const last = people[people.length - 1];
      if (!last) return null;
      const startOf = (pos: number) => {
        const chunk = text.slice(0, pos);
        const re = /[.!?]["”’]?\s+|\n/g;
        let s = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(chunk))) s = m.index + m[0].length;
        return s;
      };
      const here = startOf(at);
      const inHere = people.find((m) => m.start >= here);
      const pick = inHere ?? people.find((m) => m.start >= startOf(last.start)) ?? last;
      return byKey.get(pick.entityKey) ?? null;
    }
    for (const { form, key } of forms) if (fold(form) === t) return byKey.get(key) ?? null;
    for (const { form, key } of forms) if (fold(form).length > 3 && t.endsWith(fold(form))) return byKey.get(key) ?? null;
    return null;
  };

  return {
    entities,
    mentions,
    byKey,
    resolve,
    mentionsIn: (start, end) => mentions.filter((m) => m.start >= start && m.end <= end),
  };
}

/** Splits text into paragraphs (blank or single new lines) and sentences. */
export function fakeArticle(text: string, published = '2025-01-01', id = 'test'): CleanArticle {
  const sentences: Sentence[] = [];
  const paragraphs: { start: number; end: number }[] = [];
  const paraRe = /[^\n]+/g;
  let p: RegExpExecArray | null;
  while ((p = paraRe.exec(text))) {
    const ps = p.index, pe = ps + p[0].length;
    paragraphs.push({ start: ps, end: pe });
    const sentRe = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    let s: RegExpExecArray | null;
    let start = ps;
    const body = p[0];
    let last = 0;
    while ((s = sentRe.exec(body))) {
      if (!s[0]) break;
      const end = s.index + s[0].length;
      const next = body.slice(end);
      // Break only before a capital (or a quote and a capital), not after "Mr." or "U.S.".
      const abbrev = /\b(?:Mr|Mrs|Ms|Dr|St|Oct|Nov|Dec|Jan|Feb|Aug|Sept?|U\.S|U\.K|[A-Z])\.$/.test(s[0].trimEnd());
      if (end < body.length && (!/^\s+["“‘(]?[A-Z0-9]/.test(next) || abbrev)) continue;
      const raw = body.slice(last, end);
      const lead = raw.length - raw.trimStart().length;
      const st = ps + last + lead, en = ps + last + raw.trimEnd().length;
      if (en > st) sentences.push({ index: sentences.length, paragraph: paragraphs.length - 1, start: st, end: en, text: text.slice(st, en) });
      last = end;
      start = ps + end;
    }
    void start;
  }
  return { id, published, text, paragraphs, sentences, captions: [] };
}

export function fakeInput(text: string, list: FakeEntity[], published = '2025-01-01'): StageInput {
  const article = fakeArticle(text, published);
  const entities = fakeEntityContext(text, list);
  for (const m of entities.mentions) {
    m.sentenceIndex = article.sentences.find((s) => s.start <= m.start && m.start < s.end)?.index ?? 0;
  }
  return { article, entities };
}
