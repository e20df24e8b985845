import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';

/** Eight short articles of varied style and region, with visit and meeting phrasings outside the dev corpus. */
const articles = {
  wireGulf: {
    published: '2025-04-15',
    text: `Pakistani foreign minister flies to Riyadh for talks

RIYADH, April 15 (Reuters) - Pakistani Foreign Minister Ishaq Dar flew to Riyadh on Monday for two days of talks on energy and labour.
Saudi Foreign Minister Prince Faisal bin Farhan received Dar in the Saudi capital Riyadh on Tuesday, the ministry said.`,
  },
  stateMediaAsia: {
    published: '2025-06-03',
    text: `HANOI (VNA) - Prime Minister Pham Minh Chinh received visiting Lao Deputy Prime Minister Saleumxay Kommasith at the Government Office in Hanoi on June 2.
Kommasith, who is visiting Vietnam from June 1 to 4, also held talks with Deputy Prime Minister Bui Thanh Son.`,
  },
  featureEurope: {
    published: '2025-02-20',
    text: `The Baltic minister who wants a seat at every table

Estonian Foreign Minister Margus Tsahkna was in Warsaw last week, where he met Polish Foreign Minister Radoslaw Sikorski.
Sikorski and Tsahkna discussed sanctions on Russia when they met in Warsaw.
Tsahkna's trip to Poland was his third this year.`,
  },
  tourAfrica: {
    published: '2025-03-10',
    text: `NAIROBI, March 10 - Turkish Foreign Minister Hakan Fidan began a tour of Kenya, Ethiopia and Somalia on Monday.
Fidan landed in Nairobi on Monday morning and is expected to meet President William Ruto on Tuesday.`,
  },
  kremlin: {
    published: '2024-10-23',
    text: `MOSCOW, Oct 23 (TASS) - President Vladimir Putin received Indian Prime Minister Narendra Modi at the Kremlin on Tuesday.
The two leaders discussed energy cooperation, the Kremlin said.`,
  },
  latinAmerica: {
    published: '2025-05-09',
    text: `Brazilian Foreign Minister Mauro Vieira is in Buenos Aires for talks with Argentine Foreign Minister Gerardo Werthein.
A meeting between Vieira and Werthein in Buenos Aires on Thursday focused on trade within Mercosur.`,
  },
  hostedCounterpart: {
    published: '2025-01-17',
    text: `BANGKOK, Jan 17 - Thai Foreign Minister Maris Sangiampongsa hosted his Malaysian counterpart Mohamad Hasan at Government House in Bangkok on Thursday.
Hasan welcomed Maris to Kuala Lumpur last year.`,
  },
  talksBetween: {
    published: '2025-07-12',
    text: `Talks in Geneva between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov ended on Friday without a deal.
Bayramov landed in Geneva on Thursday.`,
  },
};

const view = (name: keyof typeof articles): FactsView => new FactsView(articles[name].text, articles[name].published);

