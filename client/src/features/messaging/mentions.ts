/** @mentions in the composer: the word being typed after "@", choosing a participant, and who is mentioned. */

export interface Mentionable {
  id: string;
  name: string;
}

/** "@" at the start or after a space, then up to three words of a name, ending at the caret. */
const ACTIVE = /(?:^|\s)@([\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]*){0,2})$/u;

/** The mention being typed at the caret (its "@" position and what follows it), or null. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = ACTIVE.exec(before);
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The participants whose name (or one of its words) starts with the query, the viewer left out. */
export function mentionSuggestions<P extends Mentionable>(participants: readonly P[], query: string, viewerId?: string | null, limit = 6): P[] {
  const q = fold(query.trim());
  // "@Full Name " typed out: the mention is complete, nothing to suggest.
  if (/\s$/.test(query) && participants.some((p) => fold(p.name) === q)) return [];
  return participants
    .filter((p) => p.id !== viewerId)
    .filter((p) => {
      if (!q) return true;
      const name = fold(p.name);
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}

/** The text with the mention being typed (from `start` to `caret`) replaced by "@Name ", and the new caret. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}

/** The ids of the participants the text mentions ("@Full Name" not followed by a letter). */
export function mentionedIds(text: string, participants: readonly Mentionable[]): string[] {
  const ids: string[] = [];
  for (const p of participants) {
    if (!p.name.trim()) continue;
    const escaped = p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?:^|\\s)@${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text)) ids.push(p.id);
  }
  return ids;
}
