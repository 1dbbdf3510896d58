/**
 * The public face of the io module: what other modules import (it has no entities of its
 * own). Add here what another module needs rather than reaching into the files.
 */
export { sendSheet } from './send-sheet.js';
export { type OutTable } from './sheet.js';
