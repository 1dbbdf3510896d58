/**
 * The public face of the feedback module: what other modules import (their entities come from
 * feedback.entity.ts). Add here what another module needs rather than reaching into the files.
 */
export { feedbackPolicy, feedbackRules } from './feedback.policy.js';
export { ensureRounds } from './feedback.service.js';
