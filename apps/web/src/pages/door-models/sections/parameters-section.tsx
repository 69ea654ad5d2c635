import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './section';

/** The named numbers the formulas read (gaps, jamb thickness, stile width…), one row each. */
export function ParametersSection({ readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('doorModels.parameter.hint')}</Typography.Paragraph>
      <Form.List name="parameters">
        {(fields, { add, remove }) => (
          <div className="model-parameters">
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('doorModels.parameter.empty')}</Typography.Text>
            )}
            {fields.map((field) => (
              <Space.Compact key={field.key} className="model-parameter">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('doorModels.required') }]}
                >
                  <Input placeholder={t('doorModels.parameter.name')} className="model-formula" autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'value']} rules={[{ required: true, message: t('doorModels.required') }]}>
                  <InputNumber placeholder={t('doorModels.parameter.value')} />
                </Form.Item>
                {!readOnly && (
                  <Button aria-label={t('doorModels.parameter.remove')} onClick={() => remove(field.name)}>
                    ×
                  </Button>
                )}
              </Space.Compact>
            ))}
            {!readOnly && (
              <Button type="dashed" onClick={() => add({ name: '', value: null })}>
                {t('doorModels.parameter.add')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
    </>
  );
}
