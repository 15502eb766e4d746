import { TFunction } from 'i18next';
import { Dimension, FiguresReportsQuery, FunnelStage } from '../graphql/generated';
import { pounds } from '../formatting/view-filters';
import { Chart, drawChart, funnelSpec, representationSpec, ShareBar } from './charts';

type Diversity = NonNullable<FiguresReportsQuery['diversityReport']>;
type Outcomes = NonNullable<FiguresReportsQuery['outcomeReport']>;
type StageReport = Diversity['stages'][number];
type Count = { value: number | null; suppressed: boolean };

/** The dimensions a reader can compare, in the order the page lists them; the first is shown unless one is chosen. */
export const DIMENSIONS: Dimension[] = [
  'ETHNIC_GROUP',
  'ETHNIC_MINORITY',
  'ETHNICITY',
  'GENDER',
  'TRANS',
  'DISABILITY',
  'AGE_BAND',
  'WARD',
  'EMPLOYMENT_STATUS',
];

/** The last step of the course side: in a CITY report the job side's steps follow it (docs/metrics.md). */
const LAST_COURSE_STAGE: FunnelStage = 'POSITIVE_OUTCOME';
const JOB_ONLY_STAGES: FunnelStage[] = ['SHORTLISTED', 'INTERVIEWED', 'HIRED'];

/** How many under-represented groups a chart's summary names; the table has them all. */
const UNDER_LISTED = 5;

/** A figure as a table cell shows it: a hidden count says so in words, never as 0. */
export interface Shown {
  text: string;
  hidden: boolean;
}

export interface Side {
  key: 'courses' | 'jobs';
  label: string;
  stages: StageReport[];
}

/** What the figures pages draw from one scope's two reports, in words from the catalogue. */
export class FiguresView {
  constructor(
    private readonly t: TFunction,
    private readonly wardNames: Map<string, string>,
  ) {}

  /** A count for a table or a bar label: "1,234", or "hidden to protect privacy". */
  count(count: Count): Shown {
    if (count.suppressed || count.value === null) return { text: this.t('figures.privacy.hidden'), hidden: true };
    return { text: count.value.toLocaleString('en-GB'), hidden: false };
  }

  /** A share or rate as a whole percentage ("66%"), or "not available" when a figure it needs is hidden. */
  percent(value: number | null): Shown {
    if (value === null) return { text: this.t('figures.privacy.notAvailable'), hidden: true };
    return { text: `${Math.round(value * 100)}%`, hidden: false };
  }

  /** The report's steps split into the course side and the job side, each only when it has steps. */
  sides(report: Diversity, vacancySide: boolean): Side[] {
    const courses: StageReport[] = [];
    const jobs: StageReport[] = [];
    let pastCourses = vacancySide;
    for (const stage of report.stages) {
      if (JOB_ONLY_STAGES.includes(stage.stage)) pastCourses = true;
      (pastCourses ? jobs : courses).push(stage);
      if (stage.stage === LAST_COURSE_STAGE) pastCourses = true;
    }
    return [
      { key: 'courses' as const, label: this.t('figures.sides.courses'), stages: courses },
      { key: 'jobs' as const, label: this.t('figures.sides.jobs'), stages: jobs },
    ].filter((side) => side.stages.length > 0);
  }

  stageLabel(stage: FunnelStage, side: Side['key']): string {
    if (side === 'jobs' && (stage === 'APPLIED' || stage === 'OFFERED')) return this.t(`figures.jobStages.${stage}`);
    return this.t(`figures.stages.${stage}`);
  }

