import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemnantStock } from '@mendao/splitting';
import { RemnantReservation } from './remnant-reservation.entity';
import { RemnantReservationsRepository } from './remnant-reservations.repository';
import { RemnantStockAdapter } from './remnant-stock.adapter';

/**
 * Binds the split's RemnantStock port to the stores. Global, so the splitting processor sees it without importing
 * the warehouse (which imports splitting): an app that runs split jobs and has stores imports this module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RemnantReservation])],
  providers: [RemnantReservationsRepository, { provide: RemnantStock, useClass: RemnantStockAdapter }],
  exports: [RemnantStock, RemnantReservationsRepository],
})
export class RemnantStockModule {}
