import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FactoryOwned, NUMERIC } from '@mendao/platform';

/**
 * Remnant pieces (余料) a split run's plan cuts from, held for the run: no other run is offered them while the
 * run's issues of the item fall short of `quantity` (what is issued for the run consumes the reservation).
 */
@Entity('remnant_reservation')
export class RemnantReservation extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
