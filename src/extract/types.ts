import type { EventStatus, EventType } from '../graph/model';

/** An article as it arrives (the record format of ../shared/eval/FORMAT.md, all but text optional). */
export interface ArticleRecord {
  id?: string;
  url?: string;
  source?: string;
  published?: string;
  title?: string;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
}

/** The article after reading: boilerplate removed; all offsets below point into `text`. */
export interface CleanArticle {
  id: string;
  url?: string;
  source?: string;
  published?: string;
  title?: string;
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Captions and page furniture kept apart from the body (not searched for facts). */
  captions: string[];
}

export type EntityType = 'Person' | 'Country' | 'Organization' | 'Place';

export interface Entity {
  /** Graph node id: person:<slug>, country:<ISO3>, org:<slug>, place:<slug>. */
  key: string;
  type: EntityType;
  /** Canonical full name ("Kim Jong Un", "United States"). */
  name: string;
  /** Other spellings seen or known (transliterations, acronyms, demonym-free names). */
  aliases: string[];
  /** Person roles as stated ("President of South Korea", "North Korean leader"). */
  roles: string[];
  /** ISO alpha-3 of a person's country where stated, or of a place's country. */
  country?: string;
}

export interface Mention extends Span {
  entityKey: string;
  text: string;
  sentenceIndex: number;
}

export interface ExtractedStatement extends Span {
  text: string;
  kind: 'direct' | 'indirect';
  /** Entity key of who spoke, or null when the article does not say. */
  speaker: string | null;
  /** The attribution verb or phrase ("said", "according to", "told"). */
  cue?: string;
  /** Entity key of the outlet that reported it, where the article names one. */
  reporter?: string;
  sentenceIndex: number;
  /** Entity keys the statement is about (named inside it). */
  about: string[];
  confidence: number;
}

export interface ExtractedCondition extends Span {
  /** The condition in the article's words. */
  text: string;
  /** What depends on it, in words. */
  on: string;
  /** Entity key of who set it (the speaker), or null. */
  holder: string | null;
  /** Index into `statements` when the condition sits inside one. */
  statement?: number;
  /** Index into `events` when what depends on it is an extracted event. */
  event?: number;
  /** Read in the headline: `start`/`end` point into `article.title`, `sentenceIndex` is -1. */
  inTitle?: boolean;
  sentenceIndex: number;
  confidence: number;
}

export interface ExtractedInvitation extends Span {
  inviter: string;
  invitee: string;
  /** The event in free words ("APEC summit in South Korea"). */
  event: string;
  /** Index into `events` when the invitation is to an extracted event. */
  eventIndex?: number;
  /** -1 when read in the headline: `start`/`end` then point into `article.title`. */
  sentenceIndex: number;
}

export interface ExtractedEvent extends Span {
  type: EventType;
  participants: string[];
  /** ISO date as precise as the article allows ("2019-06-30", "2026-03"). */
  date?: string;
  dateText?: string;
  place?: string;
  status: EventStatus;
  /** Read in the headline: `start`/`end` point into `article.title`, `sentenceIndex` is -1. */
  inTitle?: boolean;
  sentenceIndex: number;
}

export interface Extraction {
  article: CleanArticle;
  entities: Entity[];
  mentions: Mention[];
  statements: ExtractedStatement[];
  conditions: ExtractedCondition[];
  invitations: ExtractedInvitation[];
  events: ExtractedEvent[];
}

/** The prediction record scored by ../shared/eval/score.mjs (see FORMAT.md). */
export interface EvalPrediction {
  id: string;
  entities: { name: string; type: EntityType; names?: string[] }[];
  quotes: { text: string; speaker: string | null }[];
  conditions: { holder: string | null; condition: string; on: string }[];
  invitations: { inviter: string; invitee: string; event: string }[];
  meetings: { participants: string[]; date?: string; place?: string; status?: EventStatus }[];
}
