import { expect } from 'chai';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/ingest/article.js';
import { InputError } from '../../src/ingest/errors.js';
import { htmlToArticle } from '../../src/ingest/html.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { isIsoDate } from '../../src/ingest/meta.js';
import { listInputFiles, readArticles } from '../../src/ingest/read.js';

async function all(paths: string[]): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of readArticles(paths)) articles.push(article);
  return articles;
}

describe('ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dipkg-ingest-'));

  it('reads a text article with its sidecar metadata, the id from the file name', async () => {
    writeFileSync(join(dir, 'a1.txt'), 'SEOUL: The ministers met.\r\nThey talked.');
    writeFileSync(join(dir, 'a1.meta.json'), '{"published": "2024-01-27", "publisher": "Dawn", "title": "T", "extra": 1}');
    const [article] = await all([join(dir, 'a1.txt')]);
    expect(article!.meta).to.deep.equal({ id: 'a1', published: '2024-01-27', publisher: 'Dawn', title: 'T' });
    expect(article!.text).to.equal('SEOUL: The ministers met.\nThey talked.');
  });

  it('reads HTML as visible body text, one line per block, metadata from the page', () => {
    const page = htmlToArticle(`<html><head><title>Page title</title>
      <meta property="article:published_time" content="2024-03-21T08:00:00+08:00"><meta property="og:site_name" content="SCMP">
      <link rel="canonical" href="https://example.org/a"></head>
      <body><nav>Home | World</nav><script>var x = "<p>no</p>";</script>
      <h1>Leaders meet</h1><p>The minister &amp; his counterpart met<br>in Hanoi.</p><footer>© 2024</footer></body></html>`);
    expect(page.text).to.equal('Leaders meet\n\nThe minister & his counterpart met\n\nin Hanoi.');
    expect(page.meta).to.deep.equal({ title: 'Page title', published: '2024-03-21', publisher: 'SCMP', url: 'https://example.org/a' });
  });

  it('reads Markdown as the words a reader sees', () => {
    expect(markdownToText('# Talks in *Cairo*\n\n**Egypt** and [Jordan](https://x.org) met.\n- item')).to.equal(
      'Talks in Cairo\n\nEgypt and Jordan met.\n• item',
    );
  });

  it('reads a JSON Lines corpus, one article a line, ids defaulting to file and line', async () => {
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, '{"id": "x", "text": "One.", "published": "2024-02-01"}\n\n{"text": "Two."}\n');
    const articles = await all([corpus]);
    expect(articles.map((a) => [a.meta.id, a.text, a.origin])).to.deep.equal([
      ['x', 'One.', `${corpus}:1`],
      ['c-3', 'Two.', `${corpus}:3`],
    ]);
  });

  it('lists a folder\'s articles in a stable order, without sidecars or README files', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    for (const f of ['b.txt', 'a.md', 'README.md', 'a.meta.json', 'sub/c.html', 'notes.csv', 'x.facts.json']) writeFileSync(join(folder, f), 'x');
    expect((await listInputFiles([folder])).map((f) => f.slice(folder.length + 1))).to.deep.equal(['a.md', 'b.txt', 'sub/c.html', 'x.facts.json']);
  });

  it('refuses a file of an unknown type when named directly', async () => {
    writeFileSync(join(dir, 'data.csv'), 'a,b');
    try {
      await listInputFiles([join(dir, 'data.csv')]);
      expect.fail('should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(InputError);
      expect((error as Error).message).to.include('data.csv: unsupported file type');
    }
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
    expect(isIsoDate('2024-1-5')).to.equal(false);
  });
});
