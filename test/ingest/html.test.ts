import { expect } from 'chai';
import { htmlToArticle } from '../../src/ingest/html.js';

const story = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the foreign ministers discussed trade, security and the border at length.</p>`).join('');

describe('HTML pages', () => {
  it('skips furniture marked by class, id, ARIA role or hidden attributes', () => {
    const page = htmlToArticle(`<body>
      <div class="cookie-banner">We use cookies. Accept all</div>
      <div id="social_share">Share on Facebook</div>
      <ul class="c-related-stories"><li>Premier Li meets Chancellor Scholz</li></ul>
      <p class="byline">By Jane Reporter</p>
      <div role="navigation">World | Asia</div>
      <div hidden>Subscribe now</div><div style="display: none">Popup</div>
      <p>The ministers met in Hanoi on Monday.</p>
      <div class="articles-shared">Kept: "shared" is not a furniture word.</div></body>`);
    expect(page.text).to.equal('The ministers met in Hanoi on Monday.\n\nKept: "shared" is not a furniture word.');
  });

  it('reads only the story when the page marks it, not the teasers around it', () => {
    const page = htmlToArticle(`<body><main>
      <article><h2>Teaser</h2><p>Another minister visited Lima.</p></article>
      <article><h1>Talks in Hanoi</h1>${story(6)}</article>
      <article><p>A third story about Paris.</p></article></main></body>`);
    expect(page.text.split('\n\n')).to.have.length(7);
    expect(page.text).to.match(/^Talks in Hanoi\n\nParagraph 1:/).and.not.include('Lima').and.not.include('Paris');
  });

  it('joins a story body that the page splits around advertisements', () => {
    const page = htmlToArticle(`<body><div class="story-body">${story(3)}</div>
      <div class="promo">Buy our app</div><p>Sidebar text outside the story</p>
      <div class="story-body">${story(3)}</div></body>`);
    expect(page.text.split('\n\n')).to.have.length(6);
    expect(page.text).to.not.include('Sidebar').and.not.include('app');
  });

  it('reads the whole body when the marked story is too short to be one', () => {
    const page = htmlToArticle('<body><article><p>Short teaser.</p></article><p>The ministers met in Hanoi.</p></body>');
    expect(page.text).to.equal('Short teaser.\n\nThe ministers met in Hanoi.');
  });

  it('takes title, date, publisher and URL from JSON-LD when <meta> tags lack them', () => {
    const page = htmlToArticle(`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":"NewsArticle","headline":"Leaders meet","datePublished":"2024-05-02T23:30:00-05:00",
       "publisher":{"@type":"Organization","name":"The Daily"},"url":"https://example.org/s"}]}</script>
      <script type="application/ld+json">{ not json</script><meta property="og:title" content="OG title"></head><body><p>Text.</p></body>`);
    expect(page.meta).to.deep.equal({ title: 'OG title', published: '2024-05-02', publisher: 'The Daily', url: 'https://example.org/s' });
    expect(page.text).to.equal('Text.');
  });

  it('reads a page date written the RFC 2822 way as its calendar day', () => {
    const page = htmlToArticle('<head><meta name="pubdate" content="Thu, 21 Mar 2024 23:00:00 GMT"></head><body><p>x</p></body>');
    expect(page.meta.published).to.equal('2024-03-21');
  });
});
