import type { EntityManager } from '@mikro-orm/core';
import type { LiveSettings, LiveStats } from './settings.js';

/**
 * Session validity: whether sessions still stand, known for `recheckMs`, checked in batches (one
 * call of the handed-in `activeSessions` per 500 sessions).
 */
export class SessionValidity {
  private readonly known = new Map<string, { active: boolean; at: number }>();
  private queue = new Map<string, ((active: boolean) => void)[]>();
  private queued: { em: EntityManager } | null = null;
  /** Sessions being checked by a query under way. */
  private readonly checking = new Set<string>();
  /** Sessions with open subscriptions (how many each), kept checked by `timer` while there are any. */
  private readonly held = new Map<string, number>();
  private heldEm: EntityManager | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly settings: LiveSettings,
    private readonly stats: LiveStats,
  ) {}

  /** What is known of a session (possibly stale: compare `at`). The record is updated in place when checked again. */
  record(hash: string): { active: boolean; at: number } | undefined {
    return this.known.get(hash);
  }

  isActive(em: EntityManager, hash: string): boolean | Promise<boolean> {
    const k = this.known.get(hash);
    if (k && this.settings.now() - k.at < this.settings.recheckMs) return k.active;
    return new Promise((resolve) => this.enqueue(em, hash, resolve));
  }

  /**
   * A subscription of this session is open (until the returned function is called): the session is
   * checked in the background before what is known of it goes stale, also while no event comes,
   * so the first event after a quiet spell does not wait for the database. One query per 500
   * sessions every `recheckMs / 2` or so, whatever the traffic.
   */
  hold(em: EntityManager, hash: string): () => void {
    this.held.set(hash, (this.held.get(hash) ?? 0) + 1);
    this.heldEm ??= em;
    if (!this.timer) {
      this.timer = setInterval(() => this.refreshHeld(), Math.max(10, this.settings.recheckMs / 4));
      this.timer.unref();
    }
    if (!this.known.has(hash)) this.refreshSoon(em, hash);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const count = (this.held.get(hash) ?? 1) - 1;
      if (count > 0) this.held.set(hash, count);
      else this.held.delete(hash);
      if (!this.held.size && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        this.heldEm = null;
      }
    };
  }

  private refreshHeld() {
    const now = this.settings.now();
    for (const hash of this.held.keys()) {
      const k = this.known.get(hash);
      if (!k || now - k.at >= this.settings.recheckMs / 2) this.refreshSoon(this.heldEm!, hash);
    }
  }

  /**
   * Checks the session again in the background, before what is known of it goes stale: the
   * subscribers of a session in use keep a known answer and never wait for the check.
   */
  refreshSoon(em: EntityManager, hash: string): void {
    if (!this.queue.has(hash) && !this.checking.has(hash)) this.enqueue(em, hash, null);
  }

  private enqueue(em: EntityManager, hash: string, resolve: ((active: boolean) => void) | null) {
    const waiting = this.queue.get(hash);
    if (waiting) {
      if (resolve) waiting.push(resolve);
    } else this.queue.set(hash, resolve ? [resolve] : []);
    if (!this.queued) {
      this.queued = { em };
      setImmediate(() => void this.flush());
    }
  }

  /**
   * A session ended in this process (sign-out: that session; a removed user: every session, since
   * their hashes are not at hand): its subscriptions stop at their next event, not after the
   * recheck interval. Another process still notices within the interval.
   */
  ended(hash?: string): void {
    if (hash) {
      const k = this.known.get(hash);
      if (k) {
        k.active = false;
        k.at = this.settings.now();
      } else this.known.set(hash, { active: false, at: this.settings.now() });
    } else {
      // Every record (held by subscribers too) becomes stale: each session is checked again.
      for (const k of this.known.values()) k.at = Number.NEGATIVE_INFINITY;
      this.known.clear();
    }
  }

  private async flush() {
    const { em } = this.queued!;
    const queue = this.queue;
    this.queue = new Map();
    this.queued = null;
    const at = this.settings.now();
    const hashes = [...queue.keys()];
    for (const h of hashes) this.checking.add(h);
    const active = new Set<string>();
    try {
      const check = this.settings.activeSessions;
      if (!check) throw new Error('No session check handed in (useSessionCheck)');
      const fork = em.fork();
      for (let i = 0; i < hashes.length; i += 500) {
        this.stats.sessionQueries++;
        for (const hash of await check(fork, hashes.slice(i, i + 500))) active.add(hash);
      }
    } catch {
      // The database did not answer: treat the sessions as ended rather than deliver unchecked.
      for (const h of hashes) this.checking.delete(h);
      for (const [, resolvers] of queue) for (const resolve of resolvers) resolve(false);
      return;
    }
    for (const [hash, resolvers] of queue) {
      this.checking.delete(hash);
      const k = this.known.get(hash);
      // A sign-out in this process while the query ran wins over the query's answer.
      if (k && k.at > at) {
        for (const resolve of resolvers) resolve(k.active);
        continue;
      }
      if (k) {
        k.active = active.has(hash);
        k.at = at;
      } else this.known.set(hash, { active: active.has(hash), at });
      for (const resolve of resolvers) resolve(active.has(hash));
    }
    // Forget what is stale (sessions of subscribers who left).
    if (this.known.size > 2 * hashes.length + 1000) for (const [h, k] of this.known) if (at - k.at >= this.settings.recheckMs) this.known.delete(h);
  }
}
