/** "Tell us your date of birth to see up to 6 more courses" (the API's myProgrammeMatchHints), by answer. */
export const enMatchHints = {
  matchHints: {
    title: 'See more courses',
    lead: 'Some courses are only for certain people. Answer these questions so we can check if you can apply:',
    DATE_OF_BIRTH_one: 'Tell us your date of birth to see up to {{count}} more course',
    DATE_OF_BIRTH_other: 'Tell us your date of birth to see up to {{count}} more courses',
    EMPLOYMENT_STATUS_one: 'Tell us if you are working to see up to {{count}} more course',
    EMPLOYMENT_STATUS_other: 'Tell us if you are working to see up to {{count}} more courses',
    WARD_one: 'Tell us where you live to see up to {{count}} more course',
    WARD_other: 'Tell us where you live to see up to {{count}} more courses',
    HIGHEST_QUALIFICATION_LEVEL_one: 'Tell us your highest qualification to see up to {{count}} more course',
    HIGHEST_QUALIFICATION_LEVEL_other: 'Tell us your highest qualification to see up to {{count}} more courses',
  },
};
