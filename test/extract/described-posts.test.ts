import { expect } from 'chai';
import { FactsView } from './helpers.js';

/** "Name | Role | in" for every post. */
const posts = (text: string): string[] => new FactsView(text, '2025-03-04').posts();
/** The posts of one person. */
const postsOf = (text: string, name: string): string[] => posts(text).filter((p) => p.startsWith(`${name} |`));

describe('posts told by description, not beside the name', () => {
  it('"the C-adj president" in a lead gives the post to the one person of C named next to it', () => {
    const text = `The Kenyan president hosted the Ghanaian foreign minister at State House on Monday.
Kenya's Daniel Mwangi and Ghana's Kofi Mensah spoke for two hours about trade and visas.
The talks ended with a joint statement.`;
    expect(posts(text)).to.include.members(['Daniel Mwangi | President | Kenya', 'Kofi Mensah | ForeignMinister | Ghana']);
  });

  it('"C\'s prime minister" after the name, in a feature', () => {
    const text = `Chile's Camila Rojas flew to Lima on Monday for a two-day stay.
It was, aides said, the busiest week of her year.
Chile's prime minister then returned home to face a budget fight.`;
    expect(postsOf(text, 'Camila Rojas')).to.deep.equal(['Camila Rojas | PrimeMinister | Chile']);
  });

  it('a plural title of several countries goes to the one person of each', () => {
    const text = `WARSAW, March 3 (Wire) - The presidents of Estonia, Latvia and Lithuania arrived in Warsaw on Monday.
Estonia's Mart Kask, Latvia's Ilze Berzina and Lithuania's Jonas Petraitis were greeted at the station.`;
    expect(posts(text)).to.include.members(['Mart Kask | President | Estonia', 'Ilze Berzina | President | Latvia', 'Jonas Petraitis | President | Lithuania']);
    const adjectives = `Estonian and Latvian foreign ministers meet in Riga.
Estonia's Mart Kask and Latvia's Ilze Berzina discussed energy links on Monday.`;
    expect(posts(adjectives)).to.include.members(['Mart Kask | ForeignMinister | Estonia', 'Ilze Berzina | ForeignMinister | Latvia']);
  });

  it('a description telling an event still gives the post', () => {
    const text = `Ghana's Kofi Mensah arrived in Nairobi on Sunday.
Kenya's Daniel Mwangi greeted him at the airport.
On Monday the Kenyan president held talks with Mensah at State House.`;
    expect(postsOf(text, 'Daniel Mwangi')).to.deep.equal(['Daniel Mwangi | President | Kenya']);
  });

  it('no post from a former, generic or other holder\'s description', () => {
    const lead = `Kenya's Daniel Mwangi flew to Accra on Monday.`;
    expect(postsOf(`${lead}\nThe former Kenyan president was greeted by students.`, 'Daniel Mwangi')).to.deep.equal([]);
    expect(postsOf(`${lead}\nIt was the longest trip a Kenyan president has made this year.`, 'Daniel Mwangi')).to.deep.equal([]);
    expect(postsOf(`${lead}\nHe served under his predecessor as Kenya's president for a decade.`, 'Daniel Mwangi')).to.deep.equal([]);
  });

  it('no post when two people of the country could be meant, or one of them holds it already', () => {
    const two = `Kenya's Daniel Mwangi and Kenya's Grace Otieno flew to Accra on Monday.
The Kenyan president was greeted by students.`;
    expect(posts(two).filter((p) => p.includes('President'))).to.deep.equal([]);
    const held = `Kenyan President Daniel Mwangi flew to Accra on Monday with Kenya's Grace Otieno.
The Kenyan president was greeted by students.`;
    expect(postsOf(held, 'Grace Otieno')).to.deep.equal([]);
  });

  it('no post for someone named far from the description, nor from a title beside another name', () => {
    const far = `The Kenyan president is due in Accra next month.
The visit was announced on Monday.
Officials said the programme was not final.
Trade and visas will top the agenda.
Security will be tight.
Kenya's Grace Otieno, a trade economist, said the visit was overdue.`;
    expect(postsOf(far, 'Grace Otieno')).to.deep.equal([]);
    const apposed = `Kenya's Grace Otieno met the Kenyan president, Daniel Mwangi, on Monday.`;
    expect(postsOf(apposed, 'Grace Otieno')).to.deep.equal([]);
  });
});
