import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';

describe('visits: trips told by their end, their stops, their plans and their companions', () => {
  it('"has completed a visit to X, during which he was received by Y": a visit, and a meeting there', () => {
    const f = new FactsView('Foreign Minister Tomas Berg has completed a three-day working visit to Ghana, during which he was received by President Kwame Asante.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Tomas Berg -> Ghana happened']);
    expect(meetings(f)).to.deep.equal(['Kwame Asante + Tomas Berg happened - Ghana']);
  });

  it('"arrived in X on Friday from Y, where she had held talks with Z": both stops; the talks are in Y, not on Friday', () => {
    const f = new FactsView('Foreign Minister Ana Lopez arrived in Lima on Friday from Quito, where she had held talks with Foreign Minister Diego Salas.', '2025-05-10');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Lima happened', 'Ana Lopez -> Quito happened']);
    expect(meetings(f)).to.deep.equal(['Ana Lopez + Diego Salas happened - Quito']);
  });

  it('"the visit that X is due to pay to Y" and "X has yet to visit Y" are planned; "X, whose 2019 visit to Y" happened', () => {
    const f = new FactsView(`Officials discussed the state visit that President Marta Ruiz is due to pay to Chile in the autumn.
Prime Minister Jonas Lind has yet to visit Peru.
President Marta Ruiz, whose 2019 visit to Hanoi opened a new chapter, spoke warmly of the ties.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Marta Ruiz -> Chile planned', 'Jonas Lind -> Peru planned', 'Marta Ruiz -> Hanoi happened']);
  });

  it('a delegation "led by X, has arrived in Y" and "X will lead a delegation to Y": X travels', () => {
    const f = new FactsView(`A trade delegation, led by Commerce Minister Peter Odhiambo, has arrived in Kampala.
Deputy Minister Grace Wanjiru is expected to lead a Kenyan delegation to Kigali in June.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Peter Odhiambo -> Kampala happened', 'Grace Wanjiru -> Kigali planned']);
  });

  it('"is on her way to X" is planned; "X\'s invitation to Y to pay a visit to Z" and "has taken up an invitation to come to Z" are planned', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez is on her way to Brazil.
The envoy conveyed President Marta Ruiz's invitation to President Kwame Asante to pay a return visit to Madrid.
Prime Minister Jonas Lind said he has taken up an invitation to come to Oslo next year.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Brazil planned', 'Kwame Asante -> Madrid planned', 'Jonas Lind -> Oslo planned']);
  });

  it('"the president, accompanied by X, flew to Y": the companion travels though the subject is no name', () => {
    const f = new FactsView('On Monday the president, accompanied by Foreign Minister Tomas Berg, flew to Rome.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Tomas Berg -> Rome happened']);
  });

  it('"spent Tuesday in X with Y": Y is the host, not a traveller; "lobbied for Y … and flew into X": Y did not travel', () => {
    const f = new FactsView(`Deputy Secretary Paul Grant spent Tuesday in Hanoi with Foreign Minister Diego Salas.
The result was a blow for President Kwame Asante, who had campaigned for Commissioner Ana Lopez across the region and flew into Lusaka on Friday.`, '2025-05-09');
    expect(visits(f, false)).to.deep.equal(['Paul Grant -> Hanoi happened']);
  });

  it('"laying the groundwork for X\'s visit to Y" is planned; a visit to a country and to its capital are one trip', () => {
    const f = new FactsView(`The talks laid the groundwork for Prime Minister Jonas Lind's official visit to Chile.
President Marta Ruiz, who is on a state visit to Japan, arrived in Tokyo on Monday.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Jonas Lind -> Chile planned', 'Marta Ruiz -> Tokyo happened']);
  });
});

describe('meeting days and places told around the sentence', () => {
  it('a dateline date is the day of the report: "has completed a visit, during which he was received by Y" gets no day from it', () => {
    const f = new FactsView('RIGA, 9 May 2025 (LETA) - Foreign Minister Tomas Berg has completed a two-day visit to Latvia, during which he was received by President Edgars Kalnins.', '2025-05-09');
    expect(meetings(f)).to.deep.equal(['Edgars Kalnins + Tomas Berg happened - Riga']);
  });

  it('"The call came three days after X spoke by phone with Y": three days before the call told before', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez spoke by phone with Foreign Minister Diego Salas on Friday.
The call came three days after Lopez held telephone talks with Foreign Minister Tomas Berg.`, '2025-05-10');
    expect(meetings(f)).to.include('Ana Lopez + Tomas Berg happened 2025-05-06 -');
  });

  it('a meeting placed in the country visited takes the city the visitor is in', () => {
    const f = new FactsView(`Foreign Minister Tomas Berg paid an official visit to Latvia, during which he held talks with Foreign Minister Ilze Ozola.
Berg arrived in Riga on Monday.`, '2025-05-09');
    expect(meetings(f)).to.deep.equal(['Ilze Ozola + Tomas Berg happened - Riga']);
  });

  it('a place after "over" or "across" is a topic, not where the talks were', () => {
    const f = new FactsView('Prime Minister Jonas Lind held talks on Monday with President Marta Ruiz, whose country is locked in a dispute with Norway over the Troll Field.', '2025-05-09');
    expect(meetings(f)).to.deep.equal(['Jonas Lind + Marta Ruiz happened 2025-05-05 -']);
  });

  it('a trip told in the present on a day after the report ("flies tomorrow to X") and "is also expected to travel" are planned', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez flies tomorrow to Montevideo.
President Marta Ruiz is also expected to travel to Asuncion.`, '2025-05-06');
    expect(visits(f)).to.have.members(['Ana Lopez -> Montevideo planned 2025-05-07', 'Marta Ruiz -> Asuncion planned -']);
  });

  it('a planning adverb inside the phrase ("was later expected to") and a planning modifier of the visit noun ("X\'s upcoming visit") tell a plan', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez was later expected to fly to Cusco.
The ministers discussed President Marta Ruiz's upcoming state visit to Bolivia.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Cusco planned', 'Marta Ruiz -> Bolivia planned']);
  });

  it('"will arrive here on Monday on a two-day official visit": a planned visit to the dateline\'s city, where the talks that follow are', () => {
    const f = new FactsView(`LIMA: Chilean Foreign Minister Alberto van Klaveren will arrive here on Monday on a two-day official visit, the ministry said.
Van Klaveren will hold talks with Foreign Minister Elmer Schialer on Tuesday.`, '2025-05-08');
    expect(visits(f)).to.deep.equal(['Alberto van Klaveren -> Lima planned 2025-05-12']);
    expect(meetings(f)).to.deep.equal(['Alberto van Klaveren + Elmer Schialer planned 2025-05-13 Lima']);
  });

  it('an airport the gazetteer does not place lies where the trip of the one landing there goes', () => {
    const f = new FactsView(`President Hakainde Hichilema yesterday concluded a three-day state visit to Namibia.
Hichilema arrived at Oshakati Mbali International Airport on Monday afternoon.`, '2025-08-21');
    const airport = f.facts.entities.find((e) => e.name === 'Oshakati Mbali International Airport');
    expect(f.name(airport?.within)).to.equal('Namibia');
  });
});
