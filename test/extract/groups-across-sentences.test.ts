import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

/** "A + B + C status" of each meeting. */
const groups = (f: FactsView): string[] => meetings(f).map((m) => /^.*? (?:happened|planned)/.exec(m)?.[0] ?? m);
const ofThreeOrMore = (f: FactsView): string[] => groups(f).filter((m) => m.split(' + ').length >= 3);

describe('groups told by number: whom "the four", "his three counterparts" mean', () => {
  it('wire: a list of four greeted in one sentence, "the four sat down with X" in the next: one meeting of five', () => {
    const f = new FactsView(`KYIV, Feb 24 (Reuters) - Ukrainian President Oleh Marchenko welcomed European guests on Tuesday.
Finland's Aino Virtanen, Lithuania's Tomas Kalnius, Romania's Radu Ionescu and Carlos Ortega were greeted on the platform by Foreign Minister Ivan Petrenko and driven to the square, where they laid wreaths.
Later, at the palace, the four sat down with Marchenko for more than two hours, the presidency said.`, '2026-02-24');
    expect(ofThreeOrMore(f)).to.deep.equal(['Aino Virtanen + Carlos Ortega + Oleh Marchenko + Radu Ionescu + Tomas Kalnius happened']);
  });

  it('release: "X held talks with his three counterparts" after a list of three received: X and the three', () => {
    const f = new FactsView(`RABAT - King Hassan Idrissi received on Monday at the Royal Palace Mr. Abdou Sylla, Mr. Hamid Garba and Mr. Idriss Mahamat, foreign ministers of the Sahel states.
The audience was attended by Foreign Minister Youssef Alami.
Earlier in the day, Mr. Alami held talks at the ministry with his three counterparts, who are on a working visit to the Kingdom.`, '2025-04-29');
    expect(ofThreeOrMore(f)).to.include('Abdou Sylla + Hamid Garba + Idriss Mahamat + Youssef Alami happened');
  });

  it('web: "A, B and C arrived … D received the delegation, where the four leaders discussed": D and the three', () => {
    const f = new FactsView(`Finnish President Aino Virtanen, Swedish Prime Minister Lars Berg, and Estonian Prime Minister Kaja Tamm arrived in Kyiv on the morning of Feb. 24.
The three leaders came by overnight train from Poland.
President Oleh Marchenko received the Nordic-Baltic delegation at the palace, where the four leaders discussed air defence.`, '2026-02-24');
    expect(ofThreeOrMore(f)).to.deep.equal(['Aino Virtanen + Kaja Tamm + Lars Berg + Oleh Marchenko happened']);
  });

  it('a list of a different size, or a number with no meeting verb, makes no meeting', () => {
    const f = new FactsView(`Foreign Minister Anna Berg, Foreign Minister Jonas Lind and Foreign Minister Mikko Salo arrived in Oslo on Monday.
The four ministers then laid wreaths at the memorial.
The three ministers later visited a school in the harbour district.`, '2025-03-05');
    expect(ofThreeOrMore(f)).to.deep.equal([]);
  });

  it('state media: "the two ministers held a trilateral call with C, during which the three sides agreed to hold a meeting": the call and the planned meeting', () => {
    const f = new FactsView(`Vientiane (VNA) - Foreign Minister Tran Van Long held talks with his Lao counterpart Khamla Vongsa on May 15.
Following the talks, the two ministers held a trilateral phone call with Cambodian Foreign Minister Sok Vanna, during which the three sides agreed to hold a meeting of the three foreign ministers on the sidelines of the upcoming regional meeting in Jakarta in July.`, '2023-05-17');
    expect(ofThreeOrMore(f)).to.have.members(['Khamla Vongsa + Sok Vanna + Tran Van Long happened', 'Khamla Vongsa + Sok Vanna + Tran Van Long planned']);
  });

  it('"a trilateral meeting was held between A, B and acting C": a standing word before the last name keeps the list', () => {
    const f = new FactsView(`Within the framework of the visit, a trilateral meeting was held between Foreign Minister Rustam Karimov, Deputy Prime Minister and Foreign Minister of Pakistan Tariq Mahmood and Acting Foreign Minister of Afghanistan Abdul Rahim Sharifi.`, '2025-07-18');
    expect(ofThreeOrMore(f)).to.deep.equal(['Abdul Rahim Sharifi + Rustam Karimov + Tariq Mahmood happened']);
  });
});

