import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';

const sentences = (text: string): string[] => {
  const d = annotate({ meta: { id: 't' }, text, origin: 'test' });
  return d.get('sentence').map((s) => d.slice(s));
};

describe('sentences: abbreviated titles before a name', () => {
  it('a full stop after a title abbreviation before a capitalised name ends no sentence', () => {
    for (const title of ['Amb.', 'Maj.', 'Adm.', 'Cmdr.', 'Rt. Hon.', 'Maj. Gen.', 'Lt. Gen.', 'Gen. (Rtd.)', 'Prof.', 'Capt.']) {
      expect(sentences(`Talks were held with ${title} Kwame Mensah on Monday. He said so.`), title).to.deep.equal([
        `Talks were held with ${title} Kwame Mensah on Monday.`,
        'He said so.',
      ]);
    }
  });

  it('holds in a paragraph with tabs or other whitespace too', () => {
    expect(sentences('Talks were held with Amb.\tYusuf Bello, and Hon. Ama Ofori.\tThey agreed.')).to.deep.equal([
      'Talks were held with Amb.\tYusuf Bello, and Hon. Ama Ofori.',
      'They agreed.',
    ]);
  });

  it('other boundaries stay: before a title abbreviation, and after a plain word', () => {
    expect(sentences('They elected Ann Lee. Gen. Kofi Mensah disagreed.')).to.deep.equal(['They elected Ann Lee.', 'Gen. Kofi Mensah disagreed.']);
    expect(sentences('Talks ended on Monday. Reporters left.')).to.deep.equal(['Talks ended on Monday.', 'Reporters left.']);
  });
});

describe('sentences: middle initials', () => {
  it('a one-letter initial after a capitalised name ends no sentence', () => {
    expect(sentences('The aide Pavel K. Orlov told reporters on Monday that talks went well. He left.')).to.deep.equal([
      'The aide Pavel K. Orlov told reporters on Monday that talks went well.',
      'He left.',
    ]);
  });
});
