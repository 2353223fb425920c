import { PassThrough } from 'node:stream';
import { createProgress, formatSummary, renderProgress } from '../../src/cli/progress';

describe('batch ingest progress', () => {
  it('shows the bar with count, percentage, rate and ETA', () => {
    expect(renderProgress({ done: 50, failed: 0, total: 200, elapsedMs: 10_000, width: 80 })).toBe(
      `[${'#'.repeat(10)}${'-'.repeat(30)}] 50/200 25%  5.0/s  ETA 0:30`,
    );
    const line = renderProgress({ done: 150, failed: 2, total: 200, elapsedMs: 30_000, width: 100 });
    expect(line).toMatch(/^\[#+-+\] 150\/200 75%  5\.0\/s  ETA 0:10  2 failed$/);
  });

  it('shows count and rate without an ETA when the length is unknown', () => {
    expect(renderProgress({ done: 42, failed: 1, elapsedMs: 2000, width: 80 })).toBe('42 articles  21/s  1 failed');
  });

  it('draws in place on a terminal and clears itself', () => {
    const out = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let t = 0;
    const p = createProgress({ stream: out, total: 4, now: () => t, intervalMs: 0 });
    for (let i = 0; i < 4; i++) {
      t += 500;
      p.tick(i === 2);
    }
    p.done();
    const text = out.read().toString();
    expect(text).toContain('\r\x1b[2K[');
    expect(text).toContain('4/4 100%');
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when the output is not a terminal (logs take over)', () => {
    const out = new PassThrough();
    const p = createProgress({ stream: out, total: 3 });
    p.tick(false);
    p.done();
    expect(p.enabled).toBe(false);
    expect(out.read()).toBeNull();
  });

  it('summarises the run with its failures', () => {
    expect(
      formatSummary({ articles: 3, unchanged: 1, nodes: 40, edges: 60, failures: [{ origin: 'a.jsonl:2', error: 'line 2: malformed JSON' }], elapsedMs: 2000 }),
    ).toBe('ingested 3 articles (1 unchanged), 40 nodes and 60 edges written, in 2.0 s (2.0/s); 1 failed:\n  a.jsonl:2: line 2: malformed JSON\n');
  });
});

describe('ingest reporter', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createIngestReporter } = require('../../src/cli/progress') as typeof import('../../src/cli/progress');
  const events = [
    { origin: 'a.json', articleId: 'article:a', changed: true, nodes: 3, edges: 2 },
    { origin: 'b.jsonl:2', error: 'line 2: malformed JSON', failed: true as const },
  ];

  it('draws the bar on a terminal instead of logging each article', () => {
    const out = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    const logged: string[] = [];
    const r = createIngestReporter({ stream: out, log: { info: (_o, m) => logged.push(m!), warn: (_o, m) => logged.push(m!) } });
    events.forEach((e) => r.onArticle(e));
    r.done();
    expect(logged).toEqual([]);
    expect(out.read().toString()).toMatch(/\r\x1b\[2K1 article  /);
  });

  it('logs JSON per article when the output is not a terminal', () => {
    const out = new PassThrough();
    const logged: [object, string][] = [];
    const r = createIngestReporter({ stream: out, log: { info: (o, m) => logged.push([o, m!]), warn: (o, m) => logged.push([o, m!]) } });
    events.forEach((e) => r.onArticle(e));
    r.done();
    expect(logged.map(([, m]) => m)).toEqual(['article stored', 'article failed']);
    expect(out.read()).toBeNull();
  });
});
