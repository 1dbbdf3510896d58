import { describe, expect, it } from 'vitest';
import { firstGap, lastChangeSeq, lastSeq, mergeMessages, unconfirmed } from './merge';

const m = (seq: number, extra: Record<string, unknown> = {}) => ({ id: `m${seq}`, seq, body: `message ${seq}`, ...extra });

describe('mergeMessages', () => {
  it('adds new messages in seq order, whatever order they arrive in', () => {
    const merged = mergeMessages([m(1), m(2)], [m(5), m(3), m(4)]);
    expect(merged.map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps each message once when a live event and the catch-up both bring it', () => {
    let list = mergeMessages([m(1)], [m(2)]); // live event
    list = mergeMessages(list, [m(2), m(3), m(4)]); // catch-up after a reconnect: 2 again
    list = mergeMessages(list, [m(3)]); // the delayed live event of 3
    expect(list.map((x) => x.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('removes duplicates within one batch', () => {
    expect(mergeMessages([], [m(2), m(1), m(2), m(1)]).map((x) => x.id)).toEqual(['m1', 'm2']);
  });

  it('replaces a message by its newer version (edit, delete) and never by an older one', () => {
    const original = m(2, { body: 'first', changeSeq: 2 });
    const edited = m(2, { body: 'edited', changeSeq: 7 });
    let list = mergeMessages([m(1, { changeSeq: 1 }), original], [edited]);
    expect(list.find((x) => x.id === 'm2')!.body).toBe('edited');
    // The original arrives late (a catch-up answer overtaken by the edit event): ignored.
    list = mergeMessages(list, [original]);
    expect(list.find((x) => x.id === 'm2')!.body).toBe('edited');
    const deleted = m(2, { body: '', deleted: true, changeSeq: 9 });
    list = mergeMessages(list, [deleted]);
    expect(list.find((x) => x.id === 'm2')).toMatchObject({ deleted: true });
    expect(list).toHaveLength(2);
  });

  it('takes the later copy when there is no changeSeq to compare', () => {
    const list = mergeMessages([m(1, { body: 'old' })], [m(1, { body: 'new' })]);
    expect(list[0].body).toBe('new');
  });

  it('answers the same list when nothing changed (no re-render)', () => {
    const one = m(1);
    const list = [one, m(2)];
    expect(mergeMessages(list, [])).toBe(list);
    expect(mergeMessages(list, [one])).toBe(list);
  });

  it('orders messages of the same seq by id (stable)', () => {
    expect(mergeMessages([{ id: 'b', seq: 1 }], [{ id: 'a', seq: 1 }]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('positions', () => {
  it('lastSeq and lastChangeSeq answer the highest, 0 for none', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq([m(3), m(9), m(4)])).toBe(9);
    expect(lastChangeSeq([m(1, { changeSeq: 4 }), m(2, { changeSeq: 12 }), m(3)])).toBe(12);
    expect(lastChangeSeq([m(1)])).toBe(0);
  });

  it('firstGap finds the last seq before a hole', () => {
    expect(firstGap([m(1), m(2), m(3)])).toBeNull();
    expect(firstGap([m(1), m(2), m(5), m(6)])).toBe(2);
    expect(firstGap([m(4), m(5), m(7)])).toBe(5);
    expect(firstGap([])).toBeNull();
  });
});

describe('unconfirmed', () => {
  it('hides a pending send once the server shows it (same client id)', () => {
    const pending = [{ clientId: 'c1' }, { clientId: 'c2' }];
    expect(unconfirmed(pending, [m(1, { clientId: 'c1' })])).toEqual([{ clientId: 'c2' }]);
    expect(unconfirmed(pending, [m(1)])).toEqual(pending);
  });
});
