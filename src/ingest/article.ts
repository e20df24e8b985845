/** An article as read from disk or a JSON Lines corpus: its text, never modified, and its metadata. */
export interface ArticleMeta {
  /** Identifier: a file's base name without extension, or the JSONL `id`. */
  id: string;
  title?: string;
  /** Publication date, `YYYY-MM-DD`. Relative dates in the text resolve against it. */
  published?: string;
  publisher?: string;
  url?: string;
}

export interface Article {
  meta: ArticleMeta;
  /** The article text. Every offset in the pipeline points into this string. */
  text: string;
  /** Where it came from, for error messages: a path, or `path:line` for a JSONL record. */
  origin: string;
}
