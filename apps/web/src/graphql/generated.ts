/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlertFrequency = 'DAILY' | 'INSTANT' | 'WEEKLY';

export type AlertPreferencesInput = {
  alertEmails: boolean;
  emailEnabled: boolean;
  statusEmails: boolean;
};

export type ApplicationStatus =
  'APPLIED' | 'HIRED' | 'INTERVIEWING' | 'OFFERED' | 'REJECTED' | 'SHORTLISTED' | 'UNSUCCESSFUL' | 'WITHDRAWN';

export type CohortStatus = 'CANCELLED' | 'FINISHED' | 'FULL' | 'OPEN' | 'PLANNED' | 'RUNNING';

export type ContractType = 'APPRENTICESHIP' | 'FIXED_TERM' | 'PERMANENT' | 'TEMPORARY';

export type DeliveryMode = 'HYBRID' | 'IN_PERSON' | 'ONLINE';

export type DisabilityConfidentLevel = 'COMMITTED' | 'EMPLOYER' | 'LEADER';

export type EmploymentStatus =
  'ECONOMICALLY_INACTIVE' | 'EMPLOYED' | 'EMPLOYED_LOW_PAID' | 'IN_EDUCATION' | 'SELF_EMPLOYED' | 'UNEMPLOYED';

export type EnrolmentStatus = 'APPLIED' | 'COMPLETED' | 'ENQUIRED' | 'ENROLLED' | 'OFFERED' | 'REJECTED' | 'WITHDRAWN';

export type EqualityMonitoringInput = {
  disability?: YesNoPreferNot | null | undefined;
  ethnicity?: Ethnicity | null | undefined;
  gender?: Gender | null | undefined;
  trans?: YesNoPreferNot | null | undefined;
};

export type Ethnicity =
  | 'ARAB'
  | 'ASIAN_BANGLADESHI'
  | 'ASIAN_CHINESE'
  | 'ASIAN_INDIAN'
  | 'ASIAN_OTHER'
  | 'ASIAN_PAKISTANI'
  | 'BLACK_AFRICAN'
  | 'BLACK_CARIBBEAN'
  | 'BLACK_OTHER'
  | 'MIXED_OTHER'
  | 'MIXED_WHITE_AND_ASIAN'
  | 'MIXED_WHITE_AND_BLACK_AFRICAN'
  | 'MIXED_WHITE_AND_BLACK_CARIBBEAN'
  | 'OTHER_ETHNIC_GROUP'
  | 'PREFER_NOT_TO_SAY'
  | 'WHITE_BRITISH'
  | 'WHITE_GYPSY_OR_IRISH_TRAVELLER'
  | 'WHITE_IRISH'
  | 'WHITE_OTHER'
  | 'WHITE_ROMA';

export type Gender = 'MAN' | 'NON_BINARY' | 'PREFER_NOT_TO_SAY' | 'SELF_DESCRIBED' | 'WOMAN';

export type LoginInput = {
  email: string;
  password: string;
};

export type NotificationKind =
  | 'APPLICATION_OFFERED'
  | 'APPLICATION_SHORTLISTED'
  | 'APPLICATION_UNSUCCESSFUL'
  | 'CLOSING_SOON'
  | 'COHORT_CANCELLED'
  | 'NEW_MATCHING_COURSE'
  | 'NEW_MATCHING_JOB'
  | 'PATHWAY_OPENED'
  | 'PLACE_CONFIRMED'
  | 'PLACE_OFFERED'
  | 'PLACE_UNSUCCESSFUL';

export type ProgrammeFilter = {
  delivery?: Array<DeliveryMode> | null | undefined;
  fullyFundedOnly?: boolean | null | undefined;
  kinds?: Array<ProgrammeKind> | null | undefined;
  search?: string | null | undefined;
  skillIds?: Array<string> | null | undefined;
  wardCode?: string | null | undefined;
};

export type ProgrammeKind = 'APPRENTICESHIP' | 'BOOTCAMP' | 'SHORT_COURSE' | 'T_LEVEL';

