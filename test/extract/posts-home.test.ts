import { expect } from 'chai';
import { FactsView } from './helpers.js';

/** "Name | Role | in | rule" for every post, after the home country has filled what the text left unsaid. */
function homePosts(text: string, publisher?: string): string[] {
  const view = new FactsView(text, '2024-05-06', publisher).homeFilled();
  return view.facts.positions.map((p) => `${view.name(p.holder)} | ${p.role} | ${view.name(p.in) ?? ''} | ${p.evidence.rule}`).sort();
}

describe('posts: the home country of a datelined article', () => {
  it('a post stated without a country is held in the dateline\'s country, and says so in its rule', () => {
    expect(homePosts('MANILA (Wire) - House Speaker Ramon Dizon told lawmakers on Monday that the Philippines would pass the budget.')).to.deep.equal([
      'Ramon Dizon | LegislatureChair | Philippines | title-name+home-country',
    ]);
  });

  it('a dateline country the text never names is no home country', () => {
    expect(homePosts('MANILA (Wire) - House Speaker Ramon Dizon told lawmakers on Monday that the budget would pass.')).to.deep.equal([
      'Ramon Dizon | LegislatureChair |  | title-name',
    ]);
  });

  it('a dateline with a written-out date ("ABU DHABI, 11th January, 2024 (WAM) --") gives the home country too', () => {
    expect(homePosts('ABU DHABI, 6th May, 2024 (WAM) -- H.E. Saeed Al Rumaithi, Minister of State, received the delegation today.')).to.deep.equal([
      'Saeed Al Rumaithi | Minister | United Arab Emirates | apposition+home-country',
    ]);
  });

  it('without a dateline, no country is guessed', () => {
    expect(homePosts('House Speaker Ramon Dizon told lawmakers on Monday that the budget would pass.')).to.deep.equal(['Ramon Dizon | LegislatureChair |  | title-name']);
  });

  it('a visitor, or someone meeting a person of the home country, is not placed there', () => {
    expect(homePosts('MANILA (Wire) - President Karl Weber arrived in Manila on Monday for a two-day state visit.')).to.deep.equal(['Karl Weber | President |  | title-name']);
    expect(homePosts('MANILA (Wire) - Philippine Foreign Secretary Ana Reyes met Prime Minister Lars Holm in Manila on Monday.')).to.deep.equal([
      'Ana Reyes | ForeignMinister | Philippines | title-name',
      'Lars Holm | PrimeMinister |  | title-name',
    ]);
  });

  it('in a three-way meeting two people of the home country are no foreigners to each other', () => {
    expect(homePosts('MANILA (Wire) - Philippine Foreign Secretary Ana Reyes, Defence Secretary Jose Cruz and Prime Minister Lars Holm held talks in Manila on Monday.')).to.include(
      'Jose Cruz | DefenceMinister | Philippines | title-name+home-country',
    );
  });

  it('travelling abroad does not tie a person elsewhere: only a visit to the home country does', () => {
    expect(homePosts("KIGALI (Wire) - Foreign Minister Eric Mugabo travelled to Luanda on Wednesday for talks on Rwanda's border.")).to.deep.equal([
      'Eric Mugabo | ForeignMinister | Rwanda | title-name+home-country',
    ]);
  });

  it('organisation heads and envoys keep no country', () => {
    expect(homePosts('MANILA (Wire) - Special Envoy Maria Kask told reporters on Monday that talks would resume.')).to.deep.equal(['Maria Kask | SpecialEnvoy |  | title-name']);
  });
});

describe('posts: the home country of a publisher', () => {
  it('without a dateline, the country the publisher\'s name names is home', () => {
    expect(homePosts('President Daniel Kiprop said on Monday that Kenya would host the summit.', 'The Nairobi Ledger')).to.deep.equal([
      'Daniel Kiprop | President | Kenya | title-name+home-country',
    ]);
  });

  it('a newspaper\'s story filed abroad is at home where it was filed', () => {
    expect(
      homePosts('TOKYO — Prime Minister Kenji Sato said Japan would host the talks, and the United States welcomed the plan.', 'The Washington Ledger'),
    ).to.deep.equal(['Kenji Sato | PrimeMinister | Japan | title-name+home-country']);
    expect(homePosts('SUVA, Fiji (Wire) - Prime Minister Jone Vuki told reporters that Fiji and Australia would sign the pact.', 'Australian Associated Press')).to.deep.equal([
      'Jone Vuki | PrimeMinister | Fiji | title-name+home-country',
    ]);
  });

  it('a national news agency writes for readers at home wherever it files', () => {
    expect(
      homePosts('TOKYO, May 6 (Yonhap) -- First Vice Foreign Minister Park Min-ho said South Korea and Japan would hold talks.', 'Yonhap News Agency'),
    ).to.deep.equal(['Park Min-ho | FirstViceForeignMinister | South Korea | title-name+home-country']);
  });
});

