import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AlertFrequency, NotificationKind, SavedSearchKind } from '@app/notifications';
import { ProgrammeFilterInput } from '../catalogue/catalogue.types';
import { Trim } from '../graphql/trim.decorator';
import { connectionTypes } from '../graphql/pagination';
import { VacancyFilterInput } from '../vacancies/vacancy.types';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(SavedSearchKind, { name: 'SavedSearchKind' });
registerEnumType(AlertFrequency, { name: 'AlertFrequency' });

@ObjectType('Notification', { description: 'A notice to a resident about their own records or alerts they asked for' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'A path of the web pages, e.g. /jobs/<id>' })
  link: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

export const { EdgeType: NotificationEdge, ConnectionType: NotificationConnection } = connectionTypes(
  'Notification',
  Notification,
);

@ObjectType('SavedSearch')
export class SavedSearch {
  @Field(() => ID) id: string;
  @Field(() => SavedSearchKind) kind: SavedSearchKind;
  @Field(() => String, { nullable: true }) query: string | null;
  @Field(() => Float, { description: 'JOBS: alert only for vacancies the resident matches at least this well (0..1)' })
  minScore: number;
  @Field(() => AlertFrequency) frequency: AlertFrequency;
  @Field() createdAt: Date;
}

@InputType('SavedSearchInput')
export class SavedSearchInput {
  @Field(() => SavedSearchKind) @IsEnum(SavedSearchKind) kind: SavedSearchKind;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200, { message: 'query must be at most 200 characters' })
  query?: string | null;
  @Field(() => ProgrammeFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgrammeFilterInput)
  programmeFilter?: ProgrammeFilterInput | null;
  @Field(() => VacancyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyFilterInput)
  vacancyFilter?: VacancyFilterInput | null;
  @Field(() => Float, { nullable: true, description: 'JOBS only; 0.5 when not given' })
  @IsOptional()
  @IsNumber({}, { message: 'minScore must be a number' })
  @Min(0.05, { message: 'minScore must be between 0.05 and 1' })
  @Max(1, { message: 'minScore must be between 0.05 and 1' })
  minScore?: number | null;
  @Field(() => AlertFrequency) @IsEnum(AlertFrequency) frequency: AlertFrequency;
}

@ObjectType('AlertPreferences')
export class AlertPreferences {
  @Field({ description: 'false: no emails at all (the in-app notification centre still fills)' }) emailEnabled: boolean;
  @Field({ description: 'Emails about applications and places' }) statusEmails: boolean;
  @Field({ description: 'Emails about saved searches, pathways and closing dates' }) alertEmails: boolean;
}

@InputType('AlertPreferencesInput')
export class AlertPreferencesInput {
  @Field() @IsBoolean() emailEnabled: boolean;
  @Field() @IsBoolean() statusEmails: boolean;
  @Field() @IsBoolean() alertEmails: boolean;
}

@ObjectType('OutboxEmail', { description: 'An email the platform made (ADMIN): SENT, PENDING, or KEPT (no SMTP_URL)' })
export class OutboxEmail {
  @Field(() => ID) id: string;
  @Field() toAddress: string;
  @Field() subject: string;
  @Field() text: string;
  @Field() state: string;
  @Field(() => Int) attempts: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

export const { EdgeType: OutboxEmailEdge, ConnectionType: OutboxEmailConnection } = connectionTypes(
  'OutboxEmail',
  OutboxEmail,
);
