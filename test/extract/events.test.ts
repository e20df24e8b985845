import { expect } from 'chai';
import { FactsView, meetings, visits } from './helpers.js';

describe('event rules on written sentences', () => {
  it('"held wide-ranging talks with visiting X": modifiers between the verb and its noun', () => {
    const f = new FactsView('Chilean Foreign Minister Alberto van Klaveren on Tuesday held wide-ranging talks with visiting Peruvian Foreign Minister Elmer Schialer in Santiago.', '2025-03-12');
    expect(meetings(f)).to.deep.equal(['Alberto van Klaveren + Elmer Schialer happened 2025-03-11 Santiago']);
  });

  it('an apposition and its closing comma between subject and verb ("the head of state, X, on Monday received …")', () => {
    const f = new FactsView('The head of state, President Hakainde Hichilema, on Monday received Malawian Foreign Minister Nancy Tembo at State House in Lusaka.', '2024-07-16');
    expect(meetings(f)).to.deep.equal(['Hakainde Hichilema + Nancy Tembo happened 2024-07-15 State House']);
  });

  it('a relative clause belongs to its own subject: "X, who took office under Y, visited Z" is X\'s visit', () => {
    const f = new FactsView('Foreign Minister Ahmed Attaf, who took office in the government of President Abdelmadjid Tebboune, visited Tunisia last year.', '2024-05-02');
    expect(visits(f)).to.deep.equal(['Ahmed Attaf -> Tunisia happened -']);
  });

  it('"X, who arrived in CITY on Sunday, …" and "is on a three-day official visit to COUNTRY": one trip, to the city', () => {
    const f = new FactsView(`Minister Laura Sarabia, who arrived in Quito on Sunday, met President Daniel Noboa.
Sarabia is on a three-day official visit to Ecuador.`, '2025-01-14');
    expect(visits(f)).to.deep.equal(['Laura Sarabia -> Quito happened 2025-01-12']);
    expect(meetings(f)).to.deep.equal(['Daniel Noboa + Laura Sarabia happened - Quito']);
  });

  it('a title the person mention left out and counterparts in a list: one meeting of three', () => {
    const f = new FactsView('German Foreign Minister Annalena Baerbock hosted her Dutch and Belgian counterparts, Caspar Veldkamp and Maxime Prevot, in Berlin on Friday.', '2025-02-08');
    expect(meetings(f)).to.deep.equal(['Annalena Baerbock + Caspar Veldkamp + Maxime Prevot happened 2025-02-07 Berlin']);
  });

  it('"X and his counterpart, Y, met"; "A, whom B met in CITY": mutual and object-relative meetings', () => {
    const f = new FactsView(`On Wednesday, Foreign Minister Penny Wong and her New Zealand counterpart, Winston Peters, met in Adelaide.
Prime Minister Christopher Luxon, whom Wong met in Auckland in March, did not attend.`, '2024-08-02');
    expect(meetings(f)).to.have.members(['Penny Wong + Winston Peters happened 2024-07-31 Adelaide', 'Christopher Luxon + Penny Wong happened - Auckland']);
  });

  it('travel to meet: the meeting is planned with the visit, at its destination, on the next such weekday', () => {
    const f = new FactsView('Foreign Minister Badr Abdelatty will travel to Amman on Thursday to meet Prime Minister Jafar Hassan and Foreign Minister Ayman Safadi, his spokesman said.', '2024-10-21');
    expect(visits(f)).to.deep.equal(['Badr Abdelatty -> Amman planned 2024-10-24']);
    expect(meetings(f)).to.deep.equal(['Ayman Safadi + Badr Abdelatty + Jafar Hassan planned 2024-10-24 Amman']);
    expect(f.events('meeting')[0].cameo).to.equal('036');
  });

  it('"spoke by phone on Sunday with": a date inside the verb phrase; a call gets no place from the visit', () => {
    const f = new FactsView(`Foreign Minister Maxim Prevot arrived in Kinshasa on Saturday.
Prevot spoke by phone on Sunday with Rwandan Foreign Minister Olivier Nduhungirehe.`, '2025-02-17');
    const [call] = f.events('meeting');
    expect(f.who(call)).to.deep.equal(['Maxim Prevot', 'Olivier Nduhungirehe']);
    expect(call).to.include({ date: '2025-02-16', mode: 'phone' });
    expect(call.place).to.equal(undefined);
  });

  it('a pronoun subject is the person of the sentence before; "and later met" shares the subject', () => {
    const f = new FactsView(`Indonesian Foreign Minister Sugiono arrived in Hanoi on Monday.
Following the talks, he paid a courtesy call on Prime Minister Pham Minh Chinh and later met Foreign Minister Bui Thanh Son.`, '2025-01-21');
    expect(f.events('meeting').map((m) => f.who(m).join(' + '))).to.have.members(['Pham Minh Chinh + Sugiono', 'Bui Thanh Son + Sugiono']);
  });

  it('"later in the day" and "the following day" count from the meeting told before', () => {
    const f = new FactsView(`Kenyan Foreign Minister Musalia Mudavadi met Somali Foreign Minister Ahmed Moallim Fiqi in Nairobi on Tuesday.
Later in the day, Fiqi called on President William Ruto.
The following day, Fiqi met Sudanese envoy Ali Youssef in Nairobi.`, '2025-01-24');
    expect(meetings(f)).to.include.members([
      'Ahmed Moallim Fiqi + Musalia Mudavadi happened 2025-01-21 Nairobi',
      // Where Fiqi met someone else that day.
      'Ahmed Moallim Fiqi + William Ruto happened 2025-01-21 Nairobi',
      'Ahmed Moallim Fiqi + Ali Youssef happened 2025-01-22 Nairobi',
    ]);
  });

  it('"that evening" counts from the day the sentence before names, even with no meeting on it; not from an arrival or a relative clause', () => {
    const f = new FactsView(`Austrian Foreign Minister Beate Meinl-Reisinger flew into Oslo on Monday and on Tuesday addressed the Storting.
That evening, Norwegian Foreign Minister Espen Barth Eide hosted her for dinner.`, '2025-06-12');
    expect(meetings(f)).to.deep.equal(['Beate Meinl-Reisinger + Espen Barth Eide happened 2025-06-10 Oslo']);
    const g = new FactsView(`Peruvian Foreign Minister Elmer Schialer, who landed in Quito on Sunday, addressed the assembly, which votes on June 30.
Later in the day, Schialer called on President Daniel Noboa.`, '2025-06-12');
    expect(meetings(g).map((m) => m.split(' happened ')[1])).to.deep.equal(['- Quito']);
  });

  it('"had earlier held talks", "in a separate session": the day (and the city) of the meeting told before; no meeting before, no date', () => {
    const f = new FactsView(`Egyptian Foreign Minister Sameh Shoukry met Jordanian King Abdullah II in Amman on Sunday.
Shoukry had earlier held talks with his Jordanian counterpart Ayman Safadi.
In a separate session, Egyptian trade minister Ahmed Samir held talks with Jordanian trade minister Yousef Shamali.
Shoukry had also earlier met Iraqi Foreign Minister Fuad Hussein.`, '2024-03-12');
    expect(meetings(f)).to.include.members([
      'Abdullah II + Sameh Shoukry happened 2024-03-10 Amman',
      'Ayman Safadi + Sameh Shoukry happened 2024-03-10 Amman',
      'Ahmed Samir + Yousef Shamali happened 2024-03-10 Amman',
      'Fuad Hussein + Sameh Shoukry happened 2024-03-10 Amman',
    ]);
    const alone = new FactsView('Egyptian Foreign Minister Sameh Shoukry had earlier held talks with Jordanian Foreign Minister Ayman Safadi.', '2024-03-12');
    expect(alone.events('meeting').map((m) => m.date)).to.deep.equal([undefined]);
  });

  it('a bare "on the sidelines"/"on the margins" is the day (and city) of the meeting told before; "on the sidelines of EVENT" is not', () => {
    const f = new FactsView(`President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Friday.
On the sidelines, French Foreign Minister Stephane Sejourne held talks with German Foreign Minister Annalena Baerbock.
Defence ministers Sebastien Lecornu and Boris Pistorius met on the margins.
German Economy Minister Robert Habeck held talks with French Finance Minister Bruno Le Maire on the sidelines.
Chinese Foreign Minister Wang Yi met Indian Foreign Minister Subrahmanyam Jaishankar on the sidelines of the summit.`, '2024-05-28');
    expect(meetings(f)).to.include.members([
      'Emmanuel Macron + Olaf Scholz happened 2024-05-24 Paris',
      'Annalena Baerbock + Stephane Sejourne happened 2024-05-24 Paris',
      'Boris Pistorius + Sebastien Lecornu happened 2024-05-24 Paris',
      'Bruno Le Maire + Robert Habeck happened 2024-05-24 Paris',
    ]);
    const wang = f.events('meeting').find((m) => f.who(m).includes('Wang Yi'));
    expect(wang?.date).to.equal(undefined);
  });

  it('"X, who is paying a visit from Monday to Wednesday": the ends of a span of days date no event', () => {
    const f = new FactsView('Foreign Minister Wang Yi met Laotian Foreign Minister Thongsavanh Phomvihane, who is paying an official visit to China from Monday to Wednesday.', '2025-04-10');
    const [meeting] = f.events('meeting');
    expect(meeting.date).to.equal(undefined);
    expect(visits(f)).to.deep.equal(['Thongsavanh Phomvihane -> China happened -']);
  });

  it('"preparations for the visit of X to CITY" and "a possible summit between A and B" are planned', () => {
    const f = new FactsView('Deputy Foreign Minister Andrey Rudenko and Mongolian Deputy Foreign Minister Munkhjargal Batbayar discussed preparations for the visit of President Vladimir Putin to Ulaanbaatar and a possible summit between Putin and President Ukhnaagiin Khurelsukh.', '2024-06-20');
    expect(visits(f)).to.deep.equal(['Vladimir Putin -> Ulaanbaatar planned -']);
    // Planned during the planned visit: there.
    expect(meetings(f)).to.include('Ukhnaagiin Khurelsukh + Vladimir Putin planned - Ulaanbaatar');
  });

  it('"A and B agreed … after talks at VENUE": a meeting told in a side clause, not planned by "would" in between', () => {
    const f = new FactsView('President Gabriel Boric and President Javier Milei agreed on Monday to reopen a border crossing that would ease trade, after talks at La Moneda Palace.', '2025-06-03');
    expect(meetings(f)).to.deep.equal(['Gabriel Boric + Javier Milei happened 2025-06-02 La Moneda Palace']);
  });

  it('a place told in a relative clause after the meeting is not the meeting\'s ("a tour that also takes in X")', () => {
    const f = new FactsView('Foreign Minister Vivian Balakrishnan met Prime Minister Anwar Ibrahim on Monday, the first stop of a regional tour that also takes in Thailand.', '2025-01-08');
    expect(meetings(f)).to.deep.equal(['Anwar Ibrahim + Vivian Balakrishnan happened 2025-01-06 -']);
  });

  it('a dated dateline is the day "today" is counted from', () => {
    const f = new FactsView('RIYADH, 3rd March (SPA) -- Foreign Minister Prince Faisal bin Farhan received today Omani Foreign Minister Sayyid Badr Albusaidi in Riyadh.', '2025-03-04');
    expect(f.events('meeting')[0].date).to.equal('2025-03-03');
  });

  it('"received a delegation from COUNTRY led by the junta-appointed X": the delegation is its leader', () => {
    const f = new FactsView('President John Mahama received a delegation from Burkina Faso led by the newly appointed Foreign Minister Karamoko Traore at Jubilee House on Friday.', '2025-03-15');
    expect(f.events('meeting').map((m) => f.who(m).join(' + '))).to.deep.equal(['John Mahama + Karamoko Traore']);
  });
});
