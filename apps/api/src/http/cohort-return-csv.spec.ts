import {
  csvRowErrors,
  LEARNER_RETURN_COLUMNS,
  OUTCOME_RETURN_COLUMNS,
  parseReturnCsv,
  snakeCase,
} from './cohort-return-csv';

const outcomes = (text: string) => parseReturnCsv(text, OUTCOME_RETURN_COLUMNS, ['learnerRef', 'completed']);
const rowsOf = (text: string) => {
  const parsed = outcomes(text);
  expect(parsed.problems).toEqual([]);
  return parsed.rows;
};

describe('parseReturnCsv', () => {
  it('maps snake_case columns to fields and converts cells to the values GraphQL would carry', () => {
    const text =
      'learner_ref,completed,completion_date,qualifications_achieved,outcome_type,salary_pence,hours_per_week\r\n' +
      ' NCS-001 ,TRUE,2025-12-19,Level 3 Certificate; AWS Cloud Practitioner ;,new_job,2650000,37.5\r\n' +
      'NCS-002,no,,,,,\r\n';
    expect(rowsOf(text)).toEqual([
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
    expect(rowsOf(text)).toEqual([
      { learnerRef: 'NCS,1', completed: true, qualificationsAchieved: ['Diploma in "Cloud" Engineering'] },
      { learnerRef: 'NCS-2', completed: false, qualificationsAchieved: ['two\r\nlines'] },
    ]);
  });

  it('numbers rows as a spreadsheet shows them: header row 1, blank lines count, quoted line breaks do not', () => {
    const parsed = outcomes('learner_ref,completed\n\nA,true\n,\n"B\nB",false\nC,true\n');
    expect(parsed.rows.map((row) => row.learnerRef)).toEqual(['A', 'B\nB', 'C']);
    expect(parsed.rowNumbers).toEqual([3, 5, 6]);
  });

  it('leaves cells that do not read as their type as text, for the row rules to name', () => {
    expect(rowsOf('learner_ref,completed,salary_pence,hours_per_week\nA,maybe,12.5,lots\n')).toEqual([
      { learnerRef: 'A', completed: 'maybe', salaryPence: '12.5', hoursPerWeek: 'lots' },
    ]);
  });

  it('lists every row whose cell count differs from the header by its row, and reads the others', () => {
    const parsed = outcomes('learner_ref,completed\nA,true\nB\nC,true,extra\n');
    expect(parsed.problems).toEqual([
      { row: 3, field: null, message: 'row 3 has 1 cells; the header has 2' },
      { row: 4, field: null, message: 'row 4 has 3 cells; the header has 2' },
    ]);
    expect(parsed.rows).toEqual([{ learnerRef: 'A', completed: true }]);
    expect(parsed.rowNumbers).toEqual([2]);
  });

  it('names unknown, repeated and missing columns on row 1, and still reads the known columns', () => {
    const parsed = outcomes('learner,completed,completed\nA,true,false\n');
    expect(parsed.problems).toEqual([
      { row: 1, field: 'learner', message: expect.stringContaining('unknown column "learner"') },
      { row: 1, field: 'completed', message: 'column completed appears more than once' },
      { row: 1, field: 'learner_ref', message: 'column learner_ref is required' },
    ]);
    expect(parsed.missingColumns).toEqual(['learner_ref']);
    expect(parsed.rows).toEqual([{ completed: true }]);
  });

  it('refuses text that is not CSV, and a file without rows', () => {
    expect(outcomes('learner_ref,completed\n"A,true\n').problems).toEqual([
      { row: null, field: null, message: expect.stringMatching(/^not valid CSV: Quote Not Closed/) },
    ]);
    expect(outcomes('learner_ref,completed\n\n').problems).toEqual([
      { row: null, field: null, message: 'the CSV has a header but no rows' },
    ]);
    expect(outcomes('').problems).toEqual([
      { row: null, field: null, message: 'the CSV is empty: its first row must name the columns' },
    ]);
  });

  it('knows every column of the learner return', () => {
    const header = Object.keys(LEARNER_RETURN_COLUMNS).map(snakeCase).join(',');
    expect(header).toBe(
      'learner_ref,furthest_stage,withdrawn,enquired_on,date_of_birth,ward_code,employment_status,ethnicity,gender,' +
        'trans,disability,completion_date,qualifications_achieved,outcome_type,outcome_start_date,salary_pence,' +
        'hours_per_week',
    );
    const { rows } = parseReturnCsv(
      `${header}\nR-1,enrolled,yes,2025-06-01,,E05011376,,,,,,,,,,,\n`,
      LEARNER_RETURN_COLUMNS,
      ['learnerRef', 'furthestStage'],
    );
    expect(rows).toEqual([
      {
        learnerRef: 'R-1',
        furthestStage: 'ENROLLED',
        withdrawn: true,
        enquiredOn: '2025-06-01',
        wardCode: 'E05011376',
        qualificationsAchieved: [],
      },
    ]);
  });
});

describe('csvRowErrors', () => {
  it('names fields by their columns, in the field and the message', () => {
    expect(
      csvRowErrors(
        [
          { row: 4, field: 'salaryPence', message: 'salaryPence must be a whole number of pence from 0 to 100000000' },
          { row: 2, field: 'completed', message: 'completed must be true or false' },
        ],
        OUTCOME_RETURN_COLUMNS,
      ),
    ).toEqual([
      { row: 4, field: 'salary_pence', message: 'salary_pence must be a whole number of pence from 0 to 100000000' },
      { row: 2, field: 'completed', message: 'completed must be true or false' },
    ]);
  });
});
