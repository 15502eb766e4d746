import {
  badRowsOf,
  csvFieldErrors,
  LEARNER_RETURN_COLUMNS,
  OUTCOME_RETURN_COLUMNS,
  parseReturnCsv,
  snakeCase,
  UnreadableCsvError,
} from './cohort-return-csv';

const outcomes = (text: string) => parseReturnCsv(text, OUTCOME_RETURN_COLUMNS, ['learnerRef', 'completed']);
const problemsOf = (text: string) => {
  try {
    outcomes(text);
  } catch (error) {
    if (error instanceof UnreadableCsvError) return error.problems;
    throw error;
  }
  throw new Error('expected the CSV to be unreadable');
};

describe('parseReturnCsv', () => {
  it('maps snake_case columns to fields and converts cells to the values GraphQL would carry', () => {
    const text =
      'learner_ref,completed,completion_date,qualifications_achieved,outcome_type,salary_pence,hours_per_week\r\n' +
      ' NCS-001 ,TRUE,2025-12-19,Level 3 Certificate; AWS Cloud Practitioner ;,new_job,2650000,37.5\r\n' +
      'NCS-002,no,,,,,\r\n';
    expect(outcomes(text)).toEqual([
      {
        learnerRef: 'NCS-001',
        completed: true,
        completionDate: '2025-12-19',
        qualificationsAchieved: ['Level 3 Certificate', 'AWS Cloud Practitioner'],
        outcomeType: 'NEW_JOB',
        salaryPence: 2_650_000,
        hoursPerWeek: 37.5,
      },
      { learnerRef: 'NCS-002', completed: false, qualificationsAchieved: [] },
    ]);
  });

  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, CRLF or LF, a BOM', () => {
    const text =
      '\uFEFFlearner_ref,completed,qualifications_achieved\n' +
      '"NCS,1",true,"Diploma in ""Cloud"" Engineering"\r\n' +
      '"NCS-2",false,"two\r\nlines"\n';
    expect(outcomes(text)).toEqual([
      { learnerRef: 'NCS,1', completed: true, qualificationsAchieved: ['Diploma in "Cloud" Engineering'] },
      { learnerRef: 'NCS-2', completed: false, qualificationsAchieved: ['two\r\nlines'] },
    ]);
  });

  it('skips blank lines and rows of empty cells, and counts rows from 0 after them', () => {
    const text = 'learner_ref,completed\n\nA,true\n,\n\nB,false\n';
    expect(outcomes(text)).toEqual([
      { learnerRef: 'A', completed: true },
      { learnerRef: 'B', completed: false },
    ]);
  });

  it('leaves cells that do not read as their type as text, for validation to name', () => {
    expect(outcomes('learner_ref,completed,salary_pence,hours_per_week\nA,maybe,12.5,lots\n')).toEqual([
      { learnerRef: 'A', completed: 'maybe', salaryPence: '12.5', hoursPerWeek: 'lots' },
    ]);
  });

  it('lists every row whose cell count differs from the header, with its line', () => {
    expect(problemsOf('learner_ref,completed\nA,true\nB\nC,true,extra\n')).toEqual([
      { path: 'rows.1', message: 'row 1 (line 3) has 1 cells; the header has 2' },
      { path: 'rows.2', message: 'row 2 (line 4) has 3 cells; the header has 2' },
    ]);
  });

  it('refuses unknown, repeated and missing columns', () => {
    const problems = problemsOf('learner,completed,completed\nA,true,true\n');
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('unknown column "learner"'),
      'column completed appears more than once',
      'column learner_ref is required',
    ]);
  });

  it('refuses text that is not CSV, and a file without rows', () => {
    expect(problemsOf('learner_ref,completed\n"A,true\n')[0].message).toMatch(/^not valid CSV: Quote Not Closed/);
    expect(problemsOf('learner_ref,completed\n')).toEqual([
      { path: 'csv', message: 'the CSV has a header but no rows' },
    ]);
    expect(problemsOf('')).toEqual([{ path: 'csv', message: 'the CSV is empty' }]);
  });

  it('knows every column of the learner return', () => {
    const header = Object.keys(LEARNER_RETURN_COLUMNS).map(snakeCase).join(',');
    expect(header).toBe(
      'learner_ref,furthest_stage,withdrawn,enquired_on,date_of_birth,ward_code,employment_status,ethnicity,gender,' +
        'trans,disability,completion_date,qualifications_achieved,outcome_type,outcome_start_date,salary_pence,' +
        'hours_per_week',
    );
    const [row] = parseReturnCsv(
      `${header}\nR-1,enrolled,yes,2025-06-01,,E05011376,,,,,,,,,,,\n`,
      LEARNER_RETURN_COLUMNS,
      ['learnerRef', 'furthestStage'],
    );
    expect(row).toEqual({
      learnerRef: 'R-1',
      furthestStage: 'ENROLLED',
      withdrawn: true,
      enquiredOn: '2025-06-01',
      wardCode: 'E05011376',
      qualificationsAchieved: [],
    });
  });
});

describe('csvFieldErrors', () => {
  it('names columns in snake_case, in paths and messages, once each', () => {
    const errors = [
      { path: 'rows.2.salaryPence', message: 'salaryPence must be a whole number of pence from 0 to 100000000' },
      { path: 'rows.2.salaryPence', message: 'salaryPence must be a whole number of pence from 0 to 100000000' },
      { path: 'rows.0.completed', message: 'completed must be true or false' },
    ];
    const mapped = csvFieldErrors(errors, OUTCOME_RETURN_COLUMNS);
    expect(mapped).toEqual([
      { path: 'rows.2.salary_pence', message: 'salary_pence must be a whole number of pence from 0 to 100000000' },
      { path: 'rows.0.completed', message: 'completed must be true or false' },
    ]);
    expect(badRowsOf(mapped)).toEqual([0, 2]);
  });
});
