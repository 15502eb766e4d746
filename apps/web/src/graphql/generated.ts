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

export type CreateCohortInput = {
  applicationsCloseOn: string;
  capacity: number;
  deliveryTimes?: Array<TimeSlot> | null | undefined;
  endDate: string;
  programmeId: string;
  startDate: string;
};

export type CreateProgrammeInput = {
  costPence?: number;
  delivery: DeliveryMode;
  durationWeeks: number;
  eligibility: EligibilityInput;
  fullyFunded: boolean;
  guaranteedInterview?: boolean;
  hoursPerWeek: number;
  kind: ProgrammeKind;
  lendsDevices?: boolean;
  prerequisites?: Array<SkillRequirementInput> | null | undefined;
  providesData?: boolean;
  qualifications?: Array<string> | null | undefined;
  skillsTaught: Array<SkillGainInput>;
  summary: string;
  tLevelCode?: string | null | undefined;
  title: string;
  wardCode?: string | null | undefined;
};

export type CreateVacancyInput = {
  closesOn: string;
  contract: ContractType;
  description: string;
  guaranteedInterviewProgrammeIds?: Array<string> | null | undefined;
  hoursPerWeek: number;
  positions?: number;
  requirements: Array<SkillRequirementInput>;
  salaryMaxPence: number;
  salaryMinPence: number;
  title: string;
  wardCode?: string | null | undefined;
  workplace: Workplace;
};

export type DeliveryMode = 'HYBRID' | 'IN_PERSON' | 'ONLINE';

export type Dimension =
  | 'AGE_BAND'
  | 'DISABILITY'
  | 'EMPLOYMENT_STATUS'
  | 'ETHNICITY'
  | 'ETHNIC_GROUP'
  | 'ETHNIC_MINORITY'
  | 'GENDER'
  | 'TRANS'
  | 'WARD';

export type DisabilityConfidentLevel = 'COMMITTED' | 'EMPLOYER' | 'LEADER';

/** How far a blind candidate lives from the vacancy, in bands: within 1, 3, 5, 10 or 20 km, or further */
export type DistanceBand =
  'OVER_20_KM' | 'WITHIN_1_KM' | 'WITHIN_3_KM' | 'WITHIN_5_KM' | 'WITHIN_10_KM' | 'WITHIN_20_KM';

export type EligibilityInput = {
  employmentStatuses?: Array<EmploymentStatus> | null | undefined;
  maxAge?: number | null | undefined;
  minAge?: number | null | undefined;
  minQualificationLevel?: number | null | undefined;
  residency?: Residency;
  targetGroups?: Array<TargetGroup> | null | undefined;
};

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

export type FunnelStage =
  | 'APPLIED'
  | 'COMPLETED'
  | 'ENQUIRED'
  | 'ENROLLED'
  | 'HIRED'
  | 'INTERVIEWED'
  | 'OFFERED'
  | 'POSITIVE_OUTCOME'
  | 'SHORTLISTED';

export type Gender = 'MAN' | 'NON_BINARY' | 'PREFER_NOT_TO_SAY' | 'SELF_DESCRIBED' | 'WOMAN';

export type LoginInput = {
  email: string;
  password: string;
};

export type MatchFilter = {
  fullyQualifiedOnly?: boolean | null | undefined;
  /** Only matches in the skill categories of your interests */
  interestsOnly?: boolean | null | undefined;
  kinds?: Array<ProgrammeKind> | null | undefined;
  workplaces?: Array<Workplace> | null | undefined;
};

export type MatchNoteKind = 'DEVICE' | 'HOURS' | 'INTERESTS' | 'INTERNET' | 'TIMES';

export type MetricsRunState = 'COMPLETED' | 'FAILED' | 'QUEUED' | 'RUNNING';

export type MetricsScopeInput = {
  from?: string | null | undefined;
  id?: string | null | undefined;
  kind: MetricsScopeKind;
  to?: string | null | undefined;
};

export type MetricsScopeKind = 'CITY' | 'COHORT' | 'EMPLOYER' | 'PROGRAMME' | 'PROVIDER' | 'VACANCY';

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

export type OrganisationFilter = {
  kinds?: Array<OrganisationKind> | null | undefined;
  /** Part of the name, any case */
  search?: string | null | undefined;
  /** Only verified (true) or only waiting for verification (false) */
  verified?: boolean | null | undefined;
};