export type RegisterResidentInput = {
  displayName: string;
  email: string;
  password: string;
};

export type Residency = 'ANY' | 'GREATER_MANCHESTER' | 'MANCHESTER';

export type ResidentProfileInput = {
  dateOfBirth?: string | null | undefined;
  displayName?: string | null | undefined;
  employmentStatus?: EmploymentStatus | null | undefined;
  hasDevice?: boolean | null | undefined;
  hasHomeInternet?: boolean | null | undefined;
  highestQualificationLevel?: number | null | undefined;
  hoursAvailablePerWeek?: number | null | undefined;
  livesInGreaterManchester?: boolean | null | undefined;
  maxTravelKm?: number | null | undefined;
  shareProfileWithEmployers?: boolean | null | undefined;
  wardCode?: string | null | undefined;
};

export type ResidentSkillInput = {
  level: SkillLevel;
  skillId: string;
};

export type Role = 'ADMIN' | 'ANALYST' | 'BROKER' | 'EMPLOYER' | 'PROVIDER' | 'RESIDENT';

export type SavedSearchInput = {
  frequency: AlertFrequency;
  kind: SavedSearchKind;
  /** JOBS only; 0.5 when not given */
  minScore?: number | null | undefined;
  programmeFilter?: ProgrammeFilter | null | undefined;
  query?: string | null | undefined;
  vacancyFilter?: VacancyFilter | null | undefined;
};

export type SavedSearchKind = 'COURSES' | 'JOBS';

export type SkillEvidence = 'COURSE_COMPLETED' | 'EMPLOYER_VERIFIED' | 'QUALIFICATION' | 'SELF_DECLARED';

export type SkillLevel = 'AWARENESS' | 'EXPERT' | 'PRACTITIONER' | 'WORKING';

export type TargetGroup = 'AGED_50_PLUS' | 'DISABLED' | 'ETHNIC_MINORITY' | 'TRANS_AND_NON_BINARY' | 'WOMEN';

export type VacancyFilter = {
  contracts?: Array<ContractType> | null | undefined;
  realLivingWageOnly?: boolean | null | undefined;
  search?: string | null | undefined;
  skillIds?: Array<string> | null | undefined;
  wardCode?: string | null | undefined;
  workplaces?: Array<Workplace> | null | undefined;
};

export type VacancyStatus = 'CLOSED' | 'DRAFT' | 'FILLED' | 'OPEN';

export type Workplace = 'HYBRID' | 'ON_SITE' | 'REMOTE';

export type YesNoPreferNot = 'NO' | 'PREFER_NOT_TO_SAY' | 'YES';

export type ProfileAnswersFragment = {
  displayName: string;
  livesInGreaterManchester: boolean;
  dateOfBirth: string | null;
  employmentStatus: EmploymentStatus | null;
  highestQualificationLevel: number | null;
  maxTravelKm: number | null;
  hoursAvailablePerWeek: number | null;
  shareProfileWithEmployers: boolean;
  ward: { code: string; name: string } | null;
  digitalAccess: { hasDevice: boolean; hasHomeInternet: boolean };
};

export type AccountOverviewQueryVariables = Exact<{ [key: string]: never }>;

export type AccountOverviewQuery = {
  myProfile: {
    displayName: string;
    livesInGreaterManchester: boolean;
    dateOfBirth: string | null;
    employmentStatus: EmploymentStatus | null;
    highestQualificationLevel: number | null;
    maxTravelKm: number | null;
    hoursAvailablePerWeek: number | null;
    shareProfileWithEmployers: boolean;
    skills: Array<{ level: SkillLevel; skill: { name: string } }>;
    ward: { code: string; name: string } | null;
    digitalAccess: { hasDevice: boolean; hasHomeInternet: boolean };
  };
  myApplications: { totalCount: number };
  myEnrolments: { totalCount: number };
};

export type MyProfileQueryVariables = Exact<{ [key: string]: never }>;

