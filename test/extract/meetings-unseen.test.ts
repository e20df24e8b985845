import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

const pairs = (f: FactsView): string[] => meetings(f).map((m) => m.split(/ (?:happened|planned)/)[0] as string);

describe('meetings in unseen prose: who a title or group means, and what is only planned', () => {
  it('"The Prime Minister spoke to the Prime Minister of X, Y": the bare title is someone else than Y, and than anyone named after', () => {
    const f = new FactsView(`The Prime Minister spoke to the Prime Minister of Norway, Erik Dahl, this afternoon.
The Prime Minister updated on his call earlier today with President Ivan Petrenko, and the leaders agreed to stay in touch.`, '2025-06-04');
    expect(pairs(f)).to.deep.equal([]);
    const g = new FactsView(`The Prime Minister held a video call this morning with President Paul Girard of France and Chancellor Hans Vogel of Germany.
The Secretary General of NATO, Lars Holm, also joined the call.
The Prime Minister updated leaders on his visit to Washington last week, where he had met President Tom Baker.`, '2025-06-04');
    expect(pairs(g)).to.not.include('Hans Vogel + Tom Baker');
    expect(pairs(g)).to.not.include('Lars Holm + Tom Baker');
  });

  it('"a telephone call on Tuesday between A and B, in which the two men discussed": A and B by phone, not the pair met before', () => {
    const f = new FactsView(`Foreign Minister Ana Lopes met Foreign Minister Karl Weber in Bamako on Wednesday.
The meeting followed a telephone call on Tuesday between Foreign Minister Omar Diallo and Weber, in which the two men discussed border security.`, '2025-06-05');
    expect(meetings(f).map((m) => m.replace(/ \S+$/, ''))).to.deep.equal(['Ana Lopes + Karl Weber happened 2025-06-04', 'Karl Weber + Omar Diallo happened 2025-06-03']);
    expect(f.events('meeting').map((m) => m.mode ?? 'in-person')).to.deep.equal(['in-person', 'phone']);
  });

  it('"experts from both sides would meet again": not the two leaders', () => {
    const f = new FactsView(`President Ana Lopes met President Karl Weber in Accra on Monday.
The communique said experts from both sides would meet again in April.`, '2025-06-05');
    expect(pairs(f)).to.deep.equal(['Ana Lopes + Karl Weber']);
  });

  it('what is only planned: "expect A and B to meet", "was supposed to sit down with", "agreed to arrange a meeting with", "had been pencilled in"', () => {
    const status = (text: string): string[] => meetings(new FactsView(text, '2025-06-05')).map((m) => (m.includes(' planned') ? 'planned' : 'happened'));
    expect(status(`Officials on both sides expect President Ana Lopes and President Karl Weber to meet there.`)).to.deep.equal(['planned']);
    expect(status(`Agency chief Rafael Moreno was supposed to sit down with Foreign Minister Omar Diallo here yesterday.`)).to.deep.equal(['planned']);
    expect(status(`Foreign Minister Ana Lopes and Foreign Minister Karl Weber agreed to arrange a trilateral meeting with Secretary of State Tom Baker.`)).to.deep.equal(['planned']);
    expect(status(`A meeting between President Ana Lopes and President Karl Weber, who chairs the council, had been pencilled in for mid-February.`)).to.deep.equal(['planned']);
    expect(status(`Commission chairman Ali Youssouf has invited Foreign Minister Ana Lopes and Foreign Minister Karl Weber to a three-way meeting with him.`)).to.deep.equal(['planned']);
    expect(status(`By February the mood had thawed enough for Chancellor Hans Vogel to host President Ana Lopes in Munich.`)).to.deep.equal(['happened']);
  });

  it('"In A he was received by X, in B he held talks with Y\'s president, Captain Z": each clause\'s pronoun, and a rank before the name', () => {
    const f = new FactsView(`President Kofi Mensah toured the region in March.
In Bamako he was received by President Amadou Keita, in Ouagadougou he held talks with Burkina Faso's president, Captain Paul Sawadogo, and in Niamey he met Niger's head of state, General Ali Maiga.`, '2025-06-05');
    expect(pairs(f).sort()).to.deep.equal(['Ali Maiga + Kofi Mensah', 'Amadou Keita + Kofi Mensah', 'Kofi Mensah + Paul Sawadogo']);
  });

  it('"held talks on Monday in Hanoi with X", "talks were held between X and his counterpart, Y": meetings', () => {
    const f = new FactsView(`President Li Wei held talks on Monday in Hanoi with General Secretary Tran Van Nam.
Separately on Tuesday, talks were held between Foreign Minister Ivan Orlov and his Mongolian counterpart, Bat Erdene.`, '2025-06-05');
    expect(pairs(f)).to.deep.equal(['Li Wei + Tran Van Nam', 'Bat Erdene + Ivan Orlov']);
  });
});
