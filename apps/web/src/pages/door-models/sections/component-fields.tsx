import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { KIND_LABEL } from '../labels';
import { CUT_KIND_LABEL, GRAIN_LABEL, PACKAGE_GROUP_LABEL, PROCESS_LABEL } from '../../part-labels';
import { COMPONENT_KINDS, CUT_KINDS, GRAINS, PACKAGE_GROUPS, PROCESSES } from '../model-form';
import { useMaterialCodes } from '../model-queries';

/** The fields of one component rule: what it is, its formulas, how it is cut, routed and packed. */
export function ComponentFields({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const materials = useMaterialCodes();
  const language = currentLanguage();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  const formula = (field: 'length' | 'width' | 'thickness' | 'quantity') => (
    <Form.Item name={[name, field]} label={t(`doorModels.component.${field}`)} rules={required}>
      <Input className="model-formula" autoComplete="off" spellCheck={false} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'name']} label={t('doorModels.component.name')} rules={required}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'kind']} label={t('doorModels.component.kind')}>
            <Select options={COMPONENT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name={[name, 'material']}
            label={t('doorModels.component.material')}
            tooltip={t('doorModels.component.materialHint')}
            rules={required}
          >
            <AutoComplete
              disabled={readOnly}
              options={(materials.data ?? []).map((m) => ({
                value: m.code,
                label: `${m.code} · ${language === 'en' ? m.nameEn : m.nameZh}`,
              }))}
              filterOption={(input, option) =>
                String(option?.value ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase())
              }
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          {formula('length')}
        </Col>
        <Col xs={24} md={12}>
          {formula('width')}
        </Col>
        <Col xs={12} md={6}>
          {formula('thickness')}
        </Col>
        <Col xs={12} md={6}>
          {formula('quantity')}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'condition']} label={t('doorModels.component.condition')}>
            <Input
              className="model-formula"
              placeholder={t('doorModels.component.conditionPlaceholder')}
              autoComplete="off"
              spellCheck={false}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={8}>
          <Form.Item name={[name, 'cutKind']} label={t('doorModels.component.cutKind')}>
            <Select options={CUT_KINDS.map((kind) => ({ value: kind, label: t(CUT_KIND_LABEL[kind]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name={[name, 'grain']} label={t('doorModels.component.grain')}>
            <Select options={GRAINS.map((grain) => ({ value: grain, label: t(GRAIN_LABEL[grain]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name={[name, 'packageGroup']} label={t('doorModels.component.packageGroup')}>
            <Select options={PACKAGE_GROUPS.map((group) => ({ value: group, label: t(PACKAGE_GROUP_LABEL[group]) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[name, 'route']} label={t('doorModels.component.route')}>
        <Select
          mode="multiple"
          options={PROCESSES.map((process) => ({ value: process, label: t(PROCESS_LABEL[process]) }))}
        />
      </Form.Item>
    </>
  );
}
