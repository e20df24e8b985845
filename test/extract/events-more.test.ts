import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';

describe('people told by reference: "the two leaders", "the Iranian minister"', () => {
  it('"the two presidents held talks" are the pair of the sentence before', () => {
    const f = new FactsView(`President Sadyr Japarov and President Emomali Rahmon signed a border treaty in Bishkek on Thursday.
The two presidents held talks at the Ala-Archa state residence before the ceremony.`, '2025-03-14');
    expect(meetings(f)).to.deep.equal(['Emomali Rahmon + Sadyr Japarov happened 2025-03-13 Ala-Archa state residence']);
  });

  it('"both ministers" and "the two leaders and X": the pair of the last meeting, even after a sentence naming two others', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez met Foreign Minister Tomas Berg in Oslo on Monday.
The agenda was drafted by aides Kari Holm and Jon Dahl.
Both ministers are expected to meet again in June.
The two leaders and Prime Minister Erna Vik will hold talks in Bergen.`, '2025-05-06');
    expect(meetings(f)).to.include('Ana Lopez + Tomas Berg happened 2025-05-05 Oslo');
    expect(meetings(f)).to.include('Ana Lopez + Erna Vik + Tomas Berg planned - Bergen');
    expect(meetings(f).some((m) => m.includes('Kari Holm'))).to.equal(false);
  });

  it('"the three ministers": the three people of the meeting told most often, not the last meeting of three', () => {
    const f = new FactsView(`Foreign Minister Rui Costa hosted Foreign Minister Ines Moura and Foreign Minister Paulo Dias in Porto on Monday.
Costa, Moura and Dias held talks on fisheries before lunch.
Later, Costa and Moura held a video call with Foreign Minister Tiago Faria.
The three ministers will meet Foreign Minister Clara Sousa in Braga next month.`, '2025-05-06');
    expect(meetings(f)).to.include('Clara Sousa + Ines Moura + Paulo Dias + Rui Costa planned - Braga');
  });

  it('"the two" alone, after the people the sentence names, is them ("X called on Y, where the two discussed …")', () => {
    const f = new FactsView(`President Lena Marsh met President Omar Keita in Dakar on Monday.
On Tuesday, Marsh called on Interior Minister Awa Ndiaye at her ministry, where the two discussed migration.`, '2025-05-07');
    expect(meetings(f)).to.have.members(['Lena Marsh + Omar Keita happened 2025-05-05 Dakar', 'Awa Ndiaye + Lena Marsh happened 2025-05-06 -']);
  });

  it('"the visiting dignitary": the person of the last visit told; "later in the day", the day of the arrival', () => {
    const f = new FactsView(`Foreign Secretary Arun Mehta arrived in Colombo on Monday for two days of talks.
Later in the day, the visiting dignitary called on President Nimal Perera.`, '2025-05-06');
    expect(meetings(f)).to.deep.equal(['Arun Mehta + Nimal Perera happened 2025-05-05 Colombo']);
  });

  it('"the Iranian minister will travel on to X": the most mentioned Iranian so far', () => {
    const f = new FactsView(`Iranian Foreign Minister Abbas Araghchi met Crown Prince Mohammed bin Salman in Riyadh on Wednesday.
Araghchi said he carried a message from Supreme Leader Ali Khamenei.
The Iranian minister will travel on to Doha on Thursday.`, '2024-10-10');
    expect(visits(f, false)).to.deep.equal(['Abbas Araghchi -> Doha planned']);
  });

  it('a demonym title before the name it titles is no reference ("the Iranian minister, X, …")', () => {
    const f = new FactsView(`Iranian President Masoud Pezeshkian spoke in Tehran.
The Iranian minister, Abbas Araghchi, arrived in Muscat on Sunday.`, '2024-10-10');
    expect(visits(f, false)).to.deep.equal(['Abbas Araghchi -> Muscat happened']);
  });

  it('the pair discussing "the situation in X" adds no place to their meeting or call', () => {
    const f = new FactsView(`Foreign Minister Hakan Fidan held a phone call with his Iranian counterpart Abbas Araghchi on Wednesday.
The two ministers discussed the situation in Lebanon and Gaza.`, '2024-09-19');
    const [call] = f.events('meeting');
    expect(f.events('meeting')).to.have.length(1);
    expect(call.place).to.equal(undefined);
  });
});

describe('visits told in many ways', () => {
  it('"after visiting X, where he met Y on Tuesday": a visit and a meeting there, dated by its own weekday', () => {
    const f = new FactsView('Prime Minister Viktor Orban arrived in Moscow on Friday, three days after visiting Kyiv, where he met President Volodymyr Zelensky on Tuesday.', '2024-07-06');
    expect(visits(f, false)).to.have.members(['Viktor Orban -> Moscow happened', 'Viktor Orban -> Kyiv happened']);
    expect(meetings(f)).to.deep.equal(['Viktor Orban + Volodymyr Zelensky happened 2024-07-02 Kyiv']);
  });

  it('"returned from X on Tuesday, where she held talks with Y on Monday"', () => {
    const f = new FactsView('Foreign Minister Retno Marsudi returned from Kuala Lumpur on Tuesday, where she held talks with Foreign Minister Mohamad Hasan on Monday.', '2024-11-06');
    expect(visits(f, false)).to.deep.equal(['Retno Marsudi -> Kuala Lumpur happened']);
    expect(meetings(f)).to.deep.equal(['Mohamad Hasan + Retno Marsudi happened 2024-11-04 Kuala Lumpur']);
  });

  it('"accompanied by", "X accompanied Y to Z" and "left X for Y": everyone travelling is a visitor', () => {
    const f = new FactsView(`General Abdel Fattah al-Burhan flew into Cairo on Wednesday, accompanied by Foreign Minister Hussein Awad Ali.
Minister Peter Szijjarto accompanied Prime Minister Viktor Orban to Beijing, state media said.
Foreign Minister Narayan Khadka, who left Kathmandu for Colombo on Tuesday, is accompanied by Secretary Bharat Paudyal.`, '2024-08-29');
    expect(visits(f, false)).to.have.members([
      'Abdel Fattah al-Burhan -> Cairo happened', 'Hussein Awad Ali -> Cairo happened',
      'Peter Szijjarto -> Beijing happened', 'Viktor Orban -> Beijing happened',
      // "left X for Colombo": the city travelled to, not the government it stands for elsewhere.
      'Narayan Khadka -> Colombo happened', 'Bharat Paudyal -> Colombo happened',
    ]);
  });

  it('"will travel to A for talks with Y, and then on to B": both legs are planned', () => {
    const f = new FactsView('Foreign Minister Winston Peters will travel to Rarotonga on Thursday for talks with Cook Islands Prime Minister Mark Brown, and then on to Niue.', '2024-02-13');
    expect(visits(f, false)).to.have.members(['Winston Peters -> Rarotonga planned', 'Winston Peters -> Niue planned']);
    expect(meetings(f)).to.deep.equal(['Mark Brown + Winston Peters planned 2024-02-15 Rarotonga']);
  });

  it('"to arrange a visit to X by Y" is planned; "the first visit to X by a minister" names nobody', () => {
    const f = new FactsView('The ministers agreed to arrange a visit to Japan by Foreign Minister Wang Yi early next year, the first visit to Japan by a Chinese foreign minister since 2019.', '2024-12-26');
    expect(visits(f, false)).to.deep.equal(['Wang Yi -> Japan planned']);
  });

  it('a bare "arrived" is at the dateline; with no dateline it names no place', () => {
    const dated = new FactsView(`GENEVA, June 15 (Reuters) - Prime Minister Giorgia Meloni and President Emmanuel Macron arrived shortly before noon.
The talks in Geneva open on Sunday.`, '2024-06-15');
    expect(visits(dated, false)).to.have.members(['Giorgia Meloni -> Geneva happened', 'Emmanuel Macron -> Geneva happened']);
    const undated = new FactsView('Prime Minister Giorgia Meloni arrived shortly before noon.', '2024-06-15');
    expect(visits(undated, false)).to.deep.equal([]);
  });
});

describe('venues and meeting words', () => {
  it('"the X presidential residence", "the Villa X", "the Great Hall of the People" are venues; a lone "Park" is a surname', () => {
    const f = new FactsView(`President Kassym-Jomart Tokayev received Foreign Minister Bakhtiyor Saidov at the Akorda presidential residence on Thursday.
Foreign Minister Park Jin met Premier Li Qiang at the Great Hall of the People on Friday.
Park met Minister Antonio Tajani at the Villa Madama in Rome in June.`, '2024-07-06');
    expect(meetings(f)).to.have.members([
      'Bakhtiyor Saidov + Kassym-Jomart Tokayev happened 2024-07-04 Akorda presidential residence',
      'Li Qiang + Park Jin happened 2024-07-05 Great Hall of the People',
      'Antonio Tajani + Park Jin happened - Villa Madama',
    ]);
    expect(f.facts.entities.find((e) => e.name === 'Akorda presidential residence')?.altNames).to.include('Akorda');
  });

  it('"the eastern city of X" is a place, not a person', () => {
    const f = new FactsView('Foreign Minister Narayan Khadka held talks with Foreign Minister Wang Yi in the eastern Chinese city of Qingdao on Wednesday.', '2022-08-11');
    expect(meetings(f)).to.deep.equal(['Narayan Khadka + Wang Yi happened 2022-08-10 Qingdao']);
  });

  it('co-chairing a consultation is a meeting; co-chairing a conference session is not', () => {
    const consult = new FactsView('Deputy Prime Minister Bui Thanh Son and Deputy Prime Minister Saleumxay Kommasith co-chaired the political consultation in Hanoi.', '2024-11-21');
    expect(meetings(consult)).to.deep.equal(['Bui Thanh Son + Saleumxay Kommasith happened - Hanoi']);
    const session = new FactsView('Prime Minister Justin Trudeau and President Volodymyr Zelensky co-chaired a session on the return of deported children.', '2024-06-15');
    expect(meetings(session)).to.deep.equal([]);
  });

  it('"following the talks, he paid a courtesy call on Y": the day of the talks told before', () => {
    const f = new FactsView(`Foreign Secretary Vikram Misri held consultations with Foreign Secretary Jashim Uddin in Dhaka on Monday.
Following the talks, he paid a courtesy call on Foreign Minister Touhid Hossain.`, '2024-12-10');
    expect(meetings(f).some((m) => m.startsWith('Touhid Hossain + Vikram Misri happened 2024-12-09'))).to.equal(true);
  });

  it('"Monday\'s call came after X\'s visit to Y, where he met Z": the visit\'s meeting takes no other noun\'s day; "with prince X"', () => {
    const f = new FactsView(`Sheikh Abdullah bin Zayed held a phone conversation with Prince Faisal bin Farhan on Monday.
Monday's call came a week after Foreign Minister Espen Barth Eide's visit to Cairo, where he met Foreign Minister Badr Abdelatty.`, '2025-03-18');
    expect(meetings(f)).to.include('Badr Abdelatty + Espen Barth Eide happened - Cairo');
    expect(f.events('meeting').filter((m) => m.mode === 'phone')).to.have.length(1);
  });

  it('a place in the subject\'s relative clause is not the meeting\'s ("X, who landed in A, was received at B")', () => {
    const f = new FactsView('Foreign Minister Andrii Sybiha, who landed in Rzeszow on Wednesday, was later received by President Andrzej Duda at the Jasionka Airport terminal.', '2025-06-05');
    expect(meetings(f)).to.deep.equal(['Andrii Sybiha + Andrzej Duda happened - Jasionka Airport']);
  });

  it('"the delegation" stands for the person leading it ("X, who is leading a delegation of …")', () => {
    const f = new FactsView(`Chairman Choe Ryong Hae held talks with Zhao Leji, who is leading a party and government delegation of China, in Pyongyang on Thursday.
The delegation arrived in Pyongyang by air on Thursday.`, '2024-04-12');
    expect(visits(f, false)).to.deep.equal(['Zhao Leji -> Pyongyang happened']);
  });
});

describe('a venue followed by its city: "at State House, Nairobi"', () => {
  for (const [text, venue, city] of [
    ['President William Ruto received Foreign Minister Badr Abdelatty at State House, Nairobi, on Monday.', 'State House', 'Nairobi'],
    ['Foreign Minister Yusuf Tuggar met Foreign Minister Ahmed Attaf at the Presidential Villa, Abuja.', 'Presidential Villa', 'Abuja'],
    ['The talks between President Emmanuel Macron and Prime Minister Keir Starmer at the Élysée Palace, Paris, lasted two hours.', 'Élysée Palace', 'Paris'],
  ]) {
    it(`${venue}, ${city}: the meeting is at the venue, which lies in the city, not in a country named by its capital`, () => {
      const f = new FactsView(text!, '2024-05-08');
      const [meeting] = f.events('meeting');
      expect(f.name(meeting?.place)).to.equal(venue);
      const place = f.facts.entities.find((e) => e.id === meeting?.place);
      expect(f.name(place?.within)).to.equal(city);
    });
  }
});

describe('events told twice, and events that only look so', () => {
  it('people present at a meeting told before hold no meeting of their own ("X and Y were also present", "who attended the talks with Z")', () => {
    const f = new FactsView(`Foreign Minister Lars Berg held talks with Foreign Minister Ana Ruiz in Madrid on Monday.
Ambassador Eva Lind and Deputy Minister Karl Ahn were also present during the meeting.
The Swedish delegation also included State Secretary Nils Dahl, who attended the talks with Ruiz.`, '2025-05-06');
    expect(meetings(f)).to.deep.equal(['Ana Ruiz + Lars Berg happened 2025-05-05 Madrid']);
  });


  it('a meeting told with another month is another meeting, even with no day ("last met in March")', () => {
    const f = new FactsView(`President Gabriel Boric held talks with President Luis Arce in La Paz on Tuesday.
Boric and Arce last met in March, when they agreed to reopen the border crossing.`, '2025-07-10');
    expect(meetings(f)).to.have.members(['Gabriel Boric + Luis Arce happened 2025-07-08 La Paz', 'Gabriel Boric + Luis Arce happened - -']);
  });

  it('"A and B met C": one meeting of three, not also a meeting of A and B', () => {
    const f = new FactsView('Kenyan President William Ruto and Ugandan President Yoweri Museveni met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.', '2025-05-06');
    expect(meetings(f)).to.deep.equal(['Samia Suluhu Hassan + William Ruto + Yoweri Museveni happened 2025-05-05 Arusha']);
  });
});

describe('the co-occurrence backstop: two people and a meeting word in one clause, when no rule parsed the sentence', () => {
  it('"X, on his first day back, received in the palace east wing Y": words no rule expects between verb and guest', () => {
    const f = new FactsView(`President Joao Mendes, on his first day back from leave, received in the palace east wing Foreign Minister Lina Haddad of Jordan on Tuesday.`, '2025-05-08');
    expect(meetings(f)).to.deep.equal(['Joao Mendes + Lina Haddad happened 2025-05-06 -']);
  });

  it('is not tried when a rule already found the meeting, nor across a sentence end or a quote', () => {
    const ruled = new FactsView(`Prime Minister Ivo Baros met Prime Minister Ana Petrov in Sofia on Monday.`, '2025-05-06');
    expect(ruled.events('meeting').map((e) => e.evidence[0].rule)).to.deep.equal(['meet-verb']);
    const split = new FactsView(`President Joao Mendes spoke about the economy. The talks with Lina Haddad were mentioned in a speech by Minister Rui Alves.`, '2025-05-06');
    expect(meetings(split)).to.deep.equal([]);
  });
});

describe('the day and place of a meeting told without them', () => {
  it('a meeting told right after the story\'s day (even one naming nobody) is on that day; "later" follows the meeting before', () => {
    const f = new FactsView(`RIGA, April 9 (LETA) - The foreign ministers of Latvia and Finland met in Riga on Tuesday to discuss Baltic Sea cables.
Latvian Foreign Minister Ilze Ozola and her Finnish counterpart, Mikko Salo, spoke for two hours at the foreign ministry.
Trade figures for the region were published by the statistics office.
Salo was later received by President Edgars Kalns.`, '2025-04-09');
    expect(meetings(f)).to.include('Ilze Ozola + Mikko Salo happened 2025-04-08 Riga');
    expect(meetings(f).find((m) => m.startsWith('Edgars Kalns + Mikko Salo'))).to.match(/ 2025-04-08 /);
  });

  it('"X, who arrived on Sunday night, was later received by Y": no day, since "later" may be that night or the next day', () => {
    const f = new FactsView(`Foreign Minister Rosa Vidal met Foreign Minister Hugo Baptiste in Lima on Monday.
Baptiste, who arrived in Lima on Sunday night, was later received by President Carmen Ruiz at the Government Palace.`, '2025-04-08');
    expect(meetings(f)).to.include('Carmen Ruiz + Hugo Baptiste happened - Government Palace');
  });

  it('"before the signing ceremony": the day the signing was told', () => {
    const f = new FactsView(`President Aibek Toktomushev and President Rustam Nazarov signed a water treaty in Osh on Friday.
Nazarov arrived in Osh on Thursday on a state visit.
The two presidents held talks in a narrow format at the Orion residence before the signing ceremony.`, '2025-04-12');
    expect(meetings(f)).to.include('Aibek Toktomushev + Rustam Nazarov happened 2025-04-11 Orion residence');
  });

  it('"last September" is a month: that meeting gets no day and stays apart from the same pair\'s dated meeting', () => {
    const f = new FactsView(`Foreign Minister Daniel Okafor met Foreign Minister Leila Haddad in Abuja on Tuesday.
Okafor had first met Haddad in Rabat last September.`, '2025-04-10');
    expect(meetings(f)).to.have.members(['Daniel Okafor + Leila Haddad happened 2025-04-08 Abuja', 'Daniel Okafor + Leila Haddad happened - Rabat']);
  });

  it('a live blog\'s undated meeting is on the day of its posts', () => {
    const f = new FactsView(`Summit live: ministers gather in Split

15:10 BST
Foreign Minister Ivo Maric and Foreign Minister Jonas Berg have held their first bilateral, on the hotel terrace.

11:05 BST
Ministers arrived for the morning session.`, '2025-06-03');
    expect(meetings(f)).to.deep.equal(['Ivo Maric + Jonas Berg happened 2025-06-03 -']);
  });

  it('a venue the gazetteer does not know lies in the dateline\'s city; a meeting with no place takes the city of all that day\'s other meetings', () => {
    const f = new FactsView(`NAIROBI, May 6 (KNA) - Foreign Minister Grace Wanjiru met Foreign Minister Idris Osman at the Sagana state lodge on Tuesday.
On Tuesday, Prime Minister Samuel Otieno also held talks with Foreign Minister Lucia Ferreira.`, '2025-05-06');
    const annex = f.facts.entities.find((e) => e.name === 'Sagana state lodge');
    expect(f.name(annex?.within)).to.equal('Nairobi');
    expect(meetings(f)).to.include('Lucia Ferreira + Samuel Otieno happened 2025-05-06 Nairobi');
  });
});
