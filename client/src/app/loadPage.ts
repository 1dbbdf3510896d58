/**
 * Full page loads (not the router's navigation), in a module of their own so that tests can watch them:
 * after signing in, so that the signed-in app starts afresh for the new viewer; and from the sign-in
 * app (PublicApp.tsx) to any other page, which opens in the full app.
 */
export function loadPage(path: string): void {
  window.location.assign(path);
}

/** Loads the page at the current address anew. */
export function reloadPage(): void {
  window.location.reload();
}
