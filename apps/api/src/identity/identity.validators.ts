import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { passwordProblem } from '@app/identity';

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
