import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config';
import { assertSelectionFound, exportFileName, exportToCsvDirectory, exportToStream, FORMAT_INFO, isExportFormat, parseSelection, EXPORT_FORMATS } from '../export';
import { writeTar } from '../export/tar';
import { SaysoError, type ErrorCode, type GraphStore } from '../graph/store';
import { createContext } from './context';

/**
 * `GET /export?format=graphml|json|csv|cypher|jsonld&entity=&depth=&from=&to=&labels=`
 *
 * The body streams as the store yields (a web ReadableStream over the writer's output, which
 * waits for the client), so a large graph never sits in memory. `csv` is a directory of files:
 * it is written to a temporary directory and sent as one tar archive. When the server has an
 * API key, the request needs it exactly as the GraphQL API reads it (`x-api-key`, or
 * `Authorization: Bearer <key>`): an export is the whole graph in one request.
 */

export const EXPORT_PATH = '/export';

export interface ExportRouteOptions {
  store: GraphStore;
  config: Pick<Config, 'apiKey' | 'maxPageSize'>;
  /** Logs failures after the response has started (its status can no longer say so). */
  onError?: (err: Error) => void;
}

const STATUS: Partial<Record<ErrorCode, number>> = { BAD_INPUT: 400, UNAUTHENTICATED: 401, NOT_FOUND: 404, STORE_UNAVAILABLE: 503 };

function errorResponse(code: ErrorCode, message: string, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status: STATUS[code] ?? 500,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
  });
}

export function createExportHandler(options: ExportRouteOptions): (request: Request) => Promise<Response> {
  const { store, config } = options;
  const onError = options.onError ?? (() => undefined);

  return async (request) => {
    try {
      return await respond(request);
    } catch (err) {
      if (err instanceof SaysoError) return errorResponse(err.code, err.message);
      // Unexpected errors are logged and masked, as the GraphQL endpoint does.
      onError(err as Error);
      return new Response(JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } }), {
        status: 500,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    }
  };

  async function respond(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse('BAD_INPUT', 'Use GET /export?format=...', { allow: 'GET, HEAD' });
    }
    if (!createContext(store, config, request).authorized) {
      return errorResponse('UNAUTHENTICATED', 'This server needs its API key for exports: send it in the x-api-key header.', {
        'www-authenticate': 'Bearer',
      });
    }
    const q = new URL(request.url).searchParams;
    const format = q.get('format') ?? '';
    if (!isExportFormat(format)) {
      return errorResponse('BAD_INPUT', `format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, got "${format}"` : ''}.`);
    }
    let selection;
    try {
      selection = parseSelection({
        entity: q.get('entity'),
        depth: q.get('depth'),
        from: q.get('from'),
        to: q.get('to'),
        labels: q.getAll('labels'),
      });
    } catch (err) {
      if (err instanceof SaysoError) return errorResponse(err.code, err.message);
      throw err;
    }
    await assertSelectionFound(store, selection);

    const fileName = exportFileName(format, selection).replace(/\.csv$/, '-csv.tar');
    const headers = {
      'content-type': format === 'csv' ? 'application/x-tar' : FORMAT_INFO[format].contentType,
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // Lets a dashboard on an allowed origin read the download's name.
      'access-control-expose-headers': 'content-disposition',
    };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });

    const body = new PassThrough();
    // A client that leaves also stops the first, schema-collecting pass, which writes nothing.
    const left = new AbortController();
    body.once('close', () => left.abort());
    const run = async () => {
      if (format !== 'csv') {
        await exportToStream(store, format, selection, body, { signal: left.signal });
        return;
      }
      const dir = await mkdtemp(join(tmpdir(), 'sayso-export-'));
      try {
        const summary = await exportToCsvDirectory(store, selection, dir, left.signal);
        await writeTar(
          summary.files.map((f) => f.file),
          body,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };
    run().catch((err: Error) => {
      onError(err);
      // Headers are gone: cutting the body short is how the client learns the export failed.
      body.destroy(err);
    });
    return new Response(Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>, { status: 200, headers });
  }
}

/** Mounts GET /export on a Yoga server: `plugins: [useExportRoute({ store, config })]`. */
export function useExportRoute(options: ExportRouteOptions): Plugin {
  const handle = createExportHandler(options);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== EXPORT_PATH) return;
      endResponse(await handle(request));
    },
  };
}
