import type { ArticleRecord } from '../../../src/extract/types';

const SPEAKERS = ['Kim Jong Un', 'Donald Trump', 'Lee Jae Myung', 'Vladimir Putin', 'Xi Jinping'];
const TOPICS = ['talks', 'sanctions', 'the summit', 'trade', 'the border'];

/** A small, distinct English news article: cheap to extract, so 200 of them stay quick. */
export function syntheticArticle(i: number): ArticleRecord {
  const who = SPEAKERS[i % SPEAKERS.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  return {
    id: `synthetic-${i}`,
    url: `https://news.example.org/2025/story-${i}`,
    source: 'Example Wire',
    published: '2025-09-22',
    title: `Statement ${i} on ${topic}`,
    text:
      `${who} said on Monday that there would be progress on ${topic} in the coming weeks, according to officials in report number ${i}.\n\n` +
      `"We are ready to move forward if the other side shows good faith," ${who} told reporters after the meeting.`,
  };
}
