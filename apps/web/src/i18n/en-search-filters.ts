/** The find-a-course "when it starts" filter and the find-a-job salary and hours filters. */
export const enSearchFilters = {
  searchFilters: {
    starts: 'When it starts',
    startsHint: 'Courses you can still apply for.',
    startsAny: 'Any time',
    starts4Weeks: 'In the next 4 weeks',
    starts3Months: 'In the next 3 months',
    minSalary: 'Pays at least (a year)',
    minSalaryHint: 'In pounds, for example 25000',
    maxHours: 'Hours a week, at most',
    maxHoursHint: 'For example, 16 or 37.5',
    errors: {
      minSalary: 'Enter a yearly salary in pounds, from 0 to 1000000, like 25000',
      maxHours: 'Enter the hours a week as a number from 1 to 60, like 16 or 37.5',
    },
    fixToSearch: 'Correct the problem above to search.',
  },
};
