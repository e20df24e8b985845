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

  it('"spent Tuesday in X with Y": Y is the host, not a traveller; "lobbied for Y … and flew into X": Y did not travel, X did', () => {
    const f = new FactsView(`Deputy Secretary Paul Grant spent Tuesday in Hanoi with Foreign Minister Diego Salas.
The result was a blow for President Kwame Asante, who had campaigned for Commissioner Ana Lopez across the region and flew into Lusaka on Friday.`, '2025-05-09');
    expect(visits(f, false)).to.have.members(['Paul Grant -> Hanoi happened', 'Kwame Asante -> Lusaka happened']);
  });

  it('"laying the groundwork for X\'s visit to Y" is planned; a visit to a country and to its capital are one trip', () => {
    const f = new FactsView(`The talks laid the groundwork for Prime Minister Jonas Lind's official visit to Chile.
President Marta Ruiz, who is on a state visit to Japan, arrived in Tokyo on Monday.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Jonas Lind -> Chile planned', 'Marta Ruiz -> Tokyo happened']);
  });
});

describe('visits: journeys told by their origin, their next stops and their arrivals', () => {
  it('"will travel from X to Y" and "will continue to Z": planned stops; "went on to Y, and from there proceed to Z": each stop', () => {
    const f = new FactsView(`On Monday, Foreign Minister Ana Lopez will travel from Chile to Lima, where she will meet students.
On Tuesday, Ana Lopez will continue to Quito.
Deputy Minister Paul Grant will fly to Accra next week, and from there proceed to Lome.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Lima planned', 'Ana Lopez -> Quito planned', 'Paul Grant -> Accra planned', 'Paul Grant -> Lome planned']);
  });

  it('"travelled to the northern Peruvian city of X" and "travelled to X and then Y": the places named after what they are, every stop', () => {
    const f = new FactsView(`Two weeks later, President Marta Ruiz and President Kwame Asante travelled to the northern Peruvian city of Trujillo.
Commissioner Tomas Berg, who travelled to Goma and then Bukavu in March, briefed the council.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Marta Ruiz -> Trujillo happened', 'Kwame Asante -> Trujillo happened', 'Tomas Berg -> Goma happened', 'Tomas Berg -> Bukavu happened']);
  });

  it('"arrived in X at the start of a tour that will also take him to Y": the arrival happened, the later stops are planned', () => {
    const f = new FactsView('President Kwame Asante arrived in Nairobi on Monday at the start of a regional tour that will also take him to Uganda and Rwanda.', '2025-05-06');
    expect(visits(f, false)).to.have.members(['Kwame Asante -> Nairobi happened', 'Kwame Asante -> Uganda planned', 'Kwame Asante -> Rwanda planned']);
  });

  it('"X, who flew in from Y on Saturday": an arrival where the article is written from; "X\'s jet touched down at Z airport": X arrived in Z', () => {
    const f = new FactsView('LUSAKA, May 6 (Reuters) - Defence Minister Paul Grant, who flew in from Oslo on Saturday, held talks with President Kwame Asante.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Paul Grant -> Lusaka happened']);
    const jet = new FactsView("ACCRA, May 6 (Reuters) - Prime Minister Jonas Lind's government jet touched down at Accra International Airport on Sunday morning.", '2025-05-06');
    expect(visits(jet, false)).to.deep.equal(['Jonas Lind -> Accra happened']);
  });

  it('"welcomed X in Y": the guest visits Y; "for talks with the Kenyan leadership, Z said": Z is a speaker, not met', () => {
    const f = new FactsView(`President Kwame Asante welcomed Prime Minister Jonas Lind in Accra on Monday.
Minister Ana Lopez will travel to Nairobi for talks with the Kenyan leadership, spokesman Diego Salas said.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Jonas Lind -> Accra happened', 'Ana Lopez -> Nairobi planned']);
    expect(meetings(f).filter((m) => m.includes('Diego Salas'))).to.deep.equal([]);
  });

  it('"before making an official visit to X": a stop still ahead', () => {
    const f = new FactsView('Prime Minister Jonas Lind will attend the summit in Lima, before making an official visit to Santiago.', '2025-05-06');
    expect(visits(f, false)).to.include('Jonas Lind -> Santiago planned');
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

describe('visits told by a relative clause, by where a trip took someone, and by an apposition', () => {
  it('"X, the minister for trade, who flew to Y with Z" and "X, who had campaigned for Z … and flew into Y": X travels, not Z', () => {
    const f = new FactsView(`Junior Minister Clara Voss, Austria's secretary for development and trade, who flew to Nairobi with Minister Paul Grant, attended both sessions.
The ruling was a setback for President Kwame Asante, who had campaigned for Commissioner Ana Lopez for months and flew into Lusaka on Friday.`, '2025-05-10');
    expect(visits(f, false)).to.have.members(['Clara Voss -> Nairobi happened', 'Paul Grant -> Nairobi happened', 'Kwame Asante -> Lusaka happened']);
  });

  it('"a tour that also took him to A and B" is the sentence\'s first person\'s; "X\'s first trip took her to A"; "will take him to" is planned', () => {
    const f = new FactsView(`President Kwame Asante went to Lome in May, where he met President Faure Gnassingbe, on a tour that also took him to Cotonou and Lagos.
Foreign Minister Ana Lopez's first trip abroad, in 2022, took her to Oslo.
Minister Paul Grant held talks with President Marta Ruiz in Quito on Monday, the start of a tour that will also take him to Lima.`, '2025-05-10');
    expect(visits(f, false)).to.include.members(['Kwame Asante -> Cotonou happened', 'Kwame Asante -> Lagos happened', 'Ana Lopez -> Oslo happened', 'Paul Grant -> Lima planned']);
    expect(visits(f, false).filter((v) => v.startsWith('Faure') || v.startsWith('Marta'))).to.deep.equal([]);
  });

  it('"X was welcomed by Y, the first visit to Z by a …": the one welcomed visits Z', () => {
    const f = new FactsView('Foreign Minister Tomas Berg was warmly welcomed on Monday by President Edgars Kalnins, the first visit to Riga by a Swedish minister in ten years.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Tomas Berg -> Riga happened']);
  });

  it('"will lead a technical team to X": a planned trip, like a delegation', () => {
    const f = new FactsView('The minister said Special Envoy Grace Wanjiru would lead a technical team to Bamako before the end of the year.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Grace Wanjiru -> Bamako planned']);
  });

  it('no one visits their own country or its capital; a home trip to another city stays', () => {
    const f = new FactsView(`Turkish President Recep Tayyip Erdogan last met Ukrainian President Volodymyr Zelensky in Ankara during a visit to Turkey.
Kenyan President William Ruto visited Nairobi and Mombasa on Monday.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Volodymyr Zelensky -> Türkiye happened', 'William Ruto -> Mombasa happened']);
  });

  it('a trip told twice, on two days of one week, is one visit', () => {
    const f = new FactsView(`Minister Paul Grant held talks in Quito on Monday, the first leg of a tour that will take him to Peru later this week.
Grant will travel on to Peru on Wednesday.`, '2025-05-05');
    expect(visits(f, false)).to.deep.equal(['Paul Grant -> Peru planned']);
  });
});

describe('a meeting told after a dated arrival', () => {
  it('is on the arrival day when nothing tells another; not when the stay lasts days or the meeting is "during his stay"', () => {
    const oneDay = new FactsView(`Prime Minister Jonas Lind arrived in Vilnius on Tuesday morning.
"We stand together," he told reporters at the airport.
Lind held talks with President Edgars Kalnins in Vilnius.`, '2025-05-08');
    expect(meetings(oneDay)).to.deep.equal(['Edgars Kalnins + Jonas Lind happened 2025-05-06 Vilnius']);
    const stay = new FactsView(`Prime Minister Jonas Lind arrived in Vilnius on Tuesday for a three-day visit.
Lind held talks with President Edgars Kalnins in Vilnius.
During his stay, Lind was also received by Speaker Ana Lopez in Vilnius.`, '2025-05-08');
    expect(meetings(stay)).to.deep.equal(['Edgars Kalnins + Jonas Lind happened - Vilnius', 'Ana Lopez + Jonas Lind happened - Vilnius']);
  });
});

describe('a day counted from an arrival', () => {
  it('"Earlier in the day" with no other day told counts from the day someone arrived', () => {
    const f = new FactsView(`Prime Minister Jonas Lind arrived in Vilnius on Tuesday for a working visit.
The two governments signed a railway accord.
Earlier in the day, Foreign Minister Ana Lopez held talks with Foreign Minister Diego Salas.`, '2025-05-08');
    expect(meetings(f)).to.deep.equal(['Ana Lopez + Diego Salas happened 2025-05-06 -']);
  });
});

describe('visits told by attending, by a "where" clause, by a guest and by a tour\'s stops ahead', () => {
  it('"will fly to X to meet Y before attending the summit in Z": the sentence\'s subject attends, as planned; "if X were to attend" is no trip', () => {
    const f = new FactsView(`President Kwame Asante will fly to Paris to meet President Marta Ruiz before attending the OECD forum in Brussels.
If Prime Minister Jonas Lind were to attend the summit in Madrid, he would meet Asante.
Foreign Minister Ana Lopez attended a conference on maritime security in Manila on Monday.`, '2025-05-10');
    expect(visits(f, false)).to.have.members(['Kwame Asante -> Paris planned', 'Kwame Asante -> Brussels planned', 'Ana Lopez -> Manila happened']);
  });

  it('"agreed to meet again in X, where Y will travel for a ceremony": Y\'s planned trip to X', () => {
    const f = new FactsView('The two leaders agreed to meet again in Porto, where President Marta Ruiz will travel for the opening of the bridge.', '2025-05-10');
    expect(visits(f, false)).to.deep.equal(['Marta Ruiz -> Porto planned']);
  });

  it('"held talks with visiting X here": a visit to the dateline\'s place', () => {
    const f = new FactsView('OSLO (Reuters) - Foreign Minister Tomas Berg held talks with visiting Foreign Minister Diego Salas here on Monday.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Diego Salas -> Oslo happened']);
  });

  it('"a tour that also takes in X and Y": the stops still ahead are planned; "hoped to travel to X" is planned', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez met President Marta Ruiz on Monday, the second day of a tour that also takes in Fiji and Tonga.
Minister Paul Grant told reporters he hoped to travel to Hanoi before the end of the year.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Fiji planned', 'Ana Lopez -> Tonga planned', 'Paul Grant -> Hanoi planned']);
  });
});
