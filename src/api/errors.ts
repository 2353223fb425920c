import { GraphQLError } from 'graphql';
import { SaysoError, type ErrorCode } from '../graph/store';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, TIMEOUT: 503 };

/** Domain errors become GraphQL errors with a typed code; anything else stays masked by Yoga. */
export function toGraphQLError(err: SaysoError): GraphQLError {
  const status = HTTP_STATUS[err.code];
  return new GraphQLError(err.message, {
    extensions: { code: err.code, ...(err.details ? { details: err.details } : {}), ...(status ? { http: { status } } : {}) },
  });
}

export function badInput(message: string): SaysoError {
  return new SaysoError('BAD_INPUT', message);
}
