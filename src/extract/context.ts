import type { CleanArticle, Entity, Mention } from './types';

/**
 * What later stages (quotes, conditions, invitations, events) know about the article's
 * entities: the entity table, every resolved mention, and a resolver for a span of text.
 */
export interface EntityContext {
  entities: Entity[];
  mentions: Mention[];
  byKey: Map<string, Entity>;
  /**
   * Resolves a name-like span ("Trump", "Mr Kim", "the North Korean leader", "he", "Seoul")
   * seen at character offset `at` to an entity, using what the article stated before `at`.
   */
  resolve(text: string, at: number): Entity | null;
  /** Mentions whose span lies inside [start, end). */
  mentionsIn(start: number, end: number): Mention[];
}

export interface StageInput {
  article: CleanArticle;
  entities: EntityContext;
}
