import { expect } from 'chai';
import { FactsView } from './helpers.js';

/** "Name | Role | in" for every post of a text. */
const posts = (text: string): string[] => new FactsView(text, '2024-05-06').posts();

describe('posts: titles, appositions and where a post is held', () => {
  it('coordinated titles before one name give one post each, in the stated country', () => {
    expect(posts("Peru's Deputy Prime Minister and Foreign Minister Ana Quispe Mamani met reporters in Lima on Monday.")).to.deep.equal([
      'Ana Quispe Mamani | DeputyPrimeMinister | Peru',
      'Ana Quispe Mamani | ForeignMinister | Peru',
    ]);
    expect(posts('Elena Varga, Deputy Prime Minister and Minister of Foreign Affairs of Hungary, arrived in Vienna.')).to.deep.equal([
      'Elena Varga | DeputyPrimeMinister | Hungary',
      'Elena Varga | ForeignMinister | Hungary',
    ]);
  });

  it('a title set before the name by a comma: "Chile\'s foreign minister, X, met …"', () => {
    expect(posts("Chile's foreign minister, Tomás Araya Vidal, met students in Santiago on Monday.")).to.deep.equal(['Tomás Araya Vidal | ForeignMinister | Chile']);
    // Without a determiner the comma separates two things: no post.
    expect(posts('Spokesperson, Tomás Araya Vidal and others met students in Santiago on Monday.')).to.deep.equal([]);
  });

  it('a dotted acronym names what the undotted one does: "U.N. Secretary-General X"', () => {
    expect(posts('U.N. Secretary-General Maria Santos warned on Monday that the crisis was deepening.')).to.deep.equal(['Maria Santos | SecretaryGeneral | United Nations']);
  });

  it('"former" and "late" titles give no current post', () => {
    expect(posts('Former president Omar Haidari and the late king Idris Barakzai were remembered in Kabul on Monday.')).to.deep.equal([]);
  });

  it('"his spokesman X" holds a post where the subject holds theirs', () => {
    expect(posts('NATO Secretary-General Lars Eriksen said on Monday, according to his spokesman Piet de Boer, that talks went well.')).to.deep.equal([
      'Lars Eriksen | SecretaryGeneral | North Atlantic Treaty Organisation',
      'Piet de Boer | Spokesperson | North Atlantic Treaty Organisation',
    ]);
  });

  it('a spokesperson of a foreign ministry is a foreign-ministry spokesperson of its country; a president of a body heads it', () => {
    expect(posts("Anan Boonmee, spokesman for Thailand's foreign ministry, told reporters in Bangkok on Monday that talks went well.")).to.deep.equal([
      'Anan Boonmee | ForeignMinistrySpokesperson | Thailand',
    ]);
    expect(posts('African Union Commission President Amina Diallo met Kenyan President William Otieno in Addis Ababa on Monday.')).to.include(
      'Amina Diallo | OrganizationHead | African Union',
    );
  });

  it('"X … in PLACE with his C counterpart Y": places and dates between X and the counterpart do not part them', () => {
    const text = 'President Ivan Petrov will hold talks in Astana on Friday with his Kazakh counterpart Nurlan Seitkali.';
    expect(posts(text)).to.include('Nurlan Seitkali | President | Kazakhstan');
  });

  it('"her Danish and Finnish counterparts, A and B" pairs countries with persons; earlier posts count for the subject', () => {
    const text = `Swedish Foreign Minister Karin Holm spoke in Stockholm on Monday.
Holm hosted her Danish and Finnish counterparts, Jens Lund and Aino Virta, at the foreign ministry.`;
    expect(posts(text)).to.deep.equal([
      'Aino Virta | ForeignMinister | Finland',
      'Jens Lund | ForeignMinister | Denmark',
      'Karin Holm | ForeignMinister | Sweden',
    ]);
  });

  it('a post stated without a country takes the holder\'s country stated elsewhere in the article, even later', () => {
    const text = `Deputy Prime Minister Ravi Menon met students on Monday.
Singapore's Foreign Minister Ravi Menon spoke in Singapore.`;
    expect(posts(text)).to.deep.equal(['Ravi Menon | DeputyPrimeMinister | Singapore', 'Ravi Menon | ForeignMinister | Singapore']);
  });
});
