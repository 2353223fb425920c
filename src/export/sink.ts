import type { Writable } from 'node:stream';

/**
 * Text output for the writers: small pieces are gathered into chunks (one write per chunk, not
 * per element), and a full Writable buffer is awaited ('drain') before reading more items, so a
 * slow consumer (a file, an HTTP client) holds the export back instead of growing memory.
 */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Flushes what is gathered; does not end the stream. */
  flush(): Promise<void>;
  /**
   * Flushes, then ends the stream and waits for it to finish, unless `close` is false (stdout,
   * which a process must not end) where it only waits for what was written to be handed over.
   */
  end(close?: boolean): Promise<void>;
}

const CHUNK = 64 * 1024;

export function createTextSink(out: Writable, chunkSize = CHUNK): TextSink {
  let pending: string[] = [];
  let size = 0;
  let failure: Error | null = null;
  const onError = (err: Error) => {
    failure ??= err;
  };
  out.on('error', onError);

  const push = async () => {
    if (failure) throw failure;
    if (size === 0) return;
    const chunk = pending.join('');
    pending = [];
    size = 0;
    if (!out.write(chunk)) await waitForDrain(out, () => failure);
    if (failure) throw failure;
  };

  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size >= chunkSize) await push();
    },
    flush: push,
    async end(close = true) {
      await push();
      if (close) {
        await new Promise<void>((resolve, reject) => {
          out.end((err?: Error | null) => (err ? reject(err) : resolve()));
        });
      } else if (out.writableNeedDrain) {
        await waitForDrain(out, () => failure);
      }
      out.off('error', onError);
      if (failure) throw failure;
    },
  };
}

function waitForDrain(out: Writable, failed: () => Error | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (failed()) return reject(failed());
    const done = () => {
      out.off('drain', done);
      out.off('close', closed);
      out.off('error', errored);
      resolve();
    };
    const closed = () => {
      out.off('drain', done);
      out.off('error', errored);
      reject(failed() ?? new Error('The output closed before the export finished.'));
    };
    const errored = (err: Error) => {
      out.off('drain', done);
      out.off('close', closed);
      reject(err);
    };
    out.once('drain', done);
    out.once('close', closed);
    out.once('error', errored);
  });
}
