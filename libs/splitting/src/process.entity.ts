import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned } from '@mendao/platform';

/**
 * A step of the factory's routes (工序). Never deleted: routes of saved model versions and work orders of past
 * runs name it by code, so a process no longer used is switched off (`active`) instead.
 */
@Entity('process')
export class Process extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'int', default: 0 }) minWaitMinutes: number;
  /** Work instructions (作业要求) printed on the process's travelers; empty for none. */
  @Column({ type: 'text', default: '' }) instructions: string;
  /** The place in the factory's list (lower first); the list shows and the route picker offers them in it. */
  @Column({ type: 'int' }) sort: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
