import type { StageInput } from './context';
import type { ExtractedEvent, ExtractedInvitation } from './types';

export function findInvitations(input: StageInput, events: ExtractedEvent[]): ExtractedInvitation[] {
  void input;
  void events;
  return [];
}
