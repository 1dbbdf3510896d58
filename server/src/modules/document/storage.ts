/**
 * Where document bytes live, behind one interface: content-addressed local disk under the data
 * folder by default, S3-compatible object storage when configured. Keys are SHA-256 hashes of the
 * content, so the same file uploaded twice is stored once.
 */
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export interface DocumentStorage {
  /**
   * Stores a finished temporary file under its key; `created` is false when the key already
   * existed (then the temporary file is left as it is: the caller removes it).
   */
  put(tempFile: string, key: string, contentType: string): Promise<{ created: boolean }>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Rejects when the store cannot be reached or written (readiness check, /readyz). */
  check(): Promise<void>;
}

export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private file(key: string) {
    if (!/^[a-f0-9]{64}$/.test(key)) throw new Error('invalid storage key');
    return path.join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async check() {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
  }

  async exists(key: string) {
    return access(this.file(key)).then(
      () => true,
      () => false,
    );
  }

  async put(tempFile: string, key: string) {
    const target = this.file(key);
    if (await this.exists(key)) return { created: false };
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempFile, target);
    return { created: true };
  }

  async get(key: string) {
    await stat(this.file(key));
    return createReadStream(this.file(key));
  }

  async delete(key: string) {
    await rm(this.file(key), { force: true });
  }
}

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Plain requests: many S3-compatible servers do not take the SDK's streamed checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    });
  }

  async check() {
    await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
  }

  async exists(key: string) {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async put(tempFile: string, key: string, contentType: string) {
    if (await this.exists(key)) return { created: false };
    const { size } = await stat(tempFile);
    await this.client.send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: key, Body: createReadStream(tempFile), ContentLength: size, ContentType: contentType }));
    return { created: true };
  }

  async get(key: string) {
    const out = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    return out.Body as Readable;
  }

  async delete(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }
}

/** Copies a stream to a file (used by tests and tools). */
export async function streamToFile(stream: Readable, file: string) {
  await pipeline(stream, createWriteStream(file));
}

export { Readable };
