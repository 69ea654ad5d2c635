import { PlatformFoundation1764300000000 } from './1764300000000-PlatformFoundation';

/** Every migration, oldest first. An explicit list, so the api, worker, CLI and tests run exactly these. */
export const MIGRATIONS = [PlatformFoundation1764300000000];
