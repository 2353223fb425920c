import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Largest request body the API reads, in bytes (what graphql-yoga refuses by default). */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

const tooLarge = (limit: number) =>
  new GraphQLError(`The request body is larger than ${limit} bytes: send less (an article's text goes through ingestArticle one at a time).`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

/**
 * Refuses request bodies over `limit` bytes, in place of graphql-yoga's own limit (turn that one
 * off with `maxRequestBodySize: false`). A body with a Content-Length is judged by the header
 * alone: Node's HTTP parser reads no byte past it and refuses a request that also says
 * Transfer-Encoding. Only a body without one (chunked) is counted as it streams. Yoga counts every
 * body through a stream pipeline, whose set-up and tear-down cost about a tenth of a cached
 * answer's time.
 */
export function useBodyLimit(limit = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        // One non-negative integer; a list ("10, 10") is how smuggling attempts look.
        if (!/^\d+$/.test(declared)) {
          throw new GraphQLError('The Content-Length header is not a byte count.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      const body = request.body;
      if (!requestParser || !body) return;
      let read = 0;
      const counted = body.pipeThrough(
        // A native stream needs the native TransformStream (graphql-yoga issue 4583).
        new (body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream)<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            if (read > limit) controller.error(tooLarge(limit));
            else controller.enqueue(chunk);
          },
        }),
      );
      const parse = requestParser;
      setRequestParser(() =>
        parse(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: counted, duplex: 'half' } as RequestInit)),
      );
    },
  };
}
