import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOOR_TYPE_LABEL } from '../labels';
import { DOOR_TYPE_INPUT, DOOR_TYPES, type InputForm } from '../model-form';
import type { SectionProps } from './section';

/** Code, names and door type. */
export function GeneralSection({ isNew }: SectionProps) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  const inputs = (Form.useWatch('inputs', { preserve: true }) as InputForm[] | undefined) ?? [];
  // a model with a doorType input lets each line choose: its own type is then the type of a line that does not
  const chosenPerLine = inputs.some((input) => input?.name?.trim() === DOOR_TYPE_INPUT);
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="code" label={t('doorModels.code')} rules={required}>
          <Input disabled={!isNew} maxLength={40} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="nameZh" label={t('doorModels.nameZh')} rules={required}>
          <Input maxLength={120} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="nameEn" label={t('doorModels.nameEn')} rules={required}>
          <Input maxLength={120} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="doorType"
          label={t('doorModels.doorTypeLabel')}
          extra={chosenPerLine ? t('doorModels.doorTypeByInput') : undefined}
        >
          <Select options={DOOR_TYPES.map((type) => ({ value: type, label: t(DOOR_TYPE_LABEL[type]) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