describe('meetings told by joining or by time spent together', () => {
  it('"X had been due to join the talks by video link": a planned meeting of X with the people of the talks told before', () => {
    const f = new FactsView(`BERLIN, Oct 16 (AFP) - German Foreign Minister Greta Vogel hosted her French and Polish counterparts, Luc Moreau and Jan Nowak, in Berlin on Monday.
Ukrainian Foreign Minister Taras Bondar had been due to join the talks by video link, but the call was cancelled because of air raid alerts.`, '2023-10-16');
    expect(groups(f)).to.have.members(['Greta Vogel + Jan Nowak + Luc Moreau happened', 'Greta Vogel + Jan Nowak + Luc Moreau + Taras Bondar planned']);
  });

  it('"Y later joined the meeting" after a pair met: the three; one of the pair joining makes nothing new', () => {
    const f = new FactsView(`President Amara Diallo received Prime Minister Kofi Mensah at the palace on Friday. Foreign Minister Sara Bello later joined the meeting.
Mensah joined the talks after a short delay.`, '2025-05-10');
    expect(groups(f)).to.have.members(['Amara Diallo + Kofi Mensah happened', 'Amara Diallo + Kofi Mensah + Sara Bello happened']);
  });

  it('feature: "flew to Moscow, where they spent around five hours with Z": the travellers met Z', () => {
    const f = new FactsView(`The envoys Mark Ellis and Paul Stone flew to Moscow on Tuesday, where they spent around five hours with Russian President Ivan Sokolov in the Kremlin.`, '2025-12-04');
    expect(groups(f)).to.deep.equal(['Ivan Sokolov + Mark Ellis + Paul Stone happened']);
  });

  it('"was due to sit down for breakfast on Friday with B and C": a planned meeting of the three; "spent the weekend with his family" none', () => {
    const f = new FactsView(`German Chancellor Karl Brandt was due to sit down for breakfast on Friday with French President Louis Garnier and Polish Prime Minister Piotr Lis.
Garnier spent the weekend with his family in Brittany.`, '2026-06-25');
    expect(groups(f)).to.deep.equal(['Karl Brandt + Louis Garnier + Piotr Lis planned']);
  });

  it('analysis: "A and B flew to Asmara for a tripartite summit hosted by C": one meeting of the three', () => {
    const f = new FactsView(`- 10 October 2024 - Egypt's President Omar Farouk and Somalia's President Ali Warsame flew to Asmara for a tripartite summit hosted by Eritrean President Tesfay Berhane.`, '2025-03-10');
    expect(groups(f)).to.deep.equal(['Ali Warsame + Omar Farouk + Tesfay Berhane happened']);
  });

  it('"have agreed in principle to meet again next week" is a plan', () => {
    const f = new FactsView(`Omani diplomats say Iranian Foreign Minister Reza Tabari and U.S. envoy John Hale have agreed in principle to meet again next week, probably in Rome.`, '2026-05-18');
    expect(groups(f)).to.deep.equal(['John Hale + Reza Tabari planned']);
  });

  it('"the day began with a Baltic breakfast, where A, B and C coordinated positions": the three met; a dinner where they "will" sit is no meeting held', () => {
    const f = new FactsView(`The day began with a Baltic breakfast, where Estonian Foreign Minister Mart Kask, Latvian Foreign Minister Ilze Ozola and Lithuanian Foreign Minister Jonas Petraitis coordinated positions ahead of the session.
The summit ends with a gala dinner, where President Anna Lind and President Karl Weber will sit side by side.`, '2025-12-03');
    expect(groups(f)).to.deep.equal(['Ilze Ozola + Jonas Petraitis + Mart Kask happened']);
  });

  it('"had a phone call with the US Ambassador to Türkiye and Special Envoy for Syria, X": a call, with its title between', () => {
    const f = new FactsView(`On Tuesday, Turkish Foreign Minister Kemal Aydin also had a phone call with the US Ambassador to Türkiye and Special Envoy for Syria, Tom Walker, diplomatic sources said, adding that the two discussed the March agreement.`, '2026-03-12');
    expect(f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.mode ?? 'in-person'}`)).to.deep.equal(['Kemal Aydin + Tom Walker phone']);
  });

  it('"A and B agreed to set up a working group and to meet again in Amman": the second infinitive shares the intention, a plan', () => {
    const f = new FactsView(`Turkish Foreign Minister Kemal Aydin and Iraqi Foreign Minister Salim Jaber agreed to set up a joint working group and to meet again in Amman in the spring.`, '2025-02-06');
    expect(groups(f)).to.deep.equal(['Kemal Aydin + Salim Jaber planned']);
  });
});
