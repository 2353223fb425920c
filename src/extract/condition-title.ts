/**
 * Headlines state conditions too ("Putin: Ceasefire impossible unless Ukraine takes ...",
 * "Hamas says it's ready to free all hostages if Israel ends Gaza war"). The reader keeps the
 * headline apart from the body, so the condition rules run on it as a one-line article whose
 * names are matched against the body's entities.
 */
import type { EntityContext, StageInput } from './context';
import type { Entity, Mention } from './types';
import { mentionsWithin } from './mention-window';
import { escapeRegExp } from './names';


/** The spellings of an entity a headline may use: name, aliases and a person's surname. */
function spellings(e: Entity): string[] {
  const out = new Set<string>([e.name, ...e.aliases]);
  if (e.type === 'Person') {
    const parts = e.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last && last.length > 2) out.add(last);
  }
  return [...out].filter((s) => s.length > 1);
}

/** Headline inputs already read, per entity context: conditions, meetings and invitations each read the headline. */
const read = new WeakMap<EntityContext, { article: StageInput['article']; headline: string | undefined; title: StageInput | null }>();

/** A stage input for the headline alone, resolving names against the whole article. */
export function titleInput(input: StageInput): StageInput | null {
  const known = read.get(input.entities);
  if (known && known.article === input.article && known.headline === input.article.title) return known.title;
  const title = headlineInput(input);
  read.set(input.entities, { article: input.article, headline: input.article.title, title });
  return title;
}

function headlineInput(input: StageInput): StageInput | null {
  const title = input.article.title?.trim();
  if (!title) return null;
  const body = input.entities;
  const bodyEnd = input.article.text.length;
  const forms = body.entities.flatMap((e) => spellings(e).map((form) => ({ form, key: e.key })));
  forms.sort((a, b) => b.form.length - a.form.length);
  const mentions: Mention[] = [];
  const taken = new Array<boolean>(title.length).fill(false);
  for (const { form, key } of forms) {
    // Most spellings are not in the headline at all: a plain search spares compiling their regex.
    if (!title.includes(form)) continue;
    const re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(form)}(?![\\p{L}\\d])`, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(title))) {
      const s = m.index, e = s + m[0].length;
      if (taken.slice(s, e).some(Boolean)) continue;
      taken.fill(true, s, e);
      mentions.push({ start: s, end: e, entityKey: key, text: m[0], sentenceIndex: -1 });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities: EntityContext = {
    entities: body.entities,
    mentions,
    byKey: body.byKey,
    // Pronouns in a headline point at its own names; descriptions at the article's.
    resolve: (span, at) => {
      if (/^(?:he|she|him|his|her)$/i.test(span.trim())) {
        const before = mentions.filter((m) => m.end <= at && body.byKey.get(m.entityKey)?.type === 'Person').pop();
        return before ? (body.byKey.get(before.entityKey) ?? null) : null;
      }
      const exact = mentions.find((m) => m.text === span.trim());
      return exact ? (body.byKey.get(exact.entityKey) ?? null) : body.resolve(span, bodyEnd);
    },
    mentionsIn: (start, end) => mentionsWithin(mentions, start, end),
  };
  return {
    article: {
      ...input.article,
      text: title,
      paragraphs: [{ start: 0, end: title.length }],
      sentences: [{ index: -1, paragraph: -1, start: 0, end: title.length, text: title }],
      captions: [],
    },
    entities,
  };
}
