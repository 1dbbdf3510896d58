// Codegen document transform: adds `__typename` to every selection set (not a subscription's
// root), as Apollo Client's cache does at run time. The persisted documents (the manifest of
// trusted operations the server runs by hash) then select what the cache needs.
exports.transform = require('@graphql-codegen/client-preset').addTypenameSelectionDocumentTransform.transform;
