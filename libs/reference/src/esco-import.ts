import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { categoriseEscoSkill } from './skill-category';
import { SkillRecord, upsertSkills } from './skill-upsert';

export interface EscoImportReport {
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: { row: number; reason: string }[];
}

const REQUIRED_COLUMNS = ['conceptUri', 'preferredLabel'] as const;
const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(/\s*\|\s*|\n/)
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Loads an ESCO skills CSV (the format of ESCO's downloadable `skills_en.csv` / digital skills collection) into the
 * taxonomy. Idempotent: skills are keyed by concept URI, so a second run over the same file changes nothing.
 * Rows without a URI or label, duplicates within the file, and labels already used by another skill are skipped and
 * reported, never half-loaded. Everything happens in the caller's transaction.
 */
export async function importEscoCsv(manager: EntityManager, csv: Readable | string): Promise<EscoImportReport> {
  const input = typeof csv === 'string' ? Readable.from([csv]) : csv;
  const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }));
  const records: SkillRecord[] = [];
  const skipped: EscoImportReport['skipped'] = [];
  const seenUris = new Set<string>();
  const seenNames = new Map<string, string>();
  let rowsRead = 0;

  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    rowsRead += 1;
    const missing = REQUIRED_COLUMNS.filter((column) => !row[column]?.trim());
    if (missing.length) {
      skipped.push({ row: rowsRead, reason: `missing ${missing.join(', ')}` });
      continue;
    }
    const escoUri = row.conceptUri.trim();
    const name = row.preferredLabel.trim();
    if (seenUris.has(escoUri)) {
      skipped.push({ row: rowsRead, reason: `duplicate concept URI ${escoUri}` });
      continue;
    }
    if (seenNames.has(name.toLowerCase())) {
      skipped.push({ row: rowsRead, reason: `label "${name}" already used in this file` });
      continue;
    }
    seenUris.add(escoUri);
    seenNames.set(name.toLowerCase(), escoUri);
    const altLabels = [...new Set(splitList(row.altLabels))].filter(
      (label) => label.toLowerCase() !== name.toLowerCase(),
    );
    records.push({
      escoUri,
      name: name.slice(0, 200),
      category: categoriseEscoSkill(name, splitList(row.broaderConceptPT)),
      altLabels,
      description: row.description?.trim() || null,
      curated: false,
    });
  }

  // A label taken by a skill with a different URI (e.g. a curated non-ESCO skill) would break the unique name.
  const taken: { name: string; uri: string | null }[] = await manager.query(
    `SELECT lower(name) AS name, esco_uri AS uri FROM skills WHERE lower(name) = ANY($1)`,
    [records.map((r) => r.name.toLowerCase())],
  );
  const owner = new Map(taken.map((t) => [t.name, t.uri]));
  const accepted = records.filter((record) => {
    const uri = owner.get(record.name.toLowerCase());
    if (uri === undefined || uri === record.escoUri) return true;
    skipped.push({ row: 0, reason: `label "${record.name}" already belongs to another skill` });
    return false;
  });

  const counts = await upsertSkills(manager, accepted);
  return { rowsRead, ...counts, skipped };
}