export type OrganisationKind = 'EMPLOYER' | 'PROVIDER';

export type OutcomeInput = {
  enrolmentId: string;
  hoursPerWeek?: number | null | undefined;
  salaryPence?: number | null | undefined;
  startDate: string;
  type: OutcomeType;
};

export type OutcomeType =
  | 'APPRENTICESHIP'
  | 'FURTHER_LEARNING'
  | 'INCREASED_RESPONSIBILITIES'
  | 'NEW_JOB'
  | 'NEW_ROLE_WITH_EMPLOYER'
  | 'SELF_EMPLOYMENT';

/** A profile answer the eligibility rules read: date of birth, employment status, ward (where you live), highest qualification level */
export type ProfileAnswer = 'DATE_OF_BIRTH' | 'EMPLOYMENT_STATUS' | 'HIGHEST_QUALIFICATION_LEVEL' | 'WARD';

export type ProgrammeFilter = {
  delivery?: Array<DeliveryMode> | null | undefined;
  fullyFundedOnly?: boolean | null | undefined;
  kinds?: Array<ProgrammeKind> | null | undefined;
  search?: string | null | undefined;
  skillIds?: Array<string> | null | undefined;
  /** Only courses with an OPEN cohort (you can apply now) starting within this many days of today */
  startingWithinDays?: number | null | undefined;
  wardCode?: string | null | undefined;
};

export type ProgrammeKind = 'APPRENTICESHIP' | 'BOOTCAMP' | 'SHORT_COURSE' | 'T_LEVEL';

export type RegisterOrganisationInput = {
  displayName: string;
  email: string;
  kind: OrganisationKind;
  organisationName: string;
  password: string;
};

export type RegisterResidentInput = {
  displayName: string;
  email: string;
  password: string;
};

export type RejectionReason = 'AVAILABILITY' | 'EXPERIENCE' | 'OTHER' | 'RIGHT_TO_WORK' | 'SKILLS';

export type Residency = 'ANY' | 'GREATER_MANCHESTER' | 'MANCHESTER';

export type ResidentProfileInput = {
  /** [] clears them */
  availableTimes?: Array<TimeSlot> | null | undefined;
  dateOfBirth?: string | null | undefined;
  displayName?: string | null | undefined;
  employmentStatus?: EmploymentStatus | null | undefined;
  hasDevice?: boolean | null | undefined;
  hasHomeInternet?: boolean | null | undefined;
  highestQualificationLevel?: number | null | undefined;
  hoursAvailablePerWeek?: number | null | undefined;
  /** Skill categories (Skill.category); [] clears them */
  interests?: Array<string> | null | undefined;
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

export type SkillGainInput = {
  level: SkillLevel;
  skillId: string;
};

export type SkillLevel = 'AWARENESS' | 'EXPERT' | 'PRACTITIONER' | 'WORKING';

export type SkillRequirementInput = {
  essential?: boolean;
  level: SkillLevel;
  skillId: string;
};

export type TargetGroup = 'AGED_50_PLUS' | 'DISABLED' | 'ETHNIC_MINORITY' | 'TRANS_AND_NON_BINARY' | 'WOMEN';

/** A time of the week: DAYTIME weekdays 9 to 5, SCHOOL_HOURS weekdays within the school run, EVENINGS weekdays after 6, WEEKENDS */
export type TimeSlot = 'DAYTIME' | 'EVENINGS' | 'SCHOOL_HOURS' | 'WEEKENDS';

export type UpdateOrganisationInput = {
  disabilityConfident?: DisabilityConfidentLevel | null | undefined;
  goodEmploymentCharter?: boolean | null | undefined;
  name?: string | null | undefined;
  realLivingWageEmployer?: boolean | null | undefined;
  wardCode?: string | null | undefined;
  website?: string | null | undefined;
};

export type UpdateProgrammeInput = {
  costPence?: number | null | undefined;
  delivery?: DeliveryMode | null | undefined;
  durationWeeks?: number | null | undefined;
  eligibility?: EligibilityInput | null | undefined;
  fullyFunded?: boolean | null | undefined;
  guaranteedInterview?: boolean | null | undefined;
  hoursPerWeek?: number | null | undefined;
  lendsDevices?: boolean | null | undefined;
  prerequisites?: Array<SkillRequirementInput> | null | undefined;
  providesData?: boolean | null | undefined;
  qualifications?: Array<string> | null | undefined;
  skillsTaught?: Array<SkillGainInput> | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
  wardCode?: string | null | undefined;
};

export type UpdateVacancyInput = {
  closesOn?: string | null | undefined;
  contract?: ContractType | null | undefined;
  description?: string | null | undefined;
  guaranteedInterviewProgrammeIds?: Array<string> | null | undefined;
  hoursPerWeek?: number | null | undefined;
  positions?: number | null | undefined;
  requirements?: Array<SkillRequirementInput> | null | undefined;
  salaryMaxPence?: number | null | undefined;
  salaryMinPence?: number | null | undefined;
  title?: string | null | undefined;
  wardCode?: string | null | undefined;
  workplace?: Workplace | null | undefined;
};

export type VacancyFilter = {
  contracts?: Array<ContractType> | null | undefined;
  /** Only jobs of at most this many hours a week */
  maxHoursPerWeek?: number | null | undefined;
  /** Only jobs whose lowest salary is at least this, in pence a year */
  minSalaryPence?: number | null | undefined;
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
  interests: Array<string>;
  availableTimes: Array<TimeSlot>;
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
    interests: Array<string>;
    availableTimes: Array<TimeSlot>;
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
    interests: Array<string>;
    availableTimes: Array<TimeSlot>;
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
        disabilityConfidentInterview: boolean;
        adjustments: string | null;
        vacancy: { id: string; title: string; employer: { name: string } };
        feedback: {
          reason: RejectionReason;
          message: string | null;
          unmetSkills: Array<{ name: string }>;
          suggestedProgrammes: Array<{ id: string; title: string; provider: { name: string } }>;
        } | null;
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
  disabilityConfidentInterview?: boolean;
  adjustments?: string | null | undefined;
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
    lendsDevices: boolean;
    providesData: boolean;
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
          deliveryTimes: Array<TimeSlot>;
        };
      }>;
    };
  } | null;
};

