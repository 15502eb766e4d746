import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * apps/web in the repository: its views and assets are read from there whether the code runs from source (tests)
 * or from dist/ (the build compiles only the TypeScript).
 */
function findWebRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return join(dir, 'apps', 'web');
}

export const webRoot = findWebRoot(__dirname);
