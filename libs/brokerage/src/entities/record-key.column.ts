import { Column } from 'typeorm';

/**
 * METRICS.md "Record keys", on every record a report can count (enrolments, applications, outcomes): a random 0..255
 * the database gives the record when it is made (new_record_key(), migration DisclosureControl); metrics sum them into
 * cell keys. Never shown, never written or read through the entity.
 */
export const RecordKeyColumn = (): PropertyDecorator =>
  Column({
    name: 'record_key',
    type: 'smallint',
    default: () => 'new_record_key()',
    select: false,
    insert: false,
    update: false,
  });
