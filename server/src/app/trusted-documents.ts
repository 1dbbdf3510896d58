import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorCode } from '@partner-hub/shared';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse } from 'graphql';
import type { Config } from '../config.js';
import type { Viewer } from './context.js';
import { parseLimited } from './limits.js';
import { sendGraphQLError } from './http-guard.js';
import type { Logger } from './logger.js';

/**
 * Trusted documents: the web client's operations, registered at build time by codegen
 * (client/src/gql/persisted-documents.json: "sha256:<hex>" -> document). The built client sends
 * only the hash; in production (TRUSTED_DOCUMENTS) nothing else runs, but for admins when
 * ADMIN_API_DOCUMENTS opts in (their API clients). A document sent in full whose text is in the
 * manifest counts as trusted.
 */
export interface TrustedDocuments {
  /** "sha256:<hex>" -> document text. */
  byHash: Map<string, string>;
  /** Texts of the manifest's documents. */
  texts: Set<string>;
  /** Operation names in the manifest (metrics labels). */
  operationNames: Set<string>;
  /** Arbitrary documents lately found within the token limit (bounded): not lexed again. */
  fitting: Set<string>;
}

export function loadTrustedDocuments(file: string, logger: Logger, required: boolean): TrustedDocuments {
  const docs: TrustedDocuments = { byHash: new Map(), texts: new Set(), operationNames: new Set(), fitting: new Set() };
  if (!existsSync(file)) {
    if (required) throw new Error(`Trusted documents are required but ${file} does not exist (run pnpm codegen)`);
    logger.warn('trusted documents: no manifest, every document is arbitrary', { file });
    return docs;
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [hash, text] of Object.entries(manifest)) {
    docs.byHash.set(hash, text);
    docs.texts.add(text);
    for (const def of parse(text).definitions) if (def.kind === Kind.OPERATION_DEFINITION && def.name) docs.operationNames.add(def.name.value);
  }
  return docs;
}

/** The manifest's key for a hash sent as `extensions.persistedQuery.sha256Hash` (hex) or `documentId` ("sha256:<hex>"). */
function manifestKey(id: string): string {
  return id.startsWith('sha256:') ? id : `sha256:${id}`;
}

/** The hash a request names, if any: GraphQL-over-HTTP's `documentId`, or Apollo's `extensions.persistedQuery`. */
export function requestedHash(body: { documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } }): string | undefined {
  if (typeof body.documentId === 'string') return manifestKey(body.documentId);
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? manifestKey(hash) : undefined;
}

export const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** What a socket or request may run, decided once per document. */
export type DocumentDecision = { ok: true; query: string; trusted: boolean } | { ok: false; code: ErrorCode; message: string; status: number };

/**
 * Decides a request's document: a hash resolves to its manifest text (unknown: PERSISTED_QUERY_NOT_FOUND),
 * a text in the manifest is trusted, any other text runs only when not enforced or for an admin
 * who may (asked lazily: `viewer`). Arbitrary documents are also checked for their token count
 * here, before Apollo parses them (trusted ones are known to fit: test/limits.test.ts).
 */
export async function decideDocument(
  config: Config,
  docs: TrustedDocuments,
  request: { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } },
  viewer: () => Promise<Viewer | null>,
): Promise<DocumentDecision> {
  const hash = requestedHash(request);
  if (hash) {
    const query = docs.byHash.get(hash);
    if (!query) return { ok: false, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound', status: 200 };
    return { ok: true, query, trusted: true };
  }
  if (typeof request.query !== 'string') return { ok: false, code: 'MALFORMED_REQUEST', message: 'Send a GraphQL document as `query`, or its hash as `documentId`', status: 400 };
  const query = request.query;
  if (docs.texts.has(query)) return { ok: true, query, trusted: true };
  const { enforce, allowAdmins } = config.trustedDocuments;
  if (enforce && !(allowAdmins && (await viewer())?.role === 'ADMIN')) {
    return { ok: false, code: 'TRUSTED_DOCUMENT_REQUIRED', message: 'Only the web app\u2019s registered operations are accepted', status: 400 };
  }
  if (docs.fitting.has(query)) return { ok: true, query, trusted: false };
  try {
    parseLimited(query, config.limits);
    if (docs.fitting.size >= 1000) docs.fitting.clear();
    docs.fitting.add(query);
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    // A syntax error is Apollo's to report (GRAPHQL_PARSE_FAILED); too many tokens is refused here.
    if (code === 'TOO_MANY_TOKENS') return { ok: false, code: 'TOO_MANY_TOKENS', message: (error as Error).message, status: 400 };
  }
  return { ok: true, query, trusted: false };
}

/**
 * Express middleware before Apollo on /graphql: resolves hashes to manifest documents and refuses
 * what may not run (see `decideDocument`). GET requests cannot be rewritten: with trusted
 * documents enforced, they are for admins who may send arbitrary documents. `viewerOf` (handed in
 * by the auth module through server.ts) reads the request's session, asked only when needed.
 */
export function trustedDocumentsMiddleware(config: Config, docs: TrustedDocuments, viewerOf: (req: Request) => Promise<Viewer | null>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const viewer = () => viewerOf(req);
      if (req.method !== 'POST') {
        if (config.trustedDocuments.enforce && !(config.trustedDocuments.allowAdmins && (await viewer())?.role === 'ADMIN')) {
          return sendGraphQLError(res, 400, 'TRUSTED_DOCUMENT_REQUIRED', 'Only the web app\u2019s registered operations are accepted');
        }
        return next();
      }
      const body = req.body as Record<string, unknown> | undefined;
      // Not JSON (Apollo refuses it: CSRF prevention) or a batch (not enabled): Apollo answers.
      if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
      const decision = await decideDocument(config, docs, body, viewer);
      if (!decision.ok) return sendGraphQLError(res, decision.status, decision.code, decision.message);
      body.query = decision.query;
      delete body.documentId;
      const extensions = body.extensions as { persistedQuery?: unknown } | undefined;
      if (extensions?.persistedQuery) delete extensions.persistedQuery;
      next();
    } catch (error) {
      next(error);
    }
  };
}
