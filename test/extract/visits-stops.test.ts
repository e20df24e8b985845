import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';

describe('visits told by their stops and returns; dates and places of the clause that tells them', () => {
  it('"after a stop in X" and "on her return from X": places the traveller was', () => {
    const f = new FactsView(`Foreign Minister Ana Lopez is due to fly to Lima after a stop in Quito on Friday.
Prime Minister Jonas Lind, speaking on his return from Oslo, said the talks had gone well.
President Marta Ruiz returned from a state visit to Hanoi on Monday.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Lopez -> Lima planned', 'Ana Lopez -> Quito planned', 'Jonas Lind -> Oslo happened', 'Marta Ruiz -> Hanoi happened']);
  });

  it('"held talks with Y in X before travelling on to Z": both X and Z are stops; a meeting in X alone is no visit', () => {
    const on = new FactsView('Foreign Minister Ana Lopez held talks with President Marta Ruiz in Lima before travelling on to Quito.', '2025-05-06');
    expect(visits(on, false)).to.have.members(['Ana Lopez -> Lima happened', 'Ana Lopez -> Quito happened']);
    const stay = new FactsView('Foreign Minister Ana Lopez held talks with President Marta Ruiz in Lima on Monday.', '2025-05-06');
    expect(visits(stay, false)).to.deep.equal([]);
  });

  it('a tour "that has already taken him to X and Y", "a visit that took X to Y": the tour\'s traveller', () => {
    const tour = new FactsView('President Kwame Asante arrived in Lima for a state visit, the last leg of a tour that has already taken him to Chile and Ecuador.', '2025-05-06');
    expect(visits(tour, false)).to.include.members(['Kwame Asante -> Chile happened', 'Kwame Asante -> Ecuador happened']);
    const took = new FactsView('Quito was the last stop on a four-day visit that took Prime Minister Jonas Lind to Lima and Guayaquil.', '2025-05-06');
    expect(visits(took, false)).to.have.members(['Jonas Lind -> Lima happened', 'Jonas Lind -> Guayaquil happened']);
  });

  it('a traveller after "for which" is the subject of the clause', () => {
    const f = new FactsView('The ministers set the agenda for the summit, for which Prime Minister Jonas Lind is due to travel to Oslo in August.', '2025-05-06');
    expect(visits(f, false)).to.deep.equal(['Jonas Lind -> Oslo planned']);
  });

  it('"was to have hosted him on Thursday": a plan in the past takes the last Thursday, a plan ahead the next', () => {
    // 2025-05-09 is a Friday.
    const past = new FactsView('President Marta Ruiz was to have hosted Prime Minister Jonas Lind in Lima on Thursday, but the visit was postponed.', '2025-05-09');
    expect(meetings(past)[0]).to.match(/ 2025-05-08 /);
    const ahead = new FactsView('President Marta Ruiz will host Prime Minister Jonas Lind in Lima on Thursday.', '2025-05-09');
    expect(meetings(ahead)[0]).to.match(/ 2025-05-15 /);
  });

  it('"By February 2024 … on Feb. 17": a day takes the year its sentence states; "since 2022" states none', () => {
    const stated = new FactsView('By February 2024 relations had thawed enough for President Marta Ruiz to meet Prime Minister Jonas Lind in Lima on Feb. 17.', '2026-03-01');
    expect(meetings(stated)[0]).to.match(/ 2024-02-17 /);
    const since = new FactsView('It was the first such dialogue since 2022, and it came after President Marta Ruiz met Prime Minister Jonas Lind in Lima on Feb. 17.', '2026-03-01');
    expect(meetings(since)[0]).to.match(/ 2026-02-17 /);
  });

  it('", in X he held talks with": a place fronted before the next clause is not the place of the meeting before it', () => {
    const g = new FactsView('Prime Minister Jonas Lind toured the region last year. In Lima he was received by President Marta Ruiz, in Quito he held talks with President Kwame Asante.', '2025-05-06');
    expect(meetings(g).find((m) => m.startsWith('Jonas Lind + Marta Ruiz'))).to.match(/ Lima$/);
  });
  it('"accompanied her husband to X", "had been expected in X" (planned), "in X, when Y made a one-day visit to discuss …"', () => {
    const f = new FactsView(`Ana Berg, who accompanied her husband to Lima, visited a school.
Prime Minister Jonas Lind had been expected in Oslo but stayed at home.
The two last met on March 10 in Quito, when President Marta Ruiz made a one-day visit to discuss trade.`, '2025-05-06');
    expect(visits(f, false)).to.have.members(['Ana Berg -> Lima happened', 'Jonas Lind -> Oslo planned', 'Marta Ruiz -> Quito happened']);
  });
  it('"arrived here on Thursday for a state visit to X": the dateline\'s city; with no dateline, X', () => {
    const here = new FactsView('LIMA, May 8 (Andina) -- President Kwame Asante arrived here Thursday afternoon for a state visit to Peru, the last leg of his tour.', '2025-05-09');
    expect(visits(here, false)).to.include('Kwame Asante -> Lima happened');
    const bare = new FactsView('President Kwame Asante arrived on Thursday for a state visit to Peru.', '2025-05-09');
    expect(visits(bare, false)).to.deep.equal(['Kwame Asante -> Peru happened']);
  });
  it('"held talks with Y in X on Tuesday, his first visit to …": the apposition makes X a visit; "his fifth meeting with her" does not', () => {
    const visit = new FactsView('President Kwame Asante held talks with President Marta Ruiz in Lima on Tuesday, his first visit to a member state of the bloc.', '2025-05-09');
    expect(visits(visit, false)).to.deep.equal(['Kwame Asante -> Lima happened']);
    const meeting = new FactsView('President Kwame Asante met President Marta Ruiz in Lima on Tuesday, his fifth meeting with her.', '2025-05-09');
    expect(visits(meeting, false)).to.deep.equal([]);
  });
});
