import { expect } from 'chai';
import { FactsView } from './helpers.js';

describe('persons: courtesy titles are not glued into names', () => {
  it('"Senator Lim" is the senator named in full before, not a person called "Senator Lim"', () => {
    const f = new FactsView(`Foreign Minister Grace Lim arrived in Apia on Monday.
Senator Lim met Prime Minister Tui Faleolo on Tuesday.`, '2024-05-08');
    expect(f.persons()).to.deep.equal(['Grace Lim', 'Tui Faleolo']);
  });

  it('"Gen. X" is a person holding a military post', () => {
    const f = new FactsView('Gen. Moussa Diarra, who led the coup, spoke in Bamako on Monday.', '2024-05-08');
    expect(f.persons()).to.deep.equal(['Moussa Diarra']);
    expect(f.posts()).to.deep.equal(['Moussa Diarra | MilitaryOfficer | ']);
  });
});
