import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Not factory-owned itself: it is what every other row is owned by. */
@Entity('factory')
export class Factory {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: 'Asia/Shanghai' }) timeZone: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
