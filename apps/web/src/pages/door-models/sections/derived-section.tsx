import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newDerived } from '../model-form';
import { FormulaInput, type SectionProps } from './section';

/**
 * Named formulas computed once per door (leaf width, leaf height, clear opening…) that every rule may read, one
 * row each; they may read each other in any order, not in a circle.
 */
export function DerivedSection({ readOnly }: SectionProps) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('doorModels.derived.hint')}</Typography.Paragraph>
      <Form.List name="derived">
        {(fields, { add, remove }) => (
          <div className="model-derived">
            {fields.length === 0 && <Typography.Text type="secondary">{t('doorModels.derived.empty')}</Typography.Text>}
            {fields.map((field) => (
              <Row gutter={8} key={field.key} className="model-derived-row" align="top">
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'name']} rules={required}>
                    <Input
                      className="model-formula"
                      maxLength={40}
                      placeholder={t('doorModels.derived.name')}
                      aria-label={t('doorModels.derived.name')}
                      autoComplete="off"
                      spellCheck={false}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={11}>
                  <Form.Item name={[field.name, 'formula']} rules={required}>
                    <FormulaInput
                      placeholder={t('doorModels.derived.formula')}
                      aria-label={t('doorModels.derived.formula')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={22} md={6}>
                  <Form.Item name={[field.name, 'labelZh']}>
                    <Input
                      size="small"
                      maxLength={80}
                      placeholder={t('doorModels.derived.labelZh')}
                      aria-label={t('doorModels.derived.labelZh')}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'labelEn']}>
                    <Input
                      size="small"
                      maxLength={80}
                      placeholder={t('doorModels.derived.labelEn')}
                      aria-label={t('doorModels.derived.labelEn')}
                    />
                  </Form.Item>
                </Col>
                {!readOnly && (
                  <Col xs={2} md={2}>
                    <Button aria-label={t('doorModels.derived.remove')} onClick={() => remove(field.name)}>
                      ×
                    </Button>
                  </Col>
                )}
              </Row>
            ))}
            {!readOnly && (
              <div>
                <Button type="dashed" className="model-add-derived" onClick={() => add(newDerived())}>
                  {t('doorModels.derived.add')}
                </Button>
              </div>
            )}
          </div>
        )}
      </Form.List>
    </>
  );
}
