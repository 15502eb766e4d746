import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class RealLivingWageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hourly rate in pence in force on `date` (YYYY-MM-DD), or null before the first rate in the table. */
  async hourlyPenceOn(date: string): Promise<number | null> {
    const rows: { hourly_pence: number }[] = await this.dataSource.query(
      `SELECT hourly_pence FROM real_living_wage_rates WHERE effective_from <= $1::date
       ORDER BY effective_from DESC LIMIT 1`,
      [date],
    );
    return rows[0]?.hourly_pence ?? null;
  }
}