export type MyProfileQuery = {
  myProfile: {
    displayName: string;
    livesInGreaterManchester: boolean;
    dateOfBirth: string | null;
    employmentStatus: EmploymentStatus | null;
    highestQualificationLevel: number | null;
    maxTravelKm: number | null;
    hoursAvailablePerWeek: number | null;
    shareProfileWithEmployers: boolean;
    ward: { code: string; name: string } | null;
    digitalAccess: { hasDevice: boolean; hasHomeInternet: boolean };
  };
};

export type UpdateMyProfileMutationVariables = Exact<{
  input: ResidentProfileInput;
}>;

export type UpdateMyProfileMutation = { updateMyProfile: { id: string } };

export type MySkillsQueryVariables = Exact<{ [key: string]: never }>;

export type MySkillsQuery = {
  myProfile: { skills: Array<{ level: SkillLevel; evidence: SkillEvidence; skill: { id: string; name: string } }> };
};

export type SetMySkillsMutationVariables = Exact<{
  skills: Array<ResidentSkillInput> | ResidentSkillInput;
}>;

export type SetMySkillsMutation = { setMySkills: { id: string } };

export type MyEqualityQueryVariables = Exact<{ [key: string]: never }>;

export type MyEqualityQuery = {
  myProfile: {
    equalityMonitoring: {
      ethnicity: Ethnicity | null;
      gender: Gender | null;
      trans: YesNoPreferNot | null;
      disability: YesNoPreferNot | null;
    } | null;
  };
};

export type SetMyEqualityMutationVariables = Exact<{
  input: EqualityMonitoringInput;
}>;

export type SetMyEqualityMutation = { setMyEqualityMonitoring: { ethnicity: Ethnicity | null } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never }>;

export type ExportMyDataQuery = { exportMyData: string };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;

export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationsQuery = {
  myNotifications: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: NotificationKind;
        title: string;
        body: string;
        link: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string }> };

export type MyAlertsQueryVariables = Exact<{ [key: string]: never }>;

export type MyAlertsQuery = {
  myAlertPreferences: { emailEnabled: boolean; statusEmails: boolean; alertEmails: boolean };
  mySavedSearches: Array<{
    id: string;
    kind: SavedSearchKind;
    query: string | null;
    frequency: AlertFrequency;
    createdAt: string;
  }>;
};

export type UpdateMyAlertPreferencesMutationVariables = Exact<{
  input: AlertPreferencesInput;
}>;

export type UpdateMyAlertPreferencesMutation = { updateMyAlertPreferences: { emailEnabled: boolean } };

export type SaveSearchMutationVariables = Exact<{
  input: SavedSearchInput;
}>;

export type SaveSearchMutation = { saveSearch: { id: string } };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: string;
}>;

export type DeleteSavedSearchMutation = { deleteSavedSearch: boolean };

export type UnsubscribeFromEmailsMutationVariables = Exact<{
  token: string;
}>;

export type UnsubscribeFromEmailsMutation = { unsubscribeFromEmails: boolean };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyApplicationsQuery = {
  myApplications: {
    edges: Array<{
      node: {
        id: string;
        status: ApplicationStatus;
        createdAt: string;
        vacancy: { id: string; title: string; employer: { name: string } };
      };
    }>;
  };
  myEnrolments: {
    edges: Array<{
      node: {
        id: string;
        status: EnrolmentStatus;
        createdAt: string;
        cohort: { id: string; startDate: string; programme: { id: string; title: string; provider: { name: string } } };
      };
    }>;
  };
};

export type EnquireAboutCohortMutationVariables = Exact<{
  cohortId: string;
}>;

export type EnquireAboutCohortMutation = { enquireAboutCohort: { id: string } };

export type ApplyToCohortMutationVariables = Exact<{
  cohortId: string;
}>;

export type ApplyToCohortMutation = { applyToCohort: { id: string } };

export type AcceptPlaceMutationVariables = Exact<{
  enrolmentId: string;
}>;

export type AcceptPlaceMutation = { acceptPlace: { id: string } };

export type WithdrawEnrolmentMutationVariables = Exact<{
  enrolmentId: string;
}>;

