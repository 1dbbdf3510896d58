import type { ApolloCache, Reference } from '@apollo/client';

/** Adds a newly created object to a root list field (e.g. `organisations`), once. */
export function addToRootList(
  cache: ApolloCache,
  fieldName: string,
  object: { __typename?: string; id: string },
  position: 'start' | 'end' = 'end',
): void {
  const id = cache.identify(object as { __typename: string; id: string });
  if (!id) return;
  cache.modify({
    fields: {
      [fieldName]: (existing: unknown, { toReference, readField }) => {
        if (!Array.isArray(existing)) return existing;
        const list = existing as readonly Reference[];
        if (list.some((ref) => readField('id', ref) === object.id)) return list;
        const ref = toReference(id);
        if (!ref) return list;
        return position === 'start' ? [ref, ...list] : [...list, ref];
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
