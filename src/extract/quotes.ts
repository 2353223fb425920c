import type { StageInput } from './context';
import type { ExtractedStatement } from './types';

export function findStatements(input: StageInput): ExtractedStatement[] {
  void input;
  return [];
}
