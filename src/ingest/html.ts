import { Parser } from 'htmlparser2';
import type { ArticleMeta } from './article.js';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'header', 'aside', 'form', 'button', 'iframe', 'select', 'head']);
/** Elements that end a line of text. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'main', 'time', 'caption']);

/** Metadata a page declares in <meta> tags, <title> and <link rel=canonical>. */
const META_TAGS: Record<string, keyof ArticleMeta> = {
  'og:title': 'title',
  'article:published_time': 'published',
  'datepublished': 'published',
  'date': 'published',
  'og:site_name': 'publisher',
  'og:url': 'url',
};

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
}

/**
 * Turns an HTML page into article text: visible text of the body, one line per block element,
 * without navigation, headers, footers, scripts or forms. Page metadata fills title, date,
 * publisher and URL where the page gives them.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let inTitle = false;
  let pageTitle = '';
  const meta: Partial<ArticleMeta> = {};
  const endLine = (): void => {
    const cleaned = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (cleaned !== '') lines.push(cleaned);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const field = META_TAGS[key];
          if (field && attributes.content && meta[field] === undefined) meta[field] = attributes.content.trim();
        }
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) meta.url ??= attributes.href;
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) endLine();
      },
      ontext(data) {
        if (inTitle) pageTitle += data;
        else if (skipDepth === 0) line += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  if (meta.title === undefined && pageTitle.trim() !== '') meta.title = pageTitle.trim();
  // Pages give full timestamps; the article date is its calendar day.
  if (meta.published !== undefined) meta.published = meta.published.slice(0, 10);
  return { text: lines.join('\n\n'), meta };
}
