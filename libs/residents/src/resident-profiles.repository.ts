import { EntityManager } from 'typeorm';
import { EmploymentStatus } from '@app/catalogue';

/**
 * Sets a resident's employment status (residents owns resident_profiles; hiring in brokerage calls this in its own
 * transaction). The profile row is made on a resident's first change: its columns' defaults are the untouched profile.
 */
export async function setEmploymentStatus(
  manager: EntityManager,
  residentId: string,
  status: EmploymentStatus,
): Promise<void> {
  await manager.query(
    `INSERT INTO resident_profiles (user_id, employment_status) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET employment_status = excluded.employment_status, updated_at = now()`,
    [residentId, status],
  );
}
