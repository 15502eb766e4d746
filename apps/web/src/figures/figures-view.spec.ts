import { createTranslator } from '../i18n/i18n';
import { FiguresReportsQuery } from '../graphql/generated';
import { accessibleSvg } from './charts';
import { FiguresView } from './figures-view';
import { choiceHref, readChoice } from './figures-page';

type Diversity = NonNullable<FiguresReportsQuery['diversityReport']>;

const view = new FiguresView(createTranslator(), new Map([['E05011361', 'Ancoats & Beswick']]));
const total = (value: number | null, suppressed = false) => ({ value, suppressed });
const stage = (name: string, value: number | null, suppressed = false) =>
  ({ stage: name, total: total(value, suppressed), rows: [] }) as unknown as Diversity['stages'][number];

describe('FiguresView', () => {
  it('shows a hidden count in words, never as 0, and a true 0 as 0', () => {
    expect(view.count(total(null, true))).toEqual({ text: 'hidden to protect privacy', hidden: true });
    expect(view.count(total(0))).toEqual({ text: '0', hidden: false });
    expect(view.count(total(1234))).toEqual({ text: '1,234', hidden: false });
    expect(view.percent(null)).toEqual({ text: 'not available', hidden: true });
    expect(view.percent(0.6599)).toEqual({ text: '66%', hidden: false });
  });

  it('splits a CITY report into the course side and the job side (APPLIED and OFFERED appear on both)', () => {
    const report = {
      stages: [
        'ENQUIRED',
        'APPLIED',
        'OFFERED',
        'ENROLLED',
        'COMPLETED',
        'POSITIVE_OUTCOME',
        'APPLIED',
        'SHORTLISTED',
        'INTERVIEWED',
        'OFFERED',
        'HIRED',
      ].map((name) => stage(name, 10)),
    } as Diversity;
    const sides = view.sides(report, false);
    expect(sides.map((side) => [side.key, side.stages.map((s) => s.stage)])).toEqual([
      ['courses', ['ENQUIRED', 'APPLIED', 'OFFERED', 'ENROLLED', 'COMPLETED', 'POSITIVE_OUTCOME']],
      ['jobs', ['APPLIED', 'SHORTLISTED', 'INTERVIEWED', 'OFFERED', 'HIRED']],
    ]);
    expect(view.sides({ stages: [stage('APPLIED', 3), stage('HIRED', 1)] } as Diversity, true)[0].key).toBe('jobs');
    expect(view.stageLabel('OFFERED', 'jobs')).toBe('Offered the job');
  });

  it('names categories in plain words: wards by name, ethnicities as the equality question does', () => {
    expect(view.categoryLabel('WARD', 'E05011361')).toBe('Ancoats & Beswick');
    expect(view.categoryLabel('ETHNICITY', 'ARAB')).toBe('Arab');
    expect(view.categoryLabel('ETHNIC_GROUP', 'NOT_KNOWN')).toBe('Not known');
    expect(view.categoryLabel('AGE_BAND', '65+')).toBe('65 or over');
  });

  it('draws a funnel whose hidden step has no bar but says "hidden" beside it', async () => {
    const { chart, rows } = await view.funnel({
      key: 'courses',
      label: 'Courses',
      stages: [stage('ENQUIRED', 40), stage('APPLIED', null, true)],
    });
    expect(rows.map((row) => row.count.text)).toEqual(['40', 'hidden to protect privacy']);
    expect(rows[1].ofPrevious).toEqual({ text: 'not available', hidden: true });
    expect(chart.svg).toMatch(
      /^<svg[^>]* width="100%"[^>]* role="img"[^>]* aria-labelledby="funnel-courses-title funnel-courses-summary">/,
    );
    expect(chart.svg).toContain('hidden to protect privacy');
    expect(chart.svg).not.toMatch(/ style="/);
    expect(chart.summary).toContain('Applied: hidden to protect privacy');
  });
});

describe('accessibleSvg', () => {
  it('drops Vega’s own size and ARIA and names the drawing by the chart’s title and summary', () => {
    const svg =
      '<svg class="marks" width="300" height="100" viewBox="0 0 300 100"><g role="graphics-object" aria-roledescription="x"></g></svg>';
    expect(accessibleSvg(svg, 'c')).toBe(
      '<svg viewBox="0 0 300 100" width="100%" class="mcr-chart__svg" role="img" focusable="false" aria-labelledby="c-title c-summary"><g></g></svg>',
    );
  });
});

describe('readChoice and choiceHref', () => {
  it('reads a scope from the address, ignoring what is not one, and writes it back', () => {
    const choice = readChoice(
      { kind: 'COHORT', id: 'abc', from: '2025-01-01', to: 'soon', dimension: 'GENDER' },
      { kind: 'CITY' },
    );
    expect(choice).toEqual({
      scope: { kind: 'COHORT', id: 'abc', from: '2025-01-01' },
      dimension: 'GENDER',
      runId: null,
    });
    expect(readChoice({ kind: 'NONSENSE', dimension: 'SHOE_SIZE' }, { kind: 'CITY' })).toEqual({
      scope: { kind: 'CITY' },
      dimension: 'ETHNIC_GROUP',
      runId: null,
    });
    expect(choiceHref('/brokerage/dashboard', choice)).toBe(
      '/brokerage/dashboard?kind=COHORT&id=abc&from=2025-01-01&dimension=GENDER',
    );
  });

  it('lists the rejections by reason beside a flagged group, hidden counts in words and nobody left out as 0', () => {
    const rate = (category: string, adverseImpact: boolean, rejectionReasons: unknown) => ({
      dimension: 'GENDER',
      category,
      fromStage: 'APPLIED',
      toStage: 'HIRED',
      rate: 0.3,
      ratioToHighest: 0.45,
      adverseImpact,
      rejectionReasons,
    });
    const report = {
      stages: [],
      selectionRates: [
        rate('WOMAN', true, [
          { reason: 'SKILLS', count: total(14) },
          { reason: 'EXPERIENCE', count: total(null, true) },
          { reason: 'RIGHT_TO_WORK', count: total(0) },
          { reason: null, count: total(5) },
        ]),
        rate('MAN', false, [{ reason: 'SKILLS', count: total(0) }]),
        rate('NON_BINARY', false, null),
      ],
    } as unknown as Diversity;
    const { rows, hasReasons } = view.fourFifths(report, 'GENDER');
    expect(hasReasons).toBe(true);
    expect(rows.map((row) => row.reasons)).toEqual([
      'skills: 14; experience: hidden to protect privacy; no reason given: 5',
      'nobody turned down',
      null,
    ]);
    const unflagged = { stages: [], selectionRates: [rate('WOMAN', false, null)] } as unknown as Diversity;
    expect(view.fourFifths(unflagged, 'GENDER').hasReasons).toBe(false);
  });
});
