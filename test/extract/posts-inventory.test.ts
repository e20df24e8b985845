import { expect } from 'chai';
import { extractFacts } from '../../src/extract/extract.js';
import { fillFromHome } from '../../src/link/fill.js';
import { FactsView } from './helpers.js';

const posts = (text: string): string[] => new FactsView(text, '2024-05-06').posts();
const persons = (text: string): string[] => new FactsView(text, '2024-05-06').persons();

/** "Name | Role | in" for every post of an article from this publisher, after the home country filled the rest. */
function publishedPosts(text: string, publisher: string): string[] {
  const facts = extractFacts({ meta: { id: 't', published: '2024-05-06', publisher }, text, origin: 'test' });
  fillFromHome(facts);
  const name = (id: string | undefined): string => facts.entities.find((e) => e.id === id)?.name ?? '';
  return facts.positions.map((p) => `${name(p.holder)} | ${p.role} | ${name(p.in)}`).sort();
}

describe('posts: an inventory of how news English states who holds which post', () => {
  describe('title before the name', () => {
    it('a long ministry name with its state\'s formal name: "Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan X"', () => {
      expect(posts('Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan Ayman Nasser met reporters on Monday.')).to.deep.equal([
        'Ayman Nasser | ForeignMinister | Jordan',
      ]);
    });

    it('a seat of government stands for its country: "Kremlin spokesman X", "White House press secretary X"', () => {
      expect(posts('Kremlin spokesman Pavel Orlov said on Monday the talks would resume.')).to.deep.equal(['Pavel Orlov | Spokesperson | Russia']);
      expect(posts('White House press secretary Jane Miller said on Monday the talks would resume.')).to.deep.equal(['Jane Miller | Spokesperson | United States']);
    });

    it('a title after an honorific is no part of the name: "H.E. Ambassador X"', () => {
      expect(persons('H.E. Ambassador Musa Otieno said on Monday the talks would resume.')).to.deep.equal(['Musa Otieno']);
      expect(posts('H.E. Ambassador Musa Otieno said on Monday the talks would resume.')).to.deep.equal(['Musa Otieno | Ambassador | ']);
    });

    it('an organisation\'s one-word title after its name: "AU Commission Chairperson X"', () => {
      expect(posts('AU Commission Chairperson Moussa Faki said on Monday the talks would resume.')).to.deep.equal(['Moussa Faki | OrganizationHead | African Union']);
    });
  });

  describe('the body after the name', () => {
    it('"Ambassador of Jordan to Qatar X": held for the first country, aimed at the second', () => {
      expect(posts('The meeting was attended by HE Ambassador of the Hashemite Kingdom of Jordan to the State of Qatar Zaid Hamdan Lafi.')).to.deep.equal([
        'Zaid Hamdan Lafi | Ambassador | Jordan',
      ]);
    });

    it('"Foreign Minister X of Peru", "King X of Jordan": the country after the name is where the title is held', () => {
      expect(posts('Foreign Minister Ana Vela of Peru met reporters on Monday.')).to.deep.equal(['Ana Vela | ForeignMinister | Peru']);
      expect(posts('His Majesty King Abdullah II of Jordan received the delegation on Monday.')).to.deep.equal(['Abdullah II | King | Jordan']);
    });

    it('"head of Sudan\'s Sovereign Council" is a head of state in Sudan; "chairman of Tajikistan\'s State Committee" heads a body there', () => {
      expect(posts("Abdel Karim Hassan, the head of Sudan's Sovereign Council, met reporters on Monday.")).to.deep.equal(['Abdel Karim Hassan | HeadOfState | Sudan']);
      expect(posts("Rustam Karimov, chairman of Tajikistan's State Committee for National Security, met reporters on Monday.")).to.deep.equal([
        'Rustam Karimov | OrganizationHead | Tajikistan',
      ]);
    });
  });

  describe('plural and shared titles', () => {
    it('"the two foreign ministers, A of X and B of Y": each name its own country', () => {
      expect(posts('The two foreign ministers, Ana Vela of Peru and Luis Mora of Chile, met on Monday.')).to.deep.equal([
        'Ana Vela | ForeignMinister | Peru',
        'Luis Mora | ForeignMinister | Chile',
      ]);
    });

    it('"A and B, the foreign ministers of X and Y": the names before a plural title take its places in order', () => {
      expect(posts('Ana Vela and Luis Mora, the foreign ministers of Peru and Chile, met on Monday.')).to.deep.equal([
        'Ana Vela | ForeignMinister | Peru',
        'Luis Mora | ForeignMinister | Chile',
      ]);
      expect(posts('Ana Vela and Juan Mora, the two presidents, attended the summit.')).to.deep.equal(['Ana Vela | President | ', 'Juan Mora | President | ']);
    });

    it('"Peruvian and Chilean foreign ministers A and B", "the foreign ministers of X and Y, A and B": places in order', () => {
      expect(posts('Peruvian and Chilean foreign ministers Ana Vela and Luis Mora met on Monday.')).to.deep.equal([
        'Ana Vela | ForeignMinister | Peru',
        'Luis Mora | ForeignMinister | Chile',
      ]);
      expect(posts('The foreign ministers of Kyrgyzstan and Uzbekistan, Aibek Osmonov and Dilshod Karimov, signed a roadmap.')).to.deep.equal([
        'Aibek Osmonov | ForeignMinister | Kyrgyzstan',
        'Dilshod Karimov | ForeignMinister | Uzbekistan',
      ]);
    });
  });

  describe('bodies described in lowercase', () => {
    it('"Gen. X, head of Niger\'s ruling military council" heads the state', () => {
      expect(posts("Gen. Salifou Tchiani, head of Niger's ruling military council, was not invited.")).to.deep.equal([
        'Salifou Tchiani | HeadOfState | Niger',
        'Salifou Tchiani | MilitaryOfficer | Niger',
      ]);
    });

    it('or by name after the country, set before the name by a comma: "the head of Sudan\'s Sovereign Council, X"', () => {
      expect(posts("Egypt's president received the head of Sudan's Sovereign Council, Omar Khalid, on Wednesday.")).to.include('Omar Khalid | HeadOfState | Sudan');
      expect(posts("The chairman of Chad's ruling military council, Idriss Mahamat, arrived on Wednesday.")).to.deep.equal(['Idriss Mahamat | HeadOfState | Chad']);
      expect(posts("Gen. Omar Khalid, chairman of Sudan's ruling Sovereign Council, was not invited.")).to.include('Omar Khalid | HeadOfState | Sudan');
    });

    it('an abbreviated rank between the comma and the name is the holder\'s post too; a full title there starts a new phrase', () => {
      expect(posts("Egypt's president received the head of Sudan's Sovereign Council, Gen. Omar Khalid, on Wednesday.")).to.include.members([
        'Omar Khalid | HeadOfState | Sudan',
        'Omar Khalid | MilitaryOfficer | Sudan',
      ]);
      expect(posts("Colombia's foreign minister, Gen. Omar Khalid, spoke on Wednesday.")).to.deep.equal([
        'Omar Khalid | ForeignMinister | Colombia',
        'Omar Khalid | MilitaryOfficer | Colombia',
      ]);
      expect(posts('The visit was a first for a Japanese prime minister, House Speaker Martin Reyes said.')).to.deep.equal(['Martin Reyes | LegislatureChair | ']);
    });

    it('a body that names no head-of-state post leaves the title an organisation head\'s', () => {
      expect(posts("The head of Kenya's electoral commission, Ann Wanjiru, spoke on Wednesday.")).to.deep.equal(['Ann Wanjiru | OrganizationHead | Kenya']);
    });
  });

  describe('governments named for their seat or territory', () => {
    it('self-governing territories keep their heads\' state posts: "Kurdistan Region President X", "Cook Islands Prime Minister X"', () => {
      expect(posts('Kurdistan Region President Nechirvan Barzani said on Monday that the talks went well.')).to.deep.equal([
        'Nechirvan Barzani | President | Kurdistan Region',
      ]);
      expect(posts('Mark Brown, the Prime Minister of the Cook Islands, said on Monday that the talks went well.')).to.deep.equal([
        'Mark Brown | PrimeMinister | Cook Islands',
      ]);
    });
  });

  describe('ministries and portfolios', () => {
    it('"X, who heads the Russian Foreign Ministry" is its minister; "Foreign Ministry spokesperson X" its spokesperson', () => {
      expect(posts('Lavrov, who heads the Russian Foreign Ministry, said on Monday that the talks went well.')).to.deep.equal(['Lavrov | ForeignMinister | Russia']);
      expect(posts('Foreign Ministry spokesperson Lin Meihua told a regular briefing on Monday that the talks went well.')).to.deep.equal([
        'Lin Meihua | ForeignMinistrySpokesperson | ',
      ]);
    });

    it('a minister\'s portfolio is no body the post is in: "Minister of International Relations and Cooperation X"', () => {
      // No organisation: the country is the one whose post the title names.
      expect(posts('Minister of International Relations and Cooperation Ronald Lamola said on Monday that the talks went well.')).to.deep.equal([
        'Ronald Lamola | ForeignMinister | South Africa',
      ]);
    });

    it('stacked long titles are not read as an organisation: "Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary X"', () => {
      expect(posts('He was received by Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary Jonah Kiprotich Wambua.')).to.deep.equal([
        'Jonah Kiprotich Wambua | ForeignMinister | ',
        'Jonah Kiprotich Wambua | GovernmentOfficial | ',
      ]);
    });
  });

  describe('counterparts', () => {
    it('"X met Uzbek counterpart Y" without a possessive pronoun', () => {
      expect(posts('Kazakh Foreign Minister Murat Nurlan held talks with Uzbek counterpart Bakhtiyor Saidov on Monday.')).to.deep.equal([
        'Bakhtiyor Saidov | ForeignMinister | Uzbekistan',
        'Murat Nurlan | ForeignMinister | Kazakhstan',
      ]);
    });
  });

  describe('title after the name', () => {
    it('"X, the country\'s top diplomat" and "X (foreign minister)"', () => {
      expect(posts('Wang Lei, the country\'s top diplomat, met reporters on Monday.')).to.deep.equal(['Wang Lei | ForeignMinister | ']);
      expect(posts('Ali Rahman (foreign minister) met reporters on Monday.')).to.deep.equal(['Ali Rahman | ForeignMinister | ']);
    });

    it('"X, Qatar\'s Minister of State at the Ministry of Foreign Affairs": the ministry is the country\'s', () => {
      expect(posts("Ali Rahman, Qatar's Minister of State at the Ministry of Foreign Affairs, met reporters on Monday.")).to.deep.equal([
        'Ali Rahman | ViceForeignMinister | Qatar',
      ]);
    });

    it('"X, director of the ministry\'s Asia Department": a foreign-ministry official of the ministry named before', () => {
      const text = "On Monday the Japanese Foreign Ministry said the talks were useful. Kenji Mori, director of the ministry's Asia Department, attended.";
      expect(posts(text)).to.deep.equal(['Kenji Mori | ForeignMinistryOfficial | Japan']);
    });
  });

  describe('predicates', () => {
    it('"who became", "was appointed", "named last week as" state a current post', () => {
      expect(posts('Ana Vela, who became foreign minister in March, met reporters on Monday.')).to.deep.equal(['Ana Vela | ForeignMinister | ']);
      expect(posts('Ana Vela was appointed foreign minister of Peru in March.')).to.deep.equal(['Ana Vela | ForeignMinister | Peru']);
      expect(posts("Ana Vela, named last week as Peru's foreign minister, met reporters on Monday.")).to.deep.equal(['Ana Vela | ForeignMinister | Peru']);
    });

    it('"X, a veteran lawmaker who became foreign minister" reaches past a description to the clause', () => {
      expect(posts('Kenji Mori, a veteran lawmaker who became foreign minister in October, told reporters.')).to.deep.equal(['Kenji Mori | ForeignMinister | ']);
      expect(posts('Luis Mora, a lawmaker who served as foreign minister until 2020, spoke on Monday.')).to.deep.equal([]);
    });

    it('"who served as" and "a former" state no current post', () => {
      expect(posts('Luis Mora, who served as foreign minister until 2020, spoke on Monday.')).to.deep.equal([]);
      expect(posts('Luis Mora, a former foreign minister, spoke on Monday.')).to.deep.equal([]);
    });
  });

  describe('honorifics and ranks', () => {
    it('West African and Commonwealth honorifics are no name parts: "Alhaji X", "Hon. X"', () => {
      expect(posts("Alhaji Yusuf Bello, Nigeria's Minister of Foreign Affairs, met reporters on Monday.")).to.deep.equal(['Yusuf Bello | ForeignMinister | Nigeria']);
      expect(persons('Hon. Musa Otieno, Minister of Foreign Affairs, said on Monday the talks would resume.')).to.deep.equal(['Musa Otieno']);
    });

    it('"Field Marshal X" holds a military post', () => {
      expect(posts('Field Marshal Salem Mansour received the delegation on Monday.')).to.deep.equal(['Salem Mansour | MilitaryOfficer | ']);
    });
  });

  describe('a determined title, a comma, an honorific', () => {
    it('"Ghana\'s High Commissioner to Nigeria, Dr. X" is X\'s post', () => {
      expect(posts("Also present was Ghana's High Commissioner to Nigeria, Dr. Efua Mensah, who spoke briefly.")).to.deep.equal([
        'Efua Mensah | Ambassador | Ghana',
      ]);
    });
  });

  describe('negative forms', () => {
    it('a bare head title over no named body is no post: "film director X"', () => {
      expect(posts('Film director Ana Vela presented her new documentary on Monday.')).to.deep.equal([]);
    });

    it('"then-", "would-be" and "late" titles give no current post', () => {
      expect(posts('Then-foreign minister Ana Vela met reporters in 2019.')).to.deep.equal([]);
      expect(posts('Would-be president Luis Mora spoke on Monday.')).to.deep.equal([]);
      expect(posts('The late president Luis Mora was remembered on Monday.')).to.deep.equal([]);
    });
  });

  describe('journalists and publishers', () => {
    it('reporters named in the copy are no news persons: "X reported from", "X contributed reporting"', () => {
      const text = 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Sunday. Reuters\' Tom Miles reported from Geneva. Grace Njoroge contributed reporting from Addis Ababa.';
      expect(persons(text)).to.deep.equal(['Abiy Ahmed', 'William Ruto']);
    });

    it('a national news agency\'s country is the article\'s home; a world wire service\'s seat is not', () => {
      const text = 'Foreign Minister Murat Nurlan received the ambassador of Japan on Monday, Kazakhstan\'s foreign ministry said.';
      expect(publishedPosts(text, 'Kazinform')).to.deep.equal(['Murat Nurlan | ForeignMinister | Kazakhstan']);
      const wire = 'Foreign Minister Murat Nurlan received the ambassador of Japan on Monday, Britain\'s foreign office said.';
      expect(publishedPosts(wire, 'Reuters')).to.deep.equal(['Murat Nurlan | ForeignMinister | ']);
    });
  });

  describe('titles in other words', () => {
    it('"Secretary of the Interior", "Minister for the Interior": the interior minister', () => {
      expect(posts("Mexico's Secretary of the Interior, Laura Peña, met the governors on Monday.")).to.deep.equal(['Laura Peña | InteriorMinister | Mexico']);
      expect(posts('Ghanaian Minister for the Interior Kofi Mensah opened the border post.')).to.deep.equal(['Kofi Mensah | InteriorMinister | Ghana']);
    });

    it('an aide is a government official: "Kremlin aide X", "Presidential Aide X"', () => {
      expect(posts('Kremlin aide Pavel Orlov told reporters the date was not set.')).to.deep.equal(['Pavel Orlov | GovernmentOfficial | Russia']);
      expect(posts('Russian Presidential Aide Pavel K. Orlov told reporters the date was not set.')).to.deep.equal(['Pavel K. Orlov | GovernmentOfficial | Russia']);
    });

    it('the chairman of the NPC Standing Committee chairs China\'s legislature, not a committee of its own', () => {
      expect(posts("Li Hua, chairman of the National People's Congress Standing Committee, met the delegation on Friday.")).to.deep.equal(['Li Hua | LegislatureChair | China']);
    });

    it('a portfolio naming foreign affairs in a later field is the foreign minister\'s, in capitals or running text', () => {
      expect(posts('Amadou Diop, Mali\'s minister of regional cooperation and foreign affairs, arrived on Sunday.')).to.deep.equal([
        'Amadou Diop | ForeignMinister | Mali',
      ]);
      expect(posts('Minister of African Affairs and Foreign Affairs Fatou Sow flew to Accra.')).to.deep.equal(['Fatou Sow | ForeignMinister | ']);
      // Another side portfolio leaves the first field deciding.
      expect(posts('Minister of Economy, Trade and Business Ana Ruiz flew to Lima.')).to.deep.equal(['Ana Ruiz | Minister | ']);
    });

    it('a deputy minister\'s portfolio names no organisation: "Deputy Minister of International Relations and Cooperation X"', () => {
      expect(posts('South African Deputy Minister of International Relations and Cooperation Thabo Nkosi flew to Maputo.')).to.deep.equal([
        'Thabo Nkosi | ViceForeignMinister | South Africa',
      ]);
    });
  });
});
