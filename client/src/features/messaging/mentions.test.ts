import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, mentionedIds, mentionSuggestions } from './mentions';

const people = [
  { id: 'u1', name: 'Koen Janssens' },
  { id: 'u2', name: 'Pieter Wouters' },
  { id: 'u3', name: 'Émilie Dubois' },
];

describe('mentions', () => {
  it('finds the mention being typed at the caret', () => {
    expect(activeMention('Hello @Ko', 9)).toEqual({ start: 6, query: 'Ko' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('mail me at a@b', 14)).toBeNull();
    expect(activeMention('Hello @Koen Janssens, how', 25)).toBeNull();
  });

  it('suggests participants by the start of any word, accents ignored, never the viewer', () => {
    expect(mentionSuggestions(people, 'jan').map((p) => p.id)).toEqual(['u1']);
    expect(mentionSuggestions(people, 'emi').map((p) => p.id)).toEqual(['u3']);
    expect(mentionSuggestions(people, '', 'u2').map((p) => p.id)).toEqual(['u1', 'u3']);
  });

  it('inserts the chosen name and moves the caret after it', () => {
    expect(insertMention('Hi @Ko thanks', 3, 6, 'Koen Janssens')).toEqual({ text: 'Hi @Koen Janssens thanks', caret: 18 });
  });

  it('tells who the text mentions', () => {
    expect(mentionedIds('@Koen Janssens and @Émilie Dubois: see below', people)).toEqual(['u1', 'u3']);
    expect(mentionedIds('email: pieter@Pieter Woutersx', people)).toEqual([]);
  });
});
