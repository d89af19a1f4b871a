import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where evidence bytes live, addressed by bureau and SHA-256. The database row (EvidenceFile) is
 * what the walls guard; the store only keeps content, so identical files are stored once.
 */
export type EvidenceStorage = {
  put(bureauId: string, sha256: string, content: Buffer): Promise<void>;
  get(bureauId: string, sha256: string): Promise<Buffer | null>;
};

const SHA256 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f-]{36}$/;

/** The default store: DATA_DIR/evidence/<bureau>/<sha256>, written atomically. */
export class LocalDiskStorage implements EvidenceStorage {
  constructor(private readonly root: string) {}

  private pathOf(bureauId: string, sha256: string): string {
    // Both parts come from our own rows; checked anyway so no path ever leaves the root.
    if (!UUID.test(bureauId) || !SHA256.test(sha256)) throw new Error('bad evidence address');
    return path.join(this.root, bureauId, sha256);
  }

  async put(bureauId: string, sha256: string, content: Buffer): Promise<void> {
    const target = this.pathOf(bureauId, sha256);
    try {
      await fs.access(target);
      return; // same content already stored
    } catch {
      // not there yet
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temporary, content);
    await fs.rename(temporary, target);
  }

  async get(bureauId: string, sha256: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(bureauId, sha256));
    } catch {
      return null;
    }
  }
}

const stores = new Map<string, EvidenceStorage>();

/** The store of a data directory (one per process and directory). */
export function evidenceStorage(dataDir: string): EvidenceStorage {
  let store = stores.get(dataDir);
  if (!store) {
    store = new LocalDiskStorage(path.join(dataDir, 'evidence'));
    stores.set(dataDir, store);
  }
  return store;
}
