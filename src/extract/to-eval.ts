import type { EvalPrediction, Extraction } from './types';

/** Maps an extraction to the prediction record scored by the evaluation (FORMAT.md). */
export function toEvalPrediction(x: Extraction): EvalPrediction {
  const name = (key: string | null) => (key ? (x.entities.find((e) => e.key === key)?.name ?? null) : null);
  const entityKeys = new Set(x.entities.map((e) => e.key));
  return {
    id: x.article.id,
    entities: x.entities
      .filter((e) => e.type !== 'Place' && entityKeys.has(e.key))
      .map((e) => ({ name: e.name, type: e.type, names: e.aliases })),
    quotes: x.statements.filter((s) => s.kind === 'direct').map((s) => ({ text: s.text, speaker: name(s.speaker) })),
    conditions: x.conditions.map((c) => ({ holder: name(c.holder), condition: c.text, on: c.on })),
    invitations: x.invitations.map((i) => ({
      inviter: name(i.inviter) ?? i.inviter,
      invitee: name(i.invitee) ?? i.invitee,
      event: i.event,
    })),
    meetings: x.events
      .filter((e) => e.type !== 'Call' && e.type !== 'Speech')
      .map((e) => ({
        participants: e.participants.map((p) => name(p) ?? p),
        ...(e.date ? { date: e.date } : {}),
        ...(e.place ? { place: e.place } : {}),
        status: e.status,
      })),
  };
}
