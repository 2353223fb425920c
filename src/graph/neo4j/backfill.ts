import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { DATED_LINKS, DATE_ORDERED_LINKS } from '../dated-page';
import { sourceKeyOf } from '../ids';
import type { NodeLabel } from '../model';
import { onWordsOf } from '../search-text';
import { datedLinkKey } from './dated-links';
import { ORDER_KEY_PROP, PARTICIPANT_KEY_PROP, orderKey, participantKey } from './order-keys';
import { searchWords } from './values';
import { countOlderArticles } from './interaction-counts';

/**
 * Data that older versions of sayso did not write, filled in once when a store opens. Cypher
 * cannot fold names as ids.ts does, nor build dated-link keys, so the values are computed here.
 * A `SaysoMigration` node records each fill that is done, so later starts skip it; like
 * `EntityContribution` it has no `Node` label, so no query or export ever sees it.
 */

const DONE = 'MATCH (m:SaysoMigration) RETURN collect(m.name) AS done';
const MARK_DONE = 'MERGE (:SaysoMigration {name: $name})';

/** Statements without `sourceKey`, in id order from `after`, with their article's outlet. */
const STATEMENTS_WITHOUT_SOURCE_KEY = `
  MATCH (s:Statement) WHERE s.id > $after AND s.sourceKey IS NULL
  WITH s ORDER BY s.id LIMIT $limit
  OPTIONAL MATCH (a:Article {id: s.articleId})
  RETURN s.id AS id, a.source AS source`;

const SET_SOURCE_KEYS = `
  UNWIND $rows AS row
  MATCH (s:Statement {id: row.id})
  SET s.sourceKey = row.key`;

/** Dated links of one type without `_page`, in id order from `after`, with their article's date. */
const linksWithoutPageKey = (type: string) => `
  MATCH (h)-[r:\`${type}\`]->(n) WHERE r.id > $after AND r._page IS NULL
  WITH h, r, n ORDER BY r.id LIMIT $limit
  OPTIONAL MATCH (a:Article {id: r.articleId})
  RETURN r.id AS id, h.id AS holder, n.id AS linked, a.published AS published`;

const setPageKeys = (type: string) => `
  UNWIND $rows AS row
  MATCH ()-[r:\`${type}\`]->() WHERE r.id = row.id
  SET r._page = row.key`;

/** Date-ordered links of one type without `_published`, in id order from `after`, with their article's date. */
const linksWithoutDate = (type: string) => `
  MATCH ()-[r:\`${type}\`]->() WHERE r.id > $after AND r._published IS NULL
  WITH r ORDER BY r.id LIMIT $limit
  OPTIONAL MATCH (a:Article {id: r.articleId})
  RETURN r.id AS id, a.published AS published`;

const setDates = (type: string) => `
  UNWIND $rows AS row
  MATCH ()-[r:\`${type}\`]->() WHERE r.id = row.id
  SET r._published = row.key`;

/** Conditions in id order from `after`, with what they are for: their full-text words get on-keys. */
const CONDITIONS_WITH_TARGETS = `
  MATCH (c:Condition) WHERE c.id > $after
  WITH c ORDER BY c.id LIMIT $limit
  OPTIONAL MATCH (c)-[:FOR]->(t:Node)
  RETURN c.id AS id, c.text AS text, c.on AS on,
    [x IN collect(t) | {labels: labels(x), type: x.type, text: x.text, name: x.name, aliases: x.aliases}] AS targets`;

const SET_SEARCH_WORDS = `
  UNWIND $rows AS row
  MATCH (c:Condition {id: row.id})
  SET c._search = row.key`;

/** Events without an order key, in id order from `after`. */
const EVENTS_WITHOUT_ORDER_KEY = `
  MATCH (n:Event) WHERE n.id > $after AND n.${ORDER_KEY_PROP} IS NULL
  WITH n ORDER BY n.id LIMIT $limit
  RETURN n.id AS id, n.date AS date, n.published AS published`;

const SET_ORDER_KEYS = `
  UNWIND $rows AS row
  MATCH (n:Event {id: row.id})
  SET n.${ORDER_KEY_PROP} = row.key`;

/** Participations without their key, in id order from `after`, with their event's dates. */
const PARTICIPATIONS_WITHOUT_KEY = `
  MATCH (h)-[r:PARTICIPANT]->(n) WHERE r.id > $after AND r.${PARTICIPANT_KEY_PROP} IS NULL
  WITH h, r, n ORDER BY r.id LIMIT $limit
  RETURN r.id AS id, h.id AS participant, n.id AS event, n:Event AS isEvent, n.date AS date, n.published AS published`;

