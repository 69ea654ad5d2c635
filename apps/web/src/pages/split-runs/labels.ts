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
