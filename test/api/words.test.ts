import { onKeyGroups } from '../../src/api/words';
import { conditionOnWords, onKeys } from '../../src/graph/search-text';
import { buildArticleGraph } from '../../src/graph/build';
import { fixtureExtraction } from '../graph/fixture-extraction';

/** A condition matches when its on-keys hold a key of every group (the store's `terms`). */
const matches = (query: string, onWords: string) => {
  const have = new Set(onKeys(onWords));
  return (onKeyGroups(query) ?? []).every((group) => group.some((k) => have.has(k)));
};

describe('conditions(on:): the on-key groups a query asks for', () => {
  it('one group per word, stop words aside, each with the kindred words, endings ignored', () => {
    const groups = onKeyGroups('Talks with the US')!;
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual(expect.arrayContaining(['on0talk', 'on0negotiation', 'on0meet', 'on0summit', 'on0dialogue']));
    expect(groups[1]).toEqual(['on0u']);
    expect(onKeyGroups('a ceasefire')).toEqual([['on0ceasefire', 'on0truce', 'on0armistice']]);
    expect(onKeyGroups('the')).toBeNull();
    expect(onKeyGroups('  ')).toBeNull();
  });

  it('matches what the condition says, whatever the ending or the kindred word', () => {
    expect(matches('talks', 'negotiations on the nuclear programme')).toBe(true);
    expect(matches('talks', 'talking to Washington')).toBe(true);
    expect(matches('negotiations', 'a meeting with Trump')).toBe(true);
    expect(matches('a ceasefire', 'a truce in Gaza')).toBe(true);
    expect(matches('nuclear talks', 'negotiations on the nuclear programme')).toBe(true);
    expect(matches('nuclear talks', 'talking to Washington')).toBe(false);
    expect(matches('sanctions', 'a ceasefire')).toBe(false);
  });

  it("keys a condition by its own on, the event it is for and the names the article gave the entities it is for", () => {
    const g = buildArticleGraph(fixtureExtraction(), { extractorVersion: '1' });
    const all = [...conditionOnWords(g)];
    expect(all).toHaveLength(1);
    const [id, words] = all[0]!;
    expect(id).toMatch(/^condition:/);
    // "sitting down with the US", for the talks and for the United States.
    expect(matches('down', words)).toBe(true);
    expect(matches('talks', words)).toBe(true);
    expect(matches('United States', words)).toBe(true);
    expect(matches('ceasefire', words)).toBe(false);
  });
});