describe('posts: a home country is never given to a person known as someone of another country', () => {
  it('a name the bundled people table ties to another country places the post there', () => {
    expect(homePosts('BEIJING - Chief Cabinet Secretary Yoshimasa Hayashi told reporters that China and Japan would talk.')).to.deep.equal([
      'Yoshimasa Hayashi | GovernmentOfficial | Japan | title-name+implied-country',
    ]);
    expect(homePosts('MOSCOW (Wire) - Prime Minister Fumio Kishida said on Monday that Russia should return the islands.')).to.deep.equal([
      'Fumio Kishida | PrimeMinister | Japan | title-name+implied-country',
    ]);
  });

  it('a name the table ties to the home country itself is placed there', () => {
    expect(homePosts('TOKYO (Wire) - Prime Minister Fumio Kishida said on Monday that Japan would host the talks.')).to.deep.equal([
      'Fumio Kishida | PrimeMinister | Japan | title-name+implied-country',
    ]);
  });
});

describe('posts: titles whose role depends on the country', () => {
  it('"Foreign Secretary" is the foreign minister in London but a senior official in Dhaka or Delhi', () => {
    expect(homePosts("DHAKA, May 6 (Wire) - Foreign Secretary Rafiq Ahmed told reporters on Monday that Bangladesh's talks went well.")).to.deep.equal([
      'Rafiq Ahmed | ForeignMinistryOfficial | Bangladesh | title-name+home-country',
    ]);
    expect(homePosts("LONDON, May 6 (Wire) - Foreign Secretary Tom Hale told reporters on Monday that the United Kingdom's talks went well.")).to.deep.equal([
      'Tom Hale | ForeignMinister | United Kingdom | title-name+home-country',
    ]);
    expect(homePosts("India's Foreign Secretary Arjun Rao told reporters on Monday that the talks went well.")).to.deep.equal([
      'Arjun Rao | ForeignMinistryOfficial | India | title-name',
    ]);
  });

  it('a counterpart holds what the title names in the counterpart\'s country', () => {
    expect(homePosts("DHAKA, May 6 (Wire) - Foreign Secretary Rafiq Ahmed and his Indian counterpart Arjun Rao held talks on Bangladesh's border on Monday.")).to.deep.equal([
      'Arjun Rao | ForeignMinistryOfficial | India | counterpart',
      'Rafiq Ahmed | ForeignMinistryOfficial | Bangladesh | title-name+home-country',
    ]);
  });

  it('a republic\'s "Head of State" is its president; a capitalised determiner opens a reversed title', () => {
    expect(homePosts("KIGALI (Wire) - The Head of State, Jean Mugenzi, on Tuesday received the envoy of Rwanda's neighbour.")).to.deep.equal([
      'Jean Mugenzi | President | Rwanda | title-comma-name+home-country',
    ]);
    expect(homePosts("RABAT (Wire) - The Head of State, Hassan Idrissi, on Tuesday received the envoy of Morocco's neighbour.")).to.deep.equal([
      'Hassan Idrissi | HeadOfState | Morocco | title-comma-name+home-country',
    ]);
  });

  it('"Chief Adviser" heads the government of Bangladesh', () => {
    expect(homePosts('DHAKA, May 6 (Wire) - Chief Adviser Karim Hossain told reporters on Monday that elections in Bangladesh would be held.')).to.deep.equal([
      'Karim Hossain | HeadOfGovernment | Bangladesh | title-name+home-country',
    ]);
  });
});

