export enum Role {
  RESIDENT = 'RESIDENT',
  EMPLOYER = 'EMPLOYER',
  PROVIDER = 'PROVIDER',
  BROKER = 'BROKER',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

export enum OrganisationKind {
  EMPLOYER = 'EMPLOYER',
  PROVIDER = 'PROVIDER',
}

export enum DisabilityConfidentLevel {
  COMMITTED = 'COMMITTED',
  EMPLOYER = 'EMPLOYER',
  LEADER = 'LEADER',
}

/** Roles an ADMIN may create with createStaffUser; the others come from self-registration only. */
export const STAFF_ROLES: readonly Role[] = [Role.BROKER, Role.ANALYST, Role.ADMIN];

/** The role a member of an organisation of each kind has. */
export const ROLE_FOR_ORGANISATION_KIND: Record<OrganisationKind, Role> = {
  [OrganisationKind.EMPLOYER]: Role.EMPLOYER,
  [OrganisationKind.PROVIDER]: Role.PROVIDER,
};
