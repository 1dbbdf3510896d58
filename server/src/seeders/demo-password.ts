/** The password of every demo account (README). Its own file, so the demo's parts can take it without importing demo.ts. */
export const DEMO_PASSWORD = 'partnerhub-demo';
