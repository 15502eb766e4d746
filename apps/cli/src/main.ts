import 'reflect-metadata';
import { startPlatform } from '@app/runtime';
import { importEscoCommand } from './commands/import-esco.command';

const COMMANDS: Record<string, (databaseUrl: string, args: string[]) => Promise<void>> = {
  'skills:import-esco': importEscoCommand,
};

/** Operator commands: `npm run cli -- <command> [args]`. Runs against the same database as the platform. */
async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`usage: npm run cli -- <command>\ncommands: ${Object.keys(COMMANDS).join(', ')}`);
    process.exit(2);
  }
  const platform = await startPlatform();
  try {
    await command(platform.config.databaseUrl, args);
  } finally {
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
