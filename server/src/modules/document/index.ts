/**
 * The public face of the document module: what other modules import (their entities come from
 * document.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { documentPolicy } from './document.policy.js';
export { contentDisposition, createStorage } from './document.routes.js';
export { type DocumentStorage, LocalDiskStorage, S3Storage } from './storage.js';
