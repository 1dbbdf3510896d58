import type { EntityManager } from '@mikro-orm/core';

/** An entity manager of the SQL drivers, as far as raw statements go. */
export type RawEm = EntityManager & { execute<T = Record<string, unknown>[]>(sql: string, params?: unknown[], method?: 'all' | 'get' | 'run'): Promise<T> };

/** Runs raw SQL on the unit of work's connection (and its transaction, inside `transactional`): plain rows, no entities. */
export const raw = (em: EntityManager) => em as RawEm;

/** A date as a parameter of a raw statement: what the driver stores (milliseconds on SQLite, a timestamp on PostgreSQL). */
export const sqlDate = (em: EntityManager, date: Date) => em.getPlatform().processDateProperty(date);
