import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A digital T Level pathway; `larCode` is DfE's qualification code, the value programmes give as `tLevelCode`. */
@Entity('t_level_pathways')
export class TLevelPathwayEntity {
  @PrimaryColumn({ name: 'lar_code', type: 'varchar', length: 12 })
  larCode: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  specialisms: { larCode: string; name: string }[];
}
