import type { NodeLabel } from '../../graph/model';
import { builder } from '../builder';
import { fromPage, pageArgs, pagingArgs } from '../connection';
import { badInput } from '../errors';
import { SearchHitConnection, SearchHitRef } from '../refs';
import { NodeLabelEnum } from './enums';

builder.objectType(SearchHitRef, {
  description: 'A node found by full-text search, with its rank.',
  fields: (t) => ({
    score: t.float({ description: 'Relevance (higher is better; comparable within one search only).', resolve: (h) => h.score }),
    node: t.field({ type: builder.nodeInterfaceRef(), description: 'What was found.', resolve: (h) => h.node }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchHitConnection,
    description: 'Full-text search over the names and aliases of people, countries, organisations and places, and the words of statements and conditions; best first.',
    args: {
      text: t.arg.string({ required: true, description: 'Words to find; all must appear, the last one from three letters on also as a prefix ("denuclear"); the first 32 words count.' }),
      types: t.arg({ type: [NodeLabelEnum], description: 'Only these kinds of node.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx) => {
      if (!args.text.trim()) throw badInput('text must not be empty.');
      return fromPage(await ctx.store.search(args.text, (args.types as NodeLabel[] | null | undefined) ?? null, pageArgs(args, ctx)));
    },
  }),
}));
