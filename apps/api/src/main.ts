import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { startService } from './bootstrap/start-service';

const DEMO_LOGINS = 'leader, coordinator, auditor, cityleader, sup01…sup19, unit001…unit093, leaderb, supb01 (password demo12345)';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const service = await startService(config);
  console.log(`\n  督导闭环 Supervision Loop is running at ${service.url}`);
  console.log(`  API ${service.url}/api · OpenAPI ${service.url}/api/docs · health ${service.url}/api/health`);
  if (config.demo) console.log(`  demo logins: ${DEMO_LOGINS}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    try {
      await service.stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
