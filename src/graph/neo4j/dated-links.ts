import { isDatedLink } from '../dated-page';
import type { EdgeType } from '../model';

/**
 * Neo4j's index of a holder's dated links (src/graph/dated-page.ts). Neo4j reads a node's links
 * in no order, so a holder's newest-first page used to expand and sort every link it has. Each
 * dated link instead carries `_page`, one string that sorts, read in descending order, as the
 * page does: by holder, then the article's date newest first (undated last), then the linked
 * node's id ascending. A range index on it serves one holder's range already ordered, so a
 * page reads `offset + first` index entries per holder.
 *
 *   _page = holder id, SEP, published (or nothing), SEP, linked id reversed, END
 *
 * "Reversed" maps each UTF-16 code unit c to 0xFFFF - c, so a descending read gives ids
 * ascending; END sorts after every reversed character of an id (ids are printable: code units
 * >= 0x20 map to <= 0xFFDF), which puts an id before the longer ids it is a prefix of. SEP sorts
 * before every character of a date, so "2025-06" sorts after "2025-06-01" read descending, as
 * it does in every other ordering of dates here.
 */

const SEP = '\u0001';
const END = '\uffef';

export function datedLinkKey(holder: string, published: string | null, linked: string): string {
  let reversed = '';
  for (let i = 0; i < linked.length; i++) reversed += String.fromCharCode(0xffff - linked.charCodeAt(i));
  return `${holder}${SEP}${published ?? ''}${SEP}${reversed}${END}`;
}

/**
 * One holder's keys, `lo <= _page < hi`, within an inclusive range of dates as findNodes
 * compares them: `from` as a string, `to` on its own precision ("2025-06" takes all of June),
 * and undated links only when there is no range. A key's character after the holder's SEP is
 * SEP itself when undated, else the date's first character.
 */
export function datedLinkRange(holder: string, from: string | null, to: string | null): { lo: string; hi: string } {
  const head = holder + SEP;
  const lo = head + (from ?? (to !== null ? '\u0002' : ''));
  const hi = to !== null ? head + to + '\uffff' : holder + '\u0002';
  return { lo, hi };
}

/**
 * Each holder's first `$want` links of one type, in page order, with the nodes at their end.
 * The index on `_page` gives them already ordered; the plan is checked by a test.
 */
export function datedSlicesStatement(type: EdgeType, nodeProps: (v: string) => string): string {
  if (!isDatedLink(type)) throw new Error(`${type} links are not dated`);
  return `UNWIND $ranges AS x
    CALL {
      WITH x
      MATCH ()-[r:\`${type}\`]->(n) USING INDEX SEEK r:\`${type}\`(_page)
      WHERE r._page >= x.lo AND r._page < x.hi
      WITH r, n ORDER BY r._page DESC LIMIT $want
      RETURN collect({id: n.id, labels: labels(n), props: ${nodeProps('n')}}) AS slice
    }
    RETURN collect(slice) AS slices`;
}
