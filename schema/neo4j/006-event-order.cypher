// Events in date order (src/graph/neo4j/order-keys.ts): all of them, or those of one status or
// kind, a page at a time from the head of an index range instead of every event sorted.
CREATE INDEX event_date_order IF NOT EXISTS FOR (n:Event) ON (n._dateOrder);
CREATE INDEX event_status_date_order IF NOT EXISTS FOR (n:Event) ON (n.status, n._dateOrder);
CREATE INDEX event_type_date_order IF NOT EXISTS FOR (n:Event) ON (n.type, n._dateOrder);
// A participant's events in date order (events(participant:), Person.events): a range of the
// keys of its PARTICIPANT links, which start with the participant's id.
CREATE INDEX rel_participant_order IF NOT EXISTS FOR ()-[r:`PARTICIPANT`]-() ON (r._eventOrder);
