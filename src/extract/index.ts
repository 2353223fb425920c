import { readArticle } from '../read/clean';
import { findEntities } from './entities';
import { findStatements } from './quotes';
import { findEvents } from './events';
import { findInvitations } from './invitations';
import { findConditions } from './conditions';
import { COUNTRY_BY_CODE } from './gazetteer';
import type { ArticleRecord, Entity, Extraction } from './types';

/** Bumped whenever extraction output or the graph built from it changes (ids included), so stores can tell stale contributions apart. */
export const EXTRACTOR_VERSION = '0.2.38';

/** Pure: article record in, extraction out. No I/O. */
export function extract(record: ArticleRecord): Extraction {
  const article = readArticle(record);
  const entities = findEntities(article);
  const input = { article, entities };
  const statements = findStatements(input);
  const events = findEvents(input);
  const invitations = findInvitations(input, events, statements);
  const conditions = findConditions(input, statements, events);
  const referenced = [
    ...statements.map((x) => x.speaker),
    ...conditions.map((x) => x.holder),
    ...invitations.flatMap((x) => [x.inviter, x.invitee]),
    ...events.flatMap((x) => x.participants),
  ];
  return {
    article,
    entities: [...entities.entities, ...countriesNamedOnlyByResolution(entities.entities, referenced)],
    mentions: entities.mentions,
    statements,
    conditions,
    invitations,
    events,
  };
}

/**
 * "the Trump administration", "the US side": a country the resolver reads into a description holds
 * a fact while the article never names it. Every fact's entity is in the extraction, so the graph
 * gets the country's node too.
 */
function countriesNamedOnlyByResolution(entities: Entity[], referenced: (string | null)[]): Entity[] {
  const known = new Set(entities.map((e) => e.key));
  const added = new Map<string, Entity>();
  for (const key of referenced) {
    const code = key?.startsWith('country:') ? key.slice('country:'.length) : undefined;
    const info = code ? COUNTRY_BY_CODE.get(code) : undefined;
    if (key && info && !known.has(key) && !added.has(key)) added.set(key, { key, type: 'Country', name: info.name, aliases: [], roles: [], country: info.cca3 });
  }
  return [...added.values()];
}
