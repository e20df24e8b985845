import { expect } from 'chai';
import { FactsView, meetings } from './helpers.js';

describe('meeting places: a place fronted in each clause of a tour', () => {
  it('"In A he was received by X, in B he held talks with Y, and in C he met Z": each meeting where its clause says', () => {
    const f = new FactsView('President Jana Morel toured the region this week. In Bamako he was received by President Ivo Marek, in Ouagadougou he held talks with President Tomas Berg, and in Niamey he met President Karl Oster.', '2026-03-12');
    expect(meetings(f)).to.have.members([
      'Ivo Marek + Jana Morel happened - Bamako',
      'Jana Morel + Tomas Berg happened - Ouagadougou',
      'Jana Morel + Karl Oster happened - Niamey',
    ]);
  });

  it('a city fronted before the subject and no other clause: that city', () => {
    const f = new FactsView('In Nairobi, Foreign Minister Lena Varga met President Ivo Marek on Monday.', '2026-03-12');
    expect(meetings(f)).to.deep.equal(['Ivo Marek + Lena Varga happened 2026-03-09 Nairobi']);
  });
});

describe('meeting dates and places: what a later clause tells of another occasion', () => {
  it('"ahead of the summit in CITY in MONTH": neither the day nor the place of the meeting', () => {
    const f = new FactsView('Foreign Minister Lena Varga also held talks with Foreign Minister Tomas Berg to coordinate positions ahead of the NATO summit in The Hague in June.', '2025-05-28');
    expect(meetings(f)).to.deep.equal(['Lena Varga + Tomas Berg happened - -']);
    expect(f.events('meeting')[0]?.dateText).to.equal(undefined);
  });

  it('"in preparation for talks in Geneva on Friday": not the meeting\'s day nor city', () => {
    const f = new FactsView('President Ivo Marek received Foreign Minister Jana Morel in preparation for talks in Geneva on Friday.', '2026-02-12');
    expect(meetings(f)).to.deep.equal(['Ivo Marek + Jana Morel happened - -']);
  });

  it('"ahead of their dialogue at VENUE on DAY": the same people\'s meeting, so its day', () => {
    const f = new FactsView('Vice Foreign Minister Lena Varga shakes hands with Vice Foreign Minister Tomas Berg ahead of their strategic dialogue at the Foreign Ministry in Seoul on Tuesday.', '2025-12-10');
    expect(meetings(f)).to.have.length(1);
    expect(meetings(f)[0]).to.match(/^Lena Varga \+ Tomas Berg happened 2025-12-09 /);
  });
});

describe('meeting dates: a day told for someone else, or for an arrival', () => {
  it('"his counterpart X, a career diplomat who took office in September": the month is the counterpart\'s, the meeting follows the one before', () => {
    const f = new FactsView(`Foreign Minister Jana Morel met President Ivo Marek on Monday.
He later held talks in the capital with his counterpart Tomas Berg, Senegal's foreign minister, a career diplomat who took over the portfolio in a government reshuffle in September.`, '2026-02-12');
    expect(meetings(f)).to.include('Jana Morel + Tomas Berg happened 2026-02-09 -');
  });

  it('"X, who arrived on Wednesday, later called on Y": the day of the arrival aside does not keep the meeting from the day told before', () => {
    const f = new FactsView(`The two foreign secretaries held consultations in Dhaka on Thursday.
Foreign Secretary Lena Varga, who arrived in Dhaka on Wednesday on a four-day visit, later called on Foreign Adviser Tomas Berg at the foreign ministry.`, '2025-04-18');
    expect(meetings(f).find((m) => m.startsWith('Lena Varga + Tomas Berg'))).to.match(/ 2025-04-17 /);
  });
});