export type OwnVacancyFragment = {
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
  ward: { code: string; name: string } | null;
  requirements: Array<{ level: SkillLevel; essential: boolean; skill: { id: string; name: string } }>;
  guaranteedInterviewProgrammes: Array<{ id: string; title: string }>;
};

export type MyVacanciesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyVacanciesQuery = {
  myVacancies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        title: string;
        status: VacancyStatus;
        closesOn: string;
        positions: number;
        positionsFilled: number;
      };
    }>;
  };
};

export type OwnVacancyQueryVariables = Exact<{
  id: string;
}>;

export type OwnVacancyQuery = {
  realLivingWageHourlyPence: number | null;
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
    employer: { id: string };
    ward: { code: string; name: string } | null;
    requirements: Array<{ level: SkillLevel; essential: boolean; skill: { id: string; name: string } }>;
    guaranteedInterviewProgrammes: Array<{ id: string; title: string }>;
  } | null;
  me: { organisation: { id: string } | null };
};

export type RealLivingWageQueryVariables = Exact<{ [key: string]: never }>;

export type RealLivingWageQuery = { realLivingWageHourlyPence: number | null };

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;

export type CreateVacancyMutation = { createVacancy: { id: string } };

export type UpdateVacancyMutationVariables = Exact<{
  id: string;
  input: UpdateVacancyInput;
}>;

export type UpdateVacancyMutation = { updateVacancy: { id: string } };

export type OpenVacancyMutationVariables = Exact<{
  id: string;
}>;

export type OpenVacancyMutation = { openVacancy: { id: string } };

export type CloseVacancyMutationVariables = Exact<{
  id: string;
}>;

export type CloseVacancyMutation = { closeVacancy: { id: string } };

export type FitSkillFragment = {
  requiredLevel: SkillLevel;
  residentLevel: SkillLevel | null;
  essential: boolean;
  met: boolean;
  skill: { id: string; name: string };
};

export type VacancyCandidatesQueryVariables = Exact<{
  vacancyId: string;
}>;