  categoryLabel(dimension: Dimension, category: string): string {
    const categories = 'figures.categories';
    if (category === 'NOT_KNOWN') return this.t(`${categories}.NOT_KNOWN`);
    if (dimension === 'ETHNICITY') return this.t(`equality.answers.ethnicity.${category}`);
    if (dimension === 'EMPLOYMENT_STATUS') return this.t(`labels.employmentStatus.${category}`);
    if (dimension === 'WARD')
      return category === 'OUTSIDE_MANCHESTER'
        ? this.t(`${categories}.OUTSIDE_MANCHESTER`)
        : (this.wardNames.get(category) ?? category);
    return this.t(`${categories}.${dimension}.${category}`, { defaultValue: category });
  }

  /** The funnel of one side: a chart and the rows of its table (each step, and what share of the step before). */
  async funnel(side: Side) {
    const rows = side.stages.map((stage, i) => {
      const before = i > 0 ? side.stages[i - 1].total : null;
      const ofPrevious =
        before && before.value && stage.total.value !== null && !before.suppressed
          ? stage.total.value / before.value
          : null;
      return {
        stage: this.stageLabel(stage.stage, side.key),
        count: this.count(stage.total),
        ofPrevious: i === 0 ? null : this.percent(ofPrevious),
      };
    });
    const title = this.t('figures.funnel.title', { side: side.label });
    const steps = rows
      .map((row) => this.t('figures.funnel.summaryStep', { stage: row.stage, count: row.count.text }))
      .join('; ');
    const chart = await drawChart(
      `funnel-${side.key}`,
      title,
      this.t('figures.funnel.summary', { steps }),
      funnelSpec(
        side.stages.map((stage, i) => ({
          stage: rows[i].stage,
          value: stage.total.suppressed ? null : stage.total.value,
          text: rows[i].count.text,
        })),
        this.t('figures.funnel.people'),
      ),
    );
    return { chart, rows };
  }

