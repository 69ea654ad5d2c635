import type {
  DeepPartial,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { NotFoundError } from '../errors/domain.error';
import type { FactoryOwned } from './factory-owned';

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

/**
 * A repository that can only see and touch one factory's rows. Services never get a raw
 * TypeORM repository for business tables; they get this, from FactoryScope.
 */
export class FactoryScopedRepository<T extends FactoryOwned> {
  constructor(
    private readonly repository: Repository<T>,
    readonly factoryId: string,
  ) {}

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scope(options.where) });
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scope(options.where) });
  }

  findOneBy(where: Where<T>): Promise<T | null> {
    return this.repository.findOneBy(this.scope(where));
  }

  /** Like findOneBy, but a missing row (or another factory's) is a 404 naming what was asked for. */
  async getBy(where: Where<T>, what: string, key: string, field = 'id'): Promise<T> {
    const row = await this.findOneBy(where);
    if (!row) throw new NotFoundError(what, key, field);
    return row;
  }

  count(where?: Where<T>): Promise<number> {
    return this.repository.countBy(this.scope(where));
  }

  create(data: DeepPartial<T>): T {
    return this.repository.create({ ...data, factoryId: this.factoryId } as DeepPartial<T>);
  }

  async save(entity: T): Promise<T> {
    this.assertOwned(entity);
    return this.repository.save(entity);
  }

  /** Bulk insert (multi-row INSERTs of `chunk` rows), every row stamped with this factory. */
  async insertMany(rows: DeepPartial<T>[], chunk = 1000): Promise<void> {
    for (let i = 0; i < rows.length; i += chunk) {
      const values = rows.slice(i, i + chunk).map((row) => ({ ...row, factoryId: this.factoryId }));
      await this.repository
        .createQueryBuilder()
        .insert()
        .values(values as never)
        .execute();
    }
  }

  async update(where: FindOptionsWhere<T>, patch: Partial<Omit<T, 'factoryId'>>): Promise<number> {
    const result = await this.repository.update(this.scope(where), patch as never);
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.repository.delete(this.scope(where));
    return result.affected ?? 0;
  }

  /** A query builder already restricted to this factory; add conditions with andWhere only. */
  query(alias: string): SelectQueryBuilder<T> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.factoryId = :scopedFactoryId`, { scopedFactoryId: this.factoryId });
  }

  private scope(where: Where<T> | undefined): Where<T> {
    const own = { factoryId: this.factoryId } as FindOptionsWhere<T>;
    if (!where) return own;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...own }));
    return { ...where, ...own };
  }

  private assertOwned(entity: T): void {
    if (entity.factoryId === undefined) entity.factoryId = this.factoryId;
    if (entity.factoryId !== this.factoryId) throw new Error('Refusing to save a row of another factory');
  }
}