export type VacancyCandidatesQuery = {
  vacancyCandidates: Array<{
    candidateRef: string;
    score: number;
    fullyQualified: boolean;
    distanceBand: DistanceBand | null;
    skills: Array<{
      requiredLevel: SkillLevel;
      residentLevel: SkillLevel | null;
      essential: boolean;
      met: boolean;
      skill: { id: string; name: string };
    }>;
    completedProgrammes: Array<{ id: string; title: string }>;
  }>;
};

export type VacancyApplicationsQueryVariables = Exact<{
  vacancyId: string;
  status?: ApplicationStatus | null | undefined;
}>;

export type VacancyApplicationsQuery = {
  vacancyApplications: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        status: ApplicationStatus;
        guaranteedInterview: boolean;
        coverNote: string | null;
        createdAt: string;
        candidate: { candidateRef: string; displayName: string | null; email: string | null };
        fit: {
          score: number;
          fullyQualified: boolean;
          skills: Array<{
            requiredLevel: SkillLevel;
            residentLevel: SkillLevel | null;
            essential: boolean;
            met: boolean;
            skill: { id: string; name: string };
          }>;
        } | null;
      };
    }>;
  };
};

export type AdvanceApplicationMutationVariables = Exact<{
  applicationId: string;
  to: ApplicationStatus;
}>;

export type AdvanceApplicationMutation = {
  advanceApplication: { id: string; status: ApplicationStatus; vacancy: { id: string } };
};

export type FiguresViewerQueryVariables = Exact<{ [key: string]: never }>;

export type FiguresViewerQuery = {
  me: { role: Role; organisation: { id: string; kind: OrganisationKind; name: string } | null };
};

export type FiguresReportsQueryVariables = Exact<{
  scope: MetricsScopeInput;
}>;

export type FiguresReportsQuery = {
  diversityReport: {
    runId: string;
    computedAt: string;
    suppressionThreshold: number;
    stages: Array<{
      stage: FunnelStage;
      total: { value: number | null; suppressed: boolean };
      rows: Array<{
        dimension: Dimension;
        category: string;
        share: number | null;
        benchmarkShare: number | null;
        representationRatio: number | null;
        count: { value: number | null; suppressed: boolean };
      }>;
    }>;
    selectionRates: Array<{
      dimension: Dimension;
      category: string;
      fromStage: FunnelStage;
      toStage: FunnelStage;
      rate: number | null;
      ratioToHighest: number | null;
      adverseImpact: boolean;
      rejectionReasons: Array<{
        reason: RejectionReason | null;
        count: { value: number | null; suppressed: boolean };
      }> | null;
    }>;
  } | null;
  outcomeReport: {
    runId: string;
    computedAt: string;
    enquiriesPerPlace: number | null;
    completionRate: number | null;
    outcomeRateOfStarts: number | null;
    medianSalaryPence: number | null;
    realLivingWageShare: number | null;
    enquiries: { value: number | null; suppressed: boolean };
    applications: { value: number | null; suppressed: boolean };
    places: { value: number | null; suppressed: boolean };
    starts: { value: number | null; suppressed: boolean };
    completions: { value: number | null; suppressed: boolean };
    positiveOutcomes: { value: number | null; suppressed: boolean };
    employedWithinSixMonths: { value: number | null; suppressed: boolean };
  } | null;
};

export type FiguresRunQueryVariables = Exact<{
  id: string;
}>;

export type FiguresRunQuery = {
  metricsRun: { id: string; state: MetricsRunState; requestedAt: string; finishedAt: string | null } | null;
};

export type RequestFiguresMutationVariables = Exact<{
  scope: MetricsScopeInput;
}>;

export type RequestFiguresMutation = { requestMetrics: { id: string; state: MetricsRunState } };

export type OrganisationFigureScopesQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationFigureScopesQuery = {
  myProgrammes: {
    edges: Array<{
      node: { id: string; title: string; cohorts: { edges: Array<{ node: { id: string; startDate: string } }> } };
    }>;
  };
};

export type EmployerFigureScopesQueryVariables = Exact<{ [key: string]: never }>;

export type EmployerFigureScopesQuery = { myVacancies: { edges: Array<{ node: { id: string; title: string } }> } };

export type SkillCategoriesQueryVariables = Exact<{ [key: string]: never }>;

export type SkillCategoriesQuery = { skillCategories: Array<string> };

