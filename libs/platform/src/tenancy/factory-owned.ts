import { Column } from 'typeorm';

/** Base of every business entity: the row belongs to exactly one factory (DESIGN.md §3). */
export abstract class FactoryOwned {
  @Column({ type: 'uuid' })
  factoryId: string;
}
