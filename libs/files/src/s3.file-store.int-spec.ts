/**
 * The FileStore contract against an S3-compatible server: the one named by S3_ENDPOINT and S3_BUCKET when set
 * (MinIO in docker/, or AWS S3), e.g.
 *   docker compose -f docker/docker-compose.yml up -d minio
 *   S3_ENDPOINT=http://localhost:9000 S3_BUCKET=evidence-test S3_ACCESS_KEY_ID=minioadmin S3_SECRET_ACCESS_KEY=minioadmin \
 *     npx jest --selectProjects int s3.file-store
 * and otherwise an in-process S3 emulator (s3rver, a dev dependency) over a temporary directory, so the adapter's
 * real S3 client, requests, checksums and bucket creation run in every `npm test`.
 * Every run stores fresh random content, so a bucket needs no cleanup between runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { loadConfig, type S3Config } from '@app/config';
import { fileStoreContract } from './contract/file-store.contract';
import { S3FileStore } from './s3.file-store';

const configured = !!(process.env.S3_ENDPOINT?.trim() && process.env.S3_BUCKET?.trim());

fileStoreContract(configured ? 'S3 (S3_ENDPOINT)' : 'S3 (in-process s3rver)', async () => {
  if (configured) {
    const { files } = loadConfig({ ...process.env, NODE_ENV: 'test', FILE_STORE: 's3' });
    const store = S3FileStore.fromConfig(files.s3!);
    await store.ready();
    return store;
  }
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = await server.run();
  const emulator: S3Config = {
    endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'evidence-test', forcePathStyle: true, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER',
  };
  const store = S3FileStore.fromConfig(emulator);
  await store.ready(); // creates the bucket, as against a fresh MinIO
  return Object.assign(store, {
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  });
});
