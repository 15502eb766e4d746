import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run build` never removes a build under a running process (scripts/build.js): while a second build runs, every
 * compiled file stays readable the whole time. The old script (`rm -rf dist && swc …`) left no dist/ for seconds,
 * which crashed a process starting meanwhile ("Cannot find module").
 */
const ROOT = join(__dirname, '..');
const OUT = join(ROOT, '.data', `test-build-${process.pid}`);
const MAIN = join(OUT, 'apps', 'api', 'src', 'main.js');

const build = () =>
  new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.js'), OUT], { cwd: ROOT, stdio: 'ignore' });
    child.once('exit', resolve);
  });

describe('npm run build (integration)', () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('keeps every file of the previous build readable while it builds again', async () => {
    expect(await build()).toBe(0);
    const compiled = readFileSync(MAIN, 'utf8');

    let rebuilt = false;
    const rebuilding = build().then((code) => {
      rebuilt = true;
      return code;
    });
    let checks = 0;
    let missing = 0;
    while (!rebuilt) {
      // Read as a starting process would: the file must be there, whole, at every moment.
      if (!existsSync(MAIN) || readFileSync(MAIN, 'utf8') !== compiled) missing += 1;
      checks += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await rebuilding).toBe(0);
    expect(checks).toBeGreaterThan(100);
    expect(missing).toBe(0);
  }, 60_000);
});
