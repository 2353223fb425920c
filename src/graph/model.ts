/**
 * The graph model shared by every part of sayso: extraction builds it, stores persist it,
 * the API and exports read it. See README "Graph model".
 */

export const NODE_LABELS = [
  'Article',
  'Person',
  'Country',
  'Organization',
  'Place',
  'Event',
  'Statement',
  'Condition',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels whose nodes belong to one article and are replaced when it is re-ingested. */
export const ARTICLE_OWNED_LABELS: readonly NodeLabel[] = ['Article', 'Statement', 'Condition', 'Event'];
/** Labels of shared entity nodes: several articles may point at one of them. */
export const ENTITY_LABELS: readonly NodeLabel[] = ['Person', 'Country', 'Organization', 'Place'];

export const EDGE_TYPES = [
  'SAID', // Person|Organization -> Statement
  'REPORTED_BY', // Statement -> Organization (the outlet)
  'IN_ARTICLE', // Statement|Condition|Event -> Article
  'MENTIONS', // Article -> entity
  'ABOUT', // Statement -> entity|Event
  'CONDITIONED_ON', // Statement|Event -> Condition
  'SET', // Person|Country|Organization -> Condition (who attached it)
  'FOR', // Condition -> Event|entity (what depends on it)
  'INVITED', // Person -> Person (props.eventId names the event)
  'INVITED_TO', // Person -> Event
  'PARTICIPANT', // Person -> Event
  'HELD_IN', // Event -> Place|Country
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Property values every store can hold natively (Neo4j and SQLite JSON alike). */
export type PropValue = string | number | boolean | null | string[];
export type Props = Record<string, PropValue>;

export interface GraphNode {
  /** Deterministic id, e.g. `person:donald-trump`, `country:USA`, `statement:<hash>`. */
  id: string;
  label: NodeLabel;
  props: Props;
}

/**
 * Every edge is contributed by exactly one article (`articleId`), which is what lets a
 * re-ingest replace that article's contribution and nothing else.
 */
export interface GraphEdge {
  /** Deterministic: hash of type, from, to, articleId and the offsets it was read at. */
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  articleId: string;
  props: Props;
}

/** One article's contribution to the graph, written by a store in one transaction. */
export interface ArticleGraph {
  /** The Article node's id (`article:<sha256>`). */
  articleId: string;
  /** Hash of the cleaned text and extractor version: equal hashes mean nothing to rewrite. */
  contentHash: string;
  /** All nodes, the Article node included. Entity nodes are merged with what the store holds. */
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Node properties by label (documentation and typing help for builders and readers; stores
 * treat props as an open map).
 *
 * Article:   url, title, source, published (ISO date), slug (record id), contentHash, extractorVersion, text
 * Person:    name, aliases[], roles[]
 * Country:   name, aliases[], code (ISO alpha-3)
 * Organization: name, aliases[]
 * Place:     name, country
 * Event:     type (Meeting|Talks|Summit|Visit|Speech|Call), date, dateText, place, status, text, start, end, sentence, articleId
 * Statement: text, kind (direct|indirect), cue, quoteKey, start, end, sentence, confidence, published, articleId
 * Condition: text, on, start, end, sentence, confidence, published, articleId
 */
export type EventStatus = 'occurred' | 'planned' | 'proposed' | 'cancelled';
export type EventType = 'Meeting' | 'Talks' | 'Summit' | 'Visit' | 'Speech' | 'Call';
