import { Button, Collapse, Form, Space, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newComponent, type ComponentForm } from '../model-form';
import { ComponentFields } from './component-fields';
import type { SectionProps } from './section';

/** The component rules: one folding panel each, its summary (name, material, formulas) readable when folded. */
export function ComponentsSection({ readOnly, openComponents, setOpenComponents }: SectionProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="components">
      {(fields, { add, remove, move }) => {
        const button = (label: string, onClick: () => void, disabled = false, text: ReactNode = label) => (
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
        return (
          <>
            <Collapse
              className="model-components"
              activeKey={openComponents}
              onChange={(keys) => setOpenComponents(keys)}
              items={fields.map((field, index) => ({
                key: String(index),
                forceRender: true, // every field mounted, so an error can be shown at it
                label: <ComponentSummary index={index} />,
                extra: readOnly ? undefined : (
                  <Space size={0}>
                    {button(t('doorModels.component.moveUp'), () => move(index, index - 1), index === 0, '↑')}
                    {button(
                      t('doorModels.component.moveDown'),
                      () => move(index, index + 1),
                      index === fields.length - 1,
                      '↓',
                    )}
                    {button(
                      t('doorModels.component.duplicate'),
                      () => {
                        const copy = form.getFieldValue(['components', index]) as ComponentForm;
                        add({ ...copy, route: [...copy.route] }, index + 1);
                        setOpenComponents([String(index + 1)]);
                      },
                      false,
                      '⧉',
                    )}
                    {button(t('doorModels.component.remove'), () => remove(index), fields.length === 1, '✕')}
                  </Space>
                ),
                children: <ComponentFields name={field.name} readOnly={readOnly} />,
              }))}
            />
            {!readOnly && (
              <Button
                type="dashed"
                block
                className="model-add-component"
                onClick={() => {
                  add(newComponent());
                  setOpenComponents([...openComponents, String(fields.length)]);
                }}
              >
                {t('doorModels.component.add')}
              </Button>
            )}
          </>
        );
      }}
    </Form.List>
  );
}

/** A folded rule at a glance: `下帽头 bottom rail  LVL-40  长 W - 2*stileW  宽 railBottomW  ×1`. */
function ComponentSummary({ index }: { index: number }) {
  const { t } = useTranslation();
  const rule = Form.useWatch(['components', index]) as ComponentForm | undefined;
  return (
    <span className="model-component-summary">
      <Typography.Text strong>{rule?.name || t('doorModels.component.title', { index: index + 1 })}</Typography.Text>
      {rule?.material && <Typography.Text type="secondary">{rule.material}</Typography.Text>}
      {rule && (
        <Typography.Text type="secondary" className="model-formula">
          {t('doorModels.summary', {
            length: rule.length || '?',
            width: rule.width || '?',
            quantity: rule.quantity || '?',
          })}
        </Typography.Text>
      )}
    </span>
  );
}
