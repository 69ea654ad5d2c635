import { Input } from 'antd';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shell/menu';
import type { OpenPanels, PanelList } from '../rules-problem';

/** What the editor gives each section of the rules: a section is a piece of one Ant Design Form. */
export type SectionProps = {
  /** view only: a past version, or a user who may only look */
  readOnly: boolean;
  /** a new model (its code may be chosen) or a stored one (its code is fixed) */
  isNew: boolean;
  /** inputs, tables and component rules shown unfolded, by index (the editor unfolds those an error names) */
  open: OpenPanels;
  setOpen: (list: PanelList, keys: string[]) => void;
};

/** One part of the rules. The editor shows them in order, each a card over some fields of the same form. */
export type Section = { key: string; title: MessageKey; hint?: MessageKey; Component: ComponentType<SectionProps> };

/** A choice left empty ('' or null in the form) given to a Select as none, so its placeholder shows. */
export const noneAsEmpty = (value: unknown) => ({ value: value === '' || value === null ? undefined : value });

/**
 * A formula's text box: monospaced, growing with the formula (a series' leaf width is one long if()), no spelling
 * marks; Enter may break a long formula over lines.
 */
export function FormulaInput(props: { id?: string; placeholder?: string; 'aria-label'?: string; value?: string }) {
  return (
    <Input.TextArea
      {...props}
      className="model-formula"
      autoSize={{ minRows: 1, maxRows: 6 }}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
