import { Parser } from 'htmlparser2';
import { listCell, readTsv } from '../lexicon/tsv.js';
import type { ArticleMeta } from './article.js';

const furniture = new Map(readTsv('html.tsv').map((r) => [r.kind ?? '', new Set(listCell(r.forms))]));
const SKIPPED_TAGS = furniture.get('tag') ?? new Set<string>();
const FURNITURE_WORDS = furniture.get('region-word') ?? new Set<string>();
const FURNITURE_ROLES = furniture.get('role') ?? new Set<string>();
const BODY_CLASSES = furniture.get('body-class') ?? new Set<string>();

/** Elements that end a line of text. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'main', 'time', 'caption']);
/** A story region shorter than this is a teaser, not the story: the whole body is read instead. */
const MIN_STORY_CHARS = 400;

/** Metadata a page declares in <meta> tags (property, name or itemprop), lower-cased. */
const META_TAGS: Record<string, keyof ArticleMeta> = {
  'og:title': 'title',
  'article:published_time': 'published',
  'og:article:published_time': 'published',
  'datepublished': 'published',
  'date': 'published',
  'pubdate': 'published',
  'publishdate': 'published',
  'publish-date': 'published',
  'dc.date': 'published',
  'dc.date.issued': 'published',
  'dcterms.created': 'published',
  'sailthru.date': 'published',
  'parsely-pub-date': 'published',
  'og:site_name': 'publisher',
  'og:url': 'url',
};
/** schema.org types of a news story in JSON-LD. */
const STORY_TYPE = /(?:^|:)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|WebPage)$/;

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
}

/** A part of the page whose text is collected separately: the story body, when the page marks one. */
interface Region {
  rank: number;
  tag: string;
  depth: number;
  /** Inside another region of the same rank (its lines are already there). */
  nested: boolean;
  lines: string[];
}

/**
 * Turns an HTML page into article text: visible text, one line per block element, without navigation,
 * headers, footers, scripts, forms or page furniture (cookie banners, share bars, related stories…).
 * When the page marks its story (itemprop=articleBody or a story-body class, else <article>, else
 * <main>), only that is read (see storyLines). Page metadata (<meta> tags, JSON-LD, <title>, canonical link) fills title, date,
 * publisher and URL.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const lines: string[] = [];
  const regions: Region[] = [];
  const open: Region[] = [];
  // The furniture element being skipped, as name@depth: only its own closing tag ends the skip.
  let skipping: string | undefined;
  let line = '';
  let inTitle = false;
  let pageTitle = '';
  let jsonLd: string | undefined;
  const jsonLdBlocks: string[] = [];
  const meta: Partial<ArticleMeta> = {};
  const endLine = (): void => {
    const cleaned = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (cleaned !== '') {
      lines.push(cleaned);
      for (const region of open) region.lines.push(cleaned);
    }
    line = '';
  };
  const depthOf = new Map<string, number>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depthOf.set(name, (depthOf.get(name) ?? 0) + 1);
        if (name === 'title') inTitle = true;
        if (name === 'meta') readMetaTag(attributes, meta);
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) meta.url ??= attributes.href;
        if (name === 'script' && (attributes.type ?? '').toLowerCase() === 'application/ld+json') jsonLd = '';
        if (skipping === undefined && isFurniture(name, attributes)) skipping = `${name}@${depthOf.get(name)}`;
        if (skipping !== undefined) return;
        if (BLOCKS.has(name)) endLine();
        const rank = storyRank(name, attributes);
        if (rank > 0) {
          const region = { rank, tag: name, depth: depthOf.get(name) ?? 0, nested: open.some((r) => r.rank === rank), lines: [] };
          regions.push(region);
          open.push(region);
        }
      },
      ontext(data) {
        if (jsonLd !== undefined) jsonLd += data;
        else if (inTitle) pageTitle += data;
        else if (skipping === undefined) line += data;
      },
      onclosetag(name) {
        const depth = depthOf.get(name) ?? 0;
        depthOf.set(name, Math.max(0, depth - 1));
        if (name === 'title') inTitle = false;
        if (name === 'script' && jsonLd !== undefined) {
          jsonLdBlocks.push(jsonLd);
          jsonLd = undefined;
        }
        if (skipping !== undefined) {
          if (skipping === `${name}@${depth}`) skipping = undefined;
          return;
        }
        if (BLOCKS.has(name)) endLine();
        const last = open[open.length - 1];
        if (last && last.tag === name && last.depth === depth) open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  for (const block of jsonLdBlocks) readJsonLd(block, meta);
  if (meta.title === undefined && pageTitle.trim() !== '') meta.title = pageTitle.trim();
  if (meta.published !== undefined) meta.published = calendarDay(meta.published);
  return { text: storyLines(regions, lines).join('\n\n'), meta };
}

/**
 * The story's lines: all parts marked as the article body (pages split it around ads), else the longest
 * <article>, else the longest <main> — the first with enough text to be a story; else every line.
 */
