import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Article, ArticleMeta } from './article.js';
import { InputError } from './errors.js';
import { headerDate } from './header-date.js';
import { htmlToArticle } from './html.js';
import { markdownToText } from './markdown.js';
import { isIsoDate, parseJsonObject, parseMeta } from './meta.js';
import { decodeText, normaliseNewlines, readTextFile } from './text.js';

/** File endings read as articles; `.facts.json` files carry ArticleFacts (see src/extract/facts.ts). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'];
export const FACTS_SUFFIX = '.facts.json';
const META_SUFFIX = '.meta.json';
/** Documentation files found in a folder of articles are not articles. */
const DOCUMENTATION = /^(readme|license|licence|changelog|notes)(\.|$)/i;

function isInputFile(path: string): boolean {
  return path.endsWith(FACTS_SUFFIX) || ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

/**
 * Expands the paths a user gave into input files, in a stable order: a file stands for itself
 * (it must be an article or facts file), a folder for the input files below it, sorted by path.
 */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new InputError(`${path}: no such file or folder`);
    });
    if (info.isDirectory()) {
      files.push(...(await listFolder(path)));
    } else if (isInputFile(path)) {
      files.push(path);
    } else {
      throw new InputError(`${path}: unsupported file type (expected ${[...ARTICLE_EXTENSIONS, FACTS_SUFFIX].join(', ')})`);
    }
  }
  return files;
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && isInputFile(e.name) && !DOCUMENTATION.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function requireText(text: string, origin: string): string {
  if (text.trim() === '') throw new InputError(`${origin}: empty article (no text)`);
  return text;
}

/** Reads the optional sidecar `X.meta.json` of an article file `X.ext`. */
async function readSidecar(path: string): Promise<Partial<ArticleMeta>> {
  const sidecar = path.slice(0, -extname(path).length) + META_SUFFIX;
  const bytes = await readFile(sidecar).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new InputError(`${sidecar}: cannot read (${error.code ?? error.message})`);
  });
  if (bytes === undefined) return {};
  return parseMeta(parseJsonObject(decodeText(bytes, sidecar), sidecar), sidecar);
}

/** Reads one article file (.txt, .md, .html); metadata from the page, overridden by a sidecar. */
export async function readArticleFile(path: string): Promise<Article> {
  const raw = normaliseNewlines(await readTextFile(path));
  const ext = extname(path).toLowerCase();
  let text = raw;
  let pageMeta: Partial<ArticleMeta> = {};
  if (ext === '.html' || ext === '.htm') {
    const page = htmlToArticle(raw);
    text = page.text;
    pageMeta = page.meta;
    if (pageMeta.published !== undefined && !isIsoDate(pageMeta.published)) delete pageMeta.published;
  } else if (ext === '.md') {
    text = markdownToText(raw);
  }
  const meta = { ...pageMeta, ...(await readSidecar(path)) };
  return { meta: { ...withPublished(meta, text), id: meta.id ?? basename(path, extname(path)) }, text: requireText(text, path), origin: path };
}

/** Metadata without a publication date takes the date the article's first lines state, if any. */
function withPublished<M extends Partial<ArticleMeta>>(meta: M, text: string): M {
  if (meta.published !== undefined) return meta;
  const published = headerDate(text);
  return published === undefined ? meta : { ...meta, published };
}

/**
 * Reads a JSON Lines corpus: one article a line, `text` required, `id` defaulting to `<file>-<line>`.
 * A bad line throws, or, when `skipBad` is given, is handed to it and the reading goes on.
 */
export async function* readJsonLines(path: string, skipBad?: (error: InputError) => void): AsyncGenerator<Article> {
  let number = 0;
  for await (const bytes of byteLines(path)) {
    number++;
    const origin = `${path}:${number}`;
    let line: string;
    try {
      line = decodeText(bytes, origin).replace(/\r$/, '');
    } catch (error) {
      if (!(error instanceof InputError) || !skipBad) throw error;
      skipBad(error);
      continue;
    }
    if (line.trim() === '') continue;
    let article: Article;
    try {
      article = jsonLineArticle(line, origin, `${basename(path, extname(path))}-${number}`);
    } catch (error) {
      if (!(error instanceof InputError) || !skipBad) throw error;
      skipBad(error);
      continue;
    }
    yield article;
  }
}

/** The lines of a file as bytes, read in chunks so a corpus of any size streams in flat memory. */
async function* byteLines(path: string): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let data: Buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let newline: number;
      while ((newline = data.indexOf(0x0a)) !== -1) {
        yield data.subarray(0, newline);
        data = data.subarray(newline + 1);
      }
      rest = data;
    }
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (rest.length > 0) yield rest;
}

function jsonLineArticle(line: string, origin: string, defaultId: string): Article {
  const record = parseJsonObject(line, origin);
  if (typeof record.text !== 'string') throw new InputError(`${origin}: "text" is missing or not a string`);
  const meta = parseMeta(record, origin);
  const text = requireText(normaliseNewlines(record.text), origin);
  return { meta: { ...withPublished(meta, text), id: meta.id ?? defaultId }, text, origin };
}

/**
 * Reads every article below the given paths, in order. Facts files are skipped here (see
 * readFactsFile). With `skipBad`, bad JSONL lines are handed to it instead of ending the reading.
 */
export async function* readArticles(paths: string[], skipBad?: (error: InputError) => void): AsyncGenerator<Article> {
  for (const file of await listInputFiles(paths)) {
    if (file.endsWith(FACTS_SUFFIX)) continue;
    if (extname(file).toLowerCase() === '.jsonl') yield* readJsonLines(file, skipBad);
    else yield await readArticleFile(file);
  }
}
