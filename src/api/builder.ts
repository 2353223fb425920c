import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context';
import { labelOfId } from '../graph/ids';

/**
 * The one schema builder. Node ids are the graph's own ids ("person:kim-jong-un",
 * "statement:<hash>"): already global and typed by their prefix, and the same ids the store,
 * the exports and the CLI show, so they are used as Relay global ids unchanged.
 */
export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin],
  // Fields are non-null unless marked: an absent value is the exception and says so in the type.
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: labelOfId(globalID) ?? '', id: globalID }),
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeTypeOptions: { description: 'Anything in the graph that has an id and can be fetched again with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in a list: whether more items follow or precede it, and the cursors at its ends.' },
    idFieldOptions: { description: 'Graph id, stable across ingests ("person:kim-jong-un", "statement:<hash>").' },
    // Every node type loads through the one per-request node loader.
    nodeQueryOptions: {
      description: 'Fetches any node by its id.',
      args: { id: { description: 'A graph id ("person:kim-jong-un").' } },
      resolve: (_root, { id }, ctx) => ctx.loaders.node.load(id.id) as never,
    },
    nodesQueryOptions: {
      description: 'Fetches several nodes by id, in the order given (null where absent).',
      args: { ids: { description: 'Graph ids.' } },
      resolve: (_root, { ids }, ctx) => ids.map((i) => ctx.loaders.node.load(i.id)) as never,
    },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page: pass it as `after` for the next page.' },
  },
});

builder.queryType({ description: 'Questions about who said what, to whom, on what condition, read from news articles.' });