export type MyVacancyFitsQueryVariables = Exact<{
  vacancyId: string;
}>;

export type MyVacancyFitsQuery = { myVacancyFits: Array<{ kind: MatchNoteKind; met: boolean; text: string }> };

export type MyProgrammeFitsQueryVariables = Exact<{
  programmeId: string;
}>;

export type MyProgrammeFitsQuery = { myProgrammeFits: Array<{ kind: MatchNoteKind; met: boolean; text: string }> };

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

export type CourseMatchHintsFragment = {
  myProgrammeMatchHints: Array<{ answer: ProfileAnswer; additionalCount: number }>;
};

export type MyJobMatchesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: MatchFilter | null | undefined;
}>;

export type MyJobMatchesQuery = {
  myVacancyMatches: Array<{
    score: number;
    fullyQualified: boolean;
    distanceKm: number | null;
    fits: Array<{ kind: MatchNoteKind; met: boolean; text: string }>;
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
  filter?: MatchFilter | null | undefined;
}>;

export type MyCourseMatchesQuery = {
  myProgrammeMatches: Array<{
    vacanciesOpened: number;
    vacanciesImproved: number;
    distanceKm: number | null;
    fits: Array<{ kind: MatchNoteKind; met: boolean; text: string }>;
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
  myProgrammeMatchHints: Array<{ answer: ProfileAnswer; additionalCount: number }>;
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
  myProgrammeMatchHints: Array<{ answer: ProfileAnswer; additionalCount: number }>;
};

export type SkillListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type SkillListQuery = {
  skills: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; name: string } }>;
  };
};

export type PublishedProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type PublishedProgrammesQuery = {
  programmes: { edges: Array<{ node: { id: string; title: string; provider: { name: string } } }> };
};

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;

export type RegisterOrganisationMutation = {
  registerOrganisation: { accessToken: string; expiresAt: string; user: { displayName: string; role: Role } };
};

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never }>;

export type MyOrganisationQuery = {
  me: {
    displayName: string;
    role: Role;
    organisation: {
      id: string;
      kind: OrganisationKind;
      name: string;
      verified: boolean;
      verifiedAt: string | null;
      createdAt: string;
      website: string | null;
      realLivingWageEmployer: boolean;
      goodEmploymentCharter: boolean;
      disabilityConfident: DisabilityConfidentLevel | null;
      ward: { code: string; name: string } | null;
      people: Array<{ displayName: string; email: string }> | null;
    } | null;
  };
};

export type UpdateMyOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;

export type UpdateMyOrganisationMutation = { updateMyOrganisation: { id: string } };

export type OrganisationQueueQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type OrganisationQueueQuery = {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        kind: OrganisationKind;
        name: string;
        verified: boolean;
        verifiedAt: string | null;
        createdAt: string;
        website: string | null;
        realLivingWageEmployer: boolean;
        goodEmploymentCharter: boolean;
        disabilityConfident: DisabilityConfidentLevel | null;
        ward: { name: string } | null;
        people: Array<{ displayName: string; email: string }> | null;
      };
    }>;
  };
};

export type VerifyOrganisationMutationVariables = Exact<{
  id: string;
}>;

export type VerifyOrganisationMutation = { verifyOrganisation: { id: string; name: string } };

export type OwnProgrammeFragment = {
  id: string;
  title: string;
  kind: ProgrammeKind;
  summary: string;
  delivery: DeliveryMode;
  fullyFunded: boolean;
  costPence: number;
  durationWeeks: number;
  hoursPerWeek: number;
  guaranteedInterview: boolean;
  published: boolean;
  ward: { code: string; name: string } | null;
  skillsTaught: Array<{ level: SkillLevel; skill: { id: string; name: string } }>;
  eligibility: {
    minAge: number | null;
    maxAge: number | null;
    employmentStatuses: Array<EmploymentStatus>;
    residency: Residency;
    targetGroups: Array<TargetGroup>;
    minQualificationLevel: number | null;
  };
};

export type MyProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type MyProgrammesQuery = {
  myProgrammes: {
    totalCount: number;
    edges: Array<{ node: { id: string; title: string; kind: ProgrammeKind; published: boolean } }>;
  };
};

export type OwnProgrammeQueryVariables = Exact<{
  id: string;
}>;

