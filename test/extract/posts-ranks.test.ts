import { expect } from 'chai';
import { FactsView } from './helpers.js';

const view = (text: string): FactsView => new FactsView(text, '2024-05-08');

describe('posts: abbreviated military ranks and service chiefs', () => {
  it('"Lt. Gen. X", "Maj. Gen. X", "Lt. Col. X" are titled persons with a military post', () => {
    for (const [text, holder] of [
      ['Capt. Ibrahim Traore met Lt. Gen. Abdourahamane Tiani in Niamey on Monday.', 'Abdourahamane Tiani'],
      ['Thai Air Chief Marshal Somchai Prasert met Maj. Gen. Alan Ruiz in Bangkok.', 'Alan Ruiz'],
      ['Egypt sent Lt. Col. Ana Ruiz to Cairo on Monday.', 'Ana Ruiz'],
    ]) {
      const facts = view(text);
      expect(facts.persons(), text).to.include(holder);
      expect(facts.posts().some((p) => p.startsWith(`${holder} | MilitaryOfficer`)), text).to.equal(true);
    }
  });

  it('"Chief of Army Staff Field Marshal X" is one person, no "Staff Field"', () => {
    for (const text of [
      'The prime minister, accompanied by Chief of Army Staff Field Marshal Syed Asim Munir, flew to Washington.',
      'Pakistan\'s Chief of Army Staff Field Marshal Syed Asim Munir met Gen. Michael Kurilla in Tampa.',
      'India\'s Chief of the Naval Staff Admiral Dinesh Tripathi arrived in Colombo on Monday.',
    ]) {
      const persons = view(text).persons();
      expect(persons.filter((p) => /Staff|Field|Admiral/.test(p)), text).to.deep.equal([]);
    }
  });
});

describe('persons: capitalised words that are no names', () => {
  it('"PM X" is the prime minister X, not a person "PM X"', () => {
    for (const text of ['On Thursday, PM Shehbaz held a meeting with Muhammad Yunus in New York.', 'PM Shehbaz Sharif met President Donald Trump at the White House.', 'Later, PM Anwar Ibrahim received the delegation.']) {
      expect(view(text).persons().filter((p) => p.startsWith('PM')), text).to.deep.equal([]);
    }
  });

  it('"Thereafter, the Deputy President", "During the Courtesy Call, the Minister" name no one', () => {
    for (const text of [
      'Thereafter, the Deputy President held talks with the Prime Minister of Mozambique, Ms Maria Levi.',
      'During the Courtesy Call, the Deputy President was accompanied by Mr Alvin Botes.',
      'He will review the Joint Working Groups set up last year.',
    ]) {
      expect(view(text).persons().filter((p) => /Thereafter|Call|Groups/.test(p)), text).to.deep.equal([]);
    }
  });
});

describe('persons: post-nominal letters after a name', () => {
  it('are no person, and the apposition after them is the named person\'s post', () => {
    for (const [text, post] of [
      ['H.E. Dr. William Samoei Ruto, C.G.H., President of the Republic of Kenya, hosted President Hassan Sheikh Mohamud in Nairobi.', 'William Samoei Ruto | President | Kenya'],
      ['Senator Joe Brown, E.G.H., M.P., the Speaker of the National Assembly of Kenya, spoke in Nairobi.', 'Joe Brown | LegislatureChair | Kenya'],
      ['Dame Ann Smith, D.B.E., the Foreign Secretary of the United Kingdom, arrived in Accra.', 'Ann Smith | ForeignMinister | United Kingdom'],
    ]) {
      const facts = view(text);
      expect(facts.persons().filter((p) => /^(?:\p{Lu}\.)+$/u.test(p)), text).to.deep.equal([]);
      expect(facts.posts(), text).to.include(post);
    }
  });

  it('dotted initials opening a name still open it', () => {
    expect(view('K.P. Sharma Oli met President Ram Chandra Paudel in Kathmandu.').persons()).to.include('K.P. Sharma Oli');
  });
});

