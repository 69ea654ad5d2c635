import type { components } from '../../../../../clients/typescript/schema';
import type { MessageKey } from '../../shell/menu';

type Schemas = components['schemas'];

export const RUN_STATUS_LABEL: Record<Schemas['SplitRunStatus'], MessageKey> = {
  queued: 'splitRunStatus.queued',
  running: 'splitRunStatus.running',
  succeeded: 'splitRunStatus.succeeded',
  failed: 'splitRunStatus.failed',
};

export const RUN_STATUS_COLOR: Record<Schemas['SplitRunStatus'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

export const PROCESS_LABEL: Record<Schemas['ProcessCode'], MessageKey> = {
  cutting: 'splitRuns.process.cutting',
  pressing: 'splitRuns.process.pressing',
  edge_banding: 'splitRuns.process.edge_banding',
  cnc: 'splitRuns.process.cnc',
  sanding: 'splitRuns.process.sanding',
  veneering: 'splitRuns.process.veneering',
  painting: 'splitRuns.process.painting',
  assembly: 'splitRuns.process.assembly',
  packing: 'splitRuns.process.packing',
};

export const PACKAGE_GROUP_LABEL: Record<Schemas['PackageGroup'], MessageKey> = {
  leaf: 'splitRuns.packageGroup.leaf',
  frame: 'splitRuns.packageGroup.frame',
  casing: 'splitRuns.packageGroup.casing',
  hardware: 'splitRuns.packageGroup.hardware',
  glass: 'splitRuns.packageGroup.glass',
};

export const CUT_KIND_LABEL: Record<Schemas['CutKind'], MessageKey> = {
  linear: 'splitRuns.cutKind.linear',
  sheet: 'splitRuns.cutKind.sheet',
  none: 'splitRuns.cutKind.none',
};

export const GRAIN_LABEL: Record<Schemas['Grain'], MessageKey> = {
  free: 'splitRuns.grain.free',
  length: 'splitRuns.grain.length',
  width: 'splitRuns.grain.width',
};
