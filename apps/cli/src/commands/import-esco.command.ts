import { createReadStream, existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { EscoImportReport, importEscoCsv } from '@app/reference';

/** `skills:import-esco <file.csv>`: loads a whole ESCO skills CSV into the taxonomy, idempotently, in one transaction. */
export async function importEscoCommand(databaseUrl: string, args: string[]): Promise<void> {
  const [file] = args;
  if (!file) throw new Error('usage: npm run cli -- skills:import-esco <file.csv>');
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, [], 2)).initialize();
  try {
    const report = await dataSource.transaction((manager) => importEscoCsv(manager, createReadStream(file)));
    printReport(file, report);
  } finally {
    await dataSource.destroy();
  }
}

function printReport(file: string, report: EscoImportReport): void {
  console.log(`ESCO import from ${file}`);
  console.log(`  rows read: ${report.rowsRead}`);
  console.log(`  created:   ${report.created}`);
  console.log(`  updated:   ${report.updated}`);
  console.log(`  unchanged: ${report.unchanged}`);
  console.log(`  skipped:   ${report.skipped.length}`);
  for (const skip of report.skipped.slice(0, 20)) console.log(`    row ${skip.row || '-'}: ${skip.reason}`);
  if (report.skipped.length > 20) console.log(`    ... and ${report.skipped.length - 20} more`);
}
