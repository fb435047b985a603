import { ConfigError } from './config-error';
import { loadConfig } from './load-config';
import type { AppConfig } from './app-config';

/** The configuration for an entry point: a bad environment prints every problem and exits with 2. */
export function configOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

/** SIGINT/SIGTERM run `stop` once (closing the app, the pools, the embedded database), then exit. */
export function stopOnSignals(stop: () => Promise<void>, log: (message: string) => void = console.log): void {
  let stopping = false;
  const onSignal = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void onSignal('SIGINT'));
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
}
