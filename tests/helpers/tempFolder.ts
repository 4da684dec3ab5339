// A folder of this test file's own under the system's temp folder, made before its tests and
// removed after them, so a run leaves nothing behind and two files never share data.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Registers the hooks; the returned function gives the folder's path once beforeAll has run. */
export function tempFolderForFile(prefix: string): () => string {
  let folder: string | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  return () => {
    if (!folder) throw new Error('the temp folder exists only inside a test');
    return folder;
  };
}
