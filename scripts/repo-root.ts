import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's root (the folder with package.json), whether this runs from source or from dist/. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
