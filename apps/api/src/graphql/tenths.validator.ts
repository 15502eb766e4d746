import { ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/**
 * A finite number to at most one decimal place (hours like 37.5). class-validator's `IsNumber({ maxDecimalPlaces })`
 * reads the decimals from the number's text and throws on exponent forms such as 1e-7 (an INTERNAL_SERVER_ERROR).
 */
@ValidatorConstraint({ name: 'inTenths' })
export class InTenths implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    const tenths = value * 10;
    return Math.abs(tenths - Math.round(tenths)) < 1e-9;
  }

  defaultMessage({ property }: ValidationArguments): string {
    return `${property} must be a number to one decimal place`;
  }
}
