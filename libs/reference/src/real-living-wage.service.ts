import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { realLivingWageOnSql } from './real-living-wage.rule';

/** Days whose rate is kept before the memory is emptied (in practice: today, and the odd date a test asks about). */
const REMEMBERED_DAYS = 366;

/**
 * The Real Living Wage rates, each day's looked up once and then kept: the table is reference data written only by
 * the reference seeder before the platform starts, and every list of jobs asked for today's rate again.
 */
@Injectable()
export class RealLivingWageService {
  private readonly byDay = new Map<string, Promise<number | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The hourly rate in pence in force on `date` (YYYY-MM-DD), or null before the first rate in the table. */
  hourlyPenceOn(date: string): Promise<number | null> {
    let rate = this.byDay.get(date);
    if (!rate) {
      if (this.byDay.size >= REMEMBERED_DAYS) this.byDay.clear();
      rate = this.read(date);
      this.byDay.set(date, rate);
      // A failed read, or a day before any rate (a database not seeded yet), is not kept.
      rate.then(
        (pence) => pence === null && this.byDay.delete(date),
        () => this.byDay.delete(date),
      );
    }
    return rate;
  }

  private async read(date: string): Promise<number | null> {
    const rows: { hourly_pence: number }[] = await this.dataSource.query(
      `SELECT ${realLivingWageOnSql('$1')} AS hourly_pence`,
      [date],
    );
    return rows[0]?.hourly_pence ?? null;
  }
}
