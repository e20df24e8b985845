import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { FactsView } from './helpers.js';
import { fixtures } from './fixtures.js';

describe('extractFacts on written fixtures', () => {
  it('wire copy phone call: CAMEO 041, mode phone, date from the weekday, counterpart post and country', () => {
    const f = FactsView.of('wirePhone');
    const [call] = f.events('meeting');
    expect(f.who(call)).to.deep.equal(['Musalia Mudavadi', 'Taye Atske Selassie']);
    expect(call).to.include({ cameo: '041', mode: 'phone', date: '2024-05-14', status: 'happened' });
    expect(f.posts()).to.include('Taye Atske Selassie | ForeignMinister | Ethiopia');
    expect(f.person('Taye Atske Selassie')?.country).to.equal('ET');
    // "…on Tuesday, the ministry said" is not a statement by the person before the comma.
    expect(f.events('statement').map((s) => f.name(s.speaker))).to.deep.equal(['Musalia Mudavadi']);
  });

  it('state media "warmly received": a hosted meeting at the venue inside the city, and the visit before it', () => {
    const f = FactsView.of('stateMedia');
    const [meeting] = f.events('meeting');
    expect(f.who(meeting)).to.deep.equal(['Choe Ryong Hae', 'Nguyen Thi Lan']);
    expect(meeting).to.include({ cameo: '043', date: '2023-11-09' });
    const venue = f.facts.entities.find((e) => e.id === meeting.place);
    expect(venue?.name).to.equal('Mansudae Assembly Hall');
    expect(f.name(venue?.within)).to.equal('Pyongyang');
    expect(f.posts()).to.include('Nguyen Thi Lan | ViceForeignMinister | Vietnam');
    const [visit] = f.events('visit');
    expect(visit).to.include({ date: '2023-11-08', status: 'happened' });
    expect(f.name(visit.destination)).to.equal('Pyongyang');
  });

  it('planned travel and "is expected to meet" are planned; a shorter form of a full name is the same person', () => {
    const f = FactsView.of('plannedVisit');
    expect(f.persons()).to.deep.equal(['María José Ortega Ruiz', 'Nasser Bourita']);
    const [visit] = f.events('visit');
    expect(visit.status).to.equal('planned');
    expect(f.name(visit.destination)).to.equal('Rabat');
    const [meeting] = f.events('meeting');
    expect(meeting).to.include({ status: 'planned', cameo: '036' });
  });

  it('Gulf and South Asian names with honorifics, particles and initials; "ambassador to X" is not a post in X', () => {
    const f = FactsView.of('gulf');
    expect(f.persons()).to.deep.equal(['Hamad bin Khalid Al Mansouri', 'S. Ramaswamy']);
    expect(f.posts()).to.include('Hamad bin Khalid Al Mansouri | Ambassador | United Arab Emirates');
    expect(f.posts()).to.include('S. Ramaswamy | ViceForeignMinister | India');
    const [meeting] = f.events('meeting');
    expect(meeting).to.include({ date: '2024-04-17' });
    expect(f.name(meeting.place)).to.equal('New Delhi');
    expect(f.name(f.events('statement')[0].speaker)).to.equal('Hamad bin Khalid Al Mansouri');
  });

  it('European names with a middle initial; junk lines (advert, related headline, stray number) give no facts', () => {
    const f = FactsView.of('europe');
    expect(f.persons()).to.deep.equal(['Olga V. Petrenko', 'Radoslaw Sikorski']);
    expect(f.facts.events).to.have.length(1);
    expect(f.facts.entities.some((e) => e.name === 'EU' || e.name === 'European Union')).to.equal(false);
    expect(f.name(f.facts.events[0].place)).to.equal('Warsaw');
  });

  it('"A and B held a meeting" and a signed memorandum (CAMEO 057)', () => {
    const f = FactsView.of('latin');
    expect(f.who(f.events('meeting')[0])).to.deep.equal(['Diana Mondino', 'Mauro Vieira']);
    const [agreement] = f.events('agreement');
    expect(agreement.cameo).to.equal('057');
    expect(f.who(agreement)).to.deep.equal(['Diana Mondino', 'Mauro Vieira']);
  });

  it('a visit gives its destination to a meeting with no place of its own', () => {
    const f = FactsView.of('southAsia');
    const [visit] = f.events('visit');
    expect(visit).to.include({ date: '2024-01-11' });
    const [meeting] = f.events('meeting');
    expect(f.who(meeting)).to.deep.equal(['Sher Mohammad Abbas Stanikzai', 'Syrus Sajjad Qazi']);
    expect(f.name(meeting.place)).to.equal('Kabul');
  });

  it('a surname shared by two people resolves to the one just mentioned', () => {
    const f = FactsView.of('surnames');
    const speakers = f.events('statement').map((s) => f.name(s.speaker));
    expect(speakers).to.include('Kim Hong-kyun');
    expect(speakers).to.not.include('Kim Jong Un');
    expect(f.posts()).to.include('Kim Hong-kyun | FirstViceForeignMinister | South Korea');
  });

  it('"In a separate meeting with X, Y …" and a title before the next name is not an apposition', () => {
    const f = FactsView.of('separateMeeting');
    const pairs = f.events('meeting').map((m) => f.who(m).join(' + '));
    expect(pairs).to.have.members(['Retno Marsudi + Vivian Balakrishnan', 'Prabowo Subianto + Vivian Balakrishnan']);
    expect(f.posts()).to.include('Prabowo Subianto | DefenceMinister | Indonesia');
    expect(f.posts()).to.not.include('Vivian Balakrishnan | DefenceMinister | Indonesia');
  });

  it('"Mr. Tan" alone is a person, and an envoy apposition gives the post', () => {
    const f = FactsView.of('mrHonorific');
    expect(f.persons()).to.deep.equal(['Mohamad Hasan', 'Tan']);
    expect(f.posts()).to.include('Tan | Ambassador | Singapore');
    expect(f.who(f.events('meeting')[0])).to.deep.equal(['Mohamad Hasan', 'Tan']);
  });

  it('an event told in a caption and in the body is one event with both sentences as evidence', () => {
    const f = FactsView.of('captionAndBody');
    expect(f.facts.events).to.have.length(1);
    expect(f.facts.events[0].evidence).to.have.length(2);
    expect(f.facts.events[0].date).to.equal('2024-10-10');
  });

  it('"X, who heads ORG," is a post in the organisation; a capital used for a place is inside its country', () => {
    const f = FactsView.of('appositionWho');
    expect(f.posts()).to.include('Ahmed Aboul Gheit | OrganizationHead | Arab League');
    const [meeting] = f.events('meeting');
    expect(f.name(f.facts.entities.find((e) => e.id === meeting.place)?.within)).to.equal('Egypt');
  });

  it('evidence offsets point at the stating sentence in the untouched text', () => {
    const f = FactsView.of('latin');
    const evidence = [...f.facts.events.flatMap((e) => e.evidence), ...f.facts.positions.map((p) => p.evidence)];
    expect(evidence).to.not.be.empty;
    for (const ev of evidence) expect(fixtures.latin.text.slice(ev.start, ev.end)).to.equal(ev.text);
  });
});

