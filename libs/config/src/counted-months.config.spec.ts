import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('coverage: counted months configuration', () => {
  it('defaults to the ten months of the school year without February and August', () => {
    expect(loadConfig({}).coverage.countedMonths).toEqual({ months: [1, 3, 4, 5, 6, 7, 9, 10, 11, 12], byRegion: {} });
  });

  it('reads the default months and per-region months', () => {
    const config = loadConfig({ COVERAGE_COUNTED_MONTHS: '9,10,11,12, 1,3,4,5,6', COVERAGE_COUNTED_MONTHS_BY_REGION: '{"r-x":[2,3,4,5,6,7,9,10,11,12]}' });
    expect(config.coverage.countedMonths).toEqual({ months: [1, 3, 4, 5, 6, 9, 10, 11, 12], byRegion: { 'r-x': [2, 3, 4, 5, 6, 7, 9, 10, 11, 12] } });
  });

  it('fails fast on a month that is not 1–12 or a region map that is not JSON', () => {
    for (const env of [{ COVERAGE_COUNTED_MONTHS: '0,13' }, { COVERAGE_COUNTED_MONTHS_BY_REGION: '{"r-x":"march"}' }, { COVERAGE_COUNTED_MONTHS_BY_REGION: 'r-x=3' }]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    }
  });
});
