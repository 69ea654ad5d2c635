import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shell/menu';

/** What the editor gives each section of the rules: a section is a piece of one Ant Design Form. */
export type SectionProps = {
  /** view only: a past version, or a user who may only look */
  readOnly: boolean;
  /** a new model (its code may be chosen) or a stored one (its code is fixed) */
  isNew: boolean;
  /** component rules shown open, by index (the editor opens those an error names) */
  openComponents: string[];
  setOpenComponents: (keys: string[]) => void;
};

/**
 * One part of the rules. The editor shows them in order; richer rules (typed inputs, derived variables,
 * conditions, lookup tables) come as new sections over new fields of the same form.
 */
export type Section = { key: string; title: MessageKey; Component: ComponentType<SectionProps> };
