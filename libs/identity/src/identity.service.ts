import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { isUUID } from 'class-validator';
import { AuditActor, AuditService } from '@app/audit';
import { definedFields } from '@app/database';
import { FieldError, InvalidInputError } from '@app/errors';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityError, IdentityErrorReason } from './identity.error';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords/password-hasher';
import { passwordProblem } from './passwords/password-policy';
import { DisabilityConfidentLevel, OrganisationKind, Role, ROLE_FOR_ORGANISATION_KIND, STAFF_ROLES } from './role';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { IssuedToken, TokenService } from './tokens/token.service';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
}

export interface Session extends IssuedToken {
  user: UserEntity;
}

export interface OrganisationChanges {
  name?: string;
  website?: string | null;
  wardCode?: string | null;
  realLivingWageEmployer?: boolean;
  goodEmploymentCharter?: boolean;
  disabilityConfident?: DisabilityConfidentLevel | null;
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly signInThrottle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  async registerResident(account: NewAccount): Promise<Session> {
    const user = await this.dataSource.transaction((manager) => this.createUser(manager, account, Role.RESIDENT, null));
    return this.sessionFor(user);
  }

  /** Creates an unverified organisation and its first member, who gets the EMPLOYER or PROVIDER role. */
  async registerOrganisation(
    account: NewAccount & { organisationName: string; kind: OrganisationKind },
  ): Promise<Session> {
    const user = await this.dataSource.transaction(async (manager) => {
      this.assertPassword(account);
      const organisation = await manager.save(
        manager.create(OrganisationEntity, {
          kind: account.kind,
          name: account.organisationName.trim(),
          verified: false,
        }),
      );
      return this.createUser(manager, account, ROLE_FOR_ORGANISATION_KIND[account.kind], organisation.id);
    });
    return this.sessionFor(user);
  }

  /** One answer for an unknown email and a wrong password, taking the same time, so neither is revealed. */
  /**
   * `client` is the caller's address: repeated failures pause sign-in for this email from that address only
   * (SignInThrottle), so a guesser elsewhere never locks the owner out.
   */
  async login(email: string, password: string, client: string): Promise<Session> {
    const attempt = await this.signInThrottle.begin(normaliseEmail(email), client);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normaliseEmail(email) });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (user && valid) await this.signInThrottle.succeeded(attempt);
    if (!user || !valid) {
      throw new IdentityError(
        'UNAUTHENTICATED',
        IdentityErrorReason.INVALID_CREDENTIALS,
        'Email or password is incorrect',
      );
    }
    return this.sessionFor(user);
  }

  /** True when the password is this user's (asked again before something that cannot be undone). */
  async passwordMatches(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    return verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  }

  async createStaffUser(account: NewAccount & { role: Role }): Promise<UserEntity> {
    if (!STAFF_ROLES.includes(account.role)) {
      throw new InvalidInputError([
        { path: 'input.role', message: `Staff users are ${STAFF_ROLES.join(', ')}; other roles register themselves` },
      ]);
    }
    return this.dataSource.transaction((manager) => this.createUser(manager, account, account.role, null));
  }

  /**
   * Verifies once: the change and its audit entry (who verified; no one for the seed and test set-up) land together;
   * verifying again changes nothing.
   */
  async verifyOrganisation(id: string, by: AuditActor = { id: null, role: null }): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(manager, id);
      if (!organisation.verified) {
        organisation.verified = true;
        organisation.verifiedAt = new Date();
        await manager.save(organisation);
        await this.audit.record(
          [{ actor: by, action: 'ORGANISATION_VERIFIED', subjectType: 'ORGANISATION', subjectId: organisation.id }],
          manager,
        );
      }
      return organisation;
    });
  }

  async updateOrganisationOf(user: UserEntity, changes: OrganisationChanges): Promise<OrganisationEntity> {
    if (!user.organisationId) {
      throw new IdentityError(
        'FORBIDDEN',
        IdentityErrorReason.NOT_AN_ORGANISATION_MEMBER,
        'You are not a member of an organisation',
      );
    }
    const organisationId = user.organisationId;
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.lockOrganisation(manager, organisationId);
      const defined = definedFields(changes);
      Object.assign(organisation, defined);
      return manager.save(organisation);
    });
  }

  findUserById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  findUsersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  findOrganisationById(id: string): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
  }

  findOrganisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Creates the first ADMIN when no ADMIN exists yet. Returns the user it created, or null when there already was one
   * (so a restart never creates a second admin or changes a password).
   */
  async ensureFirstAdmin(email: string, password: string): Promise<UserEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      // Serialise concurrent start-ups: only one process may create the first admin.
      await manager.query('SELECT pg_advisory_xact_lock(7301202612)');
      const admins = await manager.getRepository(UserEntity).countBy({ role: Role.ADMIN });
      if (admins > 0) return null;
      return this.createUser(manager, { email, password, displayName: 'Administrator' }, Role.ADMIN, null);
    });
  }

  private sessionFor(user: UserEntity): Session {
    return { user, ...this.tokens.issue(user.id) };
  }

  private assertPassword(account: NewAccount): void {
    const problem = passwordProblem(account.password, account.email);
    if (problem) throw new InvalidInputError([{ path: 'input.password', message: problem } satisfies FieldError]);
  }

  private async createUser(manager: EntityManager, account: NewAccount, role: Role, organisationId: string | null) {
    this.assertPassword(account);
    const user = manager.create(UserEntity, {
      email: normaliseEmail(account.email),
      displayName: account.displayName.trim(),
      role,
      organisationId,
      passwordHash: await hashPassword(account.password),
    });
    try {
      return await manager.save(user);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'users_email_key'
      ) {
        throw new IdentityError(
          'CONFLICT',
          IdentityErrorReason.EMAIL_TAKEN,
          'An account with this email already exists',
        );
      }
      throw error;
    }
  }

  private async lockOrganisation(manager: EntityManager, id: string): Promise<OrganisationEntity> {
    const organisation = isUUID(id)
      ? await manager.getRepository(OrganisationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!organisation) {
      throw new IdentityError('NOT_FOUND', IdentityErrorReason.ORGANISATION_NOT_FOUND, 'No such organisation');
    }
    return organisation;
  }
}
