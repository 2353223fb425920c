import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config';
import { SaysoError, type ErrorCode } from '../graph/store';
import type { ApiContext } from './context';
import { toGraphQLError } from './errors';
import { useCostLimit } from './cost-limit';

/**
 * Limits that keep one client from tying the server up: query depth, aliases, directives and
 * tokens (graphql-armor) and cost by page sizes (checked before execution), and a time limit on
 * execution.
 */
export function safetyPlugins(config: Pick<Config, 'limits' | 'requestTimeoutMs'>): Plugin[] {
  const { maxDepth, maxCost, maxAliases, maxDirectives, maxTokens } = config.limits;
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: maxDepth, ignoreIntrospection: true },
      // Cost is counted by useCostLimit, which knows page sizes; armor's estimate does not, and
      // grows 1.5x per level, refusing ordinary seven-level queries.
      costLimit: { enabled: false },
      maxAliases: { n: maxAliases },
      maxDirectives: { n: maxDirectives },
      maxTokens: { n: maxTokens },
      // The schema is public (GraphiQL introspects it): suggestions hide nothing and help people.
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
    useCostLimit(maxCost),
    useRequestTimeout(config.requestTimeoutMs),
  ];
}

export const TIMEOUT_CODE: ErrorCode = 'TIMEOUT';

/**
 * Answers with an error once execution runs longer than `ms`, and stops the request's store
 * calls (ApiContext.stop): fields still resolving get no further store reads.
 */
export function useRequestTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => {
          timer = setTimeout(() => {
            const error = new SaysoError(TIMEOUT_CODE, `The request took longer than ${ms} ms and was stopped: ask for less (smaller first, fewer fields).`);
            (args.contextValue as Partial<ApiContext>).stop?.abort(error);
            resolve({ errors: [toGraphQLError(error)] });
          }, ms);
        });
        return Promise.race([Promise.resolve(executeFn(args)), timeout]).finally(() => clearTimeout(timer)) as ReturnType<typeof executeFn>;
      });
    },
  };
}
