import { expect } from 'chai';
import { FactsView } from './helpers.js';

const posts = (text: string): string[] => new FactsView(text, '2024-05-06').posts();

describe('posts: how journalists write titles', () => {
  it('"the TITLE of COUNTRY, NAME": a title with its country set before the name by a comma', () => {
    expect(posts('President Ruto received the Minister of External Relations of Angola, Maria Domingos, who delivered a message.')).to.include(
      'Maria Domingos | ForeignMinister | Angola',
    );
    expect(posts('He later met the Minister of Foreign Affairs of the Democratic Republic of the Congo, Paul Mbeki, in Luanda.')).to.include(
      'Paul Mbeki | ForeignMinister | DR Congo',
    );
  });

  it('"envoy for C" and "ambassador to C" are posts of the sending country, not of C', () => {
    expect(posts('The U.S. special envoy for Sudan, Tom Harlan, has said talks must resume.')).to.deep.equal(['Tom Harlan | SpecialEnvoy | United States']);
    expect(posts('Ambassador to Chile Ana Ruiz spoke on Monday.')).to.deep.equal(['Ana Ruiz | Ambassador | ']);
  });

  it('opposition, shadow and outgoing titles give no current post', () => {
    expect(posts('Opposition foreign affairs spokesperson Mere Tane said the tour was welcome.')).to.deep.equal([]);
    expect(posts('Shadow foreign secretary Alan Birch criticised the cuts.')).to.deep.equal([]);
    expect(posts('The outgoing premier Lars Holm handed over on Monday.')).to.deep.equal([]);
    // "opposition" further away does not reach the title.
    expect(posts('Facing the opposition of his party, Foreign Minister Lars Holm resigned.')).to.deep.equal(['Lars Holm | ForeignMinister | ']);
  });

  it('a plural title before coordinated names gives each of them the post', () => {
    expect(posts('Foreign Ministers Aibek Osmonov and Dilshod Karimov signed a roadmap.')).to.deep.equal([
      'Aibek Osmonov | ForeignMinister | ',
      'Dilshod Karimov | ForeignMinister | ',
    ]);
    expect(posts('Presidents Ana Vela, Juan Mora and Luis Pardo attended the summit in Quito.')).to.deep.equal([
      'Ana Vela | President | ',
      'Juan Mora | President | ',
      'Luis Pardo | President | ',
    ]);
    // A singular title stays with its own name.
    expect(posts('Foreign Minister Aibek Osmonov and Dilshod Karimov signed a roadmap.')).to.deep.equal(['Aibek Osmonov | ForeignMinister | ']);
  });

  it('a common word inside a long title is no body the post is in: "Chief Cabinet Secretary X"', () => {
    expect(posts('Chief Cabinet Secretary Kenji Mori told reporters in Tokyo on Monday that the visit went well.')).to.deep.equal(['Kenji Mori | GovernmentOfficial | ']);
  });

  it('a title set apart from an honorific is not the named person\'s: "The Jordanian minister later met Dr. X"', () => {
    expect(posts('The Jordanian minister later met Dr. Huda Saleh, Assistant Minister for Political Affairs, in Abu Dhabi.')).to.deep.equal([
      'Huda Saleh | GovernmentOfficial | ',
    ]);
  });

  it('an opposition party\'s own chair keeps the party post', () => {
    expect(posts('The opposition Popular Front chair, Ana Lema, criticised the deal.')).to.deep.equal(['Ana Lema | OrganizationHead | Popular Front']);
  });

  it('"Chancellor" in Latin American copy is the foreign minister; in Germany the head of government', () => {
    expect(posts('Argentine Chancellor Tomás Ibarra met reporters in Santiago on Monday.')).to.deep.equal(['Tomás Ibarra | ForeignMinister | Argentina']);
    expect(posts('German Chancellor Jonas Weber met reporters in Berlin on Monday.')).to.deep.equal(['Jonas Weber | PrimeMinister | Germany']);
  });

  it('"Deputy President X" is a vice president', () => {
    expect(posts("Kenya's Deputy President Samuel Kiptoo opened the fair.")).to.deep.equal(['Samuel Kiptoo | VicePresident | Kenya']);
  });
});

describe('posts: a minister\'s portfolio', () => {
  it('"Minister for/of <fields>, NAME": the title runs over the fields, and its first field names the role', () => {
    expect(posts("Fiji's Minister for Rural Affairs, Ana Tora, opened the road.")).to.include('Ana Tora | Minister | Fiji');
    expect(posts("Kenya's Minister of Internal Affairs, John Otieno, met the envoy.")).to.include('John Otieno | InteriorMinister | Kenya');
    expect(posts("Peru's Minister of Commerce, Tourism and Fisheries, Rosa Salas, signed the deal.")).to.include('Rosa Salas | TradeMinister | Peru');
  });

  it('a portfolio of several fields ends where the name begins, with or without a comma', () => {
    expect(posts("Chile's Minister of Mines and Energy Pablo Ruiz visited the plant.")).to.include('Pablo Ruiz | Minister | Chile');
    expect(posts("Italy's Minister of Economy, Industry and Business Marco Galli met him.")).to.include('Marco Galli | Minister | Italy');
  });

  it('a country after the title is where the post is held, no field of it', () => {
    expect(posts('The Minister of Foreign Affairs of Brazil, Ana Castro, arrived in Lisbon.')).to.include('Ana Castro | ForeignMinister | Brazil');
  });
});

describe('posts: a name opening with an okina', () => {
  it('"C\'s TITLE, Dr \'NAME": the honorific and the okina stand between the title and the name', () => {
    expect(posts("He met Tuvalu's Prime Minister, Dr 'Ofa Lemani, on Friday.")).to.include("'Ofa Lemani | PrimeMinister | Tuvalu");
  });
});

