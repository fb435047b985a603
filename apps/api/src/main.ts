import 'reflect-metadata';
import { configOrExit, stopOnSignals } from '@app/config';
import { Logger } from '@nestjs/common';
import { ServiceLogger } from './bootstrap/service-logger';
import { startService } from './bootstrap/start-service';

const DEMO_LOGINS = 'leader, coordinator, auditor, cityleader, sup01…sup19, unit001…unit093, leaderb, supb01 (password demo12345)';

async function main(): Promise<void> {
  const config = configOrExit();
  Logger.overrideLogger(new ServiceLogger(config.logLevel)); // before the app exists: the database start logs too
  const service = await startService(config);
  console.log(`\n  督导闭环 Supervision Loop is running at ${service.url}`);
  console.log(`  API ${service.url}/api · OpenAPI ${service.url}/api/docs · health ${service.url}/api/health`);
  if (config.demo) console.log(`  demo logins: ${DEMO_LOGINS}\n`);

  stopOnSignals(() => service.stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
