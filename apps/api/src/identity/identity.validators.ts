import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { passwordProblem } from '@app/identity';
import { isManchesterWardCode } from '@app/reference';

@ValidatorConstraint({ name: 'acceptablePassword' })
export class AcceptablePassword implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const email = (args.object as { email?: unknown }).email;
    return typeof value === 'string' && passwordProblem(value, typeof email === 'string' ? email : undefined) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    const email = (args.object as { email?: unknown }).email;
    if (typeof args.value !== 'string') return 'password must be a string';
    return passwordProblem(args.value, typeof email === 'string' ? email : undefined) ?? 'password is not acceptable';
  }
}

@ValidatorConstraint({ name: 'manchesterWardCode' })
export class ManchesterWardCode implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isManchesterWardCode(value);
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be one of the 32 Manchester ward codes`;
  }
}