describe('visits and meetings in phrasings outside the dev corpus', () => {
  it('"flew to CITY for talks" is a visit; "received X in the Saudi capital Riyadh" a meeting there', () => {
    const f = view('wireGulf');
    expect(visits(f)).to.deep.equal(['Ishaq Dar -> Riyadh happened 2025-04-14']);
    expect(meetings(f)).to.deep.equal(['Faisal bin Farhan + Ishaq Dar happened 2025-04-15 Riyadh']);
  });

  it('"received visiting X at the Government Office in CITY"; "X, who is visiting COUNTRY from … to …, also held talks with Y"', () => {
    const f = view('stateMediaAsia');
    expect(meetings(f)).to.include('Pham Minh Chinh + Saleumxay Kommasith happened 2025-06-02 Government Office');
    expect(meetings(f).some((m) => m.startsWith('Bui Thanh Son + Saleumxay Kommasith happened'))).to.equal(true);
    expect(visits(f)).to.deep.equal(['Saleumxay Kommasith -> Hanoi happened 2025-06-01']);
  });

  it('"X was in CITY last week, where he met Y", retold as "A and B discussed … when they met in CITY": one meeting; "X\'s trip to COUNTRY" is the trip to the city', () => {
    const f = view('featureEurope');
    expect(meetings(f)).to.deep.equal(['Margus Tsahkna + Radoslaw Sikorski happened - Warsaw']);
    expect(visits(f)).to.deep.equal(['Margus Tsahkna -> Warsaw happened -']);
  });

  it('"began a tour of A, B and C": a visit to each (A\'s by its city where one is named); "landed in CITY … and is expected to meet Y on Tuesday": planned meeting', () => {
    const f = view('tourAfrica');
    expect(visits(f)).to.have.members([
      'Hakan Fidan -> Ethiopia happened 2025-03-10',
      'Hakan Fidan -> Somalia happened 2025-03-10',
      'Hakan Fidan -> Nairobi happened 2025-03-10',
    ]);
    expect(meetings(f)).to.deep.equal(['Hakan Fidan + William Ruto planned 2025-03-11 Nairobi']);
    expect(f.events('meeting')[0].cameo).to.equal('036');
  });

  it('"received X at the Kremlin on Tuesday": a hosted meeting (CAMEO 043) on that day', () => {
    const f = view('kremlin');
    const [m] = f.events('meeting');
    expect(f.events('meeting')).to.have.length(1);
    expect(f.who(m)).to.deep.equal(['Narendra Modi', 'Vladimir Putin']);
    expect(m).to.include({ date: '2024-10-22', status: 'happened', cameo: '043' });
  });

  it('"X is in CITY for talks with Y" is a visit and a meeting; "a meeting between X and Y in CITY on Thursday"', () => {
    const f = view('latinAmerica');
    expect(visits(f)).to.deep.equal(['Mauro Vieira -> Buenos Aires happened -']);
    expect(meetings(f)).to.deep.equal(['Gerardo Werthein + Mauro Vieira happened 2025-05-08 Buenos Aires']);
  });

  it('"hosted his counterpart Y at Government House in CITY"; "Y welcomed X to CITY" is X\'s visit there', () => {
    const f = view('hostedCounterpart');
    expect(meetings(f)).to.include('Maris Sangiampongsa + Mohamad Hasan happened 2025-01-16 Government House');
    expect(visits(f)).to.deep.equal(['Maris Sangiampongsa -> Kuala Lumpur happened -']);
  });

  it('"Talks in CITY between X and Y ended on Friday": a meeting in that city', () => {
    const f = view('talksBetween');
    expect(meetings(f)).to.deep.equal(['Ararat Mirzoyan + Jeyhun Bayramov happened 2025-07-11 Geneva']);
    expect(visits(f)).to.deep.equal(['Jeyhun Bayramov -> Geneva happened 2025-07-10']);
  });

  it('"welcomed X to the talks" is no visit: the destination must be a place', () => {
    const f = new FactsView('Foreign Minister Ahmed Attaf welcomed Tunisian Foreign Minister Mohamed Ali Nafti to the talks on Monday.', '2025-03-04');
    expect(visits(f)).to.deep.equal([]);
  });

  it('"shook hands with" is a meeting; "played host to" is hosting', () => {
    const f = new FactsView(`Japanese Prime Minister Shigeru Ishiba shook hands with Chinese Premier Li Qiang in Vientiane on Thursday.
French President Emmanuel Macron played host to Brazilian President Luiz Inacio Lula da Silva in Paris on Tuesday.`, '2025-05-14');
    expect(meetings(f)).to.have.members([
      'Li Qiang + Shigeru Ishiba happened 2025-05-08 Vientiane',
      'Emmanuel Macron + Luiz Inacio Lula da Silva happened 2025-05-13 Paris',
    ]);
    expect(f.events('meeting').find((m) => m.date === '2025-05-13')?.cameo).to.equal('043');
  });

  it('"X, on a visit to COUNTRY, met Y": the visit, and the meeting there', () => {
    const f = new FactsView('Indian External Affairs Minister S. Jaishankar, on a visit to Singapore, met Prime Minister Lawrence Wong on Monday.', '2025-05-14');
    expect(visits(f).map((v) => v.replace(/ \S+$/, ''))).to.deep.equal(['S. Jaishankar -> Singapore happened']);
    expect(meetings(f)).to.deep.equal(['Lawrence Wong + S. Jaishankar happened 2025-05-12 Singapore']);
  });

  it('"During his visit to CITY, X met Y" is X\'s visit; with "X received Y" the guest is not X', () => {
    const met = new FactsView('During his visit to Cairo, Jordanian Foreign Minister Ayman Safadi met President Abdel Fattah al-Sisi.', '2025-05-14');
    expect(visits(met)).to.deep.equal(['Ayman Safadi -> Cairo happened -']);
    expect(meetings(met)).to.deep.equal(['Abdel Fattah al-Sisi + Ayman Safadi happened - Cairo']);
    const received = new FactsView('During his visit to Cairo, President Abdel Fattah al-Sisi received Jordanian Foreign Minister Ayman Safadi.', '2025-05-14');
    expect(visits(received)).to.deep.equal([]);
  });

  it('"kicked off a three-nation Pacific tour in COUNTRY on Sunday" is a visit there', () => {
    const f = new FactsView('Australian Foreign Minister Penny Wong kicked off a three-nation Pacific tour in Fiji on Sunday.', '2025-05-14');
    expect(visits(f)).to.deep.equal(['Penny Wong -> Fiji happened 2025-05-11']);
  });

  it('"X is due in CITY on Friday for talks with Y": a planned visit and a planned meeting there', () => {
    const f = new FactsView('Chinese Foreign Minister Wang Yi is due in Islamabad on Friday for talks with Pakistani Foreign Minister Ishaq Dar.', '2025-05-14');
    expect(visits(f)).to.deep.equal(['Wang Yi -> Islamabad planned 2025-05-16']);
    expect(meetings(f)).to.deep.equal(['Ishaq Dar + Wang Yi planned 2025-05-16 Islamabad']);
  });

  it('"left for CITY" is a visit; "will be in CITY on Sunday" a planned one', () => {
    const f = new FactsView(`Turkish Foreign Minister Hakan Fidan left for Nairobi on Sunday.
Saudi Foreign Minister Prince Faisal bin Farhan will be in Islamabad on Sunday.`, '2025-05-14');
    // The destination is the city; "for"/"visiting" + capital is read as the country before the event rules (sentence-view.ts LOCATIVE).
    const trips = visits(f).map((v) => v.replace(/-> \S+ /, '-> _ '));
    expect(trips).to.have.members(['Hakan Fidan -> _ happened 2025-05-11', 'Faisal bin Farhan -> _ planned 2025-05-18']);
  });

  it('"X, visiting CITY, said …" is a visit', () => {
    const f = new FactsView('Turkish Foreign Minister Hakan Fidan, visiting Nairobi, said ties were strong.', '2025-05-14');
    expect(visits(f).map((v) => v.replace(/-> \S+ /, '-> _ '))).to.deep.equal(['Hakan Fidan -> _ happened -']);
  });

  it('"held a meeting in CITY on Sunday with Y": the place and date inside the verb phrase', () => {
    const f = new FactsView('Turkish Foreign Minister Hakan Fidan held a meeting in Nairobi on Sunday with Kenyan President William Ruto.', '2025-05-14');
    expect(meetings(f)).to.deep.equal(['Hakan Fidan + William Ruto happened 2025-05-11 Nairobi']);
  });

  it('"returned to CITY after talks with Y": a meeting told in a side clause, without a determiner', () => {
    const f = new FactsView('Nigerian Foreign Minister Yusuf Tuggar returned to Abuja on Sunday after talks with Ghanaian President John Mahama.', '2025-05-14');
    expect(f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.status}`)).to.deep.equal(['John Mahama + Yusuf Tuggar happened']);
  });
});
