import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned } from '../tenancy/factory-owned';
import type { Role } from './roles';

@Entity('user')
export class User extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 64 }) username: string;
  @Column({ type: 'text', nullable: true }) displayName: string | null;
  @Column({ type: 'text', select: false }) passwordHash: string;
  @Column({ type: 'text', array: true }) roles: Role[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** Carried in each token as `ver`: bumped when a password reset, deactivation or role change ends sessions. */
  @Column({ type: 'int', default: 0 }) tokenVersion: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