  /** Representation of one dimension at each step of one side: a chart with the Census marked, and its table. */
  async representation(side: Side, dimension: Dimension) {
    const rows: {
      stage: string;
      category: string;
      count: Shown;
      share: Shown | null;
      census: Shown | null;
    }[] = [];
    const bars: ShareBar[] = [];
    /** Steps at which each group is below four-fifths of its Census share, by group. */
    const under = new Map<string, number>();
    for (const stage of side.stages) {
      const stageLabel = this.stageLabel(stage.stage, side.key);
      for (const row of stage.rows.filter((candidate) => candidate.dimension === dimension)) {
        const category = this.categoryLabel(dimension, row.category);
        const known = row.category !== 'NOT_KNOWN';
        rows.push({
          stage: stageLabel,
          category,
          count: this.count(row.count),
          share: known ? this.percent(row.share) : null,
          census: row.benchmarkShare === null ? null : this.percent(row.benchmarkShare),
        });
        if (known && row.share !== null) {
          bars.push({ stage: stageLabel, category, share: row.share, benchmark: row.benchmarkShare });
        }
        if (known && row.representationRatio !== null && row.representationRatio < 0.8) {
          under.set(category, (under.get(category) ?? 0) + 1);
        }
      }
    }
    const dimensionLabel = this.t(`figures.dimensions.${dimension}`);
    const hasBenchmark = bars.some((bar) => bar.benchmark !== null);
    const summary = [
      this.t(hasBenchmark ? 'figures.representation.summaryBenchmark' : 'figures.representation.summaryNoBenchmark'),
      hasBenchmark ? this.underRepresented(under, side.stages.length) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const chart: Chart | null = bars.length
      ? await drawChart(
          `representation-${side.key}`,
          this.t('figures.representation.title', { side: side.label, dimension: dimensionLabel }),
          summary,
          representationSpec(bars, this.t('figures.representation.share'), dimensionLabel),
        )
      : null;
    return {
      chart,
      rows,
      hasBenchmark,
      title: this.t('figures.representation.title', { side: side.label, dimension: dimensionLabel }),
    };
  }

  /** The groups below four-fifths of their Census share, in a sentence short enough to name a chart by. */
  private underRepresented(under: Map<string, number>, steps: number): string {
    if (!under.size) return this.t('figures.representation.noneUnderRepresented');
    const listed = [...under]
      .slice(0, UNDER_LISTED)
      .map(([category, count]) => this.t('figures.representation.underItem', { category, count, steps }));
    if (under.size > UNDER_LISTED)
      listed.push(this.t('figures.representation.underMore', { count: under.size - UNDER_LISTED }));
    return this.t('figures.representation.underRepresented', { list: listed.join('; ') });
  }

  /** The four-fifths test of one dimension, and how many groups it flags across every dimension. */
  fourFifths(report: Diversity, dimension: Dimension) {
    const label = (stage: FunnelStage, toStage: FunnelStage) =>
      this.stageLabel(stage, toStage === 'HIRED' ? 'jobs' : 'courses');
    const rows = report.selectionRates
      .filter((rate) => rate.dimension === dimension)
      .map((rate) => ({
        steps: this.t('figures.fourFifths.stepPair', {
          from: label(rate.fromStage, rate.toStage),
          to: label(rate.toStage, rate.toStage),
        }),
        category: this.categoryLabel(dimension, rate.category),
        rate: this.percent(rate.rate),
        ofBest: this.percent(rate.ratioToHighest),
        flagged: rate.adverseImpact,
        reasons: rate.rejectionReasons ? this.rejectionReasons(rate.rejectionReasons) : null,
      }));
    const flaggedAnywhere = report.selectionRates.filter((rate) => rate.adverseImpact).length;
    const hasReasons = rows.some((row) => row.reasons !== null);
    return { rows, flaggedAnywhere, hasReasons, dimensionLabel: this.t(`figures.dimensions.${dimension}`) };
  }

  /**
   * A group's rejections by reason, where the four-fifths rule flags its dimension, in one line: "skills: 14;
   * availability: hidden to protect privacy". Reasons nobody was rejected for are left out to keep it short.
   */
  private rejectionReasons(reasons: readonly { reason: string | null; count: Count }[]): string {
    const listed = reasons
      .filter(({ count }) => count.value !== 0)
      .map(({ reason, count }) =>
        this.t('figures.fourFifths.reasonItem', {
          reason: this.t(`figures.fourFifths.reasonNames.${reason ?? 'none'}`),
          count: this.count(count).text,
        }),
      );
    return listed.length ? listed.join('; ') : this.t('figures.fourFifths.noRejections');
  }

  /** The outcome figures as measure and value rows. */
  outcomes(report: Outcomes) {
    const t = (key: string) => this.t(`figures.outcomes.${key}`);
    const ratio = (value: number | null): Shown =>
      value === null
        ? { text: this.t('figures.privacy.notAvailable'), hidden: true }
        : { text: value.toLocaleString('en-GB', { maximumFractionDigits: 2 }), hidden: false };
    const salary: Shown =
      report.medianSalaryPence === null
        ? { text: this.t('figures.privacy.notAvailable'), hidden: true }
        : { text: pounds(report.medianSalaryPence), hidden: false };
    return [
      { measure: t('enquiries'), value: this.count(report.enquiries) },
      { measure: t('places'), value: this.count(report.places) },
      { measure: t('enquiriesPerPlace'), value: ratio(report.enquiriesPerPlace) },
      { measure: t('starts'), value: this.count(report.starts) },
      { measure: t('completions'), value: this.count(report.completions) },
      { measure: t('completionRate'), value: this.percent(report.completionRate) },
      { measure: t('positiveOutcomes'), value: this.count(report.positiveOutcomes) },
      { measure: t('outcomeRateOfStarts'), value: this.percent(report.outcomeRateOfStarts) },
      { measure: t('employedWithinSixMonths'), value: this.count(report.employedWithinSixMonths) },
      { measure: t('medianSalary'), value: salary },
      { measure: t('realLivingWageShare'), value: this.percent(report.realLivingWageShare) },
    ];
  }
}