export type OwnProgrammeQuery = {
  me: { organisation: { id: string } | null };
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
    guaranteedInterview: boolean;
    published: boolean;
    provider: { id: string };
    cohorts: {
      edges: Array<{
        node: {
          id: string;
          startDate: string;
          endDate: string;
          applicationsCloseOn: string;
          capacity: number;
          placesTaken: number;
          placesRemaining: number;
          status: CohortStatus;
        };
      }>;
    };
    ward: { code: string; name: string } | null;
    skillsTaught: Array<{ level: SkillLevel; skill: { id: string; name: string } }>;
    eligibility: {
      minAge: number | null;
      maxAge: number | null;
      employmentStatuses: Array<EmploymentStatus>;
      residency: Residency;
      targetGroups: Array<TargetGroup>;
      minQualificationLevel: number | null;
    };
  } | null;
};

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;

export type CreateProgrammeMutation = { createProgramme: { id: string } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: string;
  input: UpdateProgrammeInput;
}>;

export type UpdateProgrammeMutation = { updateProgramme: { id: string } };

export type PublishProgrammeMutationVariables = Exact<{
  id: string;
}>;

export type PublishProgrammeMutation = { publishProgramme: { id: string } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;

export type CreateCohortMutation = { createCohort: { id: string } };

export type CancelCohortMutationVariables = Exact<{
  id: string;
}>;

export type CancelCohortMutation = { cancelCohort: { id: string } };

export type OwnCohortQueryVariables = Exact<{
  id: string;
}>;

export type OwnCohortQuery = {
  me: { organisation: { id: string } | null };
  cohort: {
    id: string;
    startDate: string;
    endDate: string;
    applicationsCloseOn: string;
    capacity: number;
    placesTaken: number;
    placesRemaining: number;
    status: CohortStatus;
    programme: { id: string; title: string; provider: { id: string } };
  } | null;
};

export type CohortLearnersQueryVariables = Exact<{
  cohortId: string;
  after?: string | null | undefined;
}>;

export type CohortLearnersQuery = {
  cohortEnrolments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        status: EnrolmentStatus;
        learnerRef: string | null;
        createdAt: string;
        qualificationsAchieved: Array<string>;
        learner: { displayName: string; email: string } | null;
        outcomes: Array<{ type: OutcomeType; startDate: string; salaryPence: number | null; withinSixMonths: boolean }>;
      };
    }>;
  };
};

export type OfferPlaceMutationVariables = Exact<{
  enrolmentId: string;
}>;

export type OfferPlaceMutation = { offerPlace: { id: string } };

export type RejectEnrolmentMutationVariables = Exact<{
  enrolmentId: string;
  reason: string;
}>;

export type RejectEnrolmentMutation = { rejectEnrolment: { id: string } };

export type RecordCompletionMutationVariables = Exact<{
  enrolmentId: string;
  completed: boolean;
  completionDate: string;
}>;

export type RecordCompletionMutation = { recordCompletion: { id: string } };

export type ReportOutcomeMutationVariables = Exact<{
  input: OutcomeInput;
}>;

