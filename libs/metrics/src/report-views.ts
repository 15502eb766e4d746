import { buildDiversityReport } from './diversity-report';
import { Audience, DiversityFigures, OutcomeFigures, ReportTallies } from './metrics.types';
import { buildOutcomeReport } from './outcome-report';

/**
 * A stored run's reports as `audience` may see them (METRICS.md "Disclosure control"): a pure function of the exact
 * tallies and the audience, so the same run always reads the same, and reading it twice reveals nothing more.
 */
export function reportView(
  tallies: ReportTallies,
  audience: Audience,
  k: number,
): { diversity: DiversityFigures; outcomes: OutcomeFigures | null } {
  const programme = tallies.sides.find((side) => side.side === 'PROGRAMME')?.tallies ?? [];
  return {
    diversity: buildDiversityReport(tallies.sides, tallies.benchmark, audience, k, tallies.rejections),
    outcomes: tallies.outcomes ? buildOutcomeReport(tallies.outcomes, programme, audience, k) : null,
  };
}
