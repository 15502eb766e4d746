import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { RUNTIME_CONFIG, RuntimeConfig, webClientSecret } from '@app/config';
import { IdentityService, OrganisationDirectory, OrganisationEntity, Role, Session, UserEntity } from '@app/identity';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { keysetWindow, toKeysetConnection } from '../graphql/keyset-cursor';
import { GraphQLContext } from '../graphql/loaders';
import { Connection } from '../graphql/pagination';
import { requestClientAddress } from '../graphql/rate-limit';
import { Ward } from '../reference/reference.types';
import {
  AuthPayload,
  CreateStaffUserInput,
  LoginInput,
  Organisation,
  OrganisationConnection,
  OrganisationFilterInput,
  RegisterOrganisationInput,
  RegisterResidentInput,
  UpdateOrganisationInput,
  User,
} from './identity.types';

const toAuthPayload = (session: Session): AuthPayload => ({
  accessToken: session.accessToken,
  expiresAt: session.expiresAt,
  user: session.user,
});

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async registerResident(@Args('input') input: RegisterResidentInput): Promise<AuthPayload> {
    return toAuthPayload(await this.identity.registerResident(input));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Registers an employer or provider; a broker must verify it before it can publish',
  })
  async registerOrganisation(@Args('input') input: RegisterOrganisationInput): Promise<AuthPayload> {
    return toAuthPayload(await this.identity.registerOrganisation(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() { req }: GraphQLContext): Promise<AuthPayload> {
    const client =
      requestClientAddress(req, this.config.env.TRUSTED_PROXY_HOPS, webClientSecret(this.config)) ?? 'unknown';
    return toAuthPayload(await this.identity.login(input.email, input.password, client));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  createStaffUser(@Args('input') input: CreateStaffUserInput): Promise<User> {
    return this.identity.createStaffUser(input);
  }

  @Query(() => User)
  me(@CurrentUser() user: UserEntity): User {
    return user;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() user: User, @Context() { loaders }: GraphQLContext) {
    return user.organisationId ? loaders.organisation.load(user.organisationId) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly directory: OrganisationDirectory,
  ) {}

  @Roles(Role.BROKER, Role.ADMIN)
  @Query(() => OrganisationConnection, {
    description: 'Every organisation, for the brokerage: waiting for verification first, then oldest first',
  })
  async organisations(
    // typed without `| null` so the validation pipe sees the class (null still arrives when the client sends it)
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true }) filter: OrganisationFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<OrganisationEntity>> {
    const window = keysetWindow(first, after);
    return toKeysetConnection(await this.directory.page(filter ?? {}, window.limit, window.after), window);
  }

  /**
   * Public, but an organisation a broker has not verified yet is shown only to its own members and to staff:
   * until then it has nothing public, and an unverified name should not look endorsed by the city.
   */
  @Public()
  @Query(() => Organisation, { nullable: true })
  async organisation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: UserEntity | undefined,
  ): Promise<Organisation | null> {
    if (!isUUID(id)) return null;
    const organisation = await this.identity.findOrganisationById(id);
    if (!organisation) return null;
    const canSee =
      organisation.verified ||
      user?.organisationId === organisation.id ||
      user?.role === Role.BROKER ||
      user?.role === Role.ADMIN;
    return canSee ? organisation : null;
  }

  @Roles(Role.BROKER, Role.ADMIN)
  @Mutation(() => Organisation, { description: 'Verifies an organisation (once; audited)' })
  verifyOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: UserEntity,
  ): Promise<Organisation> {
    return this.identity.verifyOrganisation(id, { id: user.id, role: user.role });
  }

  @Roles(Role.EMPLOYER, Role.PROVIDER)
  @Mutation(() => Organisation)
  updateMyOrganisation(
    @CurrentUser() user: UserEntity,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<OrganisationEntity> {
    return this.identity.updateOrganisationOf(user, input);
  }

  /**
   * Who uses the platform for the organisation (the first is whoever registered it): for its own members and for
   * brokers and admins, who verify it; null for anyone else, as contact details are not public.
   */
  @ResolveField(() => [User], { nullable: true })
  people(
    @Parent() organisation: Organisation,
    @CurrentUser() user: UserEntity | undefined,
    @Context() { loaders }: GraphQLContext,
  ) {
    const canSee = user?.organisationId === organisation.id || user?.role === Role.BROKER || user?.role === Role.ADMIN;
    return canSee ? loaders.organisationPeople.load(organisation.id) : null;
  }

  @ResolveField(() => Ward, { nullable: true })
  ward(@Parent() organisation: Organisation, @Context() { loaders }: GraphQLContext) {
    return organisation.wardCode ? loaders.ward.load(organisation.wardCode) : null;
  }
}
