import { EntityManager } from 'typeorm';

export interface SkillRecord {
  escoUri: string;
  name: string;
  category: string;
  altLabels: readonly string[];
  description: string | null;
  curated: boolean;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What skill search matches: the name and every alt label, lower-cased, one per line. */
export function skillSearchText(name: string, altLabels: readonly string[]): string {
  return [name, ...altLabels].map((label) => label.toLowerCase()).join('\n');
}

/**
 * Inserts or updates skills keyed by ESCO URI in one statement. A row is rewritten only when something differs, so a
 * second run over the same input reports every row unchanged.
 */
export async function upsertSkills(manager: EntityManager, records: readonly SkillRecord[]): Promise<UpsertCounts> {
  if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const rows: { inserted: boolean }[] = await manager.query(
    `INSERT INTO skills (esco_uri, name, category, alt_labels, description, search_text, curated)
     SELECT uri, name, category, ARRAY(SELECT jsonb_array_elements_text(alt::jsonb)), description, search_text, curated
     FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::text[], $7::boolean[])
       AS t(uri, name, category, alt, description, search_text, curated)
     ON CONFLICT (esco_uri) DO UPDATE SET
       name = EXCLUDED.name,
       category = EXCLUDED.category,
       alt_labels = EXCLUDED.alt_labels,
       description = EXCLUDED.description,
       search_text = EXCLUDED.search_text,
       curated = EXCLUDED.curated,
       updated_at = now()
     -- A bulk import never overwrites a curated skill (its category and hand-picked alt labels stay); the curated
     -- seed always wins, and only rows that differ are rewritten.
     WHERE (EXCLUDED.curated OR NOT skills.curated)
       AND (skills.name, skills.category, skills.alt_labels, skills.description, skills.search_text, skills.curated)
           IS DISTINCT FROM
           (EXCLUDED.name, EXCLUDED.category, EXCLUDED.alt_labels, EXCLUDED.description, EXCLUDED.search_text, EXCLUDED.curated)
     RETURNING (xmax = 0) AS inserted`,
    [
      records.map((r) => r.escoUri),
      records.map((r) => r.name),
      records.map((r) => r.category),
      records.map((r) => JSON.stringify(r.altLabels)),
      records.map((r) => r.description),
      records.map((r) => skillSearchText(r.name, r.altLabels)),
      records.map((r) => r.curated),
    ],
  );
  const created = rows.filter((row) => row.inserted).length;
  const updated = rows.length - created;
  return { created, updated, unchanged: records.length - rows.length };
}