describe('extractFacts on the seed articles', () => {
  const seed = (file: string): FactsView => {
    const meta = JSON.parse(readFileSync(`seeds/${file}.meta.json`, 'utf8')) as { published: string };
    return new FactsView(readFileSync(`seeds/${file}.txt`, 'utf8'), meta.published);
  };

  it('finds the meetings, visits and posts of both seeds', () => {
    const a = seed('000_15adf3c591cd31b4');
    const meetings = a.events('meeting').map((m) => `${a.who(m).join(' + ')} ${m.status} ${m.date ?? ''} ${a.name(m.place) ?? ''}`);
    expect(meetings).to.include("Pak Myong Ho + Sun Weidong happened 2024-01-26 People's Palace of Culture");
    expect(meetings.filter((m) => m.startsWith('Choe Son Hui + Sun Weidong happened'))).to.have.length(1);
    expect(meetings.filter((m) => m.startsWith('Jake Sullivan + Wang Yi'))).to.have.length(2);
    expect(a.posts()).to.include.members(['Pak Myong Ho | ViceForeignMinister | North Korea', 'Sun Weidong | ViceForeignMinister | China']);
    expect(a.events('visit').map((v) => `${a.name(v.visitor)} -> ${a.name(v.destination)}`)).to.include('Sun Weidong -> Pyongyang');
    const b = seed('003_669758c909f088b1');
    const dated = b.events('meeting').filter((m) => m.date === '2024-03-21' && b.name(m.place) === 'Beijing').map((m) => b.who(m).join(' + '));
    expect(dated).to.have.members(['Kim Song-nam + Wang Huning', 'Kim Song-nam + Liu Jianchao']);
    expect(b.events('visit').filter((v) => v.status === 'planned' && b.name(v.visitor) === 'Kim Song-nam').map((v) => b.name(v.destination))).to.have.members(['Vietnam', 'Laos']);
  });
});
