import { ServiceLogger } from './service-logger';

describe('ServiceLogger', () => {
  function printed(logger: ServiceLogger, act: () => void): string {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    const errors = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    try {
      act();
    } finally {
      spy.mockRestore();
      errors.mockRestore();
    }
    return writes.join('');
  }

  it('keeps start-up chatter (route mappings, module loading) for debug, and everything else as it was', () => {
    const quiet = new ServiceLogger('log');
    expect(printed(quiet, () => quiet.log('Mapped {/api/health, GET} route', 'RouterExplorer'))).toBe('');
    expect(printed(quiet, () => quiet.log('AppModule dependencies initialized', 'InstanceLoader'))).toBe('');
    expect(printed(quiet, () => quiet.log('alert sent', 'webhooks'))).toContain('alert sent');
    expect(printed(quiet, () => quiet.warn('a warning at start', 'service'))).toContain('a warning at start');
    const verbose = new ServiceLogger('debug');
    expect(printed(verbose, () => verbose.log('Mapped {/api/health, GET} route', 'RouterExplorer'))).toContain('Mapped {/api/health, GET} route');
  });
});