describe('posts: one post told twice', () => {
  it('"Minister X" after "Foreign Minister X" is the same post, not a second one', () => {
    const text = "Chile's Foreign Minister Ana Soto arrived in Lima on Monday. Peruvian officials said Minister Soto would stay two days.";
    expect(posts(text)).to.deep.equal(['Ana Soto | ForeignMinister | Chile']);
  });
});

describe('posts: the country of a title said around it', () => {
  it('"C\'s [one or two words] TITLE NAME": the words between the possessive and the title qualify it', () => {
    expect(posts("Chile's newly appointed foreign minister Rosa Ibáñez flew to Lima on Monday.")).to.deep.equal(['Rosa Ibáñez | ForeignMinister | Chile']);
    expect(posts("Talks opened in Hanoi with Laos's long-serving defence minister Somphone Keo.")).to.deep.equal(['Somphone Keo | DefenceMinister | Laos']);
    expect(posts("Peru's former president Hugo Salas criticised the accord on Monday.")).to.deep.equal([]);
  });

  it('a plural title, then a list of "C\'s NAME": each listed name holds the title in its own country', () => {
    expect(posts("Three Andean defence ministers – Peru's Luis Vega, Bolivia's Ana Rojas and Ecuador's Juan Mora – signed the pact.")).to.deep.equal([
      'Ana Rojas | DefenceMinister | Bolivia',
      'Juan Mora | DefenceMinister | Ecuador',
      'Luis Vega | DefenceMinister | Peru',
    ]);
    expect(posts("The trade ministers gathered in Lima on Friday: Chile's Rosa Ibáñez opened the session.")).to.deep.equal(['Rosa Ibáñez | TradeMinister | Chile']);
    // Without a list opening, a name after the title is no holder of it.
    expect(posts("The G7 foreign ministers condemned Russia's Ivan Petrov on Monday.")).to.deep.equal([]);
  });

  it('"C, whose TITLE NAME …": the country the relative clause hangs on', () => {
    expect(posts('Mali, whose Prime Minister Abdou Traoré had travelled to Accra, signed the text on Monday.')).to.deep.equal(['Abdou Traoré | PrimeMinister | Mali']);
  });
});

describe('organisations: the names the text gives them', () => {
  it('an organisation named by its acronym keeps the acronym among its names', () => {
    const f = new FactsView('NATO Secretary General Jens Olsen spoke in Brussels on Monday.', '2024-05-06');
    const post = f.facts.positions.find((p) => f.name(p.holder) === 'Jens Olsen');
    const org = f.facts.entities.find((e) => e.id === post?.in);
    expect(org?.kind).to.equal('organization');
    expect([org?.name, ...(org?.altNames ?? [])]).to.include('NATO');
  });
});

describe('posts: a portfolio written before "Minister"', () => {
  it('is part of the title, so the country before it is the post\'s', () => {
    expect(posts("Greek Tourism Minister Eleni Vlachou and Canada's Mining and Forestry Minister Joe Carter met in Athens on Monday.")).to.deep.equal([
      'Eleni Vlachou | Minister | Greece',
      'Joe Carter | Minister | Canada',
    ]);
  });

  it('opens with no title, place or honorific word ("HE Minister of State …" keeps its own reading)', () => {
    expect(posts('HE Minister of State at the Ministry of Foreign Affairs Dr. Salem Al Ali met the envoy in Doha on Monday.')).to.deep.equal(['Salem Al Ali | ViceForeignMinister | ']);
  });
});

describe('posts: a portfolio for the citizens abroad', () => {
  it('"… and Senegalese Abroad" ends the minister\'s portfolio, so the country after it is the post\'s', () => {
    expect(posts('The envoy met Mr. Aly Ndiaye, Minister of Foreign Affairs, Integration and Senegalese Abroad of the Republic of Senegal, in Dakar on Monday.')).to.deep.equal([
      'Aly Ndiaye | ForeignMinister | Senegal',
    ]);
  });
});

describe('posts: a country heading the line', () => {
  it('"COUNTRY: TITLE NAME" in a list of delegations places the post', () => {
    const text = 'The ministers attending were:\n\n- Portugal: Minister for Foreign Affairs Rui Matos\n- Chile: Minister for Trade Ana Vidal (host)\n';
    expect(posts(text)).to.deep.equal(['Ana Vidal | TradeMinister | Chile', 'Rui Matos | ForeignMinister | Portugal']);
  });
});

describe('posts: a plural title, then its holders each of their country', () => {
  it('"the two defence ministers - A of C1 and B of C2 -" gives each the title in their country', () => {
    expect(posts('On Monday the two defence ministers - Ivan Petrov of Bulgaria and Mihai Ionescu of Romania - toured the port of Varna.')).to.deep.equal([
      'Ivan Petrov | DefenceMinister | Bulgaria',
      'Mihai Ionescu | DefenceMinister | Romania',
    ]);
  });

  it('no plural title before the list, no post', () => {
    expect(posts('On Monday the guests - Ivan Petrov of Bulgaria and Mihai Ionescu of Romania - toured the port of Varna.')).to.deep.equal([]);
  });
});

describe('posts: a given name that is also a body\'s word', () => {
  it('"President Duma X" names no body "Duma" for the post', () => {
    expect(posts("Namibian President Duma Nujoma welcomed the envoy on Monday. The summit, hosted by Namibia's President Duma Nujoma, ended on Tuesday.")).to.deep.equal([
      'Duma Nujoma | President | Namibia',
    ]);
  });
});
