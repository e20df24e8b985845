import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerDate } from '../../src/ingest/header-date.js';
import { readArticleFile } from '../../src/ingest/read.js';

describe('publication date from an article\'s first lines', () => {
  it('reads the date lines pasted articles start with', () => {
    expect(headerDate('World\nPublished: 21 March 2024 10:32 GMT\n\nSEOUL: The ministers met.')).to.equal('2024-03-21');
    expect(headerDate('Talks in Lima\nMonday, March 18, 2024\nThe ministers met.')).to.equal('2024-03-18');
    expect(headerDate('Posted on 2nd Feb. 2025 | 09:00\nText.')).to.equal('2025-02-02');
    expect(headerDate('2024-11-05 08:15 UTC\nText.')).to.equal('2024-11-05');
  });

  it('prefers the published date to an updated one', () => {
    expect(headerDate('Updated: 22 March 2024\nFirst published: 20 March 2024\nText.')).to.equal('2024-03-20');
    expect(headerDate('Last updated: 22 March 2024\nText.')).to.equal('2024-03-22');
  });

  it('ignores dates inside sentences, impossible dates and dates far below the header', () => {
    expect(headerDate('The ministers met on 21 March 2024 in Hanoi and agreed to meet again.')).to.equal(undefined);
    expect(headerDate('Talks\n31 February 2024\nText.')).to.equal(undefined);
    expect(headerDate(`${'Line\n'.repeat(12)}21 March 2024\nText.`)).to.equal(undefined);
    expect(headerDate('No date here.\nNone here either.')).to.equal(undefined);
  });

  it('dates an article file without metadata, but never overrides a sidecar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dipkg-date-'));
    writeFileSync(join(dir, 'a.txt'), 'Published: 21 March 2024\nThe ministers met on Friday.');
    writeFileSync(join(dir, 'b.txt'), 'Published: 21 March 2024\nThe ministers met on Friday.');
    writeFileSync(join(dir, 'b.meta.json'), '{"published": "2024-03-25"}');
    expect((await readArticleFile(join(dir, 'a.txt'))).meta.published).to.equal('2024-03-21');
    expect((await readArticleFile(join(dir, 'b.txt'))).meta.published).to.equal('2024-03-25');
  });
});