export type WithdrawEnrolmentMutation = { withdrawEnrolment: { id: string } };

export type ApplyToVacancyMutationVariables = Exact<{
  vacancyId: string;
  coverNote?: string | null | undefined;
}>;

export type ApplyToVacancyMutation = { applyToVacancy: { id: string } };

export type WithdrawApplicationMutationVariables = Exact<{
  applicationId: string;
}>;

export type WithdrawApplicationMutation = { withdrawApplication: { id: string } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;

export type SignInMutation = {
  login: { accessToken: string; expiresAt: string; user: { displayName: string; role: Role } };
};

export type CreateAccountMutationVariables = Exact<{
  input: RegisterResidentInput;
}>;

export type CreateAccountMutation = {
  registerResident: { accessToken: string; expiresAt: string; user: { displayName: string; role: Role } };
};

export type EligibilityFragment = {
  minAge: number | null;
  maxAge: number | null;
  employmentStatuses: Array<EmploymentStatus>;
  residency: Residency;
  targetGroups: Array<TargetGroup>;
  minQualificationLevel: number | null;
};

export type CoursesQueryVariables = Exact<{
  filter?: ProgrammeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CoursesQuery = {
  programmes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        title: string;
        kind: ProgrammeKind;
        summary: string;
        delivery: DeliveryMode;
        fullyFunded: boolean;
        costPence: number;
        durationWeeks: number;
        hoursPerWeek: number;
        provider: { name: string };
        ward: { name: string } | null;
      };
    }>;
  };
};

export type CourseQueryVariables = Exact<{
  id: string;
}>;

export type CourseQuery = {
  programme: {
    id: string;
    title: string;
    kind: ProgrammeKind;
    summary: string;
    delivery: DeliveryMode;
    fullyFunded: boolean;
    costPence: number;
    durationWeeks: number;
    hoursPerWeek: number;
    qualifications: Array<string>;
    guaranteedInterview: boolean;
    provider: { name: string; website: string | null };
    ward: { name: string } | null;
    skillsTaught: Array<{ level: SkillLevel; skill: { id: string; name: string } }>;
    prerequisites: Array<{ level: SkillLevel; essential: boolean; skill: { id: string; name: string } }>;
    eligibility: {
      minAge: number | null;
      maxAge: number | null;
      employmentStatuses: Array<EmploymentStatus>;
      residency: Residency;
      targetGroups: Array<TargetGroup>;
      minQualificationLevel: number | null;
    };
    cohorts: {
      edges: Array<{
        node: {
          id: string;
          startDate: string;
          endDate: string;
          applicationsCloseOn: string;
          capacity: number;
          placesRemaining: number;
          status: CohortStatus;
        };
      }>;
    };
  } | null;
};

export type JobsQueryVariables = Exact<{
  filter?: VacancyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type JobsQuery = {
  vacancies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        title: string;
        salaryMinPence: number;
        salaryMaxPence: number;
        hoursPerWeek: number;
        paysRealLivingWage: boolean;
        contract: ContractType;
        workplace: Workplace;
        closesOn: string;
        employer: { name: string };
        ward: { name: string } | null;
      };
    }>;
  };
};

export type JobQueryVariables = Exact<{
  id: string;
}>;

export type JobQuery = {
  vacancy: {
    id: string;
    title: string;
    description: string;
    salaryMinPence: number;
    salaryMaxPence: number;
    hoursPerWeek: number;
    hourlyRateMinPence: number;
    paysRealLivingWage: boolean;
    contract: ContractType;
    workplace: Workplace;
    positions: number;
    positionsFilled: number;
    closesOn: string;
    status: VacancyStatus;
    employer: {
      name: string;
      website: string | null;
      realLivingWageEmployer: boolean;
      goodEmploymentCharter: boolean;
      disabilityConfident: DisabilityConfidentLevel | null;
    };
    ward: { name: string } | null;
    requirements: Array<{ level: SkillLevel; essential: boolean; skill: { id: string; name: string } }>;
  } | null;
};

