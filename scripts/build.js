// `npm run build` (`node scripts/build.js [folder]`, dist/ by default): compiles apps/, libs/, scripts/ and bench/
// with swc, without ever deleting a build under a running process. Every `npm start`/`start:*` builds first, and the
// old `rm -rf dist && swc …` pulled dist/ from under a process still loading its modules ("Cannot find module").
// Here the build goes to a folder of its own first, then each file is moved into dist/ by rename, which replaces a
// file in one step: a process reading dist/ at any moment finds every file, old or new. Files whose source was
// deleted stay in dist/ (nothing requires them); remove dist/ by hand when nothing runs to clear them.
const { execFileSync } = require('node:child_process');
const { mkdirSync, readdirSync, renameSync, rmSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { argv, pid } = require('node:process');

const root = join(__dirname, '..');
const dist = resolve(root, argv[2] ?? 'dist');
// Inside the repository (so on the same file system as dist/, which rename needs) and in the git-ignored .data/.
const next = join(root, '.data', `build-${pid}`);

function moveInto(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) moveInto(join(from, entry.name), join(to, entry.name));
    else renameSync(join(from, entry.name), join(to, entry.name));
  }
}

try {
  mkdirSync(next, { recursive: true });
  execFileSync(
    join(root, 'node_modules', '.bin', 'swc'),
    ['apps', 'libs', 'scripts', 'bench', '-d', next, '--only', '**/*.ts', '--ignore', '**/*.spec.ts', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  moveInto(next, dist);
} finally {
  rmSync(next, { recursive: true, force: true });
}
