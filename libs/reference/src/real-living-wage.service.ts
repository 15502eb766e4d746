import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { realLivingWageOnSql } from './real-living-wage.rule';

@Injectable()
export class RealLivingWageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hourly rate in pence in force on `date` (YYYY-MM-DD), or null before the first rate in the table. */
  async hourlyPenceOn(date: string): Promise<number | null> {
    const rows: { hourly_pence: number }[] = await this.dataSource.query(
      `SELECT ${realLivingWageOnSql('$1')} AS hourly_pence`,
      [date],
    );
    return rows[0]?.hourly_pence ?? null;
  }
}
