import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSubHandle } from '../src/app/pubsub.js';
import { createSchema, printContract } from '../src/app/schema.js';
import { type TestHub, startTestHub } from './harness.js';

describe('server/schema.graphql', () => {
  it('is what the code emits (run `pnpm codegen` after changing the API)', async () => {
    const schema = await createSchema(createPubSubHandle(undefined).pubSub);
    const committed = readFileSync(path.join(import.meta.dirname, '../schema.graphql'), 'utf8');
    expect(printContract(schema)).toBe(committed);
  });

  it('describes every type and root field', async () => {
    const sdl = readFileSync(path.join(import.meta.dirname, '../schema.graphql'), 'utf8');
    const schema = await createSchema(createPubSubHandle(undefined).pubSub);
    const undocumented: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root!.getFields())) if (!field.description) undocumented.push(`${root!.name}.${field.name}`);
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (!type.name.startsWith('__') && !['String', 'Boolean', 'Int', 'Float', 'ID', 'Query', 'Mutation', 'Subscription'].includes(type.name) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
    expect(sdl.length).toBeGreaterThan(1000);
  });
});

describe('migrations', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ demo: false });
  });
  afterAll(() => hub?.close());

  it('build exactly the schema the entities describe (run `pnpm migration:create` after changing an entity)', async () => {
    const diff = await hub.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });
});
