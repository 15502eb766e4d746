import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { addDays, londonToday } from '@app/reference';

const MAX_DAYS_AHEAD = 366;

/** A vacancy closes today or later, and within a year (an advert open longer is not a real vacancy). */
@ValidatorConstraint({ name: 'closingDate' })
export class ClosingDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    const today = londonToday();
    return typeof value === 'string' && value >= today && value <= addDays(today, MAX_DAYS_AHEAD);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be between today and a year from today`;
  }
}
