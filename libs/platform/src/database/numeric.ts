import type { ValueTransformer } from 'typeorm';

/** A numeric column read as a JS number (pg hands numeric over as text to keep its precision). */
export const NUMERIC: ValueTransformer = {
  from: (value: string | null) => (value === null ? null : Number(value)),
  to: (value: number | null | undefined) => value,
};
