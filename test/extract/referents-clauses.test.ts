import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';
import { titleFits } from '../../src/extract/referents.js';

describe('people told across clauses: pronouns after a subordinator, "the two" alone, titles by role', () => {
  it('"…, where on Monday he met X": the subject of the trip told before the pronoun', () => {
    const f = new FactsView(`Trade Minister Ola Brandt began the week in Lisbon, where on Monday he met Prime Minister Rui Sampaio at the Sao Bento Palace.`, '2025-06-04');
    expect(meetings(f)).to.deep.equal(['Ola Brandt + Rui Sampaio happened 2025-06-02 Sao Bento Palace']);
  });

  it('"X said Y had signed the accord, after which she met W": the subject of the event told before the pronoun, not the speaker', () => {
    const f = new FactsView(`Spokesman Tomas Reid said President Ana Kovac had signed the accord in Vienna on Monday, after which she met Chancellor Peter Gruber.`, '2025-06-04');
    expect(f.events('meeting').map((m) => f.who(m).join(' + '))).to.deep.equal(['Ana Kovac + Peter Gruber']);
  });

  it('"A and B … spent hours in talks" is a meeting; "He and B …": the pronoun joins the pair', () => {
    const f = new FactsView(`Security Adviser Mark Olsen and Foreign Minister Le Van Thanh spent six hours in talks at a lakeside villa on Tuesday.`, '2025-06-04');
    expect(meetings(f)).to.deep.equal(['Le Van Thanh + Mark Olsen happened 2025-06-03 -']);
  });

  it('"X hosted Y …, before the two were joined by Z for a trilateral meeting": the pair met, then the three', () => {
    const f = new FactsView(`Foreign Minister Lina Berg hosted her Danish counterpart Sven Holm in Oslo on Monday for talks on fisheries, before the two were joined later in the day by Icelandic Foreign Minister Anna Jonsdottir for a trilateral meeting on Arctic shipping.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Anna Jonsdottir + Lina Berg + Sven Holm', 'Lina Berg + Sven Holm']);
  });

  it('"the premier": the person holding the post the title names; "the Nepali prime minister": the Nepali holding it', () => {
    const f = new FactsView(`Prime Minister Omar Haddad opened the summit on Monday.
The premier, who arrived on Sunday at the head of a large delegation, met President Lea Marin on Tuesday.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Lea Marin + Omar Haddad']);
    const g = new FactsView(`Nepali Prime Minister Ram Thapa will visit India. Nepali Congress leader Hari Koirala criticised the plan, and Koirala later spoke to reporters.
Since then, the Nepali prime minister has met Prime Minister Vikram Rao twice.`, '2025-06-04');
    expect(meetings(g).map((m) => m.split(' happened')[0])).to.deep.equal(['Ram Thapa + Vikram Rao']);
  });

  it('a title no one in the article holds is the subject of the sentence before ("the chancellor" for a foreign minister)', () => {
    const f = new FactsView(`Paraguay's foreign minister, Luis Ortega, went to Lima last week.
On Thursday, the chancellor was received by his Peruvian counterpart, Foreign Minister Rosa Paredes, at the ministry.`, '2025-06-09');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Luis Ortega + Rosa Paredes']);
  });

  it('a pronoun in a later clause of a sentence told by a pronoun is whom the sentence before was about', () => {
    const f = new FactsView(`President Ivo Lasko spent three days in Hanoi this week.
His most productive morning came on Tuesday, when he received Prime Minister Tran Duc Minh at the embassy.`, '2025-06-06');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Ivo Lasko + Tran Duc Minh']);
    const g = new FactsView(`Chairman Bao Renshu thanked the envoy for the message.
He said that ties were strong, and that he would travel to Lima in the spring to hold talks with President Daniel Mora.`, '2025-06-06');
    expect(meetings(g).map((m) => m.split(' planned')[0])).to.deep.equal(['Bao Renshu + Daniel Mora']);
  });

  it('"X travelled to P for talks with Y, and he met Z": the pronoun is the traveller, not the person named last', () => {
    const f = new FactsView(`Defence Minister Karl Aune travelled to Riga in May for talks with Army Chief Janis Ozols, and he met Foreign Minister Ilze Berzina separately the same week.`, '2025-06-06');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.include('Ilze Berzina + Karl Aune').and.not.include('Ilze Berzina + Janis Ozols');
  });
  it('"X said he had raised it with Y when the two spoke by phone": the two people the sentence names before', () => {
    const f = new FactsView(`Mayor Tomas Ek, who took office in May, said he had raised the port dispute with the regional chief, Governor Lina Holm, when the two spoke by phone on Friday.`, '2025-06-09');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Lina Holm + Tomas Ek']);
    const g = new FactsView(`Mayor Tomas Ek said Governor Lina Holm had backed the plan and Senator Ola Rask had not, when the two spoke by phone on Friday.`, '2025-06-09');
    expect(meetings(g)).to.deep.equal([]);
  });
  it('"the UN envoy": a title told with an organisation names the person titled so, as "the Uzbek minister" does', () => {
    const f = new FactsView(`The special representative of the UN Secretary-General, Maria Lund, met President Ali Sabri in Aden on Monday.
The UN envoy is due to travel to Mukalla on Wednesday to meet Governor Salem Bahaj.`, '2025-06-09');
    expect(meetings(f).map((m) => m.replace(/ (happened|planned).*/, ''))).to.deep.equal(['Ali Sabri + Maria Lund', 'Maria Lund + Salem Bahaj']);
  });
  it('"A planned meeting with X …" naming no one else: a meeting of whom the sentence before was about, planned', () => {
    const f = new FactsView(`President Rosa Vidal arrived in Quito on Monday for the Andean summit.
A planned meeting with Prime Minister Hugo Salas, originally set for Tuesday, has been postponed, officials said.`, '2025-06-09');
    expect(f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.status}`)).to.deep.equal(['Hugo Salas + Rosa Vidal planned']);
  });
  it('"In P he held talks with X", "the stop came after a visit to P, during which he met X": whom the sentence before was about', () => {
    const f = new FactsView(`President Ola Dahl toured three Baltic capitals last week.
In Vilnius he held talks with Prime Minister Rasa Vaitkute.
The Riga stop came after a day in Tallinn, during which he met President Toomas Kask.`, '2025-06-09');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Ola Dahl + Rasa Vaitkute', 'Ola Dahl + Toomas Kask']);
  });

  it('a clause pronoun after a subject the skeleton does not name (an unknown name, a title) is not the person before', () => {
    const f = new FactsView(`Prime Minister Ola Dahl spoke at the forum on Monday.
Wirajuda returned from Oslo on Tuesday, where he met Foreign Minister Rasa Vaitkute.`, '2025-06-09');
    expect(meetings(f).filter((m) => m.includes('Ola Dahl'))).to.deep.equal([]);
  });
  it('"X told reporters that he had spoken with Y": the speaker; "X denied that he had met Y": no meeting', () => {
    const f = new FactsView(`Premier Tomas Vik told reporters at the hotel that he had spoken by phone with President Ana Rios on Monday.`, '2025-06-09');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Ana Rios + Tomas Vik']);
    const g = new FactsView(`Premier Tomas Vik flatly denied that he had met President Ana Rios in secret.`, '2025-06-09');
    expect(meetings(g)).to.deep.equal([]);
  });
  it('"Deputy PM and Foreign Minister X hosted his Latvian counterpart Y": Y is Latvia\'s foreign minister, "the Latvian minister" later', () => {
    const f = new FactsView(`Deputy Prime Minister and Foreign Minister Jonas Berg hosted his Latvian counterpart Aivars Ozols in Oslo on Monday.
The Latvian minister is also due to meet Defence Minister Kari Lund on Tuesday.`, '2025-06-09');
    expect(f.posts()).to.include('Aivars Ozols | ForeignMinister | Latvia');
    expect(meetings(f).map((m) => m.split(/ (?:happened|planned)/)[0])).to.deep.equal(['Aivars Ozols + Jonas Berg', 'Aivars Ozols + Kari Lund']);
  });
  it('"the two leaders" are no pair of ministers met last: the two heads of state or government named last', () => {
    const f = new FactsView(`President Lars Moen and Prime Minister Eva Kask have not spoken in a year.
Foreign Minister Rui Sousa met Foreign Minister Ana Lind in Geneva on Monday.
The last time the two leaders met, in March 2023, the talks collapsed.`, '2025-06-09');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.include('Eva Kask + Lars Moen');
  });
});

describe('a second verb sharing the subject of the first', () => {
  it('"A and B last met in June in Oslo, and held a telephone conversation in March": two meetings of the pair', () => {
    const f = new FactsView(`President Jan Novak and President Eva Horvat last met in June in Oslo, on the sidelines of a summit, and held a telephone conversation in March.`, '2025-06-09');
    const told = f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.mode ?? 'in-person'}`).sort();
    expect(told).to.deep.equal(['Eva Horvat + Jan Novak in-person', 'Eva Horvat + Jan Novak phone']);
  });

  it('"arrived in X on Tuesday and, on the same day, visited Y": an aside holding a day between "and" and the verb', () => {
    const f = new FactsView(`Foreign Minister Ivo Petrov arrived in Vienna on Tuesday and, on the same day, visited Bratislava.`, '2025-06-12');
    expect(visits(f, false)).to.deep.equal(['Ivo Petrov -> Vienna happened', 'Ivo Petrov -> Bratislava happened']);
  });

  it('"landed in X on Sunday and on Monday called on Y": a day between "and" and the verb', () => {
    const f = new FactsView(`Trade Minister Lars Berg landed in Oslo on Sunday night and on Monday called on Prime Minister Kari Lund at her office.`, '2025-06-12');
    expect(meetings(f)).to.deep.equal(['Kari Lund + Lars Berg happened 2025-06-09 Oslo']);
  });

  it('"met A in the morning and was then received by B": the subject is the guest of both, A hosts no one', () => {
    const f = new FactsView(`Foreign Minister Ana Duarte flew to Maputo on Tuesday, where she met Defence Minister Jose Macuacua in the morning and was then received by President Celia Nhantumbo at the Ponta Vermelha palace.`, '2025-06-12');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Ana Duarte + Celia Nhantumbo', 'Ana Duarte + Jose Macuacua']);
  });

  it('"X laid a wreath … and visited the port in Y": the opening subject visits Y', () => {
    const f = new FactsView(`At the end of the visit, Foreign Minister Aida Nurova laid a wreath at the monument to poet Abai Kunanbayev in the city park and visited the Poti International Sea Port in Poti.`, '2025-06-12');
    expect(visits(f, false)).to.deep.equal(['Aida Nurova -> Poti happened']);
  });
});

