import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

const people = (f: FactsView): string[] => meetings(f).map((m) => m.split(/ (?:happened|planned) /)[0] + (m.includes(' planned ') ? ' planned' : ''));

describe('meetings told by clause structure: passive hosting, intentions, participles, co-chairs', () => {
  it('a passive of hosting with an adverb, a day and a venue before "by", and a second host "separately, by"', () => {
    const f = new FactsView(`Trade Minister Lars Eklund was warmly received on Monday at the Presidential Palace by President Hana Novak.
Premier Ruth Obi is welcomed by King Arvid Lund and, separately, by Chancellor Mira Stein.`, '2025-05-06');
    expect(people(f)).to.have.members(['Hana Novak + Lars Eklund', 'Arvid Lund + Ruth Obi', 'Mira Stein + Ruth Obi']);
  });

  it('"before being received by": the clause subject is received, not the person met before', () => {
    const f = new FactsView('Envoy Tomas Ruiz held talks with Deputy Minister Ana Vidal before being received by Premier Jon Sato.', '2025-05-06');
    expect(people(f)).to.include('Jon Sato + Tomas Ruiz');
    expect(people(f)).not.to.include('Ana Vidal + Jon Sato');
  });

  it('"arrived … and held talks with A before being received by B": the traveller is received', () => {
    const f = new FactsView('Minister Farid Amrani arrived in Tunis on Tuesday and held talks with Minister Leila Ben Salah at the ministry before being received in the evening by President Kamel Jaziri.', '2025-05-08');
    expect(people(f)).to.have.members(['Farid Amrani + Leila Ben Salah', 'Farid Amrani + Kamel Jaziri']);
  });

  it('an intention right before the verb makes the meeting planned; "agreed to a truce … when they met" does not', () => {
    const f = new FactsView(`Minister Petra Lind said she looked forward to receiving Minister Karl Oster in Riga.
President Ivo Marek and President Lea Sand agreed to a ceasefire when they met in Vienna.`, '2025-05-06');
    expect(people(f)).to.have.members(['Karl Oster + Petra Lind planned', 'Ivo Marek + Lea Sand']);
  });

  it('an intention with its day inside ("agreed on Tuesday to meet") makes the meeting planned', () => {
    const f = new FactsView('President Ivo Marek and President Lea Sand agreed on Tuesday to meet again in Vienna next spring.', '2025-05-08');
    expect(people(f)).to.deep.equal(['Ivo Marek + Lea Sand planned']);
  });

  it('a meeting noun whose own verb tells it may take place is planned', () => {
    const f = new FactsView('Officials said a meeting between Minister Nina Berg and Minister Ole Haug could take place next month.', '2025-05-06');
    expect(people(f)).to.deep.equal(['Nina Berg + Ole Haug planned']);
  });

  it('a session co-chaired by two named people is their meeting', () => {
    const f = new FactsView('The deal was reached during the third session of the joint commission, co-chaired by Minister Sara Kim and Minister Paul Wong.', '2025-05-06');
    expect(people(f)).to.deep.equal(['Paul Wong + Sara Kim']);
  });

  it('a list in apposition closed by a comma is the subject: "the leaders of …, X, Y and Z, held a meeting"', () => {
    const f = new FactsView('On Friday, the leaders of the Baltic states, Anna Berzina, Jaan Tamm and Petras Kazlas, held a trilateral meeting in Riga.', '2025-05-06');
    expect(people(f)).to.deep.equal(['Anna Berzina + Jaan Tamm + Petras Kazlas']);
  });

  it('an object pronoun after one telling no event is tried too ("took him to …, where X received him")', () => {
    const f = new FactsView(`Prime Minister Rafael Ortiz arrived in Asia on Monday.
The tour took him first to Hanoi, where President Minh Tran received him on Tuesday.`, '2025-05-06');
    expect(people(f)).to.include('Minh Tran + Rafael Ortiz');
  });
});

