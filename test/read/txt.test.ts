import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPublishedDate, parseRawText } from '../../src/read/txt';

const seed = readFileSync(join(__dirname, '../../seeds/ht-trump-kim-asia-visit.txt'), 'utf8');

describe('raw text articles', () => {
  it('reads the title from the first line without the site suffix, and the published date', () => {
    const r = parseRawText(seed, 'ht-trump-kim-asia-visit');
    expect(r.title).toBe("Donald Trump may meet North Korea's Kim Jong Un during Asia visit next month: Report");
    expect(r.published).toBe('2025-10-18');
    expect(r.id).toBe('ht-trump-kim-asia-visit');
  });

  it('reads the date forms pages use', () => {
    expect(findPublishedDate('Published on: Oct 18, 2025 05:35 PM IST')).toBe('2025-10-18');
    expect(findPublishedDate('BR Web Desk Published July 29, 2025 Updated July 29, 2025 04:32pm')).toBe('2025-07-29');
    expect(findPublishedDate('date 2025-05-16 Pakistan calls for composite dialogue')).toBe('2025-05-16');
    expect(findPublishedDate('Published 9 Sep 2025')).toBe('2025-09-09');
    expect(findPublishedDate('no date here')).toBeUndefined();
  });
});
