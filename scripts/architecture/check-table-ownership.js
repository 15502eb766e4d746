// `npm run lint:arch` (part of `npm run lint`): no SQL string outside a domain's own files names another domain's
// table (ARCHITECTURE.md: "Each domain owns its tables ... another domain calls what the owner exports").
//
// - Which domain owns a table: the lib whose entity declares it (`@Entity('<table>')` under libs/<domain>/).
// - Where SQL is looked for: every string and template literal with an upper-case SQL keyword in the TypeScript
//   files of apps/ and libs/, except migrations (history), tests (*.spec, *.int-spec, apps/*/test, libs/testing:
//   they set up data across domains on purpose) and bench/ and scripts/ (tools that load whole data sets).
// - What counts: a table named after FROM, JOIN, UPDATE, INTO, TABLE or DELETE FROM. Reference data (libs/reference:
//   skills, wards, wage tables, ...) is shared read-only: reading it is fine, writing it from elsewhere is not.
// - Declared read models (read-models.txt, one `file table` pair a line with the reason): a domain that keeps a read
//   model of other domains' records (metrics' aggregation, notifications' sources) names them in one file per
//   domain. That file may READ (FROM, JOIN) exactly the foreign tables declared for it. The check fails when a
//   declared file writes (INSERT INTO, UPDATE, DELETE FROM, TRUNCATE) a table it does not own, when it has no
//   `<file without .ts>.int-spec.ts` beside it (each query proven against real PostgreSQL), and when a declared pair
//   no longer occurs (so the declarations stay true).
// - Known violations are listed in known-cross-domain-sql.txt, one `file table` pair a line with the reason; the
//   check prints how many remain, fails on a new one, and fails on a listed one that no longer occurs, so the list
//   can only shrink.
// - Entities: a lib handing another domain's TypeORM entity class to a call (`manager.findOneBy(CohortEntity, …)`,
//   `getRepository(X)`, `InjectRepository(X)`, `.innerJoin(X, …)`, `manager.update(X, …)`) reaches into its table
//   too. Known uses are listed in known-cross-domain-entities.txt (`file EntityClass  # owner`), shrinking like the
//   SQL list; a use as a write (save, insert, update, delete, … of the entity) is counted apart. A relation's
//   `() => X` is schema, not access; a repository taken with getRepository(X) counts once, as a read, whatever is
//   called on it next.
//
// `node check-table-ownership.js [root]` checks another tree (its own scripts/architecture/*.txt): the spec beside
// this file runs it on small made-up trees.
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const process = require('node:process');
const ts = require('typescript');

const ROOT = process.argv[2] ?? join(__dirname, '..', '..');
const ALLOWLIST = join(ROOT, 'scripts', 'architecture', 'known-cross-domain-sql.txt');
const READ_MODELS = join(ROOT, 'scripts', 'architecture', 'read-models.txt');
const ENTITY_ALLOWLIST = join(ROOT, 'scripts', 'architecture', 'known-cross-domain-entities.txt');
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
    for (const match of text.matchAll(TABLE_AFTER)) {
      const [, keyword, table] = match;
      const tableOwner = owner.get(table);
      if (!tableOwner || tableOwner === home) continue;
      const deleting = keyword.toLowerCase() === 'from' && /DELETE\s+$/i.test(text.slice(0, match.index));
      const writes = WRITES.has(keyword.toLowerCase()) || deleting;
      if (SHARED_READ_ONLY.has(tableOwner) && !writes) continue;
      const key = `${file} ${table}`;
      found.set(key, { file, table, tableOwner, home, writes: writes || (found.get(key)?.writes ?? false) });
    }
  }
}

/** The `file table` pairs of a list (one a line, `# why` after; blank and comment lines skipped). */
const pairsOf = (path) =>
  new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().split(/\s+/).slice(0, 2).join(' '))
      .filter((line) => line.length > 0),
  );

const known = pairsOf(ALLOWLIST);
const declared = pairsOf(READ_MODELS);
const readModelFiles = new Set([...declared].map((key) => key.split(' ')[0]));

