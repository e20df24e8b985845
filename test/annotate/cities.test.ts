import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';
import { MENTION } from '../../src/annotate/mentions.js';
import { FactsView, meetings, visits } from '../extract/helpers.js';

const mentions = (text: string): string[] => {
  const d = annotate({ meta: { id: 't' }, text, origin: 'test' });
  return d.get(MENTION).map((m) => `${m.label}:${d.slice(m)}${m.data?.iso2 ? `/${m.data.iso2}` : ''}`);
};

describe('city mentions', () => {
  it('reads a known city as a place of its country wherever it stands', () => {
    expect(mentions('Shenzhen hosted the trade fair, and Busan will follow.')).to.include.members(['place:Shenzhen/CN', 'place:Busan/KR']);
    expect(mentions('A Shenzhen-based firm signed the deal.')).to.include('place:Shenzhen/CN');
  });

  it('prefers the longer name: a city over the capital it opens with', () => {
    expect(mentions('Protesters gathered in Washington Heights on Sunday.')).to.include('place:Washington Heights/US');
  });

  it('keeps a city word inside a personal name a person', () => {
    expect(mentions('Florence Mbeki, the trade minister, spoke first.')).to.include('person:Florence Mbeki');
    expect(mentions('Ambassador Hamilton Okoro arrived late.').some((m) => m.startsWith('place:'))).to.equal(false);
    expect(mentions('Mr Jackson declined to comment.').some((m) => m.startsWith('place:'))).to.equal(false);
  });

  it('leaves a venue named after a city to the venue', () => {
    expect(mentions('The ministers dined at the Toulon prefecture.')).to.include('place:Toulon prefecture');
  });

  it('reads a city that is also a word or a name as a place only after a locative word', () => {
    expect(mentions('Nice weather greeted the delegates.').some((m) => m.startsWith('place:'))).to.equal(false);
    expect(mentions('Split decisions marked the talks.').some((m) => m.startsWith('place:'))).to.equal(false);
    expect(mentions('The envoys met in Nice and then flew to Split.')).to.include.members(['place:Nice/FR', 'place:Split/HR']);
    expect(mentions('She visited Mobile last spring.')).to.include('place:Mobile/US');
    expect(mentions('He will travel to Busan and Florence next week.')).to.include('place:Florence/IT');
  });
});

describe('city facts', () => {
  it('places a visit to a city in its country without naming that country for the article', () => {
    const f = new FactsView('Foreign Minister Amara Diallo of Senegal travelled to Busan on Monday for talks.', '2025-03-05');
    expect(visits(f, false)).to.deep.equal(['Amara Diallo -> Busan happened']);
    const busan = f.facts.entities.find((e) => e.name === 'Busan');
    expect(busan?.country).to.equal('KR');
    expect(f.facts.entities.filter((e) => e.kind === 'country').map((e) => e.country)).to.deep.equal(['SN']);
  });

  it('places a meeting in a city named in its English form, as the text writes it', () => {
    const f = new FactsView('Foreign Minister Amara Diallo met Secretary of State Lena Ortiz in New York on Tuesday.', '2025-03-05');
    expect(meetings(f)).to.deep.equal(['Amara Diallo + Lena Ortiz happened 2025-03-04 New York']);
    expect(f.facts.entities.find((e) => e.name === 'New York')?.country).to.equal('US');
  });

  it('takes a dateline city with its country', () => {
    const f = new FactsView('SHENZHEN (Reuters) - Trade Minister Amara Diallo met his Chinese counterpart on Monday.', '2025-03-05');
    expect(f.facts.entities.find((e) => e.kind === 'place' && e.name === 'Shenzhen')?.country).to.equal('CN');
  });
});
