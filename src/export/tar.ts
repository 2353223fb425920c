import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * A POSIX ustar archive of finished files, streamed: the CSV export is a directory, and over
 * HTTP it travels as one download that every platform's `tar -xf` unpacks. Each file is read
 * in chunks and every write waits for the output to drain, so memory stays flat.
 */

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK, 0);
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length > 100) throw new Error(`File name too long for a tar header: ${name}`);
  nameBytes.copy(header, 0);
  header.write(octal(0o644, 8), 100, 'ascii'); // mode
  header.write(octal(0, 8), 108, 'ascii'); // uid
  header.write(octal(0, 8), 116, 'ascii'); // gid
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  header.write('        ', 148, 'ascii'); // checksum counts as spaces while summing
  header.write('0', 156, 'ascii'); // regular file
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return header;
}

async function put(out: Writable, chunk: Buffer): Promise<void> {
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      out.off('error', fail);
      out.off('close', closed);
      resolve();
    };
    const fail = (err: Error) => {
      out.off('drain', done);
      out.off('close', closed);
      reject(err);
    };
    const closed = () => {
      out.off('drain', done);
      out.off('error', fail);
      reject(new Error('The output closed before the archive was written.'));
    };
    out.once('drain', done);
    out.once('error', fail);
    out.once('close', closed);
  });
}

/** Writes `files` (stored under their base names) as one tar archive, then ends `out`. */
export async function writeTar(files: string[], out: Writable): Promise<void> {
  for (const file of files) {
    const info = await stat(file);
    await put(out, tarHeader(basename(file), info.size, info.mtime));
    let written = 0;
    for await (const chunk of createReadStream(file)) {
      const buf = chunk as Buffer;
      written += buf.length;
      await put(out, buf);
    }
    if (written !== info.size) throw new Error(`${file} changed while it was archived.`);
    const pad = (BLOCK - (written % BLOCK)) % BLOCK;
    if (pad) await put(out, Buffer.alloc(pad, 0));
  }
  await put(out, Buffer.alloc(BLOCK * 2, 0));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
