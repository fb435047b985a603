import { createHash } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Config } from '@app/config';
import { assertFileId, type FileStore } from './file-store.port';

const missing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.name === 'NoSuchBucket' || error.$metadata?.httpStatusCode === 404);

/**
 * Production: S3-compatible object storage (AWS S3, MinIO in docker/, 阿里云 OSS / 腾讯云 COS in S3 mode), one object
 * per file under `evidence/<sha256>`. Uploads carry their SHA-256 so the storage checks the bytes it receives.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3';

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = 'evidence/',
  ) {}

  static fromConfig(config: S3Config): S3FileStore {
    const client = new S3Client({
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.accessKeyId && config.secretAccessKey ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } } : {}),
    });
    return new S3FileStore(client, config.bucket);
  }

  private key(fileId: string): string {
    assertFileId(fileId);
    return `${this.prefix}${fileId}`;
  }

  /** Creates the bucket when it does not exist (MinIO in development); a production bucket is simply found. */
  async ready(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      if (!missing(error)) throw error;
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
    }
  }

  async put(fileId: string, bytes: Buffer, mediaType: string): Promise<void> {
    const key = this.key(fileId);
    if (await this.has(fileId)) return;
    const checksum = createHash('sha256').update(bytes).digest('base64');
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: mediaType, ChecksumSHA256: checksum }));
  }

  async get(fileId: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(fileId) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  async has(fileId: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(fileId) }));
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  }

  close(): void {
    this.client.destroy();
  }
}
