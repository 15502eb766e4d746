import { longDate } from '../formatting/view-filters';
import { FieldProblem, FormView } from '../forms/form-state';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** When a report was worked out, as the page says it ("6 December 2026 at 14:05"), or null before the first. */
export function whenComputed(computedAt: string | null): { date: string; time: string } | null {
  return computedAt ? { date: longDate(computedAt), time: TIME.format(new Date(computedAt)) } : null;
}

/** A GET form's view (the scope chooser is a GET form: its problems are shown at once, not after a redirect). */
export function figuresFormView(values: Record<string, string>, problems: FieldProblem[]): FormView {
  return {
    values,
    hasErrors: problems.length > 0,
    errorList: problems.map((problem) => ({ text: problem.text, href: `#${problem.field}` })),
    errors: Object.fromEntries(problems.map((problem) => [problem.field, { text: problem.text }])),
  };
}
