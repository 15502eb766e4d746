import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WardEntity } from './entities/ward.entity';
import { WARD_SEED } from './seed/wards.seed';

const WARD_CODES = new Set(WARD_SEED.map((ward) => ward.code));

/** Validation helper: true for exactly the 32 Manchester ward codes the platform ships. */
export function isManchesterWardCode(code: string): boolean {
  return WARD_CODES.has(code);
}

/**
 * The wards, read from the database once and then kept: the table is reference data written only by the reference
 * seeder before the platform starts (libs/reference/src/reference-seeder.ts), and every list page and every
 * vacancy, course or profile with a ward asked for it again (a query each, most of a page's SQL on /jobs).
 */
@Injectable()
export class WardDirectoryService {
  private byName?: Promise<WardEntity[]>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every ward, by name. */
  async list(): Promise<WardEntity[]> {
    return [...(await this.all())];
  }

  findByCodes(codes: readonly string[]): Promise<WardEntity[]> {
    const wanted = new Set(codes);
    return this.all().then((wards) => wards.filter((ward) => wanted.has(ward.code)));
  }

  private all(): Promise<WardEntity[]> {
    this.byName ??= this.dataSource
      .getRepository(WardEntity)
      .find({ order: { name: 'ASC' } })
      .then((wards) => {
        // A database not seeded yet is not kept as empty: the next call reads it again.
        if (wards.length === 0) this.byName = undefined;
        return wards;
      });
    // A failed read is not kept either.
    this.byName.catch(() => (this.byName = undefined));
    return this.byName;
  }
}