const SET_PARTICIPATION_KEYS = `
  UNWIND $rows AS row
  MATCH ()-[r:PARTICIPANT]->() WHERE r.id = row.id
  SET r.${PARTICIPANT_KEY_PROP} = row.key`;

/** The order key of event `id`, from the `date` and `published` a fill's row read of it. */
const eventOrderKey = (r: { get: (key: string) => unknown }, id: string): string =>
  orderKey('Event', id, { date: r.get('date') as string | null, published: r.get('published') as string | null })!;

interface Target {
  labels: string[];
  type: string | null;
  text: string | null;
  name: string | null;
  aliases: string[] | null;
}

/** A condition's full-text words with its on-keys, as encodeNode writes them. */
function conditionSearchWords(r: { get: (key: string) => unknown }): string {
  const props = { text: r.get('text') as string | null, on: r.get('on') as string | null };
  const targets = (r.get('targets') as Target[]).map((t) => ({
    label: (t.labels.find((l) => l !== 'Node') ?? 'Event') as NodeLabel,
    props: { type: t.type, text: t.text, name: t.name, aliases: t.aliases },
  }));
  return searchWords('Condition', props, onWordsOf(props, targets)) ?? '';
}

interface Fill {
  /** Rows still to fill, in id order after `after`. */
  read: string;
  /** The value each row gets, or null to leave it (the id order moves past it). */
  value: (r: { get: (key: string) => unknown }) => string | null;
  write: string;
}

/** A fill that is not one value per row: it runs itself, a batch at a time. */
type CustomFill = (session: Session, batch: number) => Promise<void>;

const FILLS: Record<string, Fill | CustomFill> = {
  // Each article's counts rest on several links and nodes; batches of 500 articles keep a read small.
  'interaction-counts': (session, batch) => countOlderArticles(session, Math.min(batch, 500)),
  'condition-on-keys': { read: CONDITIONS_WITH_TARGETS, value: conditionSearchWords, write: SET_SEARCH_WORDS },
  'event-date-order-key': {
    read: EVENTS_WITHOUT_ORDER_KEY,
    value: (r) => eventOrderKey(r, r.get('id') as string),
    write: SET_ORDER_KEYS,
  },
  'participation-event-order-key': {
    read: PARTICIPATIONS_WITHOUT_KEY,
    // A link to anything but an event stays without a key, as the writer leaves it.
    value: (r) =>
      r.get('isEvent') === true ? participantKey(r.get('participant') as string, eventOrderKey(r, r.get('event') as string)) : null,
    write: SET_PARTICIPATION_KEYS,
  },
  'statement-source-key': {
    read: STATEMENTS_WITHOUT_SOURCE_KEY,
    // Statements of articles without an outlet keep a null key.
    value: (r) => sourceKeyOf(r.get('source') as string | null),
    write: SET_SOURCE_KEYS,
  },
  ...Object.fromEntries(
    DATED_LINKS.map((type) => [
      `dated-link-page-key-${type}`,
      {
        read: linksWithoutPageKey(type),
        value: (r) => datedLinkKey(r.get('holder') as string, (r.get('published') as string | null) ?? null, r.get('linked') as string),
        write: setPageKeys(type),
      },
    ]),
  ),
  ...Object.fromEntries(
    DATE_ORDERED_LINKS.map((type) => [
      `date-ordered-link-date-${type}`,
      // Links of undated articles stay without a date, as the writer leaves them.
      { read: linksWithoutDate(type), value: (r) => (r.get('published') as string | null) ?? null, write: setDates(type) },
    ]),
  ),
};

/**
 * Runs the fills not done yet; `onFill` is told each one's name before it runs (a store of 100k
 * articles takes one to two minutes for some), never when there is none to run.
 */
export async function backfill(driver: Driver, database: string | undefined, batch = 5000, onFill?: (name: string) => void): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // One read at every start: which fills are done.
    const done = new Set((await session.run(DONE)).records[0]?.get('done') as string[]);
    for (const [name, fill] of Object.entries(FILLS)) {
      if (done.has(name)) continue;
      onFill?.(name);
      if (typeof fill === 'function') await fill(session, batch);
      else await runFill(session, fill, batch);
      await session.run(MARK_DONE, { name });
    }
  } finally {
    await session.close();
  }
}

async function runFill(session: Session, fill: Fill, batch: number): Promise<void> {
  for (let after = ''; ; ) {
    const found = await session.executeRead((tx) => tx.run(fill.read, { after, limit: neo4j.int(batch) }));
    const rows = found.records.map((r) => ({ id: r.get('id') as string, key: fill.value(r) }));
    const filled = rows.filter((r) => r.key !== null);
    if (filled.length) await session.executeWrite((tx) => tx.run(fill.write, { rows: filled }));
    if (rows.length < batch) break;
    after = rows[rows.length - 1]!.id;
  }
}
