// The server process: read the configuration, start, and shut down cleanly on SIGTERM/SIGINT.
import { startServer } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(`Configuration error: ${(err as Error).message}`);
    process.exit(2);
  }
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  log.info('listening', { url: server.url, dataDir: config.dataDir, origins: config.origins });
  console.log(`\n  Multi-dimensional Chess is running: open ${server.url}\n`);
  const shutdown = (signal: string) => {
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.stop().then(() => process.exit(0), (err) => { log.error('shutdown failed', { error: String(err) }); process.exit(1); });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { error: String(err) }));
}

void main();
