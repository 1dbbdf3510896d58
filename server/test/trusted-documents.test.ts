/**
 * Trusted documents and introspection in production (README "Limits"): the web client's
 * operations run by hash; other documents only for admins when ADMIN_API_DOCUMENTS opts in;
 * introspection for admins only. The same on HTTP and on the WebSocket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, codes, DEMO, type TestHub, startTestHub, trustedDocumentId, trustedDocuments } from './harness.js';
import { DEMO_PASSWORD } from '../src/seeders/demo.js';
import { rawSocket } from './socket.js';

let hub: TestHub;
const as: Record<string, Agent> = {};

beforeAll(async () => {
  hub = await startTestHub({ production: true });
  as.volunteer = await hub.as(DEMO.volunteer);
  as.admin = await hub.as(DEMO.admin);
});
afterAll(() => hub?.close());

/** Runs `fn` with some settings changed on the running hub (the server reads them per request). */
async function withSettings(change: () => () => void, fn: () => Promise<void>) {
  const restore = change();
  try {
    await fn();
  } finally {
    restore();
  }
}
const allowAdmins = () => {
  hub.config.trustedDocuments.allowAdmins = true;
  return () => void (hub.config.trustedDocuments.allowAdmins = false);
};

const hex = (id: string) => id.replace(/^sha256:/, '');

describe('over HTTP in production', () => {
  it('signs in and reads with registered operations, by documentId or by Apollo persisted-query hash', async () => {
    const agent = hub.agent();
    const signIn = await agent.request({ documentId: trustedDocumentId('SignIn'), variables: { email: DEMO.coordinator, password: DEMO_PASSWORD } });
    expect(signIn.errors).toBeUndefined();
    expect(agent.cookie).toBeTruthy();
    const viewer = await agent.request({ operationName: 'Viewer', variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hex(trustedDocumentId('Viewer')) } } });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data!.me).toMatchObject({ __typename: 'User', email: DEMO.coordinator, role: 'COORDINATOR' });
  });

  it("accepts a registered operation's text sent in full", async () => {
    const id = trustedDocumentId('Viewer');
    const result = await as.volunteer.request({ query: trustedDocuments()[id], variables: {} });
    expect(result.data!.me.email).toBe(DEMO.volunteer);
  });

  it('refuses any other document with TRUSTED_DOCUMENT_REQUIRED, before it runs', async () => {
    const before = hub.statements.count;
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: as.volunteer.cookie! },
      body: JSON.stringify({ query: '{ me { id email } }' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', requestId: res.headers.get('x-request-id') } }]);
    expect(body.data).toBeUndefined();
    // Only the trusted-document decision's own session lookup ran (none: a volunteer may not opt in).
    expect(hub.statements.count).toBe(before);
    expect(codes(await hub.agent().gql('mutation { signOut }'))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const result = await as.volunteer.request({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } });
    expect(codes(result)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(codes(await as.volunteer.request({ documentId: 'sha256:nope' }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it("refuses an admin's own document unless ADMIN_API_DOCUMENTS opts in; others stay refused", async () => {
    const QUERY = `{ users { id email } }`;
    expect(codes(await as.admin.gql(QUERY))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    await withSettings(allowAdmins, async () => {
      expect((await as.admin.ok(QUERY)).users.length).toBeGreaterThan(3);
      expect(codes(await as.volunteer.gql(`{ me { id } }`))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
      expect(codes(await hub.agent().gql(`{ me { id } }`))).toEqual(['TRUSTED_DOCUMENT_REQUIRED']);
    });
  });

  it('refuses GET requests: they cannot carry a hash the server rewrites', async () => {
    const url = `${hub.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`;
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true', cookie: as.volunteer.cookie! } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});

describe('introspection', () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;

  it('is for admins only in production, even where arbitrary documents are allowed', async () => {
    const openDocuments = () => {
      hub.config.trustedDocuments.enforce = false;
      return () => void (hub.config.trustedDocuments.enforce = true);
    };
    await withSettings(openDocuments, async () => {
      expect(codes(await as.volunteer.gql(INTROSPECT))).toEqual(['INTROSPECTION_DISABLED']);
      expect(codes(await hub.agent().gql(`{ __type(name: "User") { name } }`))).toEqual(['INTROSPECTION_DISABLED']);
      expect((await as.admin.ok(INTROSPECT)).__schema.queryType.name).toBe('Query');
      // __typename is no introspection.
      expect((await as.volunteer.ok(`{ __typename me { __typename id } }`)).__typename).toBe('Query');
    });
  });

  it('is open outside production', async () => {
    const development = () => {
      hub.config.production = false;
      hub.config.trustedDocuments.enforce = false;
      return () => {
        hub.config.production = true;
        hub.config.trustedDocuments.enforce = true;
      };
    };
    await withSettings(development, async () => {
      expect((await as.volunteer.ok(INTROSPECT)).__schema.queryType.name).toBe('Query');
    });
  });
});

describe('over the WebSocket in production', () => {
  it('runs registered operations by hash and refuses other documents, unknown hashes and introspection', async () => {
    const socket = await rawSocket(hub, as.volunteer);
    socket.subscribe('viewer', '', {}, { operationName: 'Viewer', extensions: { persistedQuery: { version: 1, sha256Hash: hex(trustedDocumentId('Viewer')) } } });
    const viewer = await socket.waitFor((m) => m.id === 'viewer' && m.type !== 'complete');
    expect(viewer!.type).toBe('next');
    expect(viewer!.payload!.data.me.email).toBe(DEMO.volunteer);

    socket.subscribe('own', `subscription { notificationAdded { id body } }`);
    const own = await socket.waitFor((m) => m.id === 'own');
    expect([own!.type, own!.payload![0].extensions.code]).toEqual(['error', 'TRUSTED_DOCUMENT_REQUIRED']);

    socket.subscribe('unknown', '', {}, { extensions: { persistedQuery: { version: 1, sha256Hash: 'cd'.repeat(32) } } });
    const unknown = await socket.waitFor((m) => m.id === 'unknown');
    expect(unknown!.payload![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    await withSettings(
      () => {
        hub.config.trustedDocuments.enforce = false;
        return () => void (hub.config.trustedDocuments.enforce = true);
      },
      async () => {
        socket.subscribe('schema', `query { __schema { queryType { name } } }`);
        const schema = await socket.waitFor((m) => m.id === 'schema');
        expect(schema!.payload![0].extensions.code).toBe('INTROSPECTION_DISABLED');
      },
    );
    socket.ws.close();
  });

  it("runs an admin's own documents when ADMIN_API_DOCUMENTS opts in", async () => {
    const socket = await rawSocket(hub, as.admin);
    await withSettings(allowAdmins, async () => {
      socket.subscribe('users', `query { users { id } }`);
      const users = await socket.waitFor((m) => m.id === 'users' && m.type !== 'complete');
      expect(users!.type).toBe('next');
      expect(users!.payload!.data.users.length).toBeGreaterThan(3);
    });
    socket.ws.close();
  });
});