describe('the mode of a meeting told by its manner', () => {
  it('"by telephone" inside the match is a call; "paid a courtesy call on" is a visit in person', () => {
    const f = new FactsView(`On Monday, Deputy Minister Oskar Brandt discussed regional security by telephone with Special Envoy Amal Haddad.
President Rosa Kim paid a courtesy call on former President Jonas Berg at his residence in Oslo on Tuesday.`, '2025-05-08');
    const modes = f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.mode ?? 'in-person'}`);
    expect(modes).to.have.members(['Amal Haddad + Oskar Brandt phone', 'Jonas Berg + Rosa Kim in-person']);
  });
});

describe('meetings whose partner stands behind a long title, a venue or a manner', () => {
  it('a title apposition of many words between "with" and the name', () => {
    const f = new FactsView('President Ali Kemal received Minister Petra Holm on Thursday, and Envoy Lars Odegaard held consultations on Friday with the Minister of State, Minister of Trade, Industry, Tourism and Handicrafts, H.E. Mr. Samuel Ekwueme.', '2025-05-10');
    expect(people(f)).to.have.members(['Ali Kemal + Petra Holm', 'Lars Odegaard + Samuel Ekwueme']);
  });

  it('a venue of plain words between the talks and "with"', () => {
    const f = new FactsView('President Ali Kemal received Minister Petra Holm on Thursday, and Minister Teresa Albrecht held talks at the interior ministry with Minister Paolo Benedetti.', '2025-05-10');
    expect(people(f)).to.have.members(['Ali Kemal + Petra Holm', 'Paolo Benedetti + Teresa Albrecht']);
  });

  it('a passive of hosting told with its manner: "in audience", "with full military honours"', () => {
    const f = new FactsView(`Minister Hamid Sokoto was received in audience by King Olav Tennfjord on Monday.
President Mira Kovac was welcomed with full military honours at the palace by President Tomas Rydberg.`, '2025-05-10');
    expect(people(f)).to.have.members(['Hamid Sokoto + Olav Tennfjord', 'Mira Kovac + Tomas Rydberg']);
  });

  it('"talks with A before being received by B": A is no one received, by the participle rule or the backstop', () => {
    const f = new FactsView('The visiting minister will hold talks with Minister Ibou Ndiaye before being received by President Awa Sall.', '2025-05-10');
    expect(people(f)).not.to.include('Awa Sall + Ibou Ndiaye');
  });
});

describe('the subject of a later verb: not the one met before, the first person of the clause for a participle', () => {
  it('the one met is no subject of the next verb: "met A at … and held a long round of talks with B"', () => {
    const f = new FactsView('Minister Ewa Lindqvist arrived in Rome from Vienna, where on Monday she met President Tariq Haddad at the Hofburg and held a long second round of talks with Minister Omar Nasser.', '2025-05-10');
    expect(people(f)).to.include('Ewa Lindqvist + Tariq Haddad');
    expect(people(f)).not.to.include('Omar Nasser + Tariq Haddad');
  });

  it('"…, where he will be received by A, before holding talks with B": the sentence\'s subject meets B', () => {
    const f = new FactsView('Minister Karin Dahl flies to Lusaka on Monday, where she will be received by President Chanda Mwale, before holding talks with Minister Grace Banda.', '2025-05-10');
    expect(people(f)).to.include('Grace Banda + Karin Dahl planned');
    expect(people(f)).not.to.include('Chanda Mwale + Grace Banda');
  });
});

describe('meetings of three and four people told by a noun', () => {
  it('"a dialogue involving A and B and their counterparts, C and D": all four meet', () => {
    const f = new FactsView('The pact was sealed at a strategic dialogue in Canberra involving Foreign Minister Ruth Keane and Defence Minister Owen Pryce and their Indonesian counterparts, Foreign Minister Dewi Santoso and Defence Minister Agus Wirawan.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Agus Wirawan + Dewi Santoso + Owen Pryce + Ruth Keane']);
  });

  it('"talks between A, B and C": the three meet', () => {
    const f = new FactsView('Officials said talks between President Lena Holt, Premier Arno Vidal and Chancellor Ines Moura ended late on Monday.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Arno Vidal + Ines Moura + Lena Holt']);
  });
});

describe('meeting phrasings completed to their whole family', () => {
  it('"co-chaired in PLACE on DAY by A and B", "A and B sat down", "a session with"', () => {
    const f = new FactsView(`The tenth session of the joint commission, which was co-chaired in Lusaka on Monday by Minister Ana Phiri and Minister Jonas Haufiku, ended with six agreements.
Minister Rui Sato and Minister Kenji Mori sat down for three hours at the Akasaka Palace on Tuesday.
Envoy Sam Boyd then held a separate, longer session with Minister Hana Aziz at the foreign ministry.`, '2025-05-10');
    expect(people(f)).to.have.members(['Ana Phiri + Jonas Haufiku', 'Kenji Mori + Rui Sato', 'Hana Aziz + Sam Boyd']);
  });

  it('meeting nouns of the held-with family: "an exchange of views", "a one-on-one", "a conversation"', () => {
    const f = new FactsView(`Minister Olu Adeyemi held an exchange of views with Minister Klara Novak on Monday.
President Dina Rahman had a brief one-on-one with Chancellor Felix Brandt before the dinner.`, '2025-05-10');
    expect(people(f)).to.have.members(['Klara Novak + Olu Adeyemi', 'Dina Rahman + Felix Brandt']);
  });

  it('the present and infinitive of meeting verbs ("to speak with"), a courtesy visit to a person', () => {
    const f = new FactsView(`Premier Andre Holm is expected to speak with President Luis Ortega on Friday.
Minister Tran Van Binh paid a courtesy visit to President Bounmy Keo on Monday.`, '2025-05-10');
    expect(people(f)).to.have.members(['Andre Holm + Luis Ortega planned', 'Bounmy Keo + Tran Van Binh']);
  });
});

describe('joining others for talks with someone', () => {
  it('"joined A and a group of leaders at PLACE for talks with B": the subject, A and B meet', () => {
    const f = new FactsView('In August, President Eero Laine joined President Oksana Hrytsenko and a group of European leaders at the Elysee Palace for talks with President Paul Durand.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Eero Laine + Oksana Hrytsenko + Paul Durand']);
  });
});

describe('a photo caption naming two people together', () => {
  it('"Photo: A and B at VENUE in CITY on DAY." is their meeting; a caption with a verb is read as a sentence', () => {
    const f = new FactsView(`Photo: Chancellor Greta Lund and President Amadou Keita at the Koulouba Palace in Bamako on Monday.
President Rosa Vidal and Premier Tom Egan at the summit said trade would grow.`, '2025-05-10');
    expect(people(f)).to.deep.equal(['Amadou Keita + Greta Lund']);
  });
});

describe('meetings of several people and clauses between subject and verb', () => {
  it('a parenthetical between the auxiliary and the verb (", however ,", ", according to …,") breaks no rule', () => {
    const f = new FactsView(`Chancellor Mira Stein had, however, spoken by telephone with President Ivo Marek on Friday.
Minister Petra Lind, according to the ministry, met Minister Karl Oster in Riga on Monday.`, '2025-05-10');
    expect(people(f)).to.have.members(['Ivo Marek + Mira Stein', 'Karl Oster + Petra Lind']);
  });

  it('a gathering whose verb comes after a clause set off by commas brings everyone listed together, and its chair', () => {
    const f = new FactsView(`The talks, which ran late into the evening and were called "useful" by one aide, brought together President Ivo Marek, Premier Ruth Obi and King Arvid Lund.
The session, held at the old parliament and chaired by Secretary-General Amal Haddad, brought together Minister Nina Berg and Minister Ole Haug.`, '2025-05-10');
    expect(people(f)).to.have.members(['Arvid Lund + Ivo Marek + Ruth Obi', 'Amal Haddad + Nina Berg + Ole Haug']);
  });

  it('"travelled to X and spent three hours with Y": time spent with someone after a journey', () => {
    const f = new FactsView('Envoy Tomas Ruiz travelled to Lisbon on Sunday and spent two hours with Minister Ana Vidal.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Ana Vidal + Tomas Ruiz']);
  });

  it('"spoke by phone with A and, in a separate call, with B": two calls', () => {
    const f = new FactsView('President Ivo Marek spoke by phone with Premier Ruth Obi and, in a separate call, with King Arvid Lund on Tuesday.', '2025-05-10');
    expect(people(f)).to.have.members(['Ivo Marek + Ruth Obi', 'Arvid Lund + Ivo Marek']);
  });

  it('a list of names each followed by their country ("A of X, B of Y and C of Z") meets as one', () => {
    const f = new FactsView('On Sunday the three envoys - Nina Berg of Norway, Ole Haug of Denmark and Jaan Tamm of Estonia - sat down in Riga to finish the text.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Jaan Tamm + Nina Berg + Ole Haug']);
  });

  it('a blessing after a ruler\'s name ("may God assist him") is no plan; a day and venue set off by commas after "received"', () => {
    const f = new FactsView('King Arvid Lund, may God assist him, received, on Monday at the Royal Palace in Rabat, Minister Nina Berg.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Arvid Lund + Nina Berg']);
  });

  it('a meeting noun whose own verb tells it was called off is planned, not held', () => {
    const f = new FactsView('A bilateral meeting between Premier Ruth Obi and President Ivo Marek, which had been set for noon, has been called off.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Ivo Marek + Ruth Obi planned']);
  });

  it('a long relative clause between the subject and "met"', () => {
    const f = new FactsView('President Ivo Marek, who took office as head of an interim council after the elections were annulled in 2021 and was sworn in for a full term in May, met Premier Ruth Obi in Vienna.', '2025-05-10');
    expect(people(f)).to.deep.equal(['Ivo Marek + Ruth Obi']);
  });

  it('the backstop takes no subject that is the object of a meeting told just before it', () => {
    const f = new FactsView('Envoy Tomas Ruiz ended his tour on Tuesday with talks in Lisbon with Minister Ana Vidal, a day after separate meetings in Porto with Mayor Rui Costa.', '2025-05-10');
    expect(people(f)).not.to.include('Ana Vidal + Rui Costa');
  });
});
