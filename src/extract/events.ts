import type { StageInput } from './context';
import type { ExtractedEvent } from './types';

export function findEvents(input: StageInput): ExtractedEvent[] {
  void input;
  return [];
}
