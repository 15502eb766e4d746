import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The Real Living Wage (UK outside London) hourly rate, in force from `effectiveFrom` until the next row's date. */
@Entity('real_living_wage_rates')
export class RealLivingWageRateEntity {
  @PrimaryColumn({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  @Column({ name: 'hourly_pence', type: 'integer' })
  hourlyPence: number;
}