export type MyJobMatchesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type MyJobMatchesQuery = {
  myVacancyMatches: Array<{
    score: number;
    fullyQualified: boolean;
    distanceKm: number | null;
    vacancy: {
      id: string;
      title: string;
      salaryMinPence: number;
      salaryMaxPence: number;
      hoursPerWeek: number;
      closesOn: string;
      employer: { name: string };
      ward: { name: string } | null;
    };
    skills: Array<{
      requiredLevel: SkillLevel;
      residentLevel: SkillLevel | null;
      essential: boolean;
      met: boolean;
      skill: { id: string; name: string };
    }>;
  }>;
};

export type MyCourseMatchesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type MyCourseMatchesQuery = {
  myProgrammeMatches: Array<{
    vacanciesOpened: number;
    vacanciesImproved: number;
    distanceKm: number | null;
    programme: {
      id: string;
      title: string;
      kind: ProgrammeKind;
      fullyFunded: boolean;
      durationWeeks: number;
      provider: { name: string };
      eligibility: {
        minAge: number | null;
        maxAge: number | null;
        employmentStatuses: Array<EmploymentStatus>;
        residency: Residency;
        targetGroups: Array<TargetGroup>;
        minQualificationLevel: number | null;
      };
    };
    nextCohort: { id: string; startDate: string; applicationsCloseOn: string; placesRemaining: number };
    skillsGained: Array<{ level: SkillLevel; skill: { name: string } }>;
  }>;
};

export type MyPathwaysQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type MyPathwaysQuery = {
  myPathways: Array<{
    scoreBefore: number;
    scoreAfter: number;
    weeks: number;
    programme: { id: string; title: string };
    cohort: { id: string; startDate: string };
    vacancy: { id: string; title: string; employer: { name: string } };
    closesSkills: Array<{ name: string }>;
    remainingGaps: Array<{ name: string }>;
  }>;
};

export type WardsQueryVariables = Exact<{ [key: string]: never }>;

export type WardsQuery = { wards: Array<{ code: string; name: string }> };

export type SkillSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type SkillSearchQuery = {
  skills: {
    totalCount: number;
    edges: Array<{ node: { id: string; name: string; category: string; description: string | null } }>;
  };
};

export type SkillByIdQueryVariables = Exact<{
  id: string;
}>;

export type SkillByIdQuery = { skill: { id: string; name: string; description: string | null } | null };

