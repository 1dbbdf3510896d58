/**
 * Opens a page of the hub with a full page load (not the router's navigation): after signing in, so that
 * the signed-in app starts afresh for the new viewer. A module of its own so that tests can watch it.
 */
export function loadPage(path: string): void {
  window.location.assign(path);
}