describe('people told by title or pronoun in later sentences', () => {
  it('"the Personal Envoy" after "The Personal Envoy of …, Mr. X,": the person the title stood beside, even after a sentence naming someone else', () => {
    const f = new FactsView(`The Personal Envoy of the Secretary-General for the Horn of Africa, Mr. Anders Lindqvist, ended a four-day tour of the region on Friday.
On Tuesday, the Personal Envoy was received in Asmara by President Yonas Tekle.
The talks covered the border commission chaired by Judge Miriam Okafor.
On Thursday, the Personal Envoy also spoke by telephone with Prime Minister Abdi Warsame.`, '2025-06-14');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Abdi Warsame + Anders Lindqvist', 'Anders Lindqvist + Yonas Tekle']);
  });

  it('"he met A and on Friday he was received by B": each pronoun of the sentence told of its subject', () => {
    const f = new FactsView(`Foreign Minister Tarja Lehto flew to Tallinn on Wednesday.
On Thursday, she met Defence Minister Kalle Rand and on Friday she was received by President Mart Kivi.`, '2025-06-14');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Kalle Rand + Tarja Lehto', 'Mart Kivi + Tarja Lehto']);
  });

  it('"She said …" makes the pronoun\'s referent the subject, not the first person the sentence names', () => {
    const f = new FactsView(`Foreign Minister Dana Ruiz arrived in Quito on Monday.
She said the report of Auditor Pablo Vera would be published soon.
She then met President Irene Soto.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Dana Ruiz + Irene Soto']);
  });

  it('"the Chinese vice minister": the Chinese named as a vice foreign minister, not the Chinese foreign minister', () => {
    const f = new FactsView(`Chinese Executive Vice Foreign Minister Liu Chen held talks with Vice Minister Han Soo in Seoul on Tuesday.
Chinese Foreign Minister Zhao Ming is due in Seoul next year.
The Chinese vice minister will pay a courtesy call on Foreign Minister Park Min on Wednesday.`, '2025-06-04');
    const who = meetings(f).map((m) => m.split(' happened')[0].split(' planned')[0]).sort();
    expect(who).to.include('Liu Chen + Park Min');
    expect(who.some((m) => m.includes('Zhao Ming'))).to.equal(false);
  });

  it('"the visiting minister" after "A received B": the guest, not the host', () => {
    const f = new FactsView(`Foreign Minister Kofi Mensah on Monday received his Malian counterpart, Mr Adama Keita, in Accra.
The visiting minister later called on President Ama Owusu at the Jubilee House.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Adama Keita + Ama Owusu', 'Adama Keita + Kofi Mensah']);
  });

  it('"the two presidents" are no president and minister who met: the two presidents named last', () => {
    const f = new FactsView(`Kazakh President Aru Bekov received Uzbek Foreign Minister Dilnoza Karimova in Astana on Monday.
Karimova conveyed warm greetings from Uzbek President Timur Rashidov.
The two presidents last spoke by phone in March.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Aru Bekov + Dilnoza Karimova', 'Aru Bekov + Timur Rashidov']);
  });
});

describe('"the two sides" after a meeting told in the same sentence', () => {
  it('"A met B, and the two sides agreed": A and B, not the pair of the sentence before', () => {
    const f = new FactsView(`On Monday, Foreign Minister Li Wen held talks with Foreign Minister Kwame Asare in Beijing.
Also on Monday, parliament speaker Zhou Hua met with President Ama Owusu, and the two sides agreed to strengthen exchanges between their legislatures.`, '2025-06-12');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Ama Owusu + Zhou Hua', 'Kwame Asare + Li Wen']);
  });
});

describe('"the <demonym> <title>" when the title holder was named without a country', () => {
  it('"the Nepali prime minister" is the prime minister named before, not a Nepali titled otherwise', () => {
    const f = new FactsView(`Prime Minister Ravi Karki will visit New Delhi next month, officials in Kathmandu said.
Nepali opposition leader Hari Joshi criticised the plan on Monday.
Since then, the Nepali prime minister has met Prime Minister Anil Mehta twice.`, '2025-06-04');
    expect(meetings(f).map((m) => m.split(' happened')[0])).to.deep.equal(['Anil Mehta + Ravi Karki']);
  });
});

describe('"the head of <demonym> diplomacy": the foreign minister of that country', () => {
  it('"the head of the Chilean diplomatic service", "the chief of Chilean diplomacy" meet as Chile\'s foreign minister', () => {
    for (const phrase of ['The head of the Chilean diplomatic service', 'The chief of Chilean diplomacy', 'The head of the Chilean foreign ministry']) {
      const f = new FactsView(`Chilean Foreign Minister Rosa Vidal and President Tomas Herrera of Chile opened a trade fair in Lima on Monday, hosted by Peruvian officials.
${phrase} will travel to Quito in March for talks with Foreign Minister Pablo Cevallos.`, '2025-06-12');
      expect(meetings(f).map((m) => m.split(' planned')[0]), phrase).to.deep.equal(['Pablo Cevallos + Rosa Vidal']);
    }
  });
});

describe('an object pronoun in a clause of its own', () => {
  it('"said X would fly to Y, and that a meeting between her and Z could follow": X, not the subject of the sentence before', () => {
    const f = new FactsView(`President Marta Silva opened the trade summit in Lisbon on Monday.
Officials said Foreign Minister Ana Lopes would fly to Madrid on Friday, and that a meeting between her and Foreign Minister Luis Prado could follow.`, '2025-06-12');
    expect(f.events('meeting').map((m) => f.who(m).join(' + '))).to.deep.equal(['Ana Lopes + Luis Prado']);
  });
});

describe('title nouns of the family: crown prince, vice president, foreign secretaries', () => {
  it('"the crown prince" and "the two foreign secretaries" name the people titled so', () => {
    const f = new FactsView(`Crown Prince Salim bin Rashid received Foreign Minister Ivo Kral in Manama on Monday.
On Tuesday, the crown prince also met Defence Minister Jana Novak.`, '2025-06-12');
    expect(meetings(f).map((m) => m.split(' happened')[0]).sort()).to.deep.equal(['Ivo Kral + Salim bin Rashid', 'Jana Novak + Salim bin Rashid']);
    const g = new FactsView(`Foreign Secretary Vikas Rao met Foreign Secretary Sunil Perera in Colombo on Monday, and Prime Minister Dinesh Silva gave a speech in Kandy on Tuesday.
The two foreign secretaries held talks again in Galle on Wednesday.`, '2025-06-12');
    expect(meetings(g).map((m) => m.split(' happened')[0])).to.deep.equal(['Sunil Perera + Vikas Rao', 'Sunil Perera + Vikas Rao']);
  });
});

describe('a title told alone fitting a title a person was named with', () => {
  it('keeps the words in order and every rank word of the person\'s title', () => {
    expect(titleFits('vice minister', 'executive vice foreign minister')).to.equal(true);
    expect(titleFits('special envoy', 'special envoy of the secretary-general for the §l2')).to.equal(true);
    expect(titleFits('minister', 'foreign ministers')).to.equal(true);
    expect(titleFits('foreign minister', 'deputy foreign minister')).to.equal(false);
    expect(titleFits('minister', 'prime minister')).to.equal(false);
    expect(titleFits('envoy minister', 'minister and envoy')).to.equal(false);
  });
});