export const ProfileAnswersFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileAnswers' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResidentProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'livesInGreaterManchester' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'highestQualificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailablePerWeek' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'digitalAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasDevice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasHomeInternet' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'shareProfileWithEmployers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileAnswersFragment, unknown>;
export const EligibilityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Eligibility' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Eligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'minAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'residency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minQualificationLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EligibilityFragment, unknown>;
export const AccountOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountOverview' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileAnswers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myApplications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEnrolments' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileAnswers' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResidentProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'livesInGreaterManchester' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'highestQualificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailablePerWeek' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'digitalAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasDevice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasHomeInternet' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'shareProfileWithEmployers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountOverviewQuery, AccountOverviewQueryVariables>;
export const MyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProfile' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileAnswers' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileAnswers' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResidentProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'livesInGreaterManchester' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'highestQualificationLevel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTravelKm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursAvailablePerWeek' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'digitalAccess' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'hasDevice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasHomeInternet' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'shareProfileWithEmployers' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResidentProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const MySkillsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySkills' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySkillsQuery, MySkillsQueryVariables>;
export const SetMySkillsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMySkills' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'skills' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResidentSkillInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMySkills' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'skills' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'skills' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMySkillsMutation, SetMySkillsMutationVariables>;
export const MyEqualityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyEquality' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'equalityMonitoring' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'ethnicity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'gender' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trans' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disability' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyEqualityQuery, MyEqualityQueryVariables>;
export const SetMyEqualityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMyEquality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EqualityMonitoringInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMyEqualityMonitoring' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'ethnicity' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMyEqualityMutation, SetMyEqualityMutationVariables>;
export const ExportMyDataDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportMyData' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'exportMyData' } }],
      },
    },
  ],
} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteMyAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteMyAccount' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyAlertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAlerts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAlertPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'emailEnabled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusEmails' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alertEmails' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySavedSearches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'query' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAlertsQuery, MyAlertsQueryVariables>;
export const UpdateMyAlertPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyAlertPreferences' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AlertPreferencesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyAlertPreferences' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'emailEnabled' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyAlertPreferencesMutation, UpdateMyAlertPreferencesMutationVariables>;
export const SaveSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SavedSearchInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const DeleteSavedSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSavedSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSavedSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const UnsubscribeFromEmailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnsubscribeFromEmails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unsubscribeFromEmails' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnsubscribeFromEmailsMutation, UnsubscribeFromEmailsMutationVariables>;
export const MyApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyApplications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myApplications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'vacancy' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'employer' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEnrolments' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cohort' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'programme' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'provider' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const EnquireAboutCohortDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnquireAboutCohort' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enquireAboutCohort' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cohortId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnquireAboutCohortMutation, EnquireAboutCohortMutationVariables>;
export const ApplyToCohortDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToCohort' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToCohort' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cohortId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToCohortMutation, ApplyToCohortMutationVariables>;
export const AcceptPlaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptPlace' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptPlace' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'enrolmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptPlaceMutation, AcceptPlaceMutationVariables>;
export const WithdrawEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'enrolmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawEnrolmentMutation, WithdrawEnrolmentMutationVariables>;
export const ApplyToVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyToVacancy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'coverNote' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyToVacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'coverNote' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'coverNote' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyToVacancyMutation, ApplyToVacancyMutationVariables>;
export const WithdrawApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const CreateAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAccount' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterResidentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerResident' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const CoursesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Courses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgrammeFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fullyFunded' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'costPence' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'provider' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ward' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoursesQuery, CoursesQueryVariables>;
export const CourseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Course' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullyFunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'costPence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'qualifications' } },
                { kind: 'Field', name: { kind: 'Name', value: 'guaranteedInterview' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'provider' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skillsTaught' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'prerequisites' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'eligibility' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Eligibility' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cohorts' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '20' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'applicationsCloseOn' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'placesRemaining' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Eligibility' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Eligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'minAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'residency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minQualificationLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseQuery, CourseQueryVariables>;
export const JobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Jobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'VacancyFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'salaryMinPence' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'salaryMaxPence' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'paysRealLivingWage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contract' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'workplace' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'employer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ward' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const JobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Job' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'salaryMinPence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'salaryMaxPence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hourlyRateMinPence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paysRealLivingWage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contract' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workplace' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'positionsFilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'realLivingWageEmployer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goodEmploymentCharter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disabilityConfident' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ward' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobQuery, JobQueryVariables>;
export const MyJobMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyJobMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myVacancyMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullyQualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'salaryMinPence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'salaryMaxPence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hoursPerWeek' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ward' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'residentLevel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'essential' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyJobMatchesQuery, MyJobMatchesQueryVariables>;
export const MyCourseMatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCourseMatches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeMatches' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullyFunded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'durationWeeks' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'provider' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'eligibility' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Eligibility' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nextCohort' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicationsCloseOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'placesRemaining' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skillsGained' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'vacanciesOpened' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vacanciesImproved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distanceKm' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Eligibility' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Eligibility' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'minAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employmentStatuses' } },
          { kind: 'Field', name: { kind: 'Name', value: 'residency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minQualificationLevel' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCourseMatchesQuery, MyCourseMatchesQueryVariables>;
export const MyPathwaysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPathways' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPathways' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cohort' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'employer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scoreAfter' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closesSkills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remainingGaps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'weeks' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPathwaysQuery, MyPathwaysQueryVariables>;
export const WardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Wards' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WardsQuery, WardsQueryVariables>;
export const SkillSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SkillSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SkillSearchQuery, SkillSearchQueryVariables>;
export const SkillByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SkillById' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skill' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SkillByIdQuery, SkillByIdQueryVariables>;