export type ReportOutcomeMutation = { reportOutcome: { id: string } };

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
          { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableTimes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileAnswersFragment, unknown>;
export const OwnVacancyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OwnVacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
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
            name: { kind: 'Name', value: 'ward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guaranteedInterviewProgrammes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnVacancyFragment, unknown>;
export const FitSkillFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FitSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillMatch' } },
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
} as unknown as DocumentNode<FitSkillFragment, unknown>;
export const CourseMatchHintsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CourseMatchHints' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeMatchHints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'additionalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CourseMatchHintsFragment, unknown>;
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
export const OwnProgrammeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OwnProgramme' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Programme' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'guaranteedInterview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
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
} as unknown as DocumentNode<OwnProgrammeFragment, unknown>;
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
          { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableTimes' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableTimes' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'disabilityConfidentInterview' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'adjustments' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'feedback' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'unmetSkills' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'suggestedProgrammes' },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'disabilityConfidentInterview' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'adjustments' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'disabilityConfidentInterview' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'disabilityConfidentInterview' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'adjustments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'adjustments' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'lendsDevices' } },
                { kind: 'Field', name: { kind: 'Name', value: 'providesData' } },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'deliveryTimes' } },
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
export const MyVacanciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyVacancies' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'myVacancies' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'closesOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'positions' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'positionsFilled' } },
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
} as unknown as DocumentNode<MyVacanciesQuery, MyVacanciesQueryVariables>;
export const OwnVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OwnVacancy' },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OwnVacancy' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'realLivingWageHourlyPence' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
      name: { kind: 'Name', value: 'OwnVacancy' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Vacancy' } },
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
            name: { kind: 'Name', value: 'ward' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guaranteedInterviewProgrammes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnVacancyQuery, OwnVacancyQueryVariables>;
export const RealLivingWageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RealLivingWage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'realLivingWageHourlyPence' } }],
      },
    },
  ],
} as unknown as DocumentNode<RealLivingWageQuery, RealLivingWageQueryVariables>;
export const CreateVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateVacancy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateVacancyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createVacancy' },
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
} as unknown as DocumentNode<CreateVacancyMutation, CreateVacancyMutationVariables>;
export const UpdateVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateVacancy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateVacancyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateVacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
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
} as unknown as DocumentNode<UpdateVacancyMutation, UpdateVacancyMutationVariables>;
export const OpenVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenVacancy' },
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
            name: { kind: 'Name', value: 'openVacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<OpenVacancyMutation, OpenVacancyMutationVariables>;
export const CloseVacancyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseVacancy' },
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
            name: { kind: 'Name', value: 'closeVacancy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<CloseVacancyMutation, CloseVacancyMutationVariables>;
export const VacancyCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancyCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'candidateRef' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullyQualified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distanceBand' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FitSkill' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'completedProgrammes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
      name: { kind: 'Name', value: 'FitSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillMatch' } },
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
} as unknown as DocumentNode<VacancyCandidatesQuery, VacancyCandidatesQueryVariables>;
export const VacancyApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VacancyApplications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'vacancyApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'guaranteedInterview' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'coverNote' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'candidate' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'candidateRef' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fullyQualified' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'skills' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FitSkill' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FitSkill' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SkillMatch' } },
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
} as unknown as DocumentNode<VacancyApplicationsQuery, VacancyApplicationsQueryVariables>;
export const AdvanceApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdvanceApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplicationStatus' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'advanceApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'applicationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'applicationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vacancy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdvanceApplicationMutation, AdvanceApplicationMutationVariables>;
export const FiguresViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FiguresViewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<FiguresViewerQuery, FiguresViewerQueryVariables>;
export const FiguresReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FiguresReports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricsScopeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'diversityReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressionThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rows' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'count' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'benchmarkShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'representationRatio' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'selectionRates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ratioToHighest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'adverseImpact' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rejectionReasons' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'count' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
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
            name: { kind: 'Name', value: 'outcomeReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'runId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'enquiries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'places' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'enquiriesPerPlace' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'starts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'completions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'completionRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'positiveOutcomes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employedWithinSixMonths' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeRateOfStarts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianSalaryPence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'realLivingWageShare' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FiguresReportsQuery, FiguresReportsQueryVariables>;
export const FiguresRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FiguresRun' },
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
            name: { kind: 'Name', value: 'metricsRun' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FiguresRunQuery, FiguresRunQueryVariables>;
export const RequestFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MetricsScopeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestMetrics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestFiguresMutation, RequestFiguresMutationVariables>;
export const OrganisationFigureScopesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationFigureScopes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammes' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cohorts' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'first' },
                                  value: { kind: 'IntValue', value: '10' },
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
      },
    },
  ],
} as unknown as DocumentNode<OrganisationFigureScopesQuery, OrganisationFigureScopesQueryVariables>;
export const EmployerFigureScopesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployerFigureScopes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myVacancies' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
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
} as unknown as DocumentNode<EmployerFigureScopesQuery, EmployerFigureScopesQueryVariables>;
export const SkillCategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SkillCategories' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'skillCategories' } }],
      },
    },
  ],
} as unknown as DocumentNode<SkillCategoriesQuery, SkillCategoriesQueryVariables>;
export const MyVacancyFitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyVacancyFits' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myVacancyFits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'vacancyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'vacancyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyVacancyFitsQuery, MyVacancyFitsQueryVariables>;
export const MyProgrammeFitsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProgrammeFits' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeFits' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProgrammeFitsQuery, MyProgrammeFitsQueryVariables>;
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchFilter' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
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
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchFilter' } },
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
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CourseMatchHints' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CourseMatchHints' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeMatchHints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'additionalCount' } },
              ],
            },
          },
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
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CourseMatchHints' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CourseMatchHints' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Query' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammeMatchHints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'additionalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPathwaysQuery, MyPathwaysQueryVariables>;
export const SkillListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SkillList' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'skills' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
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
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
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
} as unknown as DocumentNode<SkillListQuery, SkillListQueryVariables>;
export const PublishedProgrammesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PublishedProgrammes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
} as unknown as DocumentNode<PublishedProgrammesQuery, PublishedProgrammesQueryVariables>;
export const RegisterOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerOrganisation' },
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
} as unknown as DocumentNode<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const MyOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyOrganisation' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'website' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'realLivingWageEmployer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'goodEmploymentCharter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disabilityConfident' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'people' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
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
} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const UpdateMyOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyOrganisation' },
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
} as unknown as DocumentNode<UpdateMyOrganisationMutation, UpdateMyOrganisationMutationVariables>;
export const OrganisationQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OrganisationFilter' } },
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
            name: { kind: 'Name', value: 'organisations' },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ward' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'realLivingWageEmployer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'goodEmploymentCharter' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'disabilityConfident' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'people' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
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
} as unknown as DocumentNode<OrganisationQueueQuery, OrganisationQueueQueryVariables>;
export const VerifyOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyOrganisation' },
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
            name: { kind: 'Name', value: 'verifyOrganisation' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyOrganisationMutation, VerifyOrganisationMutationVariables>;
export const MyProgrammesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProgrammes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProgrammes' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'published' } },
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
} as unknown as DocumentNode<MyProgrammesQuery, MyProgrammesQueryVariables>;
export const OwnProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OwnProgramme' },
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
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
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
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OwnProgramme' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'provider' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cohorts' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
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
                                  { kind: 'Field', name: { kind: 'Name', value: 'placesTaken' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OwnProgramme' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Programme' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'guaranteedInterview' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
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
            name: { kind: 'Name', value: 'eligibility' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Eligibility' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnProgrammeQuery, OwnProgrammeQueryVariables>;
export const CreateProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgramme' },
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
} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const UpdateProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgramme' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProgrammeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
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
} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const PublishProgrammeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishProgramme' },
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
            name: { kind: 'Name', value: 'publishProgramme' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<PublishProgrammeMutation, PublishProgrammeMutationVariables>;
export const CreateCohortDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCohort' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCohortInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCohort' },
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
} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const CancelCohortDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelCohort' },
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
            name: { kind: 'Name', value: 'cancelCohort' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<CancelCohortMutation, CancelCohortMutationVariables>;
export const OwnCohortDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OwnCohort' },
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
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cohort' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicationsCloseOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'placesTaken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'placesRemaining' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
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
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
} as unknown as DocumentNode<OwnCohortQuery, OwnCohortQueryVariables>;
export const CohortLearnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CohortLearners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
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
            name: { kind: 'Name', value: 'cohortEnrolments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cohortId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cohortId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
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
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'learnerRef' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'qualificationsAchieved' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'learner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'outcomes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'salaryPence' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'withinSixMonths' } },
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
} as unknown as DocumentNode<CohortLearnersQuery, CohortLearnersQueryVariables>;
export const OfferPlaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OfferPlace' },
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
            name: { kind: 'Name', value: 'offerPlace' },
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
} as unknown as DocumentNode<OfferPlaceMutation, OfferPlaceMutationVariables>;
export const RejectEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'enrolmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
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
} as unknown as DocumentNode<RejectEnrolmentMutation, RejectEnrolmentMutationVariables>;
export const RecordCompletionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCompletion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'completed' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'completionDate' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCompletion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'enrolmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'enrolmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'completed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'completed' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'completionDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'completionDate' } },
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
} as unknown as DocumentNode<RecordCompletionMutation, RecordCompletionMutationVariables>;
export const ReportOutcomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportOutcome' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OutcomeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportOutcome' },
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
} as unknown as DocumentNode<ReportOutcomeMutation, ReportOutcomeMutationVariables>;
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
