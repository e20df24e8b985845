import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

/** "A + B + C status" of each meeting. */
const groups = (f: FactsView): string[] => meetings(f).map((m) => /^.*? (?:happened|planned)/.exec(m)?.[0] ?? m);

describe('gatherings: one meeting of three or more people told by a plural role phrase', () => {
  it('wire: "the foreign ministers of A, B and C met": the ministers the article names for those countries', () => {
    const f = new FactsView(`ANKARA, March 4 (Reuters) - Turkish Foreign Minister Kemal Arslan said on Tuesday that regional security was at stake.
Iraqi Foreign Minister Salim Jaber and Jordanian Foreign Minister Nabil Haddad flew in from Baghdad.
The foreign ministers of Turkey, Iraq and Jordan met in Ankara on Tuesday to discuss water and trade.`, '2025-03-04');
    expect(groups(f)).to.deep.equal(['Kemal Arslan + Nabil Haddad + Salim Jaber happened']);
  });

  it('release: "the A, B and C foreign ministers held trilateral talks" is one meeting, not pairs', () => {
    const f = new FactsView(`Foreign Minister Anna Berg of Sweden, Foreign Minister Jonas Lind of Norway and Foreign Minister Mikko Salo of Finland arrived in Oslo on Monday.
The Swedish, Norwegian and Finnish ministers were welcomed at the airport.
On Tuesday the Sweden, Norway and Finland foreign ministers held trilateral talks on Arctic security.`, '2025-03-05');
    expect(groups(f).filter((m) => m.split(' + ').length >= 3)).to.deep.equal(['Anna Berg + Jonas Lind + Mikko Salo happened']);
  });

  it('state media: "X hosted his counterparts from A, B and C" brings in the peers holding X\'s post there', () => {
    const f = new FactsView(`Foreign Minister Paul Mensah of Ghana, Foreign Minister Ali Toure of Mali and Foreign Minister Ibrahim Sow of Senegal arrived in Abuja on Sunday.
Nigerian Foreign Minister Musa Bello hosted his counterparts from Ghana, Mali and Senegal in Abuja on Monday.`, '2025-03-04');
    expect(groups(f)).to.deep.equal(['Ali Toure + Ibrahim Sow + Musa Bello + Paul Mensah happened']);
  });

  it('"talks between X and the foreign ministers of the three states – A, B and C –": the names the role phrase introduces', () => {
    const f = new FactsView(`The talks were held between AU Commission Chairperson Moussa Keita and the foreign ministers of the three Sahel states - Mali's Abdou Sylla, Niger's Hamid Garba and Chad's Idriss Mahamat - at the conference centre in Bamako on Wednesday.`, '2026-03-12');
    expect(groups(f)).to.deep.equal(['Abdou Sylla + Hamid Garba + Idriss Mahamat + Moussa Keita happened']);
  });

  it('a will-bring-together plan keeps its status; a count that does not fit the names changes nothing', () => {
    const f = new FactsView(`The summit next month will bring together the leaders of the two states, Presidents Ana Lopes and Karl Weber, and Prime Minister Tom Baker.
The foreign ministers of the three countries, Omar Diallo and Ravi Singh, held talks in Delhi on Friday.`, '2026-03-12');
    expect(groups(f).some((m) => m.includes('Omar Diallo') && m.split(' + ').length >= 3)).to.equal(false);
  });

  it('"received Mr. A, Minister of …, Mr. B, Minister of …, and Mr. C": a list whose appositions the names swallowed', () => {
    const f = new FactsView(`Rabat - King Hassan Idrissi received, on Monday at the Royal Palace in Rabat, Mr. Abdou Sylla, Minister of Foreign Affairs of the Republic of Mali, Mr. Hamid Garba, Minister of Foreign Affairs of the Republic of Niger, and Mr. Idriss Mahamat, Minister of Foreign Affairs of the Republic of Chad, said a statement from the Royal Office.
The audience was attended by Mr. Youssef Alami, Minister of Foreign Affairs.`, '2025-04-29');
    expect(groups(f)).to.deep.equal(['Abdou Sylla + Hamid Garba + Hassan Idrissi + Idriss Mahamat happened']);
  });

  it('no gathering when a country of the phrase has no named holder, or two: no one is made up', () => {
    const f = new FactsView(`Iraqi Foreign Minister Salim Jaber and Jordanian Foreign Minister Nabil Haddad flew in from Baghdad.
The foreign ministers of Turkey, Iraq and Jordan met in Ankara on Tuesday.`, '2025-03-04');
    expect(groups(f).filter((m) => m.split(' + ').length >= 3)).to.deep.equal([]);
  });

  it('"A and B are scheduled to meet again in New York, …, together with C": C joins the planned meeting of the pair', () => {
    const f = new FactsView(`Japanese Vice Minister Kenji Sato met South Korean Vice Minister Lee Min-ho in Tokyo on Monday.
Sato and Lee are scheduled to meet again later this month in New York, on the sidelines of the UN General Assembly, together with US Deputy Secretary of State John Carter, for a round of trilateral talks.`, '2025-09-09');
    expect(groups(f)).to.deep.equal(['Kenji Sato + Lee Min-ho happened', 'John Carter + Kenji Sato + Lee Min-ho planned']);
  });
});
