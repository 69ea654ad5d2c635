import { Injectable } from '@nestjs/common';
import { DomainError, FactorySql, SharedReads } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { Gs1Settings } from './barcode';
import { serialReferenceDigits } from './domain/sscc-capacity';
import { PACKING_ERRORS } from './packing.errors';

export interface PackingSettingsView {
  /** The factory's GS1 company prefix (7–10 digits): labels then carry SSCC-18 codes; null: internal codes. */
  gs1CompanyPrefix: string | null;
  /** The SSCC's extension digit (0–9). */
  ssccExtension: number;
}

/** How long a factory's GS1 settings are kept in memory for the scans. */
const GS1_KEPT_MS = 5_000;

/** The factory's packing settings (packing_settings): its GS1 company prefix, or none. */
@Injectable()
export class PackingSettingsService {
  private readonly kept = new Map<string, { at: number; gs1: Gs1Settings | null }>();
  /** Every station's scan asks as the kept copy expires: one read for them all. */
  private readonly reads = new SharedReads<Gs1Settings | null>();
  /** Bumped by every put: a read that started before one is not kept (it may hold the settings before it). */
  private puts = 0;

  constructor(private readonly sql: FactorySql) {}

  async get(manager?: EntityManager): Promise<PackingSettingsView> {
    const [row] = await this.sql.query<{ gs1_company_prefix: string | null; sscc_extension: number }>(
      `SELECT gs1_company_prefix, sscc_extension FROM packing_settings WHERE factory_id = $1`,
      [],
      manager,
    );
    return { gs1CompanyPrefix: row?.gs1_company_prefix ?? null, ssccExtension: row?.sscc_extension ?? 0 };
  }

  /**
   * What labels print and scans read: the GS1 settings, or null for internal codes. Kept a few seconds per factory (every
   * scan asks); a PUT here drops it at once, another api process sees the change within GS1_KEPT_MS.
   */
  async gs1(manager?: EntityManager): Promise<Gs1Settings | null> {
    const factoryId = this.sql.factoryId();
    const kept = this.kept.get(factoryId);
    if (kept && Date.now() - kept.at < GS1_KEPT_MS) return kept.gs1;
    const read = async (on?: EntityManager) => {
      const putsBefore = this.puts;
      const gs1 = gs1Of(await this.get(on));
      if (this.puts === putsBefore) this.kept.set(factoryId, { at: Date.now(), gs1 });
      return gs1;
    };
    // in a caller's transaction, on its connection (not a second one from the pool), and not shared: its failure is
    // that transaction's alone
    return manager ? read(manager) : this.reads.read(factoryId, () => read());
  }

  /**
   * Sets the prefix (or clears it) and the extension. A prefix whose serial reference (16 − its length digits) cannot
   * hold the highest serial this factory's packages carry is refused (409 naming gs1CompanyPrefix): those labels
   * could not carry an SSCC. Serials come from the instance's one sequence, so a later package may still outgrow the
   * prefix: its label keeps the internal code (printedBarcode).
   */
  async put(settings: PackingSettingsView): Promise<PackingSettingsView> {
    const prefix = settings.gs1CompanyPrefix;
    if (prefix !== null) {
      const [serial] = await this.sql.query<{ last: string | null }>(
        `SELECT max(substr(barcode, 2, 9)::bigint) AS last FROM door_package WHERE factory_id = $1`,
      );
      const last = Number(serial?.last ?? 0);
      const digits = serialReferenceDigits(prefix);
      if (String(last).length > digits) {
        const message = `a ${prefix.length}-digit prefix leaves ${digits} digits for package serials; this factory is at ${last} / 厂商识别代码过长：剩余 ${digits} 位不足以容纳已用包装序号 ${last}`;
        throw new DomainError(
          PACKING_ERRORS['packing.gs1_prefix_too_long'],
          message,
          { gs1CompanyPrefix: prefix, serialDigits: digits, lastSerial: last },
          [{ field: 'gs1CompanyPrefix', message }],
        );
      }
    }
    await this.sql.query(
      `INSERT INTO packing_settings (factory_id, gs1_company_prefix, sscc_extension, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (factory_id) DO UPDATE
         SET gs1_company_prefix = excluded.gs1_company_prefix, sscc_extension = excluded.sscc_extension,
             updated_at = now()`,
      [prefix, settings.ssccExtension],
    );
    this.puts += 1;
    this.kept.delete(this.sql.factoryId());
    this.reads.forget(this.sql.factoryId());
    return this.get();
  }
}

export function gs1Of(settings: PackingSettingsView): Gs1Settings | null {
  return settings.gs1CompanyPrefix === null
    ? null
    : { companyPrefix: settings.gs1CompanyPrefix, extension: settings.ssccExtension };
}
