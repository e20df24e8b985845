import type { Article } from '../ingest/article.js';
import { Doc } from './doc.js';
import { markJunk } from './clean.js';
import { markSentences } from './sentences.js';
import { markDates } from './dates.js';
import { markMentions } from './mentions.js';

/** Runs every annotation component over an article: junk, datelines, sentences, dates, mentions. */
export function annotate(article: Article): Doc {
  const doc = new Doc(article);
  markJunk(doc);
  markSentences(doc);
  markDates(doc);
  markMentions(doc);
  return doc;
}
