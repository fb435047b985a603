import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStoreContract } from './contract/file-store.contract';
import { LocalDirectoryFileStore } from './local-directory.file-store';

const directory = mkdtempSync(join(tmpdir(), 'file-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

fileStoreContract('local directory', () => new LocalDirectoryFileStore(directory));
