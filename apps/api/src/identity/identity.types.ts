import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionTypes } from '../graphql/pagination';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsUrl,
  Length,
  MaxLength,
  Validate,
  ValidateIf,
} from 'class-validator';
import { DisabilityConfidentLevel, OrganisationKind, Role } from '@app/identity';
import { NormaliseEmail, Trim } from '../graphql/trim.decorator';
import { ManchesterWardCode } from '../graphql/input-validators';
import { AcceptablePassword } from './identity.validators';

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(DisabilityConfidentLevel, { name: 'DisabilityConfidentLevel' });

@ObjectType('Organisation')
export class Organisation {
  @Field(() => ID) id: string;
  @Field(() => OrganisationKind) kind: OrganisationKind;
  @Field() name: string;
  @Field() verified: boolean;
  @Field(() => String, { nullable: true }) website: string | null;
  // `ward` is resolved from wardCode by OrganisationResolver
  wardCode: string | null;
  @Field() realLivingWageEmployer: boolean;
  @Field() goodEmploymentCharter: boolean;
  @Field(() => DisabilityConfidentLevel, { nullable: true }) disabilityConfident: DisabilityConfidentLevel | null;
  @Field({ description: 'When the organisation registered' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a broker verified it; null until then' })
  verifiedAt: Date | null;
  // `people` is resolved by OrganisationResolver, for the organisation's own members and staff only
}

@ObjectType('User')
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  // `organisation` is resolved from organisationId by UserResolver
  organisationId: string | null;
  @Field() createdAt: Date;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => User) user: User;
}

const EMAIL_MESSAGE = { message: 'email must be a valid email address' };

@InputType('RegisterResidentInput')
export class RegisterResidentInput {
  @Field() @NormaliseEmail() @MaxLength(254) @IsEmail({}, EMAIL_MESSAGE) email: string;
  @Field() @Validate(AcceptablePassword) password: string;
  @Field() @Trim() @Length(1, 100, { message: 'displayName must be 1 to 100 characters' }) displayName: string;
}

@InputType('RegisterOrganisationInput')
export class RegisterOrganisationInput extends RegisterResidentInput {
  @Field()
  @Trim()
  @Length(2, 200, { message: 'organisationName must be 2 to 200 characters' })
  organisationName: string;
  @Field(() => OrganisationKind) @IsEnum(OrganisationKind) kind: OrganisationKind;
}

@InputType('LoginInput')
export class LoginInput {
  @Field() @NormaliseEmail() @MaxLength(254) @IsEmail({}, EMAIL_MESSAGE) email: string;
  @Field() @Length(1, 200, { message: 'password must be given' }) password: string;
}

@InputType('CreateStaffUserInput')
export class CreateStaffUserInput extends RegisterResidentInput {
  @Field(() => Role) @IsEnum(Role) role: Role;
}

const present = (field: string) => (o: Record<string, unknown>) => o[field] !== undefined;

@InputType('UpdateOrganisationInput')
export class UpdateOrganisationInput {
  @Field({ nullable: true })
  @Trim()
  @ValidateIf(present('name'))
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name?: string;

  /** null clears it */
  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) address' })
  website?: string | null;

  /** null clears it */
  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @Validate(ManchesterWardCode)
  wardCode?: string | null;

  @Field({ nullable: true })
  @ValidateIf(present('realLivingWageEmployer'))
  @IsBoolean({ message: 'realLivingWageEmployer cannot be null' })
  realLivingWageEmployer?: boolean;

  @Field({ nullable: true })
  @ValidateIf(present('goodEmploymentCharter'))
  @IsBoolean({ message: 'goodEmploymentCharter cannot be null' })
  goodEmploymentCharter?: boolean;

  /** null clears it */
  @Field(() => DisabilityConfidentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(DisabilityConfidentLevel)
  disabilityConfident?: DisabilityConfidentLevel | null;
}

export const { EdgeType: OrganisationEdge, ConnectionType: OrganisationConnection } = connectionTypes(
  'Organisation',
  Organisation,
);

@InputType('OrganisationFilter')
export class OrganisationFilterInput {
  @Field({ nullable: true, description: 'Only verified (true) or only waiting for verification (false)' })
  @IsOptional()
  @IsBoolean()
  verified?: boolean;
  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2)
  @IsEnum(OrganisationKind, { each: true })
  kinds?: OrganisationKind[];
  @Field({ nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  search?: string;
}
