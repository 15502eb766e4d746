/**
 * Strings of the pages that fit matches to a person's life (issue 17): interests, free times, the fit notes on
 * matches, the Disability Confident request and adjustments, and rejection feedback. Spread into `en` with one line.
 */
export const enFit = {
  fit: {
    interestsPage: {
      title: 'The work you are interested in',
      why: 'We show jobs and courses in these areas first when they match you equally well. You can still see the others.',
      legend: 'Which areas of digital work interest you?',
      hint: 'Select all that apply, or none.',
    },
    interests: 'Work you are interested in',
    noInterests: 'None chosen',
    times: 'When are you free to study or work? (optional)',
    timesHint: 'Select all that apply. We use this to tell you when a course runs at times you cannot make.',
    timesValue: 'When you are free',
    timeSlot: {
      DAYTIME: 'Weekday daytimes (9am to 5pm)',
      SCHOOL_HOURS: 'School hours only (about 9:30am to 2:30pm on weekdays)',
      EVENINGS: 'Weekday evenings (after 6pm)',
      WEEKENDS: 'Weekends',
    },
    notSaid: 'Not answered',
    course: {
      digital: 'Laptops and internet',
      lendsDevices: 'The provider lends laptops to learners who need one.',
      noDevices: 'You need your own laptop or tablet.',
      providesData: 'They give learners without home internet a data allowance.',
      noData: 'You need internet at home.',
      when: 'When it runs',
      notSaid: 'Ask the provider',
    },
    fitsHeading: 'How this fits your life',
    fitsMet: 'Fits',
    fitsNotMet: 'Does not fit',
    onlyInterests: 'Only show matches in the areas that interest you',
    showAll: 'Show all matches',
    filter: 'Show',
    chooseInterests: 'Choose the work you are interested in',
    errors: {
      interests: 'Choose from the areas listed',
      times: 'Choose from the times listed',
    },
    apply: {
      disabilityConfident: 'Disability Confident interview',
      disabilityConfidentLegend: 'Do you want to apply under the Disability Confident scheme?',
      disabilityConfidentHint:
        'This employer is Disability Confident. If you are disabled and meet every essential skill the job asks for, they will interview you. We do not tell them anything else about you.',
      disabilityConfidentYes: 'Yes, consider me for an interview under the scheme',
      adjustments: 'Adjustments you would like for the interview or the job (optional)',
      adjustmentsHint:
        'For example, step-free access or the questions in writing. The employer sees this only if they invite you to interview.',
    },
    feedback: {
      heading: 'Feedback from the employer',
      reason: {
        SKILLS: 'You did not have all the skills the job needs.',
        EXPERIENCE: 'They were looking for more experience.',
        RIGHT_TO_WORK: 'You need the right to work in the UK for this job.',
        AVAILABILITY: 'The hours or start date did not fit.',
        OTHER: 'Another reason.',
      },
      unmetSkills: 'Skills you would need: {{skills}}.',
      coursesHeading: 'Courses that would teach you these skills',
      noCourses: 'We have not found an open course you can apply for that teaches these skills yet.',
    },
  },
};
