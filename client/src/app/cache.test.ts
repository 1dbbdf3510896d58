import { describe, expect, it } from 'vitest';
import { gql } from '@apollo/client';
import { createCache } from './apollo';
import { addToRootList, evictObject } from './cache';

const ORGANISATIONS = gql`
  query Organisations {
    organisations {
      id
      name
    }
  }
`;

const org = (id: string, name: string) => ({ __typename: 'Organisation', id, name });

describe('cache helpers', () => {
  it('adds a created object to a root list once, in name order', () => {
    const cache = createCache();
    cache.writeQuery({ query: ORGANISATIONS, data: { organisations: [org('1', 'Fedasil'), org('2', 'Stad Gent')] } });
    const created = org('3', 'OCMW Gent');
    cache.writeFragment({
      fragment: gql`
        fragment O on Organisation {
          id
          name
        }
      `,
      data: created,
    });
    addToRootList(cache, 'organisations', created, { by: 'name' });
    addToRootList(cache, 'organisations', created, { by: 'name' });
    const names = cache.readQuery<{ organisations: { name: string }[] }>({ query: ORGANISATIONS })!.organisations.map((o) => o.name);
    expect(names).toEqual(['Fedasil', 'OCMW Gent', 'Stad Gent']);
  });

  it('drops an evicted object from the lists that held it', () => {
    const cache = createCache();
    cache.writeQuery({ query: ORGANISATIONS, data: { organisations: [org('1', 'Fedasil'), org('2', 'Stad Gent')] } });
    evictObject(cache, 'Organisation', '1');
    const names = cache.readQuery<{ organisations: { name: string }[] }>({ query: ORGANISATIONS })!.organisations.map((o) => o.name);
    expect(names).toEqual(['Stad Gent']);
  });
});
