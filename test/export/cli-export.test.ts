import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { XMLParser } from 'fast-xml-parser';
import { createExportCommand } from '../../src/cli/commands/export';
import { main } from '../../src/cli/main';
import { loadConfig } from '../../src/config';
import { EMBEDDED_FILE } from '../../src/graph/open-store';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { fixtureCounts, fixtureGraphs, IDS } from './fixture';

describe('sayso export', () => {
  let dir: string;
  let dbFile: string;
  const counts = fixtureCounts();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sayso-cli-export-'));
    dbFile = join(dir, 'graph.sqlite');
    const store = createEmbeddedStore({ file: dbFile });
    for (const g of fixtureGraphs()) await store.upsertArticle(g);
    await store.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  /** Runs the command as `sayso export ...` would, against the store file; stdout and stderr captured. */
  async function run(...args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    const cmd = createExportCommand({ openStore: async () => createEmbeddedStore({ file: dbFile }), stdout, stderr });
    cmd.exitOverride().configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) });
    let exit: number | undefined;
    try {
      await cmd.parseAsync(args, { from: 'user' });
    } catch (e) {
      exit = (e as { exitCode?: number }).exitCode;
    }
    await new Promise((r) => setImmediate(r));
    return { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: exit ?? process.exitCode ?? 0 };
  }

  it('writes to stdout without --out', async () => {
    const r = await run('--format', 'json');
    expect(r.exitCode).toBe(0);
    const doc = JSON.parse(r.stdout) as { nodes: unknown[]; edges: unknown[] };
    expect([doc.nodes.length, doc.edges.length]).toEqual([counts.nodes, counts.edges]);
  });

  it('writes a file with --out and says what it wrote', async () => {
    const file = join(dir, 'out', 'kim.graphml');
    const r = await run('--format', 'graphml', '--out', file, '--entity', IDS.KIM, '--depth', '1');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Exported \d+ nodes and \d+ edges to .*kim\.graphml\n$/);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(await readFile(file, 'utf8')) as { graphml: { graph: { node: { '@_id': string }[] } } };
    expect(doc.graphml.graph.node.map((n) => n['@_id'])).toContain(IDS.KIM);
    expect(doc.graphml.graph.node.length).toBeLessThan(counts.nodes);
  });

  it('writes csv into a directory, and refuses csv without one', async () => {
    const out = join(dir, 'csv');
    const r = await run('--format', 'csv', '--out', out, '--labels', 'Person,Condition,Statement');
    expect(r.exitCode).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['edges-CONDITIONED_ON.csv', 'edges-INVITED.csv', 'edges-SAID.csv', 'edges-SET.csv', 'nodes-Condition.csv', 'nodes-Person.csv', 'nodes-Statement.csv']);
    const refused = await run('--format', 'csv');
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('csv writes one file per label and edge type: pass --out DIR');
  });

  it('explains bad input and unknown formats', async () => {
    const badLabel = await run('--format', 'json', '--labels', 'Persons');
    expect(badLabel.exitCode).toBe(2);
    expect(badLabel.stderr).toContain('Unknown label "Persons"');
    const missing = await run('--format', 'json', '--entity', 'person:nobody');
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('No node has the id "person:nobody"');
    const badFormat = await run('--format', 'pdf');
    expect(badFormat.exitCode).not.toBe(0);
    expect(badFormat.stderr).toMatch(/Allowed choices are graphml, json, csv, cypher, jsonld/);
  });

  it('has help with examples', async () => {
    const r = await run('--help');
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('$ sayso export --format graphml --out graph.graphml');
    expect(r.stdout).toContain('--entity ID --depth N');
  });

  it('runs as `sayso export` from the program, on the configured data directory', async () => {
    const dataDir = join(dir, 'data');
    const seeded = createEmbeddedStore({ file: join(dataDir, EMBEDDED_FILE) });
    for (const g of fixtureGraphs()) await seeded.upsertArticle(g);
    await seeded.close();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    await main(['export', '--format', 'jsonld', '--labels', 'Person,Statement'], { config: () => loadConfig({ SAYSO_DATA_DIR: dataDir }), stdout, stderr });
    expect(process.exitCode ?? 0).toBe(0);
    const doc = JSON.parse(Buffer.concat(out).toString('utf8')) as { '@graph': { '@type'?: string }[] };
    expect(doc['@graph'].filter((o) => o['@type'] === 'Quotation')).toHaveLength(3);
    expect(doc['@graph'].filter((o) => o['@type'] === 'Person')).toHaveLength(3);
  });
});
