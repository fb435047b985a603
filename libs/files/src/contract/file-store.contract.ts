import { createHash, randomBytes } from 'node:crypto';
import type { FileStore } from '../file-store.port';

/** What every FileStore adapter promises (run by each adapter's own test file). */
export function fileStoreContract(name: string, makeStore: () => Promise<FileStore> | FileStore): void {
  describe(`FileStore contract: ${name}`, () => {
    let store: FileStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(() => (store as { close?(): void } | undefined)?.close?.());
    const file = () => {
      const bytes = randomBytes(4096);
      return { bytes, fileId: createHash('sha256').update(bytes).digest('hex') };
    };

    it('gives back exactly the bytes put under a file id', async () => {
      const { bytes, fileId } = file();
      expect(await store.has(fileId)).toBe(false);
      await store.put(fileId, bytes, 'image/jpeg');
      expect(await store.has(fileId)).toBe(true);
      expect((await store.get(fileId))?.equals(bytes)).toBe(true);
    });

    it('answers null for a file never stored', async () => {
      expect(await store.get(file().fileId)).toBeNull();
    });

    it('stores the same content twice without harm, and concurrently', async () => {
      const { bytes, fileId } = file();
      await Promise.all([store.put(fileId, bytes, 'application/pdf'), store.put(fileId, bytes, 'application/pdf'), store.put(fileId, bytes, 'application/pdf')]);
      await store.put(fileId, bytes, 'application/pdf');
      expect((await store.get(fileId))?.equals(bytes)).toBe(true);
    });

    it('refuses ids that are not fingerprints (no path tricks)', async () => {
      await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a file id/);
      await expect(store.put('ABC', Buffer.from('x'), 'image/png')).rejects.toThrow(/not a file id/);
    });
  });
}
