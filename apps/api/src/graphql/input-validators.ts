import { Injectable } from '@nestjs/common';
import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface, isUUID } from 'class-validator';
import { ProgrammeService } from '@app/catalogue';
import { isManchesterWardCode, londonToday, SkillCatalogueService } from '@app/reference';
import { isIsoDate } from './date.scalar';

const listOf = (value: unknown): { skillId?: unknown }[] => (Array.isArray(value) ? value : []);

@ValidatorConstraint({ name: 'manchesterWardCode' })
export class ManchesterWardCode implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isManchesterWardCode(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be one of the 32 Manchester ward codes`;
  }
}

/** A date (YYYY-MM-DD) today or earlier, Europe/London: completions and outcomes are reported after the fact. */
@ValidatorConstraint({ name: 'notInFuture' })
export class NotInFuture implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDate(value) && value <= londonToday();
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be a date that is not in the future`;
  }
}

/** No skill twice in a list of skills (API.md "Skill lists"). */
@ValidatorConstraint({ name: 'noDuplicateSkills' })
export class NoDuplicateSkills implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    const ids = listOf(value).map((item) => item?.skillId);
    return new Set(ids).size === ids.length;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} lists the same skill more than once`;
  }
}

/** Every skill id in the list names a skill: checked with one query for the whole list. */
@ValidatorConstraint({ name: 'knownSkills', async: true })
@Injectable()
export class KnownSkills implements ValidatorConstraintInterface {
  private readonly unknown = new WeakMap<object, string[]>();

  constructor(private readonly skills: SkillCatalogueService) {}

  async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
    const ids = listOf(value)
      .map((item) => item?.skillId)
      .filter((id): id is string => typeof id === 'string');
    const unknown = await this.skills.findUnknownIds(ids);
    this.unknown.set(args.object, unknown);
    return unknown.length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    const ids = this.unknown.get(args.object) ?? [];
    return `${args.property} names skills that do not exist: ${ids.join(', ')}`;
  }
}

/** Every id names a published programme (guaranteed-interview programmes must be real, public courses). */
@ValidatorConstraint({ name: 'knownProgrammes', async: true })
@Injectable()
export class KnownPublishedProgrammes implements ValidatorConstraintInterface {
  private readonly unknown = new WeakMap<object, string[]>();

  constructor(private readonly programmes: ProgrammeService) {}

  async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
    const ids = (Array.isArray(value) ? value : []).filter((id): id is string => typeof id === 'string');
    const known = await this.programmes.publishedIds(ids.filter((id) => isUUID(id)));
    const unknown = ids.filter((id) => !known.has(id));
    this.unknown.set(args.object, unknown);
    return unknown.length === 0 && new Set(ids).size === ids.length;
  }

  defaultMessage(args: ValidationArguments): string {
    const ids = this.unknown.get(args.object) ?? [];
    return ids.length
      ? `${args.property} names programmes that do not exist or are not published: ${ids.join(', ')}`
      : `${args.property} lists a programme more than once`;
  }
}

/** `value` ≥ the sibling property `args.constraints[0]` when both are numbers (e.g. maxAge ≥ minAge). */
@ValidatorConstraint({ name: 'notBelow' })
export class NotBelow implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof value !== 'number' || typeof other !== 'number' || value >= other;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must not be below ${args.constraints[0]}`;
  }
}

export const DATABASE_BACKED_VALIDATORS = [KnownSkills, KnownPublishedProgrammes];
