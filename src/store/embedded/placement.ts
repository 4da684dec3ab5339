// Puts what a root-started server needs where the `postgres` user can reach it (see reach.ts):
// the programs as a hard-linked (or copied) tree, the data in a folder of its own, both under
// /var/lib/studybot. Data stays in DATA_DIR whenever that user can reach it there.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  copyFile,
  link,
  mkdir,
  readdir,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { binariesIn, type PostgresBinaries } from './binaries.ts';
import { canReach, type RunAs } from './reach.ts';

export const ROOT_HOME = '/var/lib/studybot';

async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o755 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await mirror(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else
      await link(source, target).catch(async () => {
        // Another file system: copy instead, keeping the file executable.
        await copyFile(source, target);
        await chmod(target, 0o755);
      });
  }
}

async function home(): Promise<string> {
  await mkdir(ROOT_HOME, { recursive: true, mode: 0o755 });
  await chmod(ROOT_HOME, 0o755);
  return ROOT_HOME;
}

/** The binaries, or a linked copy of them that the user can reach. */
export async function reachableBinaries(bins: PostgresBinaries, who: RunAs): Promise<PostgresBinaries> {
  if (canReach(path.join(bins.root, 'bin'), who)) return bins;
  const target = path.join(await home(), `postgres-${bins.version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    // Built aside and renamed into place, so that two starts at once never see half a tree.
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await mirror(bins.root, partial);
    await rename(partial, target).catch(async (err: unknown) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(path.join(target, 'bin', 'postgres'))) throw err;
    });
  }
  return binariesIn(target, bins.version);
}

/**
 * The folder that holds the server's data folder: DATA_DIR itself when the user can reach it,
 * otherwise a folder under /var/lib/studybot named after DATA_DIR, with a note in DATA_DIR saying where.
 */
export async function reachableDataHome(dataDir: string, who: RunAs): Promise<string> {
  const wanted = path.resolve(dataDir);
  await mkdir(wanted, { recursive: true });
  // DATA_DIR is the bot's own folder: let the server walk through it (its data stays mode 700).
  await chmod(wanted, 0o755);
  if (canReach(wanted, who)) return wanted;
  const id = createHash('sha256').update(wanted).digest('hex').slice(0, 16);
  const elsewhere = path.join(await home(), `data-${id}`);
  await mkdir(elsewhere, { recursive: true, mode: 0o755 });
  await writeFile(
    path.join(wanted, 'postgres-location.txt'),
    `The embedded PostgreSQL keeps this folder's data in ${elsewhere}: the postgres user it runs as cannot enter ${wanted}.\n`,
  );
  return elsewhere;
}
