import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { unauthenticated } from './errors.js';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { PubSubHandle } from './pubsub.js';
import type { Viewer } from '../core/viewer.js';

export type { Viewer } from '../core/viewer.js';

/** Process-wide parts, built once at start. */
export interface AppServices {
  config: Config;
  logger: Logger;
  pubSub: PubSubHandle['pubSub'];
}

/** Cookie access for the HTTP transport; absent on the WebSocket. */
export interface CookieJar {
  set(name: string, value: string, maxAgeSeconds: number): void;
  clear(name: string): void;
}

export interface Context {
  viewer: Viewer | null;
  em: EntityManager;
  loaders: Loaders;
  ip: string;
  cookies: CookieJar | null;
  app: AppServices;
  /** Per-request state of feature services (e.g. the batched access-log writer of audit.service). */
  scratch: Map<symbol, unknown>;
}

/** What a request keeps under `key` in its scratch, made by `make` the first time it is asked for. */
export function inScratch<T>(ctx: Pick<Context, 'scratch'>, key: symbol, make: () => T): T {
  if (!ctx.scratch.has(key)) ctx.scratch.set(key, make());
  return ctx.scratch.get(key) as T;
}

export function createContext(parts: Omit<Context, 'loaders' | 'scratch'>): Context {
  return { ...parts, loaders: createLoaders(parts.em), scratch: new Map() };
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