describe('posts: "as COUNTRY\'s TITLE"', () => {
  it('the person before holds the post in that country', () => {
    expect(homePosts("When Ana Ferreira landed in Luanda on Monday, it was her third visit as Portugal's foreign minister.")).to.deep.equal([
      'Ana Ferreira | ForeignMinister | Portugal | as-title',
    ]);
  });

  it('a former post is no post', () => {
    expect(homePosts("Ana Ferreira, who visited Luanda on Monday, spoke as Portugal's former foreign minister.")).to.deep.equal([]);
  });

  it('"who served as C\'s TITLE" is a post held once: none now, but the person is of C', () => {
    const f = new FactsView("Ana Ferreira, who served as Portugal's foreign minister until 2022, now teaches in Lisbon.", '2024-05-06');
    expect(f.posts()).to.deep.equal([]);
    expect(f.person('Ana Ferreira')?.country).to.equal('PT');
  });
});

describe('posts: a president is not placed in a monarchy\'s dateline', () => {
  it('leaves a president without a country under a Gulf or European monarchy\'s dateline, not under a republic\'s', () => {
    for (const text of [
      'DOHA, May 6 -- Qatar hosted talks on Sudan. Envoy Karl Weber, whom President Lars Holm named last year, said the talks went well.',
      'MADRID, May 6 -- Spain hosted talks on Sudan. Envoy Karl Weber, whom President Lars Holm named last year, said the talks went well.',
    ]) {
      expect(homePosts(text).filter((p) => p.startsWith('Lars Holm')), text).to.deep.equal(['Lars Holm | President |  | title-name']);
    }
    expect(homePosts('LIMA, May 6 -- Peru hosted talks on Sudan. Envoy Karl Weber, whom President Lars Holm named last year, said the talks went well.').filter((p) => p.startsWith('Lars Holm'))).to.deep.equal([
      'Lars Holm | President | Peru | title-name+home-country',
    ]);
  });
});

describe('posts: a post the article gives someone else in the home country', () => {
  it('is not also filled in for a second holder there', () => {
    expect(homePosts('ANKARA - Turkish President Recep Erdogan spoke on Monday. Araghchi took office in the government of President Reza Farahani last month.').filter((p) => p.startsWith('Reza'))).to.deep.equal([
      'Reza Farahani | President |  | title-name',
    ]);
    expect(homePosts('BUENOS AIRES - Argentina\'s Foreign Minister Diana Mondino said on Monday that Argentina would not change course despite criticism from Foreign Minister Paulo Mendes.').filter((p) => p.startsWith('Paulo'))).to.deep.equal([
      'Paulo Mendes | ForeignMinister |  | title-name',
    ]);
  });

  it('a post of another kind, or one no one else holds there, is still filled', () => {
    expect(homePosts('ANKARA - Turkish President Recep Erdogan spoke on Monday. Finance Minister Mehmet Simsek said the budget would pass.').filter((p) => p.startsWith('Mehmet'))).to.deep.equal([
      'Mehmet Simsek | FinanceMinister | Türkiye | title-name+home-country',
    ]);
  });
});

describe('posts: "Foreign Affairs and Foreign Trade Minister X"', () => {
  it('is the foreign minister', () => {
    for (const text of ['KINGSTON - Foreign Affairs and Foreign Trade Minister Kamina Johnson Smith attended the meeting in Kingston, Jamaica.', 'KINGSTON - Jamaica\'s Minister of Foreign Affairs and Foreign Trade, Kamina Johnson Smith, spoke.']) {
      expect(homePosts(text).map((p) => p.split(' | ').slice(0, 3).join(' | ')), text).to.deep.equal(['Kamina Johnson Smith | ForeignMinister | Jamaica']);
    }
  });
});

describe('posts: a capitals dateline with letters beyond ASCII', () => {
  it('"CHIȘINĂU –", "BOGOTÁ -", "ASUNCIÓN —" give the home country', () => {
    for (const [text, country] of [
      ['CHIȘINĂU – Moldova hosted the talks. Prime Minister Dorin Recean was waiting on the tarmac.', 'Moldova'],
      ['BOGOTÁ - Colombia hosted the talks. Prime Minister Ana Ruiz was waiting on the tarmac.', 'Colombia'],
      ['ASUNCIÓN — Paraguay hosted the talks. Interior Minister Ana Ruiz was waiting on the tarmac.', 'Paraguay'],
    ]) {
      expect(homePosts(text).map((p) => p.split(' | ')[2]), text).to.deep.equal([country]);
    }
  });
});
