import { Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shell/menu';

const RANGES: { name: 'widthRange' | 'heightRange' | 'wallThicknessRange'; label: MessageKey }[] = [
  { name: 'widthRange', label: 'doorModels.widthRange' },
  { name: 'heightRange', label: 'doorModels.heightRange' },
  { name: 'wallThicknessRange', label: 'doorModels.wallThicknessRange' },
];

/** The opening sizes the model is made for (mm): an order line outside them is refused. */
export function RangesSection() {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('doorModels.required') }];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('doorModels.rangesHint')}</Typography.Paragraph>
      <Row gutter={16}>
        {RANGES.map(({ name, label }) => (
          <Col xs={24} md={8} key={name}>
            <Typography.Text strong>{t(label)}</Typography.Text>
            <Space.Compact block className="model-range">
              <Form.Item name={[name, 'min']} rules={required} label={t('doorModels.min')}>
                <InputNumber min={1} max={10000} suffix="mm" />
              </Form.Item>
              <Form.Item name={[name, 'max']} rules={required} label={t('doorModels.max')}>
                <InputNumber min={1} max={10000} suffix="mm" />
              </Form.Item>
            </Space.Compact>
          </Col>
        ))}
      </Row>
    </>
  );
}
