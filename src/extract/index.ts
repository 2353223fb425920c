import { readArticle } from '../read/clean';
import { findEntities } from './entities';
import { findStatements } from './quotes';
import { findEvents } from './events';
import { findInvitations } from './invitations';
import { findConditions } from './conditions';
import type { ArticleRecord, Extraction } from './types';

/** Bumped whenever extraction output or the graph built from it changes (ids included), so stores can tell stale contributions apart. */
export const EXTRACTOR_VERSION = '0.2.32';

/** Pure: article record in, extraction out. No I/O. */
export function extract(record: ArticleRecord): Extraction {
  const article = readArticle(record);
  const entities = findEntities(article);
  const input = { article, entities };
  const statements = findStatements(input);
  const events = findEvents(input);
  const invitations = findInvitations(input, events);
  const conditions = findConditions(input, statements, events);
  return {
    article,
    entities: entities.entities,
    mentions: entities.mentions,
    statements,
    conditions,
    invitations,
    events,
  };
}
