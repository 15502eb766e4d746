import { ArgumentMetadata, Injectable, PipeTransform, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { FieldError, InvalidInputError } from '@app/errors';
import { unsafeTextErrors } from './text-safety';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Text PostgreSQL cannot take is refused on its own: the other rules may query the database with it. */
function refuseUnsafeText(value: unknown, path: string): void {
  const errors = unsafeTextErrors(value, path);
  if (errors.length) throw new InvalidInputError(errors);
}

/** Validates a value against an input class outside the pipe (e.g. a list argument); throws like the pipe does. */
export async function validateAs<T extends object>(type: new () => T, value: object): Promise<T> {
  refuseUnsafeText(value, '');
  const instance = plainToInstance(type, value);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) throw new InvalidInputError(flatten(errors, ''));
  return instance;
}

// What a client sent: GraphQL arguments (Nest's GraphQL param type 3) and a REST route's body, query and path. Not the
// parent object, context or request, which are the server's own (and may be large or circular).
const CLIENT_INPUT_TYPES = new Set(['3', 'body', 'query', 'param']);

/**
 * Whether a class carries validation rules, asked once per class: class-validator answers by filtering every rule of
 * every class, and the pipe asks for each argument of each resolver call, the parent object of every field resolver
 * included (1% of the API's CPU on a list). Rules are declared by decorators when the classes load, so the answer
 * does not change while the process runs.
 */
const hasRules = new Map<Type<unknown>, boolean>();
function carriesRules(metatype: Type<unknown>): boolean {
  let known = hasRules.get(metatype);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).length > 0;
    hasRules.set(metatype, known);
  }
  return known;
}

/**
 * Validates every input class with class-validator (after its transforms, e.g. trimming) and rejects with one
 * BAD_USER_INPUT listing every bad field by path (`input.email`), before any resolver code runs.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Every argument, plain strings included (search text, ids), before any rule or query sees it.
    if (CLIENT_INPUT_TYPES.has(String(metadata.type))) refuseUnsafeText(value, metadata.data ?? '');
    const { metatype } = metadata;
    if (!metatype || PRIMITIVES.includes(metatype) || value === null || value === undefined) return value;
    if (typeof value !== 'object') return value;
    // Only input classes carry validation rules; a parent object handed to a field resolver is left alone.
    if (!carriesRules(metatype)) return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length) {
      const fieldErrors = flatten(errors, metadata.data ?? '');
      // Messages name the field by its path, never echo the value (it may be a password).
      throw new InvalidInputError(fieldErrors);
    }
    return instance;
  }
}