const problems = [];
for (const file of readModelFiles) {
  const spec = file.replace(/\.ts$/, '.int-spec.ts');
  if (!files.includes(spec)) {
    problems.push(`${file}: declared a read model in ${relative(ROOT, READ_MODELS)} but has no ${spec} beside it`);
  }
}
const reads = [...found.keys()].filter((key) => declared.has(key) && !found.get(key).writes);
for (const [key, { file, table, tableOwner }] of found) {
  if (readModelFiles.has(file) && found.get(key).writes) {
    problems.push(
      `${file}: a read model writes ${tableOwner}'s table ${table}; only ${tableOwner} writes it: call what it exports`,
    );
  }
}
const violations = [...found.keys()].filter((key) => !readModelFiles.has(found.get(key).file) || !declared.has(key));
for (const key of violations.filter((key) => !known.has(key))) {
  const { file, table, tableOwner, home, writes } = found.get(key);
  if (readModelFiles.has(file) && writes) continue; // told above
  const hint = readModelFiles.has(file)
    ? `declare it in ${relative(ROOT, READ_MODELS)} if it belongs to the read model`
    : `call what ${tableOwner} exports instead`;
  problems.push(`${file}: SQL names ${tableOwner}'s table ${table} from ${home}; ${hint} (docs/architecture.md)`);
}
for (const key of [...known].filter((key) => !found.has(key) || declared.has(key))) {
  const why = declared.has(key) ? `declared in ${relative(ROOT, READ_MODELS)}` : 'no longer found';
  problems.push(`${key}: listed in ${relative(ROOT, ALLOWLIST)} but ${why}: remove the line (the list only shrinks)`);
}
for (const key of [...declared].filter((key) => !found.has(key))) {
  problems.push(`${key}: declared in ${relative(ROOT, READ_MODELS)} but not read there: remove the line`);
}

// Entity class → owning domain; then every call in a lib that is handed another domain's entity class (as TypeORM's
// target: `manager.findOneBy(CohortEntity, …)`, `getRepository(X)`, `InjectRepository(X)`, `forFeature([X])`,
// `.into(X)`). A relation's `() => X` is schema, not access, and is not counted.
const entityOwner = new Map();
for (const file of files.filter((f) => f.endsWith('.entity.ts') && domainOf(f))) {
  const visit = (node) => {
    const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
    const isEntity = decorators.some(
      (d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'Entity',
    );
    if (ts.isClassDeclaration(node) && node.name && isEntity) entityOwner.set(node.name.text, domainOf(file));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true));
}
const ENTITY_WRITES = new Set([
  'save',
  'insert',
  'update',
  'upsert',
  'delete',
  'remove',
  'softDelete',
  'softRemove',
  'restore',
  'increment',
  'decrement',
  'clear',
  'into',
]);
const entityUses = new Map(); // "file Class" → { file, entity, entityOwner, home, writes }
for (const file of files.filter((f) => domainOf(f) && !isTest(f) && !isMigration(f))) {
  const home = domainOf(file);
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      const targets = node.arguments.flatMap((arg) => (ts.isArrayLiteralExpression(arg) ? arg.elements : [arg]));
      for (const target of targets.filter((t) => ts.isIdentifier(t) && entityOwner.has(t.text))) {
        const theirs = entityOwner.get(target.text);
        const writes = ENTITY_WRITES.has(method);
        if (theirs === home || (SHARED_READ_ONLY.has(theirs) && !writes)) continue;
        const key = `${file} ${target.text}`;
        const before = entityUses.get(key)?.writes ?? false;
        entityUses.set(key, { file, entity: target.text, entityOwner: theirs, home, writes: writes || before });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true));
}
const knownEntityUses = pairsOf(ENTITY_ALLOWLIST);
for (const [key, { file, entity, entityOwner: theirs, home }] of entityUses) {
  if (knownEntityUses.has(key)) continue;
  problems.push(
    `${file}: uses ${theirs}'s entity ${entity} from ${home}; call what ${theirs} exports instead (docs/architecture.md)`,
  );
}
for (const key of [...knownEntityUses].filter((key) => !entityUses.has(key))) {
  problems.push(
    `${key}: listed in ${relative(ROOT, ENTITY_ALLOWLIST)} but no longer found: remove the line (the list only shrinks)`,
  );
}

for (const problem of problems) console.error(problem);

const remaining = violations.filter((key) => known.has(key));
const writing = remaining.filter((key) => found.get(key).writes).length;
console.log(
  `table ownership: ${remaining.length} known cross-domain reads remain (${writing} of them writes), listed in ${relative(ROOT, ALLOWLIST)}; ` +
    `${reads.length} declared reads by ${readModelFiles.size} read models (${relative(ROOT, READ_MODELS)})`,
);
const entityRemaining = [...entityUses.keys()].filter((key) => knownEntityUses.has(key));
const entityWriting = entityRemaining.filter((key) => entityUses.get(key).writes).length;
console.log(
  `entity ownership: ${entityRemaining.length} known uses of another domain's entity remain (${entityWriting} of them writes), listed in ${relative(ROOT, ENTITY_ALLOWLIST)}`,
);
if (problems.length > 0) process.exit(1);
