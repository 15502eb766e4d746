import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { WardEntity } from './entities/ward.entity';
import { WARD_SEED } from './seed/wards.seed';

const WARD_CODES = new Set(WARD_SEED.map((ward) => ward.code));

/** Validation helper: true for exactly the 32 Manchester ward codes the platform ships. */
export function isManchesterWardCode(code: string): boolean {
  return WARD_CODES.has(code);
}

@Injectable()
export class WardDirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<WardEntity[]> {
    return this.dataSource.getRepository(WardEntity).find({ order: { name: 'ASC' } });
  }

  findByCodes(codes: readonly string[]): Promise<WardEntity[]> {
    return this.dataSource.getRepository(WardEntity).findBy({ code: In([...codes]) });
  }
}