describe('meeting dates: a shift word followed by a day', () => {
  it('"on the sidelines on Friday": the day told, not the day of the meeting told before', () => {
    const f = new FactsView(`COLOMBO, April 5 - Prime Minister Ivo Marek held talks with President Jana Morel on Saturday.
In Bangkok, where he attended a summit, Ivo Marek held his first meeting with Chief Adviser Tomas Berg, on the sidelines on Friday.`, '2025-04-05');
    expect(meetings(f)).to.include('Ivo Marek + Tomas Berg happened 2025-04-04 Bangkok');
  });

  it('"later in the day" alone still counts from the day told before', () => {
    const f = new FactsView(`Prime Minister Ivo Marek held talks with President Jana Morel on Saturday.
Later in the day, Ivo Marek met Foreign Minister Tomas Berg.`, '2025-04-07');
    expect(meetings(f)).to.include('Ivo Marek + Tomas Berg happened 2025-04-05 -');
  });
});

describe('meeting dates: a side meeting of the gathering told before', () => {
  it('"On the margins of the NB8 meeting, X met Y", paragraphs after the gathering\'s day: that day, and the city of that day\'s meeting', () => {
    const f = new FactsView(`Foreign Minister Lena Varga took part today, 26 May, in the meeting of the foreign ministers of the Nordic-Baltic Eight in Tromsø, hosted by Foreign Minister Karl Oster.
The ministers discussed support for Ukraine and security in the Baltic Sea region.
Varga stressed that pressure on Russia must grow.
On the margins of the NB8 meeting, Minister Varga met with her Icelandic counterpart, Tomas Berg.`, '2025-05-26');
    expect(meetings(f)).to.include('Lena Varga + Tomas Berg happened 2025-05-26 Tromsø');
  });

  it('with no gathering told before, a side meeting of "the summit" gets no day', () => {
    const f = new FactsView(`President Ivo Marek met Chancellor Jana Morel in Paris on Friday.
The two leaders discussed trade.
On the sidelines of the summit, Foreign Minister Lena Varga met Foreign Minister Tomas Berg.`, '2025-05-26');
    expect(meetings(f)).to.include('Lena Varga + Tomas Berg happened - -');
  });
});

describe('meeting places filled from the article: which visit, which day', () => {
  it('a meeting told in another month and year than a visit is not placed by it', () => {
    const f = new FactsView(`President Ivo Marek flew to Bishkek on a state visit on March 13 and signed a border treaty.
Marek first held talks with President Jana Morel in March 2018, reopening crossings.`, '2025-04-06');
    expect(meetings(f)).to.deep.equal(['Ivo Marek + Jana Morel happened - -']);
  });

  it('a meeting told with the month of an undated visit is still placed by it', () => {
    const f = new FactsView(`President Ivo Marek travelled to Bishkek in March for a state visit.
In March, Marek held talks with President Jana Morel.`, '2025-06-06');
    expect(meetings(f)).to.include('Ivo Marek + Jana Morel happened - Bishkek');
  });

  it('"Earlier on Friday, X met Z": where X met someone that Friday, not where X had landed the day before', () => {
    const f = new FactsView(`GYEONGJU, Oct. 31 - President Ivo Marek met with Prime Minister Jana Morel here on Friday on the sidelines of the summit.
Marek arrived in the port city of Busan on Thursday for a state visit.
Earlier on Friday, Marek met with Prime Minister Tomas Berg.`, '2025-10-31');
    expect(meetings(f)).to.include('Ivo Marek + Tomas Berg happened 2025-10-31 Gyeongju');
  });
});

describe('meeting dates: the lead clause\'s day and the event\'s own', () => {
  it('"was due to fly on to X later on Wednesday, where she is to meet Y in Quito on Thursday": Thursday', () => {
    const f = new FactsView('Foreign Minister Lena Varga was due to fly on to Ecuador later on Wednesday, where she is scheduled to meet President Tomas Berg in Quito on Thursday.', '2025-09-03');
    expect(meetings(f)).to.deep.equal(['Lena Varga + Tomas Berg planned 2025-09-04 Quito']);
  });

  it('"flew to Quito on Wednesday, where she met Y": with no day of its own, the lead clause\'s', () => {
    const f = new FactsView('Foreign Minister Lena Varga flew to Quito on Wednesday, where she met President Tomas Berg.', '2025-09-05');
    expect(meetings(f)).to.deep.equal(['Lena Varga + Tomas Berg happened 2025-09-03 Quito']);
  });
});
