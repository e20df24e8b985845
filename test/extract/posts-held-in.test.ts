import { expect } from 'chai';
import { FactsView } from './helpers.js';

const posts = (text: string): string[] => new FactsView(text, '2025-03-04').posts();

/** "Name | Role | in" for every post, after the article's home country (its dateline) filled the rest. */
const homePosts = (text: string): string[] => new FactsView(text, '2025-03-04').homeFilled().posts();

describe('posts: the country a post is held in when the sentence does not say it', () => {
  it('a post in a party-state\'s ruling party, or in an organ named by no party, is held in the state', () => {
    expect(posts('Ho Van Binh, general secretary of the Communist Party of Vietnam Central Committee, received the envoy on Monday.')).to.include(
      'Ho Van Binh | PartyLeader | Vietnam',
    );
    expect(posts('North Korean official Ri Chol Man, member of the Political Bureau of the Central Committee, attended the banquet.')).to.include(
      'Ri Chol Man | PartyOfficial | North Korea',
    );
  });

  it('a post in any other party stays the party\'s', () => {
    const held = posts('Ana Ruiz, general secretary of the Green Party, criticised the deal on Monday.');
    expect(held.filter((p) => p.startsWith('Ana Ruiz | PartyLeader'))).to.deep.equal(['Ana Ruiz | PartyLeader | Green Party']);
  });

  it('"In CAPITAL, TITLE NAME said …" places the post even when someone else is named, unless they meet there', () => {
    const text = `Japanese Prime Minister Aiko Mori will travel to Seoul next month.
In Tokyo on Tuesday, Chief Cabinet Secretary Daisuke Ono said the prime minister looked forward to the trip.`;
    expect(posts(text)).to.include('Daisuke Ono | GovernmentOfficial | Japan');
    expect(posts('In Beijing on Monday, Foreign Minister Dara Pich met Premier Zhou Lin.')).to.include('Dara Pich | ForeignMinister | ');
  });

  it('a well-known office-holder the article does not place is placed by the office-holders table', () => {
    const text = `Ministers from nine countries met in Geneva on Friday to discuss the ceasefire.
President Masoud Pezeshkian said the talks would continue, while President Santiago Peña called for calm.`;
    expect(posts(text)).to.include.members(['Masoud Pezeshkian | President | Iran', 'Santiago Peña | President | Paraguay']);
  });

  it('a president is placed in a country whose head of state is someone else but which has a president (Iran)', () => {
    expect(homePosts('TEHRAN, March 4 (Wire) - President Reza Karimi said on Tuesday that Iran would keep talking.')).to.deep.equal(['Reza Karimi | President | Iran']);
  });

  it('a bare "Foreign Office" is the ministry of the holder\'s country, not Britain\'s', () => {
    expect(homePosts('ISLAMABAD, March 4 (Wire) - Foreign Office spokesperson Nadia Qureshi told the weekly briefing that Pakistan wanted calm.')).to.deep.equal([
      'Nadia Qureshi | ForeignMinistrySpokesperson | Pakistan',
    ]);
    expect(posts('British Foreign Office spokesperson Tom Hale said the embassy stayed open.')).to.deep.equal(['Tom Hale | ForeignMinistrySpokesperson | Foreign, Commonwealth and Development Office']);
  });

  it('"On the C side, … attended by X; Y" and the list lines after such a sentence ending in a colon: all of C', () => {
    const text = `President Ana Lima of Brazil received President Tomas Vera of Chile in Brasilia on Monday.
On the Chilean side, the meeting was attended by Economy Minister Pablo Rojas; and Ines Soto, Minister of Mining.
On the Brazilian side, the talks were attended by:
- Carla Mendes, Minister of Agriculture
- Bruno Alves, Minister of Energy

Both presidents later signed four agreements.`;
    expect(posts(text)).to.include.members([
      'Pablo Rojas | Minister | Chile',
      'Ines Soto | Minister | Chile',
      'Carla Mendes | Minister | Brazil',
      'Bruno Alves | Minister | Brazil',
    ]);
  });

  it('a post in a national legislature is held in the holder\'s country; one in a body the gazetteer knows stays there', () => {
    expect(posts('Bulgarian Prime Minister Ivan Dimov and Elena Petrova, chairwoman of the National Assembly, received the delegation in Sofia on Monday.')).to.include(
      'Elena Petrova | LegislatureChair | Bulgaria',
    );
    expect(posts('Roberta Metsola, President of the European Parliament, spoke in Strasbourg.')).to.deep.equal(['Roberta Metsola | LegislatureChair | European Parliament']);
  });
});
