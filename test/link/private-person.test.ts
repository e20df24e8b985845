import { expect } from 'chai';
import type { EntityFact } from '../../src/extract/facts.js';
import { introducedAsPrivatePerson } from '../../src/link/private-person.js';

function person(name: string, ...sentences: string[]): EntityFact {
  return { id: 'p1', kind: 'person', name, altNames: [name.split(' ').at(-1) ?? name], mentions: sentences.map((text) => ({ text, start: 0, end: text.length, rule: 'test' })) };
}

describe('introducedAsPrivatePerson', () => {
  it('sees a description naming no post beside the full name, after it or before it', () => {
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'Rafael Okoro, a fisherman from the delta, said the catch had halved.'))).to.equal(true);
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'Outside the market, a tailor named Rafael Okoro shrugged.'))).to.equal(true);
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'A retired teacher, Rafael Okoro, queued for bread.'))).to.equal(true);
  });

  it('not a description that names a post, an adverbial before the name, or no description at all', () => {
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'Rafael Okoro, a former prime minister, flew in on Monday.'))).to.equal(false);
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'After a long meeting, Rafael Okoro told reporters the talks had stalled.'))).to.equal(false);
    expect(introducedAsPrivatePerson(person('Rafael Okoro', 'The summit was chaired by Rafael Okoro.', 'Okoro, a fisherman by training, smiled.'))).to.equal(false);
  });
});
