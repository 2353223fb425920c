import type { StageInput } from './context';
import type { ExtractedCondition, ExtractedEvent, ExtractedStatement } from './types';

export function findConditions(
  input: StageInput,
  statements: ExtractedStatement[],
  events: ExtractedEvent[],
): ExtractedCondition[] {
  void input;
  void statements;
  void events;
  return [];
}
