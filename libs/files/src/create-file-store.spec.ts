import { loadConfig } from '@app/config';
import { createFileStore } from './create-file-store';

const base = { NODE_ENV: 'test', DATABASE_URL: 'postgres://localhost/x', JWT_SECRET: 'test-secret-test-secret-test-secret-1234' };

describe('createFileStore (the typed configuration picks the adapter)', () => {
  it('keeps files in a local directory by default', () => {
    const config = loadConfig(base);
    expect(config.files).toMatchObject({ store: 'local', localDir: '.data/files', maxBytes: 20 * 1024 * 1024, s3: null });
    expect(createFileStore(config.files).kind).toBe('local');
  });

  it('uses S3-compatible storage when a bucket is configured', () => {
    const config = loadConfig({ ...base, S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' });
    expect(config.files).toMatchObject({ store: 's3', s3: { endpoint: 'http://minio:9000', bucket: 'evidence', region: 'us-east-1', forcePathStyle: true } });
    expect(createFileStore(config.files).kind).toBe('s3');
  });

  it('refuses FILE_STORE=s3 without a bucket, and a bad endpoint', () => {
    expect(() => loadConfig({ ...base, FILE_STORE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'b', S3_ENDPOINT: 'ftp://x' })).toThrow(/S3_ENDPOINT/);
  });
});
