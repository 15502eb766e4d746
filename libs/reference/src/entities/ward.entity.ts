import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('wards')
export class WardEntity {
  /** ONS ward code (E05011350..E05011381 for Manchester's 32 wards). */
  @PrimaryColumn({ type: 'varchar', length: 9 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;
}
