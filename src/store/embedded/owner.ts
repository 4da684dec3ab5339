// Who holds the embedded server. A `kill -9` of the bot (the OOM killer, a closed terminal) leaves
// PostgreSQL running: it does not exit when its parent dies. Each start records its own pid next to
// the data; the next start stops a server whose recorded owner is gone and refuses only when a
// live studybot still holds it.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster's pid from its postmaster.pid, or undefined when there is none. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const ownerFile = (home: string) => path.join(home, 'owner.pid');

async function readOwner(home: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(ownerFile(home), 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export const recordOwner = (home: string) => writeFile(ownerFile(home), `${process.pid}\n`);
export const forgetOwner = (home: string) => rm(ownerFile(home), { force: true });

async function waitGone(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!processAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !processAlive(pid);
}

export class DatabaseInUse extends Error {
  constructor(dir: string, owner: number) {
    super(
      `The embedded database in ${dir} is in use by studybot process ${owner}: stop that one first, or set DATA_DIR to another folder.`,
    );
    this.name = 'DatabaseInUse';
  }
}

/**
 * Makes the data folder free to start a server in: an orphaned server (owner gone) is stopped,
 * a stale postmaster.pid is removed, a server held by a live studybot is refused.
 */
export async function reclaim(home: string, dataDir: string, onNote: (what: string) => void): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (pid !== undefined && processAlive(pid)) {
    const owner = await readOwner(home);
    if (owner !== undefined && owner !== process.pid && processAlive(owner))
      throw new DatabaseInUse(dataDir, owner);
    // A server told to stop by an owner that just ended may still be shutting down: it goes on its
    // own; an orphan gets a fast shutdown, then an immediate one.
    if (!(await waitGone(pid, 1_000))) {
      onNote(
        `stopping an embedded PostgreSQL (pid ${pid}) left running by a studybot that ended without stopping it`,
      );
      process.kill(pid, 'SIGINT');
      if (!(await waitGone(pid, 15_000))) {
        process.kill(pid, 'SIGQUIT');
        if (!(await waitGone(pid, 5_000)))
          throw new Error(
            `The embedded PostgreSQL left running in ${dataDir} (pid ${pid}) does not stop: end it, then start again.`,
          );
      }
    }
  }
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    onNote('removing a stale postmaster.pid left by an earlier run that did not stop cleanly');
    await rm(pidFile);
  }
}
