import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from './errors.js';

@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

/** Builds a `<Name>Connection` type with edges, page info and the total count. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many records the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: the sort key of the last row, encoded. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // The elements are not checked: each caller reads them as the sort key it encoded.
    if (Array.isArray(value)) return value as (string | number)[];
  } catch {
    /* handled below */
  }
  throw new AppError('BAD_USER_INPUT', 'The cursor is not valid', { validationErrors: [{ field: 'after', constraints: ['cursor'] }] });
}

/**
 * Turns `first + 1` rows into a page. `count` runs only when `totalCount` is asked for (a getter
 * GraphQL reads when the field is selected): a list without it costs no count query.
 */
export function toPage<T>(rows: T[], first: number, key: (row: T) => (string | number)[], count: () => Promise<number>) {
  const hasNextPage = rows.length > first;
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((node) => ({ node, cursor: encodeCursor(key(node)) }));
  let totalCount: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      return (totalCount ??= count());
    },
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
