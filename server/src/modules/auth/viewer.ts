import type { Context, Viewer } from '../../app/context.js';
import { unauthenticated } from '../../app/errors.js';

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
