import type { Article } from '../ingest/article.js';

/** A stand-off annotation: characters [start, end) of the article text, with a label and optional data. */
export interface Span {
  start: number;
  end: number;
  label: string;
  /** Component-specific data (a role id, an ISO code, a normalised date, ...). */
  data?: Record<string, string>;
}

/**
 * One article plus layers of spans over its text. Components add layers; none edits the text,
 * so every offset stays valid and every fact can cite the exact characters it came from.
 */
export class Doc {
  readonly text: string;
  private readonly layers = new Map<string, Span[]>();

  constructor(readonly article: Article) {
    this.text = article.text;
  }

  /** Replaces a layer, keeping its spans sorted by start offset. */
  set(layer: string, spans: Span[]): void {
    this.layers.set(layer, [...spans].sort((a, b) => a.start - b.start || b.end - a.end));
  }

  get(layer: string): readonly Span[] {
    return this.layers.get(layer) ?? [];
  }

  /** Spans of a layer lying inside [start, end), found by binary search on the sorted layer. */
  within(layer: string, start: number, end: number): Span[] {
    const spans = this.get(layer);
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (spans[middle]!.start < start) low = middle + 1;
      else high = middle;
    }
    const found: Span[] = [];
    for (let i = low; i < spans.length && spans[i]!.start < end; i++) {
      if (spans[i]!.end <= end) found.push(spans[i]!);
    }
    return found;
  }

  slice(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }
}
