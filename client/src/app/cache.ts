import type { ApolloCache, Reference } from '@apollo/client';

/**
 * Adds a newly created object to a root list field (e.g. `organisations`), once: at the start,
 * the end, or in order of a string field (`{ by: 'name' }`, as the server sorts).
 */
export function addToRootList(cache: ApolloCache, fieldName: string, object: { __typename?: string; id: string }, position: 'start' | 'end' | { by: string } = 'end'): void {
  const id = cache.identify(object);
  if (!id) return;
  cache.modify({
    fields: {
      [fieldName]: (existing: unknown, { toReference, readField }) => {
        if (!Array.isArray(existing)) return existing;
        const list = existing as readonly Reference[];
        if (list.some((ref) => readField('id', ref) === object.id)) return list;
        const ref = toReference(id);
        if (!ref) return list;
        if (position === 'start') return [ref, ...list];
        if (position === 'end') return [...list, ref];
        const key = (r: Reference) => String(readField(position.by, r) ?? '');
        const name = key(ref);
        const index = list.findIndex((r) => key(r).localeCompare(name) > 0);
        return index === -1 ? [...list, ref] : [...list.slice(0, index), ref, ...list.slice(index)];
      },
    },
  });
}

/** Forgets an object (e.g. a removed user): lists that referenced it drop it when read. */
export function evictObject(cache: ApolloCache, typename: string, id: string): void {
  const cacheId = cache.identify({ __typename: typename, id });
  if (cacheId) cache.evict({ id: cacheId });
  cache.gc();
}
