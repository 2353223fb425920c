import type { GraphNode } from '../../graph/model';
import { quoteKeyOf } from '../../graph/build';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { asksForTotal, fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { MAX_QUOTE_MENTIONS, quoteMentions } from '../context';
import { StatementConnection, StatementRef } from '../refs';
import { badInput } from '../errors';

interface QuoteShape {
  quoteKey: string;
  /** Statements with these words, earliest published first: the first MAX_QUOTE_MENTIONS. */
  mentions: GraphNode[];
  /** How many statements have these words. */
  total: number;
}

const byPublishedAsc = (a: GraphNode, b: GraphNode) => String(a.props.published ?? '9999').localeCompare(String(b.props.published ?? '9999')) || a.id.localeCompare(b.id);

/** Shortest shared run of words that counts as quoting part of a quotation. */
const MIN_PART_WORDS = 6;
/** Most full-text searches one `partialMentions` makes (windows over the quotation's words). */
const MAX_WINDOWS = 12;

/**
 * Statements that quote part of these words, or these words inside a longer quotation: outlets
 * often print a fragment of what another printed whole. Found by full-text search over windows
 * of the words (any fragment of MIN_PART_WORDS or more words holds a whole window), then checked
 * for containment of the normalised text.
 */
async function partialMentions(ctx: ApiContext, q: QuoteShape): Promise<GraphNode[]> {
  const words = q.quoteKey.split(' ');
  const size = 4;
  const stride = MIN_PART_WORDS - size + 1;
  const windows: string[] = [];
  for (let i = 0; i + size <= words.length && windows.length < MAX_WINDOWS; i += stride) windows.push(words.slice(i, i + size).join(' '));
  if (!windows.length) windows.push(q.quoteKey);
  const exact = new Set(q.mentions.map((m) => m.id));
  const found = new Map<string, GraphNode>();
  for (const page of await Promise.all(windows.map((w) => ctx.store.search(w, ['Statement'], { first: 200 })))) {
    for (const { node } of page.items) {
      const key = typeof node.props.quoteKey === 'string' ? node.props.quoteKey : '';
      if (exact.has(node.id) || !key) continue;
      const shorter = key.length < q.quoteKey.length ? key : q.quoteKey;
      if (shorter.split(' ').length < MIN_PART_WORDS) continue;
      if (` ${q.quoteKey} `.includes(` ${key} `) || ` ${key} `.includes(` ${q.quoteKey} `)) found.set(node.id, node);
    }
  }
  return [...found.values()].sort(byPublishedAsc);
}

export async function loadQuote(ctx: ApiContext, quoteKey: string): Promise<QuoteShape | null> {
  const { mentions, total } = await ctx.loaders.quote.load(quoteKey);
  if (!mentions.length) return null;
  return { quoteKey, mentions, total };
}

export const QuoteRef = builder.objectRef<QuoteShape>('Quote').implement({
  description: 'One quotation as reported by one or more outlets: the same words, normalised, in every article that carries them.',
  fields: (t) => ({
    quoteKey: t.exposeString('quoteKey', { description: 'The normalised words (case, punctuation and quotation marks folded).' }),
    text: t.string({ description: 'The words as the earliest article gives them.', resolve: (q) => String(q.mentions[0]!.props.text ?? '') }),
    count: t.int({ description: 'How many times the quotation was read (articles and places in them).', resolve: (q) => q.total }),
    earliest: t.field({ type: StatementRef, description: 'The first publication of the quotation.', resolve: (q) => q.mentions[0]! }),
    outlets: t.stringList({
      description: `Outlets that carried it, in order of first publication (of its first ${MAX_QUOTE_MENTIONS} mentions).`,
      resolve: async (q, _a, ctx) => {
        // One article per outlet (the first mention from it, by the outlet's folded name the
        // statement carries) is enough to name the outlet: not one per mention, each with its text.
        const firstOfOutlet = new Map<string, string>();
        for (const m of q.mentions) {
          const articleId = String(m.props.articleId ?? '');
          const outlet = typeof m.props.sourceKey === 'string' ? m.props.sourceKey : `article ${articleId}`;
          if (!firstOfOutlet.has(outlet)) firstOfOutlet.set(outlet, articleId);
        }
        const articles = await ctx.loaders.node.loadMany([...firstOfOutlet.values()]);
        const names = articles.map((a) => (a && !(a instanceof Error) ? String(a.props.source ?? '') : '')).filter(Boolean);
        return [...new Set(names)];
      },
    }),
    mentions: t.field({
      type: StatementConnection,
      description: 'Every mention, earliest first, undated last.',
      args: pagingArgs(t),
      resolve: async (q, args, ctx, info) => fromPage(await ctx.store.findNodes(quoteMentions(q.quoteKey), { ...pageArgs(args, ctx), count: asksForTotal(info) })),
    }),
    partialMentions: t.field({
      type: StatementConnection,
      description: `Statements quoting part of these words (${MIN_PART_WORDS} words or more), or these words inside a longer quotation, earliest first.`,
      args: pagingArgs(t),
      resolve: async (q, args, ctx) => fromList(await partialMentions(ctx, q), pageArgs(args, ctx)),
    }),
  }),
});

builder.objectField(StatementRef, 'sameQuote', (t) =>
  t.field({
    type: QuoteRef,
    nullable: true,
    description: 'The quotation these words belong to, with every outlet that reported them and the earliest.',
    resolve: (n, _a, ctx) => (typeof n.props.quoteKey === 'string' && n.props.quoteKey ? loadQuote(ctx, n.props.quoteKey) : null),
  }),
);

builder.queryField('quote', (t) =>
  t.field({
    type: QuoteRef,
    nullable: true,
    description: 'A quotation across outlets, by its quoteKey or by its words (normalised the same way). Null when no article has it.',
    args: { quoteKey: t.arg.string({ required: true, description: 'A Statement\u2019s quoteKey, or the quoted words.' }) },
    resolve: (_r, { quoteKey }, ctx) => {
      const key = quoteKeyOf(quoteKey);
      if (!key) throw badInput('quoteKey must hold some words.');
      return loadQuote(ctx, key);
    },
  }),
);