describe('posts: "the TITLE of COUNTRY, His Excellency [Mr] X"', () => {
  it('reads honorifics in a row after the comma, and X holds the title there', () => {
    for (const [text, post] of [
      ['The Deputy President held talks with the Prime Minister of the Republic of Mozambique, Her Excellency Ms Maria Benvinda Delfina Levi, at her office.', 'Maria Benvinda Delfina Levi | PrimeMinister | Mozambique'],
      ['He paid a courtesy call on the President of Ghana, His Excellency John Mahama, in Accra.', 'John Mahama | President | Ghana'],
      ['The envoy met the Foreign Minister of Zambia, His Excellency Mr Mulambo Haimbe, in Lusaka.', 'Mulambo Haimbe | ForeignMinister | Zambia'],
    ]) {
      const facts = view(text);
      expect(facts.persons().filter((p) => /^(?:Ms|Mr|His|Her)\b/.test(p)), text).to.deep.equal([]);
      expect(facts.posts(), text).to.include(post);
    }
  });

  it('an undetermined title is not carried across the comma to the honorific\'s name', () => {
    expect(view('Talks on trade with Ghana, His Excellency John Mahama said, went well.').posts()).to.deep.equal([]);
  });
});

describe('posts: a party body named after its party is of the party\'s country', () => {
  it('"the CPC Central Committee", "the WPK Central Committee", "the CPC Central Military Commission"', () => {
    for (const [text, iso2] of [
      ['Wang Yi, a member of the Political Bureau of the CPC Central Committee, spoke in Beijing on Monday.', 'CN'],
      ['Kim Song Nam, director of the International Department of the WPK Central Committee, arrived in Beijing.', 'KP'],
      ['Zhang Youxia, vice chairman of the CPC Central Military Commission, met the delegation in Beijing.', 'CN'],
    ]) {
      const facts = view(text);
      const post = facts.facts.positions[0];
      expect(facts.facts.entities.find((e) => e.id === post?.in)?.country, text).to.equal(iso2);
    }
  });

  it('a body not named after a known organisation stays without a country', () => {
    const facts = view('Ana Reyes, a member of the Political Bureau of the Central Committee, spoke on Monday.');
    const post = facts.facts.positions[0];
    expect(facts.facts.entities.find((e) => e.id === post?.in)?.country).to.equal(undefined);
  });
});

describe('posts: the president or chairman of a national legislature', () => {
  it('is its speaker, in the legislature\'s country', () => {
    for (const [text, post] of [
      ['Son was received by President of the Lao National Assembly Saysomphone Phomvihane in Vientiane.', 'Saysomphone Phomvihane | LegislatureChair | Laos'],
      ['He met Chairman of the Kazakh Senate Maulen Ashimbayev in Astana.', 'Maulen Ashimbayev | LegislatureChair | Kazakhstan'],
      ['Mr Kang met the Speaker of the Kenyan Parliament, Moses Wetangula, in Nairobi.', 'Moses Wetangula | LegislatureChair | Kenya'],
    ]) {
      expect(view(text).posts(), text).to.include(post);
    }
  });

  it('the president of another national body still heads that body', () => {
    expect(view('He met President of the Lao Red Cross Society Kham Vongsa in Vientiane.').posts()).to.deep.equal(['Kham Vongsa | OrganizationHead | Lao Red Cross Society']);
  });
});

describe('posts: "the armed forces minister"', () => {
  it('is the defence minister, and so is the counterpart', () => {
    const facts = view('Sébastien Lecornu, the French armed forces minister, met his German counterpart, Boris Pistorius, in Toulon.');
    expect(facts.posts()).to.include.members(['Sébastien Lecornu | DefenceMinister | France', 'Boris Pistorius | DefenceMinister | Germany']);
    expect(view('The Minister of the Armed Forces of France, Sébastien Lecornu, spoke in Paris.').posts()).to.deep.equal(['Sébastien Lecornu | DefenceMinister | France']);
  });
});
