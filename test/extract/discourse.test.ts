import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

/** "A + B status" of each meeting, without date and place. */
const pairs = (f: FactsView): string[] => meetings(f).map((m) => m.replace(/ (happened|planned) .*/, ' $1'));

describe('meetings told across sentences: the visit being told, "the pair", "his host"', () => {
  it('"the two presidents" after a visit are the visitor and the host, not two others named together since', () => {
    const f = new FactsView(`NAIROBI, June 4 - Ghanaian President John Mahama arrived in Nairobi on Tuesday for a two-day state visit.
Kenyan President William Ruto and Ugandan President Yoweri Museveni have clashed over the pipeline route.
The two presidents met for two hours at State House on Wednesday, officials said.`, '2025-06-04');
    expect(meetings(f)).to.deep.equal(['John Mahama + William Ruto happened 2025-06-04 State House']);
  });

  it('"the pair last met in …": the two people of the meeting told before, met again', () => {
    const f = new FactsView(`Foreign Minister Ana Costa of Portugal will host Spanish Foreign Minister José Manuel Albares in Lisbon next week.
The pair last met in Madrid in March, when they agreed to revive the cross-border rail project.`, '2025-03-14');
    expect(meetings(f)).to.deep.equal(['Ana Costa + José Manuel Albares planned - Lisbon', 'Ana Costa + José Manuel Albares happened - Madrid']);
  });

  it('"she held talks with her host": the one who invited her, named with no country in the visit\'s sentence', () => {
    const f = new FactsView(`Tanzanian President Samia Suluhu Hassan arrived in Nairobi on Tuesday for a state visit at the invitation of President William Ruto.
On Wednesday she held talks with her host at State House.`, '2025-03-14');
    expect(pairs(f)).to.deep.equal(['Samia Suluhu Hassan + William Ruto happened']);
  });

  it('"he was received by the president": the visited country\'s president, though the article names him only later', () => {
    const f = new FactsView(`Indian External Affairs Minister S. Jaishankar arrived in Colombo on Friday.
He was received by the president at the Presidential Secretariat, where they discussed debt restructuring.
Sri Lankan President Anura Kumara Dissanayake has sought Indian help with the debt.`, '2025-03-14');
    expect(pairs(f)).to.deep.equal(['Anura Kumara Dissanayake + S. Jaishankar happened']);
  });

  it('on a tour, "his host" is the counterpart of the last country visited', () => {
    const f = new FactsView(`Foreign Minister Jean-Noël Barrot arrived in Hanoi on Monday and met Prime Minister Pham Minh Chinh.
Barrot later flew to Bangkok, where Prime Minister Paetongtarn Shinawatra and Foreign Minister Maris Sangiampongsa are to open a trade fair.
On Tuesday he held talks with his host over dinner.`, '2025-06-04');
    expect(pairs(f)).to.deep.equal(['Jean-Noël Barrot + Pham Minh Chinh happened', 'Jean-Noël Barrot + Maris Sangiampongsa happened']);
  });

  it('"the Ivorian premier leaves for Lomé, where he is expected to meet Y": the pronoun is the titled subject', () => {
    const f = new FactsView(`President Ama Owusu on Monday received the Prime Minister of Côte d'Ivoire, Robert Kouassi, at Jubilee House.
The Ivorian premier leaves Accra on Tuesday for Lomé, where he is expected to meet Togolese President Kodjo Agbeyome.`, '2025-06-09');
    expect(pairs(f)).to.deep.equal(['Ama Owusu + Robert Kouassi happened', 'Kodjo Agbeyome + Robert Kouassi planned']);
  });

  it('no meeting from a group noun without a meeting verb, from "the two countries", or with no host named', () => {
    const known = new FactsView(`Ghanaian President John Mahama arrived in Nairobi on Tuesday for a two-day state visit.
Kenyan President William Ruto has governed since 2022.
The two leaders have known each other for years. The two countries agreed to settle the border dispute.`, '2025-06-04');
    expect(meetings(known)).to.deep.equal([]);
    const unnamed = new FactsView(`Ghanaian President John Mahama arrived in Nairobi on Tuesday for a two-day state visit.
The two leaders met for two hours at State House on Wednesday, officials said.`, '2025-06-04');
    expect(meetings(unnamed)).to.deep.equal([]);
  });

  it('a host is no one of the visitor\'s own country, nor one of two equally mentioned locals', () => {
    const f = new FactsView(`Kenyan President William Ruto arrived in Lusaka on Monday with Kenyan Foreign Minister Musalia Mudavadi.
Zambian Foreign Minister Mulambo Haimbe and Zambian Trade Minister Chipoka Mulenga had prepared the visit.
On Tuesday he held talks with his host.`, '2025-06-04');
    expect(meetings(f)).to.deep.equal([]);
  });
});
