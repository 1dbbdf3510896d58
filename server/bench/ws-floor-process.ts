/**
 * The raw floor's server for the memory figure of bench/fanout-two.ts: a bare `ws` server in its
 * own process (nothing else loaded), so that its RSS grows by what an idle socket costs. Prints
 * `READY <port>` and stops on SIGTERM.
 */
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.once('listening', () => process.stdout.write(`READY ${(wss.address() as { port: number }).port}\n`));
process.once('SIGTERM', () => wss.close(() => process.exit(0)));
