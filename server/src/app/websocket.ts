import { randomUUID } from 'node:crypto';
import { type DocumentNode, type ExecutionArgs, GraphQLError, type GraphQLSchema, validate } from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import type { Config } from '../config.js';
import type { Viewer } from './context.js';
import { allRules, introspectionDisabled, parseLimited, usesIntrospection } from './limits.js';
import type { Metrics } from './metrics.js';
import { decideDocument, type TrustedDocuments } from './trusted-documents.js';

/** What the server keeps per socket (graphql-ws `ctx.extra`). */
export interface SocketExtra extends Record<PropertyKey, unknown> {
  /** Who signed in on this socket (checked when it connected) and from where; each subscription gets its own context. */
  viewer?: Viewer;
  ip?: string;
  /** Carried by error messages on this socket, and by its log lines. */
  requestId?: string;
}

type Ctx = WsContext<Record<string, unknown>, SocketExtra>;

/** `code`: an `ErrorCode` of the hub's, or one of graphql-js's and the limit rules' (`GRAPHQL_PARSE_FAILED`, ...). */
const codedError = (code: string, message: string, requestId?: string) => new GraphQLError(message, { extensions: { code, ...(requestId ? { requestId } : {}) } });

/**
 * The WebSocket's side of the API limits, as graphql-ws hooks: a subscribe message passes the
 * same checks as an HTTP request (trusted documents, token limit, graphql-armor's rules,
 * introspection) before anything runs, and a socket holds at most `wsMaxSubscriptions`.
 * Validated documents are kept (bounded) so a page's subscriptions are validated once.
 */
export function createSocketGuard(options: { config: Config; docs: TrustedDocuments; schema: GraphQLSchema; metrics: Metrics }) {
  const { config, docs, schema, metrics } = options;
  const rules = allRules(config.limits);
  const validated = new Map<string, DocumentNode>();
  const open = new Set<Ctx>();
  metrics.observeSockets(() => {
    let subscriptions = 0;
    for (const ctx of open) subscriptions += Object.keys(ctx.subscriptions).length;
    return { connections: open.size, subscriptions };
  });

  const refuse = (ctx: Ctx, code: string, message: string): GraphQLError[] => {
    metrics.errors.inc({ code, transport: 'websocket' });
    return [codedError(code, message, ctx.extra.requestId)];
  };

  // Handed to graphql-ws as they are (`onSubscribe: socketGuard.onSubscribe`): none uses `this`.
  return {
    /** A socket was acknowledged (after onConnect accepted it). */
    opened(ctx: Ctx) {
      ctx.extra.requestId = randomUUID();
      open.add(ctx);
    },
    onClose(this: void, ctx: Ctx) {
      open.delete(ctx);
    },
    async onSubscribe(this: void, ctx: Ctx, _id: string, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> {
      // This subscription is already counted in ctx.subscriptions (as null until it runs).
      if (Object.keys(ctx.subscriptions).length > config.limits.wsMaxSubscriptions) {
        return refuse(ctx, 'TOO_MANY_SUBSCRIPTIONS', `A connection may hold at most ${config.limits.wsMaxSubscriptions} subscriptions`);
      }
      const decision = await decideDocument(config, docs, payload as Parameters<typeof decideDocument>[2], () => Promise.resolve(ctx.extra.viewer ?? null));
      if (!decision.ok) return refuse(ctx, decision.code, decision.message);
      // The live layer keys shared executions by the text run (app/live/): the manifest's when sent by hash.
      (payload as { query: string }).query = decision.query;
      let document = validated.get(decision.query);
      if (!document) {
        try {
          document = parseLimited(decision.query, config.limits);
        } catch (error) {
          const e = error as GraphQLError;
          return refuse(ctx, typeof e.extensions?.code === 'string' ? e.extensions.code : 'GRAPHQL_PARSE_FAILED', e.message);
        }
        const errors = validate(schema, document, rules);
        if (errors.length) {
          return errors.map((e) => {
            const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'GRAPHQL_VALIDATION_FAILED';
            metrics.errors.inc({ code, transport: 'websocket' });
            return new GraphQLError(e.message, { nodes: e.nodes, extensions: { code, requestId: ctx.extra.requestId } });
          });
        }
        if (validated.size >= 500) validated.clear();
        validated.set(decision.query, document);
      }
      if (config.production && ctx.extra.viewer?.role !== 'ADMIN' && usesIntrospection(document)) {
        const e = introspectionDisabled();
        return refuse(ctx, 'INTROSPECTION_DISABLED', e.message);
      }
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
    },
  };
}
