import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorCode } from '@partner-hub/shared';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Context } from './context.js';
import { introspectionDisabled, usesIntrospection } from './limits.js';
import { currentRequestId, type Logger, requestScope } from './logger.js';
import type { Metrics } from './metrics.js';

/** A request id from a proxy is kept when it looks like one (no log injection), else one is made. */
const SAFE_REQUEST_ID = /^[\w.:-]{8,128}$/;

/**
 * Gives every HTTP request an id (X-Request-Id, taken from the proxy or made here): it is in the
 * response header, in every log line written while serving it, and in error answers. Each API
 * request leaves one line when answered (operation, status, time).
 */
export function requestIds(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const scope: { requestId: string; operation?: string } = { requestId };
    if (req.path === '/graphql') {
      const start = process.hrtime.bigint();
      res.once('finish', () => {
        logger.info('graphql request', {
          requestId,
          method: req.method,
          // The operation Apollo resolved (requestPlugin), if it got that far.
          operation: scope.operation?.slice(0, 100) ?? null,
          status: res.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10,
        });
      });
    }
    requestScope.run(scope, next);
  };
}

/**
 * A GraphQL-over-HTTP error answer (JSON, never a page), with the request id. `code`: an `ErrorCode`
 * of the hub's, or one of graphql-js's and Apollo's (`GRAPHQL_PARSE_FAILED`, ...).
 */
export function sendGraphQLError(res: Response, status: number, code: string, message: string) {
  if (res.headersSent) return;
  res
    .status(status)
    .type('application/graphql-response+json')
    .json({ errors: [{ message, extensions: { code, requestId: currentRequestId() } }] });
}

const HTTP_CODES: Record<number, ErrorCode> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'REQUEST_TOO_LARGE' };

/**
 * The last error handler: whatever a route passes on (a body that is not JSON, one over the
 * limit, an unexpected failure) is answered as JSON with a stable code, never Express's HTML page
 * with a stack trace, whatever NODE_ENV says.
 */
export function errorHandler(logger: Logger, metrics: Metrics) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: string } | null)?.type;
    let status = 500;
    let code: ErrorCode = 'INTERNAL_SERVER_ERROR';
    let message = 'Internal server error';
    if (type === 'entity.parse.failed') [status, code, message] = [400, 'MALFORMED_REQUEST', 'The request body is not valid JSON'];
    else if (type === 'entity.too.large') [status, code, message] = [413, 'REQUEST_TOO_LARGE', 'The request body is larger than allowed'];
    else if (type && /^(encoding|charset|request)\./.test(type)) [status, code, message] = [400, 'MALFORMED_REQUEST', 'The request body could not be read'];
    else {
      // An HTTP error a route raised on purpose (http-errors style): its status stands, with a code.
      const given = Number((error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode);
      if (Number.isInteger(given) && given >= 400 && given < 500) {
        status = given;
        code = HTTP_CODES[given] ?? 'MALFORMED_REQUEST';
        message = error instanceof Error && (error as { expose?: boolean }).expose !== false ? error.message : 'The request was refused';
      }
    }
    if (status === 500) logger.error('unexpected error', { method: req.method, path: req.path, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    else logger.info('request refused', { method: req.method, path: req.path, code });
    if (req.path.startsWith('/graphql')) {
      metrics.errors.inc({ code, transport: 'http' });
      return sendGraphQLError(res, status, code, message);
    }
    if (!res.headersSent) res.status(status).json({ error: code, message, requestId: currentRequestId() });
  };
}

/**
 * Apollo plugin: error answers carry the request id, and introspection (`__schema`, `__type`) is
 * for admins only in production, refused before any resolver runs.
 */
export function requestPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    // Apollo's hooks return promises; these do their work at once (a refusal is a rejection, as a throw was).
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, contextValue, operationName }) {
          const scope = requestScope.getStore();
          if (scope && operationName) scope.operation = operationName;
          if (config.production && contextValue.viewer?.role !== 'ADMIN' && usesIntrospection(document)) return Promise.reject(introspectionDisabled());
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const requestId = currentRequestId();
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          if (!errors || !requestId) return Promise.resolve();
          const withId = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
          if (body.kind === 'single') body.singleResult.errors = withId;
          else body.initialResult.errors = withId;
          return Promise.resolve();
        },
      });
    },
  };
}
