import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';
import { MENTION } from '../../src/annotate/mentions.js';

const doc = (text: string, published?: string) => annotate({ meta: { id: 't', ...(published ? { published } : {}) }, text, origin: 'test' });

describe('annotate', () => {
  it('marks page junk without touching the text, and keeps captions as text', () => {
    const text = 'World\nX (left) meets Y in Paris. Photo: AFP\nAdvertisement\nThe talks ended. — AgenciesAdvertisement\nRelated story headline here\n6';
    const d = doc(text);
    const junk = d.get('junk').map((j) => d.slice(j).trim());
    expect(junk).to.include.members(['World', 'Photo: AFP', 'Advertisement', '— Agencies', 'Related story headline here', '6']);
    expect(d.get('sentence').map((s) => d.slice(s))).to.deep.equal(['X (left) meets Y in Paris.', 'The talks ended.']);
    expect(d.text).to.equal(text);
  });

  it('finds datelines and excludes them from the sentence', () => {
    const d = doc('BEIJING (Reuters) - China said on Monday it would act.');
    expect(d.get('dateline')[0].data?.place).to.equal('BEIJING');
    expect(d.slice(d.get('sentence')[0])).to.equal('China said on Monday it would act.');
  });

  it('takes a title-case dateline before a long dash only when it names a capital', () => {
    const d = doc('Nairobi — President Ruto met the envoy.\nRuto — who won in 2022 — spoke.\nNairobi, March 3 – Talks resumed.');
    expect(d.get('dateline').map((x) => x.data?.place)).to.deep.equal(['Nairobi', 'Nairobi']);
    expect(d.get('sentence').map((s) => d.slice(s))[0]).to.equal('President Ruto met the envoy.');
  });

  it('resolves weekdays to the most recent such day on or before publication, and parses explicit dates', () => {
    const d = doc('They met on Thursday. Talks on Friday followed. A deal came on January 26. Another on 3 Feb 2023. Earlier this month, too.', '2024-03-21');
    const values = d.get('date').map((x) => `${d.slice(x)}=${x.data?.value ?? '-'}`);
    expect(values).to.deep.equal(['Thursday=2024-03-21', 'Friday=2024-03-15', 'January 26=2024-01-26', '3 Feb 2023=2023-02-03', 'Earlier this month=-']);
  });

  it('"on June 3 last year" is of the year before; a day after publication is marked future', () => {
    const d = doc('They last met on June 3 last year and meet again on 14 April, officials said.', '2024-03-21');
    expect(d.get('date').map((x) => `${d.slice(x)}=${x.data?.value}${x.data?.future ? ' future' : ''}`)).to.deep.equal(['June 3 last year=2023-06-03', '14 April=2024-04-14 future']);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const d = doc('They met on Friday.');
    expect(d.get('date')[0].data?.value).to.equal(undefined);
  });

  it('finds persons of many naming cultures by title, honorific and apposition cues', () => {
    const d = doc(
      'Vice Foreign Minister Ri Kwang Chol met Jang Hyun-soo, the South Korean envoy. Sheikh Hamad bin Khalid Al Mansouri met Dr. S. Ramaswamy and Mr. Tan.',
    );
    const persons = d.get(MENTION).filter((m) => m.label === 'person').map((m) => m.data?.name);
    expect(persons).to.deep.equal(['Ri Kwang Chol', 'Jang Hyun-soo', 'Hamad bin Khalid Al Mansouri', 'S. Ramaswamy', 'Tan']);
  });

  it('keeps the okina or apostrophe opening a Polynesian name, not a quote mark before a word', () => {
    const d = doc("Samoa's deputy leader, Dr 'Ulu Vaai, met Prime Minister ’Sione Lavaka. He said 'Yes' to them.");
    const persons = d.get(MENTION).filter((m) => m.label === 'person').map((m) => m.data?.name);
    expect(persons).to.deep.equal(["'Ulu Vaai", '’Sione Lavaka']);
  });

  it('tells organisations, venues and places from persons by shape', () => {
    const d = doc("Officials of the Workers' Party of Korea met at the People's Palace of Culture in Sinuiju near the Korean Peninsula.");
    const labels = d.get(MENTION).map((m) => `${m.label}:${d.slice(m)}`);
    expect(labels).to.include.members(["org:Workers' Party of Korea", "place:People's Palace of Culture", 'place:Sinuiju', 'place:Korean Peninsula']);
    expect(labels.some((l) => l.startsWith('person:'))).to.equal(false);
  });

  it('maps title forms to role ids, longest form first', () => {
    const d = doc('Deputy Foreign Minister A B met First Vice Foreign Minister C D and the top diplomat E F.');
    const roles = d.get(MENTION).filter((m) => m.label === 'title').map((m) => m.data?.role);
    expect(roles).to.deep.equal(['ViceForeignMinister', 'FirstViceForeignMinister', 'ForeignMinister']);
  });
});
