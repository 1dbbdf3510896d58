/**
 * The public face of the messaging module: what other modules import (their entities come from
 * messaging.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { messagingPolicy, type ThreadFacts } from './messaging.policy.js';
export { loadThread, messagingLoaders, threadFacts } from './messaging.access.js';
export { changeAttachmentOf } from './messaging.service.js';
