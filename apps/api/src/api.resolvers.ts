import { IdentityResolver, OrganisationResolver } from './identity/identity.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { SystemResolver } from './system/system.resolver';

/** Every resolver of the API; schema generation (scripts/schema.ts) reads the same list. */
export const API_RESOLVERS = [IdentityResolver, OrganisationResolver, ReferenceResolver, SystemResolver];
