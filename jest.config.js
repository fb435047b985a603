// Three cost tiers, run in one `npm test`: pure specs, PostgreSQL integration, whole-app HTTP.
const moduleNameMapper = {
  '^@app/(domain|event-store|config|registry|database|testing|application|files)(/.*)?$': '<rootDir>/libs/$1/src$2',
  '^@app/projections(/.*)?$': '<rootDir>/projections$1',
};
const transform = { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] };
const base = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'js', 'json'] };
module.exports = {
  // Whole-app hooks start a service on a fresh database; a loaded machine needs more than jest's 5 s.
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,projections}/**/*.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,projections}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts', globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts' },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts', globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts' },
  ],
};