function storyLines(regions: Region[], all: string[]): string[] {
  const size = (lines: string[]): number => lines.reduce((n, l) => n + l.length, 0);
  for (const rank of [BODY_MARK, ARTICLE, MAIN]) {
    const ranked = regions.filter((r) => r.rank === rank && !r.nested);
    const candidates = rank === BODY_MARK ? [ranked.flatMap((r) => r.lines)] : ranked.map((r) => r.lines);
    const best = candidates.reduce((a, b) => (size(b) > size(a) ? b : a), [] as string[]);
    if (size(best) >= MIN_STORY_CHARS) return best;
  }
  return all;
}

const BODY_MARK = 3;
const ARTICLE = 2;
const MAIN = 1;

/** How surely an element holds the story: marked as its body, <article>, <main>, or not at all (0). */
function storyRank(name: string, attributes: Record<string, string>): number {
  if ((attributes.itemprop ?? '').split(/\s+/).includes('articleBody')) return BODY_MARK;
  if ((attributes.class ?? '').toLowerCase().split(/\s+/).some((c) => BODY_CLASSES.has(c))) return BODY_MARK;
  return name === 'article' ? ARTICLE : name === 'main' ? MAIN : 0;
}

function isFurniture(name: string, attributes: Record<string, string>): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none/i.test(attributes.style ?? '')) return true;
  if (FURNITURE_ROLES.has((attributes.role ?? '').toLowerCase())) return true;
  if (storyRank(name, attributes) > 0) return false;
  const tokens = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.some((t) => FURNITURE_WORDS.has(t) || t.split(/[_-]+/).some((w) => FURNITURE_WORDS.has(w)));
}

function readMetaTag(attributes: Record<string, string>, meta: Partial<ArticleMeta>): void {
  const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
  const field = META_TAGS[key];
  if (field && attributes.content && meta[field] === undefined) meta[field] = attributes.content.trim();
}

/** Fills missing metadata from a JSON-LD block describing the story; a block that does not parse is ignored. */
function readJsonLd(block: string, meta: Partial<ArticleMeta>): void {
  let data: unknown;
  try {
    data = JSON.parse(block);
  } catch {
    return;
  }
  for (const node of jsonLdNodes(data)) {
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    if (!types.some((t) => STORY_TYPE.test(t))) continue;
    meta.title ??= text(node.headline);
    meta.published ??= text(node.datePublished);
    meta.publisher ??= text((node.publisher as Record<string, unknown> | undefined)?.name ?? node.publisher);
    meta.url ??= text(node.url);
    if (types.some((t) => t !== 'WebPage')) return;
  }
}

function jsonLdNodes(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(jsonLdNodes);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as Record<string, unknown>;
  return [node, ...jsonLdNodes(node['@graph'])];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The calendar day of a page's date as the page wrote it: the date part of an ISO timestamp (its own
 * time zone, not converted), else what Date.parse reads ("Thu, 21 Mar 2024 08:00 GMT", "March 21, 2024").
 */
function calendarDay(value: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1]!;
  const stamp = Date.parse(value);
  if (Number.isNaN(stamp)) return value;
  const zoned = /\b(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})\b/.test(value);
  const day = new Date(stamp);
  const [y, m, d] = zoned ? [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()] : [day.getFullYear(), day.getMonth(), day.getDate()];
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
