import { PassThrough } from 'node:stream';
import jsonld from 'jsonld';
import { writeJsonLd } from '../../src/export/jsonld';
import { fixtureItems, IDS } from './fixture';

// jsonld loads its Node HTTP document loader at import time, and that client is an ES module jest
// cannot require. This test never fetches: the schema.org context comes from the loader below.
jest.mock('@digitalbazaar/http-client', () => ({ httpClient: {} }));

/**
 * The JSON-LD export through a real JSON-LD processor: the edge objects written after their
 * nodes must merge into them by @id. The network is not reachable, so the schema.org context is
 * given as its essence (every term in the schema.org vocabulary; `@id`-valued properties stay
 * node references as written).
 */
const SCHEMA_ORG = 'https://schema.org';
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== SCHEMA_ORG) throw new Error(`unexpected context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};

type Flat = Record<string, unknown> & { '@id': string; '@type'?: string | string[] };

describe('JSON-LD through a JSON-LD processor', () => {
  it('merges each quotation with its speaker and source article', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeJsonLd(fixtureItems(), out);
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as object;

    const flatten = jsonld.flatten as unknown as (input: object, ctx: string, opts: object) => Promise<{ '@graph': Flat[] }>;
    const flat = await flatten(doc, SCHEMA_ORG, { documentLoader });
    const byId = new Map(flat['@graph'].map((n) => [n['@id'], n] as const));
    const kimQuote = flat['@graph'].find((n) => n['@type'] === 'Quotation' && String(n.text).startsWith('We will return'))!;
    expect(kimQuote).toMatchObject({ spokenByCharacter: { '@id': IDS.KIM }, creator: { '@id': IDS.KIM } });
    const article = byId.get((kimQuote.isBasedOn as { '@id': string })['@id'])!;
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('Trump & Kim meet at the "DMZ"');
    expect(byId.get(IDS.KIM)).toMatchObject({ '@type': 'Person', name: 'Kim Jong Un' });
    expect(byId.get(IDS.PRK)?.['@type']).toBe('Country');

    // The same facts as RDF: one schema:text and one speaker per quotation.
    const toRDF = jsonld.toRDF as unknown as (input: object, opts: object) => Promise<string>;
    const nquads = await toRDF(doc, { format: 'application/n-quads', documentLoader });
    const about = (id: string, p: string) => nquads.split('\n').filter((l) => l.startsWith(`<${id}> <https://schema.org/${p}> `));
    expect(about(kimQuote['@id'], 'text')).toHaveLength(1);
    expect(about(kimQuote['@id'], 'spokenByCharacter')).toEqual([`<${kimQuote['@id']}> <https://schema.org/spokenByCharacter> <${IDS.KIM}> .`]);
  });
});
