import type { GraphEdge, GraphNode } from '../graph/model';
import { builder } from './builder';
import { connectionType } from './connection';

/**
 * Type references shared by the type files, so that Person can point at Statement and back
 * without import cycles. Each type is implemented in its own file under types/.
 */
export const ArticleRef = builder.objectRef<GraphNode>('Article');
export const PersonRef = builder.objectRef<GraphNode>('Person');
export const CountryRef = builder.objectRef<GraphNode>('Country');
export const OrganizationRef = builder.objectRef<GraphNode>('Organization');
export const PlaceRef = builder.objectRef<GraphNode>('Place');
export const EventRef = builder.objectRef<GraphNode>('Event');
export const StatementRef = builder.objectRef<GraphNode>('Statement');
export const ConditionRef = builder.objectRef<GraphNode>('Condition');
export const EntityRef = builder.interfaceRef<GraphNode>('Entity');

/** An invitation is an INVITED edge: who invited whom, to what, where it was read. */
export interface InvitationShape {
  edge: GraphEdge;
}
export const InvitationRef = builder.objectRef<InvitationShape>('Invitation');

export interface SearchHitShape {
  node: GraphNode;
  score: number;
}
export const SearchHitRef = builder.objectRef<SearchHitShape>('SearchHit');

export const ArticleConnection = connectionType<GraphNode>('Article', ArticleRef, 'article');
export const PersonConnection = connectionType<GraphNode>('Person', PersonRef, 'person');
export const EntityConnection = connectionType<GraphNode>('Entity', EntityRef, 'entity');
export const EventConnection = connectionType<GraphNode>('Event', EventRef, 'event');
export const StatementConnection = connectionType<GraphNode>('Statement', StatementRef, 'statement');
export const ConditionConnection = connectionType<GraphNode>('Condition', ConditionRef, 'condition');
export const InvitationConnection = connectionType<InvitationShape>('Invitation', InvitationRef, 'invitation');
export const SearchHitConnection = connectionType<SearchHitShape>('SearchHit', SearchHitRef, 'search hit');
