// `npm run lint:arch` (part of `npm run lint`): no SQL string outside a domain's own files names another domain's
// table (ARCHITECTURE.md: "Each domain owns its tables ... another domain calls what the owner exports").
//
// - Which domain owns a table: the lib whose entity declares it (`@Entity('<table>')` under libs/<domain>/).
// - Where SQL is looked for: every string and template literal with an upper-case SQL keyword in the TypeScript
//   files of apps/ and libs/, except migrations (history), tests (*.spec, *.int-spec, apps/*/test, libs/testing:
//   they set up data across domains on purpose) and bench/ and scripts/ (tools that load whole data sets).
// - What counts: a table named after FROM, JOIN, UPDATE, INTO, TABLE or DELETE FROM. Reference data (libs/reference:
//   skills, wards, wage tables, ...) is shared read-only: reading it is fine, writing it from elsewhere is not.
// - Known violations are listed in known-cross-domain-sql.txt, one `file table` pair a line with the reason; the
//   check prints how many remain, fails on a new one, and fails on a listed one that no longer occurs, so the list
//   can only shrink.
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const process = require('node:process');
const ts = require('typescript');

const ROOT = join(__dirname, '..', '..');
const ALLOWLIST = join(__dirname, 'known-cross-domain-sql.txt');
const SHARED_READ_ONLY = new Set(['reference']);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.ts')) out.push(relative(ROOT, path));
  }
  return out;
}

const isTest = (file) =>
  /\.(spec|int-spec|e2e-spec|web-spec)\.ts$/.test(file) ||
  /^apps\/[^/]+\/test\//.test(file) ||
  file.startsWith('libs/testing/');
const isMigration = (file) => file.includes('/migrations/');
const domainOf = (file) => (file.match(/^libs\/([^/]+)\//) ?? [])[1] ?? null;
const appOf = (file) => (file.match(/^apps\/([^/]+)\//) ?? [])[1] ?? null;

const files = [...walk(join(ROOT, 'libs')), ...walk(join(ROOT, 'apps'))].sort();

// Table → owning domain, from the entities.
const owner = new Map();
for (const file of files.filter((f) => f.endsWith('.entity.ts'))) {
  for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(
    /@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_0-9]+)'/g,
  )) {
    owner.set(match[1], domainOf(file));
  }
}

/** The text of every string and template literal of a file (template substitutions as a blank). */
function literals(file) {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const texts = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      texts.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const SQL = /\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE|TRUNCATE)\b/;
const TABLE_AFTER = /\b(FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE)\s+(?:ONLY\s+)?"?([a-z_][a-z_0-9]*)"?/gi;
const WRITES = new Set(['update', 'into', 'truncate', 'table']);

const found = new Map(); // "file table" → true
for (const file of files) {
  if (isTest(file) || isMigration(file)) continue;
  const home = domainOf(file) ?? `app:${appOf(file)}`;
  for (const text of literals(file)) {
    if (!SQL.test(text)) continue;
    for (const [, keyword, table] of text.matchAll(TABLE_AFTER)) {
      const tableOwner = owner.get(table);
      if (!tableOwner || tableOwner === home) continue;
      const deleting =
        keyword.toLowerCase() === 'from' && /DELETE\s+FROM\s+"?$/i.test(text.slice(0, text.indexOf(table)));
      const writes = WRITES.has(keyword.toLowerCase()) || deleting;
      if (SHARED_READ_ONLY.has(tableOwner) && !writes) continue;
      const key = `${file} ${table}`;
      found.set(key, { file, table, tableOwner, home, writes: writes || (found.get(key)?.writes ?? false) });
    }
  }
}

const known = new Set(
  readFileSync(ALLOWLIST, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/).slice(0, 2).join(' '))
    .filter((line) => line.length > 0),
);

const added = [...found.keys()].filter((key) => !known.has(key));
const gone = [...known].filter((key) => !found.has(key));
for (const key of added) {
  const { file, table, tableOwner, home } = found.get(key);
  console.error(
    `${file}: SQL names ${tableOwner}'s table ${table} from ${home}; call what ${tableOwner} exports instead (docs/architecture.md)`,
  );
}
for (const key of gone) {
  console.error(
    `${key}: listed in ${relative(ROOT, ALLOWLIST)} but no longer found: remove the line (the list only shrinks)`,
  );
}
const remaining = [...found.keys()].filter((key) => known.has(key));
const writing = remaining.filter((key) => found.get(key).writes).length;
console.log(
  `table ownership: ${remaining.length} known cross-domain reads remain (${writing} of them writes), listed in ${relative(ROOT, ALLOWLIST)}`,
);
if (added.length > 0 || gone.length > 0) process.exit(1);
