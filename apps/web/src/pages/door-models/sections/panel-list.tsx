import { Button, Collapse, Form, Space, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelList } from '../rules-problem';
import type { SectionProps } from './section';

/**
 * One of the rules' lists (inputs, tables, component rules) as folding panels: each panel's header says what the
 * entry is when folded, its buttons move, copy and remove it. A panel's fields are mounted when it is first
 * unfolded (a series has 40 rules: all of them mounted make every keystroke slow); the editor unfolds the panels
 * an error names before showing it at the field.
 */
export function PanelListSection<T extends object>({
  list,
  open,
  setOpen,
  readOnly,
  summary,
  fields: renderFields,
  create,
  copy,
  addLabel,
  empty,
  minimum = 0,
  extraAdd,
}: Pick<SectionProps, 'open' | 'setOpen' | 'readOnly'> & {
  list: PanelList;
  summary: (index: number) => ReactNode;
  fields: (name: number) => ReactNode;
  create: () => T;
  copy: (entry: T) => T;
  addLabel: string;
  empty?: string;
  /** entries the list keeps (a model has at least one component) */
  minimum?: number;
  /** another way to add an entry, beside the add button */
  extraAdd?: (add: (entry: T) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const opened = open[list];
  return (
    <Form.List name={list}>
      {(fields, { add, remove, move }) => {
        const button = (label: string, onClick: () => void, disabled: boolean, text: ReactNode) => (
          <Button
            size="small"
            type="text"
            aria-label={label}
            title={label}
            disabled={disabled}
            onClick={(event: MouseEvent) => {
              event.stopPropagation(); // not a click on the panel's header
              onClick();
            }}
          >
            {text}
          </Button>
        );
        const addOpen = (entry: T, at = fields.length) => {
          add(entry, at);
          setOpen(list, [...opened.filter((key) => Number(key) < at), String(at)]);
        };
        return (
          <>
            {fields.length === 0 && empty && <Typography.Text type="secondary">{empty}</Typography.Text>}
            {fields.length > 0 && (
              <Collapse
                className={`model-panels model-${list}`}
                activeKey={opened}
                onChange={(keys) => setOpen(list, keys)}
                items={fields.map((field, index) => ({
                  key: String(index),
                  label: summary(index),
                  extra: readOnly ? undefined : (
                    <Space size={0}>
                      {button(t('doorModels.panel.moveUp'), () => move(index, index - 1), index === 0, '↑')}
                      {button(
                        t('doorModels.panel.moveDown'),
                        () => move(index, index + 1),
                        index === fields.length - 1,
                        '↓',
                      )}
                      {button(
                        t('doorModels.panel.duplicate'),
                        () => addOpen(copy(form.getFieldValue([list, index]) as T), index + 1),
                        false,
                        t('doorModels.copy'),
                      )}
                      {button(
                        t('doorModels.panel.remove'),
                        () => {
                          remove(index);
                          setOpen(list, []);
                        },
                        fields.length <= minimum,
                        '✕',
                      )}
                    </Space>
                  ),
                  children: renderFields(field.name),
                }))}
              />
            )}
            {!readOnly && (
              <Space className="model-panels-add" wrap>
                <Button type="dashed" className={`model-add-${list}`} onClick={() => addOpen(create())}>
                  {addLabel}
                </Button>
                {extraAdd?.((entry) => addOpen(entry))}
              </Space>
            )}
          </>
        );
      }}
    </Form.List>
  );
}
