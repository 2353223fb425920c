import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from './connection';

/**
 * The cost of a query: every field it selects counts once for each item of the pages around it,
 * `first` (or the default page size) multiplied along nested connections. `first: 100` three
 * lists deep costs over a million and is refused before it runs; a depth-only or field-count
 * estimate would not see it.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        const type = getNamedType(field.type);
        let m = multiplier;
        if (type.name.endsWith('Connection')) {
          const arg = sel.arguments?.find((a) => a.name.value === 'first');
          const first = arg ? valueFromASTUntyped(arg.value, variables) : undefined;
          m = multiplier * Math.max(1, typeof first === 'number' ? first : DEFAULT_PAGE_SIZE);
        }
        total += m;
        if (sel.selectionSet && isCompositeType(type)) total += walk(sel.selectionSet, type, m, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (t && isCompositeType(t)) total += walk(sel.selectionSet, t, multiplier, seen);
      } else {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue; // cycles are a validation error anyway
        const t = schema.getType(frag.typeCondition.name.value);
        if (t && isCompositeType(t)) total += walk(frag.selectionSet, t, multiplier, new Set([...seen, name]));
      }
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? walk(operation.selectionSet, root, 1, new Set()) : 0;
}

export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      let operation: OperationDefinitionNode | undefined;
      for (const d of args.document.definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        else if (d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName)) operation ??= d;
      }
      if (!operation) return;
      const cost = estimateCost(args.schema, operation, fragments, (args.variableValues ?? {}) as Record<string, unknown>);
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${maxCost}: each field counts once per item of the pages around it. Ask for smaller pages (first) in nested lists, or fewer fields.`,
              { extensions: { code: 'BAD_INPUT', cost, limit: maxCost } },
            ),
          ],
        });
      }
    },
  };
}
