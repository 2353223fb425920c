import type { Writable } from 'node:stream';
import type { Config } from '../config';
import type { GraphStore } from '../graph/store';

/** What commands need from the outside world; tests pass their own. */
export interface CliDeps {
  config: () => Config;
  openStore: (config: Config) => Promise<GraphStore>;
  stdout: Writable;
  stderr: Writable;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
