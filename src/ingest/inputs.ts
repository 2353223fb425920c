import { readInputs } from '../read/files';
import type { InputItem } from './pipeline';

export type ReadInputs = (paths: string[]) => AsyncIterable<InputItem>;

/** The readers' entry point: files, directories and `-` (JSONL on stdin) as article records. */
export function inputReader(): ReadInputs {
  return (paths) => readInputs(paths);
}
