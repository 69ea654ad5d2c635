import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newComponent, type ComponentForm } from '../model-form';
import { ComponentFields } from './component-fields';
import { PanelListSection } from './panel-list';
import type { SectionProps } from './section';

/** The component rules: one folding panel each, its summary (name, material, formulas, condition) readable when folded. */
export function ComponentsSection({ readOnly, open, setOpen }: SectionProps) {
  const { t } = useTranslation();
  return (
    <PanelListSection<ComponentForm>
      list="components"
      open={open}
      setOpen={setOpen}
      readOnly={readOnly}
      minimum={1}
      summary={(index) => <ComponentSummary index={index} />}
      fields={(name) => <ComponentFields name={name} readOnly={readOnly} />}
      create={newComponent}
      copy={(rule) => ({
        ...rule,
        route: [...rule.route],
        endCuts: { ...rule.endCuts },
        edgeBanding: { ...rule.edgeBanding },
        features: rule.features.map((f) => ({ ...f })),
      })}
      addLabel={t('doorModels.component.add')}
    />
  );
}

/** A folded rule at a glance: `下帽头 bottom rail  LVL-40  长 W - 2*stileW  宽 railBottomW  ×1  当 doorType == …`. */
function ComponentSummary({ index }: { index: number }) {
  const { t } = useTranslation();
  const rule = Form.useWatch(['components', index], { preserve: true }) as ComponentForm | undefined;
  return (
    <span className="model-panel-summary">
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
      {rule?.condition?.trim() && (
        <Typography.Text type="warning" className="model-formula">
          {t('doorModels.component.when', { condition: rule.condition.trim() })}
        </Typography.Text>
      )}
    </span>
  );
}
