import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every mutating request: who, for which factory, what, when, and how it ended. Append-only. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  /** Null only for requests that never reached a factory (e.g. a login to an unknown factory). */
  @Column({ type: 'uuid', nullable: true }) factoryId: string | null;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int' }) status: number;
  @Column({ type: 'text' }) outcome: 'success' | 'failure';
  @Column({ type: 'text', nullable: true }) requestId: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @Column({ type: 'int', nullable: true }) durationMs: number | null;
  @Column({ type: 'jsonb', nullable: true }) detail: object | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
}
