import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOOR_TYPE_LABEL } from '../labels';
import { DOOR_TYPES } from '../model-form';
import type { SectionProps } from './section';

/** Code, names and door type. */
export function GeneralSection({ isNew }: SectionProps) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
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
        <Form.Item name="doorType" label={t('doorModels.doorTypeLabel')}>
          <Select options={DOOR_TYPES.map((type) => ({ value: type, label: t(DOOR_TYPE_LABEL[type]) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
