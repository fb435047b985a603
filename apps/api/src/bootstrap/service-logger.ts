import { ConsoleLogger, type LogLevel } from '@nestjs/common';

export type ServiceLogLevel = 'error' | 'warn' | 'log' | 'debug';

const LEVELS: Record<ServiceLogLevel, LogLevel[]> = {
  error: ['error', 'fatal'],
  warn: ['error', 'fatal', 'warn'],
  log: ['error', 'fatal', 'warn', 'log'],
  debug: ['error', 'fatal', 'warn', 'log', 'debug'],
};

/**
 * Start-up chatter: Nest's module and route listing (~75 lines) and our own boot steps. Useful when debugging a
 * start, noise otherwise: the start should show the banner, the URL, the demo logins and warnings.
 */
const START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'service', 'bootstrap']);

/** The service's logger: Nest's console logger with the start-up contexts' `log` lines moved to `debug`. */
export class ServiceLogger extends ConsoleLogger {
  constructor(level: ServiceLogLevel) {
    super({ logLevels: LEVELS[level] });
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) return super.debug(message, ...rest);
    super.log(message, ...rest);
  }
}
