import { PlatformFoundation1764300000000 } from './1764300000000-PlatformFoundation';
import { Splitting1764400000000 } from './1764400000000-Splitting';
import { Warehouse1764500000000 } from './1764500000000-Warehouse';
import { LedgerTenantKeys1764600000000 } from './1764600000000-LedgerTenantKeys';
import { PickListShortageQuantities1764700000000 } from './1764700000000-PickListShortageQuantities';
import { UserTokenVersion1764810000000 } from './1764810000000-UserTokenVersion';
import { ReferencesInFactory1764820000000 } from './1764820000000-ReferencesInFactory';
import { JobFactoryUnfinishedIndex1764830000000 } from './1764830000000-JobFactoryUnfinishedIndex';
import { VersionedMaterials1764900000000 } from './1764900000000-VersionedMaterials';
import { FactoryProcesses1764910000000 } from './1764910000000-FactoryProcesses';
import { SeriesRules1764920000000 } from './1764920000000-SeriesRules';
import { MaterialRemnants1765000000000 } from './1765000000000-MaterialRemnants';
import { RemnantReservations1765100000000 } from './1765100000000-RemnantReservations';
import { PickingAndPurchasing1765200000000 } from './1765200000000-PickingAndPurchasing';
import { OperatorRole1765300000000 } from './1765300000000-OperatorRole';
import { Equipment1765310000000 } from './1765310000000-Equipment';
import { OeeRollups1765315000000 } from './1765315000000-OeeRollups';
import { Production1765320000000 } from './1765320000000-Production';
import { ProcessInstructions1765325000000 } from './1765325000000-ProcessInstructions';
import { Packing1765400000000 } from './1765400000000-Packing';
import { PackingCounts1765410000000 } from './1765410000000-PackingCounts';

/** Every migration, oldest first. An explicit list, so the api, worker, CLI and tests run exactly these. */
export const MIGRATIONS = [
  PlatformFoundation1764300000000,
  Splitting1764400000000,
  Warehouse1764500000000,
  LedgerTenantKeys1764600000000,
  PickListShortageQuantities1764700000000,
  UserTokenVersion1764810000000,
  ReferencesInFactory1764820000000,
  JobFactoryUnfinishedIndex1764830000000,
  VersionedMaterials1764900000000,
  FactoryProcesses1764910000000,
  SeriesRules1764920000000,
  MaterialRemnants1765000000000,
  RemnantReservations1765100000000,
  PickingAndPurchasing1765200000000,
  OperatorRole1765300000000,
  Equipment1765310000000,
  OeeRollups1765315000000,
  Production1765320000000,
  ProcessInstructions1765325000000,
  Packing1765400000000,
  PackingCounts1765410000000,
];
