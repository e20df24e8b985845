import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';
import { MENTION } from '../../src/annotate/mentions.js';

const persons = (text: string): string[] =>
  annotate({ meta: { id: 't' }, text, origin: 'test' })
    .get(MENTION)
    .filter((m) => m.label === 'person')
    .map((m) => m.data?.name ?? '');

describe('annotate: the article\'s own staff is page furniture', () => {
  it('credit lines, "is written by" lines and a closing author\'s note name no person', () => {
    const text = [
      'President Ana Ortiz met Prime Minister Jonas Berg in Oslo on Monday.',
      'Reporting by Petra Holm; additional reporting by Luis Mora in Lima; editing by Sara Quist.',
      'The Weekly Compass is written by Nora Field and Tim Hale. Tips: reply to this email.',
      'Ravi Menon is a contributing editor at the Review.',
    ].join('\n\n');
    expect(persons(text)).to.deep.equal(['Ana Ortiz', 'Jonas Berg']);
  });

  it('a person described in the text as a former journalist stays a person', () => {
    expect(persons('Foreign Minister Ana Ortiz, a former journalist, met Jonas Berg, who is a diplomat, in Oslo on Monday.')).to.include('Ana Ortiz');
  });
});
