// Codegen document transform: adds `__typename` to every selection set below an operation's
// root, as Apollo Client's cache does at run time. The persisted documents (the manifest of
// trusted operations the server runs by hash) then select what the cache needs, and the
// documents the app holds are the ones it sends (their hash survives the cache's transform).
const { Kind, visit } = require('graphql');

exports.transform = ({ documents }) =>
  documents.map((source) => ({
    ...source,
    document:
      source.document &&
      visit(source.document, {
        SelectionSet(node, _key, parent) {
          if (parent && !Array.isArray(parent) && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
          if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
          return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
        },
      }),
  }));
