import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// Trigram index for search (pg_trgm), created by hand in a migration: TypeORM cannot describe its operator class.
@Index('skills_search_text_trgm', { synchronize: false })
@Entity('skills')
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('skills_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('skills_category_idx')
  @Column({ type: 'varchar', length: 60 })
  category: string;

  /** ESCO concept URI; the natural key for imports (null only for skills not in ESCO). */
  @Index('skills_esco_uri_key', { unique: true })
  @Column({ name: 'esco_uri', type: 'varchar', length: 200, nullable: true })
  escoUri: string | null;

  @Column({ name: 'alt_labels', type: 'text', array: true, default: () => "'{}'" })
  altLabels: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Lower-cased name and alt labels joined by newlines: what search matches against (maintained by the service). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  /** True for the curated taxonomy; false for skills added by a bulk ESCO import. */
  @Column({ type: 'boolean', default: false })
  curated: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
