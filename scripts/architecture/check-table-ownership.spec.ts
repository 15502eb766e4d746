import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The table-ownership check (check-table-ownership.js) run on small made-up trees: domain `a` owns `alphas`, domain
 * `b` owns `betas`, and `b` may keep a declared read model of `alphas`.
 */
const SCRIPT = join(__dirname, 'check-table-ownership.js');

const ENTITIES = {
  'libs/a/src/alpha.entity.ts': `@Entity('alphas') export class AlphaEntity {}`,
  'libs/b/src/beta.entity.ts': `@Entity('betas') export class BetaEntity {}`,
  'apps/api/src/main.ts': `export const main = 1;`,
};
const READ_MODEL = 'libs/b/src/b.read-model.ts';
const READ_MODEL_SPEC = 'libs/b/src/b.read-model.int-spec.ts';
const DECLARED = `${READ_MODEL} alphas  # b shows alphas' names\n`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function check(tree: Record<string, string>, lists: { allowlist?: string; readModels?: string; entities?: string }) {
  const root = mkdtempSync(join(tmpdir(), 'table-ownership-'));
  roots.push(root);
  const all = {
    ...ENTITIES,
    ...tree,
    'scripts/architecture/known-cross-domain-sql.txt': lists.allowlist ?? '',
    'scripts/architecture/read-models.txt': lists.readModels ?? '',
    'scripts/architecture/known-cross-domain-entities.txt': lists.entities ?? '',
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout, errors: run.stderr };
}

const sql = (text: string) => `export const query = \`${text}\`;`;

describe('check-table-ownership', () => {
  it('lets a declared read model read the tables declared for it, and counts them', () => {
    const result = check(
      { [READ_MODEL]: sql('SELECT b.id FROM betas b JOIN alphas a ON a.id = b.alpha_id'), [READ_MODEL_SPEC]: '' },
      { readModels: DECLARED },
    );
    expect(result.errors).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain('0 known cross-domain reads remain');
    expect(result.out).toContain('1 declared reads by 1 read models');
  });

  it('fails on a foreign table the read model reads without declaring it', () => {
    const result = check(
      {
        'libs/a/src/gamma.entity.ts': `@Entity('gammas') export class GammaEntity {}`,
        [READ_MODEL]: sql('SELECT 1 FROM alphas a JOIN gammas g ON g.id = a.gamma_id'),
        [READ_MODEL_SPEC]: '',
      },
      { readModels: DECLARED },
    );
    expect(result.status).toBe(1);
    expect(result.errors).toContain(`${READ_MODEL}: SQL names a's table gammas from b; declare it in`);
  });

  it('fails when a read model writes a table it does not own, even one declared for reading', () => {
    for (const write of ['UPDATE alphas SET x = 1', 'INSERT INTO alphas (x) VALUES (1)', 'DELETE FROM alphas']) {
      const result = check(
        { [READ_MODEL]: sql(`SELECT 1 FROM alphas; ${write}`), [READ_MODEL_SPEC]: '' },
        { readModels: DECLARED },
      );
      expect(result.status).toBe(1);
      expect(result.errors).toContain(`${READ_MODEL}: a read model writes a's table alphas`);
    }
  });

  it('fails on a declared read model with no int-spec beside it', () => {
    const result = check({ [READ_MODEL]: sql('SELECT 1 FROM alphas') }, { readModels: DECLARED });
    expect(result.status).toBe(1);
    expect(result.errors).toContain(`${READ_MODEL}: declared a read model`);
    expect(result.errors).toContain(`has no ${READ_MODEL_SPEC} beside it`);
  });

  it('fails on a declared read that no longer occurs', () => {
    const result = check({ [READ_MODEL]: sql('SELECT 1 FROM betas'), [READ_MODEL_SPEC]: '' }, { readModels: DECLARED });
    expect(result.status).toBe(1);
    expect(result.errors).toContain(`${READ_MODEL} alphas: declared in scripts/architecture/read-models.txt but not`);
  });

  it('allows the declared reads in the declared file only', () => {
    const result = check(
      {
        [READ_MODEL]: sql('SELECT 1 FROM alphas'),
        [READ_MODEL_SPEC]: '',
        'libs/b/src/b.service.ts': sql('SELECT 1 FROM alphas'),
      },
      { readModels: DECLARED },
    );
    expect(result.status).toBe(1);
    expect(result.errors).toContain(
      `libs/b/src/b.service.ts: SQL names a's table alphas from b; call what a exports instead`,
    );
  });

  it('keeps the allowlist shrinking: a listed pair passes, a gone one and a pair also declared fail', () => {
    const listed = 'libs/b/src/b.service.ts alphas  # a\n';
    const passing = check({ 'libs/b/src/b.service.ts': sql('SELECT 1 FROM alphas') }, { allowlist: listed });
    expect(passing.errors).toBe('');
    expect(passing.out).toContain('1 known cross-domain reads remain (0 of them writes)');

    const gone = check({ 'libs/b/src/b.service.ts': sql('SELECT 1 FROM betas') }, { allowlist: listed });
    expect(gone.status).toBe(1);
    expect(gone.errors).toContain('libs/b/src/b.service.ts alphas: listed in');

    const both = check(
      { [READ_MODEL]: sql('SELECT 1 FROM alphas'), [READ_MODEL_SPEC]: '' },
      { readModels: DECLARED, allowlist: `${READ_MODEL} alphas  # a\n` },
    );
    expect(both.status).toBe(1);
    expect(both.errors).toContain('but declared in scripts/architecture/read-models.txt: remove the line');
  });

  it("fails on a lib handing another domain's entity to TypeORM, unless listed; a relation is not access", () => {
    const service = 'libs/b/src/b.service.ts';
    const reads = `export const find = (manager) => manager.findOneBy(AlphaEntity, { id: '1' });`;
    const unlisted = check({ [service]: reads }, {});
    expect(unlisted.status).toBe(1);
    expect(unlisted.errors).toContain(`${service}: uses a's entity AlphaEntity from b; call what a exports instead`);

    const relation = `@Entity('betas') export class BetaEntity { @ManyToOne(() => AlphaEntity) alpha?: AlphaEntity; }`;
    const writes = `export const rename = (manager) => manager.update(AlphaEntity, { id: '1' }, { name: 'x' });`;
    const listed = check(
      { 'libs/b/src/beta.entity.ts': relation, [service]: `${reads}\n${writes}` },
      { entities: `${service} AlphaEntity  # a` },
    );
    expect(listed.errors).toBe('');
    expect(listed.out).toContain("1 known uses of another domain's entity remain (1 of them writes)");

    const gone = check({ [service]: 'export const none = 1;' }, { entities: `${service} AlphaEntity  # a` });
    expect(gone.status).toBe(1);
    expect(gone.errors).toContain(
      `${service} AlphaEntity: listed in scripts/architecture/known-cross-domain-entities.txt`,
    );
  });
});
