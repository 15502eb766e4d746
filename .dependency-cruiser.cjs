// @ts-check
// Architecture checks (ARCHITECTURE.md "Layout", docs/architecture.md): the arrows the code may have and the ones it
// must never have. `npm run lint:arch` runs this with the known violations of .dependency-cruiser-known-violations.json
// ignored (each is listed there, and the list can only shrink: regenerate it with `npm run lint:arch:baseline` only
// after removing one). Test files are held to the same arrows except where a rule says otherwise.

const TEST = '(\\.spec|\\.int-spec|\\.e2e-spec|\\.web-spec)\\.ts$|^apps/[^/]+/test/|^libs/testing/';
const INFRA = '^libs/(config|errors|database|queue)/';
const DOMAINS = 'identity|reference|catalogue|vacancies|residents|matching|brokerage|metrics|audit';

/** @type {import('dependency-cruiser').IConfiguration} */
// eslint-disable-next-line no-undef -- CommonJS config file
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles (ARCHITECTURE.md house style 9: no forwardRef).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'apps-never-import-each-other',
      severity: 'error',
      comment:
        'An app never imports another (ARCHITECTURE.md "Layout"); only the composition root apps/platform knows them all. ' +
        'Tests may boot the composition root (what npm start runs).',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/platform/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/', '^apps/platform/(test|src/serve-together)'] },
    },
    {
      name: 'app-code-never-imports-the-composition-root',
      severity: 'error',
      comment: 'Only tests boot the platform; an app itself never depends on it.',
      from: { path: '^apps/(api|web|worker|cli)/src/' },
      to: { path: '^apps/platform/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'Product logic lives in libs; the apps are thin entry points that use them, never the other way.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'lib-entry-only',
      severity: 'error',
      comment: "Other code imports @app/<lib> (its src/index.ts), never a lib's inner file.",
      from: { path: '^(apps|libs|scripts|bench)/', pathNot: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'lib-entry-only-between-libs',
      severity: 'error',
      comment: 'A lib imports another lib through its entry only.',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'testing-only-in-tests',
      severity: 'error',
      comment: 'libs/testing (test databases, fixtures) is for tests and benchmarks only.',
      from: { pathNot: [TEST, '^bench/'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'infrastructure-knows-no-domain',
      severity: 'error',
      comment: 'config, errors, database and queue are below every domain: they import none.',
      from: { path: INFRA, pathNot: TEST },
      to: { path: `^libs/(${DOMAINS})/` },
    },
    {
      name: 'reference-is-the-bottom-domain',
      severity: 'error',
      comment: 'Reference data (taxonomy, wards, wage tables, the shared windows) depends on no other domain.',
      from: { path: '^libs/reference/', pathNot: TEST },
      to: { path: `^libs/(${DOMAINS})/`, pathNot: '^libs/reference/' },
    },
    {
      name: 'no-domain-imports-brokerage',
      severity: 'error',
      comment:
        'Brokerage is the top domain: it uses the others; they react to it through events, never by importing it. ' +
        "The one exception is a subscriber reading brokerage's event contract (the events are brokerage's to type).",
      from: {
        path: '^libs/',
        pathNot: [
          '^libs/brokerage/',
          '^libs/testing/',
          '^libs/metrics/src/metrics-event-subscriber[.]ts$',
          '^libs/notifications/src/notification-events[.]ts$',
        ],
      },
      to: { path: '^libs/brokerage/' },
    },
    {
      name: 'brokerage-never-calls-metrics',
      severity: 'error',
      comment:
        'Domains that react to each other do it through events written to an outbox in the same transaction ' +
        '(ARCHITECTURE.md), not by calling each other: brokerage → metrics is a "never" arrow.',
      from: { path: '^libs/brokerage/' },
      to: { path: '^libs/metrics/' },
    },
    {
      name: 'metrics-never-imports-matching',
      severity: 'error',
      comment: 'Metrics reads the records brokerage keeps; it has no business with scoring.',
      from: { path: '^libs/metrics/' },
      to: { path: '^libs/matching/' },
    },
    {
      name: 'libs-know-no-graphql-or-http',
      severity: 'error',
      comment:
        'Libs know nothing of GraphQL or HTTP (ARCHITECTURE.md); the API maps to and from them. libs/runtime is the process runtime.',
      from: { path: '^libs/', pathNot: ['^libs/(runtime|testing)/', TEST] },
      to: { path: 'node_modules/(@nestjs/graphql|@nestjs/apollo|@apollo/|graphql/|express/|@nestjs/platform-express)' },
    },
    {
      name: 'web-speaks-only-graphql',
      severity: 'error',
      comment: 'apps/web speaks only the public GraphQL API (WEB.md): no domain lib, only config and the runtime.',
      from: { path: '^apps/web/src/' },
      to: { path: '^libs/', pathNot: '^libs/(config|runtime)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
