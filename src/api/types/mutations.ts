import type { ArticleRecord } from '../../extract/types';
import { SaysoError } from '../../graph/store';
import { ingestRecord } from '../../ingest/pipeline';
import { ingestThroughQueue } from '../../ingest/queue-now';
import { checkRecord } from '../../ingest/worker-checks';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { ArticleRef } from '../refs';
import { loadNode } from '../resolve';

function requireKey(ctx: ApiContext) {
  if (!ctx.authorized) throw new SaysoError('UNAUTHENTICATED', 'This server needs its API key for changes: send it in the x-api-key header (or Authorization: Bearer <key>).');
}

const ArticleInput = builder.inputType('ArticleInput', {
  description: 'An article record (the format `sayso ingest` reads from .json files).',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text; page boilerplate is removed on reading.' }),
    id: t.string({ description: 'Record id ("ht-trump-kim-asia-visit").' }),
    url: t.string({ description: 'Where it was published; the article\u2019s graph id derives from it.' }),
    source: t.string({ description: 'The outlet.' }),
    published: t.string({ description: 'Publication date or date-time, ISO 8601.' }),
    title: t.string({ description: 'Headline.' }),
  }),
});

interface IngestShape {
  articleId: string;
  changed: boolean;
  nodes: number;
  edges: number;
}

const IngestResultRef = builder.objectRef<IngestShape>('IngestResult').implement({
  description: 'What ingesting one article did.',
  fields: (t) => ({
    articleId: t.exposeID('articleId', { description: 'Graph id of the article.' }),
    changed: t.exposeBoolean('changed', { description: 'False when the store already held the same content (nothing was written).' }),
    nodes: t.exposeInt('nodes', { description: 'Nodes in the article\u2019s contribution.' }),
    edges: t.exposeInt('edges', { description: 'Edges in the article\u2019s contribution.' }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The stored article.', resolve: (r, _a, ctx) => loadNode(ctx, r.articleId, 'Article') }),
  }),
});

builder.mutationType({ description: 'Changes to the graph. They need the API key when the server has one.' });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResultRef,
    description: 'Reads one article into the graph (replacing what an earlier version of it contributed).',
    args: { input: t.arg({ type: ArticleInput, required: true, description: 'The article.' }) },
    resolve: async (_r, { input }, ctx) => {
      requireKey(ctx);
      const record: ArticleRecord = { text: input.text };
      for (const k of ['id', 'url', 'source', 'published', 'title'] as const) {
        const v = input[k];
        if (typeof v === 'string' && v.trim()) record[k] = v.trim();
      }
      if (ctx.ingest) {
        // The server's path: a job on the store's durable queue, processed here and now; its
        // done mark commits with the article's graph, as in `sayso worker`.
        return ingestThroughQueue(ctx.ingest.queue, ctx.ingest.processor, record, 'graphql');
      }
      // Only an API created without a queue (in-process use over a bare store) writes directly.
      checkRecord(record);
      return ingestRecord(ctx.store, record);
    },
  }),
  deleteArticle: t.field({
    type: 'Boolean',
    description: 'Removes an article and everything it contributed; entities no other article names go too. False when there was no such article.',
    args: { id: t.arg.id({ required: true, description: 'Graph id of the article ("article:<sha256>").' }) },
    resolve: async (_r, { id }, ctx) => {
      requireKey(ctx);
      return ctx.store.deleteArticle(id);
    },
  }),
}));
