import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtml } from '../../src/read/html';

const page = readFileSync(path.join(__dirname, 'fixtures', 'article.html'), 'utf8');

describe('readHtml', () => {
  const a = readHtml(page, { url: 'https://news.example.com/world/asia/kim-sets-terms-for-talks?utm_source=feed' });

  it('keeps the main text as blank-line separated paragraphs', () => {
    expect(a.text).toContain('North Korean leader Kim Jong Un said on Sunday');
    expect(a.text).toContain('there is no reason for us not to sit down with the United States," Kim said');
    expect(a.text).toContain('Lee Jae Myung has invited Trump to the APEC summit');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('never lets scripts or styles reach the text', () => {
    expect(a.text).not.toMatch(/SHOULD_NOT_LEAK|window\.tracker|console\.log|font-family|margin: 0/);
  });

  it('leaves page furniture behind', () => {
    expect(a.text).not.toMatch(/Accept all cookies|Unrelated story|All rights reserved|Privacy policy/);
  });

  it('reads title, byline, publication date, source and canonical URL', () => {
    expect(a.title).toMatch(/^Kim sets terms for talks/);
    expect(a.byline).toBe('Jane Reporter');
    // meta article:published_time is absent here, so JSON-LD datePublished wins over <time>.
    expect(a.published).toBe('2025-09-22T08:30:00+09:00');
    expect(a.source).toBe('Example News');
    expect(a.url).toBe('https://news.example.com/world/asia/kim-sets-terms-for-talks');
    expect(a.lang).toBe('en');
  });

  it('prefers meta article:published_time, then JSON-LD, then <time>', () => {
    const body = '<article><p>' + 'Officials said the talks would resume next week in Geneva. '.repeat(8) + '</p></article>';
    const withMeta = readHtml(
      `<html><head><meta property="article:published_time" content="2025-01-02T03:04:05Z"><script type="application/ld+json">{"datePublished":"2024-12-31"}</script></head><body>${body}<time datetime="2020-01-01">x</time></body></html>`,
    );
    expect(withMeta.published).toBe('2025-01-02T03:04:05Z');
    const withTime = readHtml(`<html><head></head><body><article><time datetime="2024-06-30">June 30</time>${body}</article></body></html>`);
    expect(withTime.published).toBe('2024-06-30');
  });

  it('falls back to the fetch URL without a canonical link, and to the host for the source', () => {
    const r = readHtml('<html><head><title>T</title></head><body><p>' + 'A short wire report about the meeting. '.repeat(10) + '</p></body></html>', {
      url: 'https://www.wire.example.org/story/1',
    });
    expect(r.url).toBe('https://www.wire.example.org/story/1');
    expect(r.source).toBe('wire.example.org');
    expect(r.text).toContain('A short wire report about the meeting.');
  });

  it('returns empty text for a page of nothing but script', () => {
    const r = readHtml('<html><head><script>var x = "only script";</script></head><body><script>document.write("hi")</script></body></html>');
    expect(r.text).toBe('');
  });
});

describe('readInputs with .html files', () => {
  it('reads a web page into an article record, scripts left out', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readInputs } = require('../../src/read/files') as typeof import('../../src/read/files');
    const items = [];
    for await (const item of readInputs([path.join(__dirname, '..', 'fixtures', 'bad-input', 'with-scripts.html'), path.join(__dirname, '..', 'fixtures', 'bad-input', 'only-script.html')])) items.push(item);
    expect(items[0]!.record).toMatchObject({
      id: 'with-scripts',
      url: 'https://news.example.org/putin-invites-zelensky',
      published: '2025-09-03T10:00:00Z',
      title: 'Putin invites Zelensky to Moscow',
    });
    expect(items[0]!.record!.text).toContain('let him come to Moscow');
    expect(items[0]!.record!.text).not.toMatch(/SECRET_TRACKER|INLINE_SCRIPT/);
    expect(items[1]!.error).toMatch(/^no article text in the page/);
  });
});
