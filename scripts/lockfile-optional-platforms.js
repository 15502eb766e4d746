#!/usr/bin/env node
// The npm registry this project's machines reach does not serve every platform build of packages such as @swc/core
// (darwin, win32, ...). `npm install` then leaves those optional dependencies out of package-lock.json, and `npm ci`
// refuses the lock file as "missing" them. This adds each missing optional platform package to the lock file with
// its os/cpu, so `npm ci` recognises it as not for this platform and skips it, as it does on any other machine.
// Run after `npm install` changes the lock file: `node scripts/lockfile-optional-platforms.js`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const file = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'loong64', 'riscv64', 'mips64el'];
const libcOf = (name) => (/musl/.test(name) ? ['musl'] : /gnu/.test(name) ? ['glibc'] : undefined);

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const parts = name.split(/[-/]/);
    const os = OS.filter((o) => parts.includes(o));
    const cpu = CPU.filter((c) => parts.includes(c) || (c === 'arm' && parts.some((p) => p.startsWith('arm') && p !== 'arm64')));
    if (!os.length || !cpu.length) continue; // not a platform build: leave it to npm
    lock.packages[`node_modules/${name}`] = { version, optional: true, os, cpu, ...(libcOf(name) ? { libc: libcOf(name) } : {}) };
    added += 1;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-optional-platforms: added ${added} optional platform package(s)`);
