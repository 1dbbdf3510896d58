/** Writes server/schema.graphql, the committed API contract, from the code. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPubSubHandle } from '../src/app/pubsub.js';
import { createSchema, printContract } from '../src/app/schema.js';

const schema = await createSchema(createPubSubHandle(undefined).pubSub);
const file = path.join(import.meta.dirname, '../schema.graphql');
writeFileSync(file, printContract(schema));
console.log(`wrote ${file}`);
