import { AutoComplete, Button, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import {
  CUT_KIND_LABEL,
  END_CUT_LABEL,
  FEATURE_KIND_LABEL,
  FEATURE_SIDE_LABEL,
  GRAIN_LABEL,
  LEAF_LABEL,
  PACKAGE_GROUP_LABEL,
} from '../../part-labels';
import { useProcesses } from '../../processes/process-queries';
import { KIND_LABEL } from '../labels';
import {
  COMPONENT_KINDS,
  CUT_KINDS,
  EDGES,
  END_CUTS,
  FEATURE_KINDS,
  FEATURE_SIDES,
  GRAINS,
  LEAF_ASSIGNMENTS,
  PACKAGE_GROUPS,
  type FeatureForm,
} from '../model-form';
import { useMaterialCodes } from '../model-queries';
import { FormulaInput, noneAsEmpty } from './section';

/** Material codes to pick from, matched anywhere in the code (a rule may still type one with `{finish}`). */
function MaterialInput({ readOnly, id, ...props }: { readOnly: boolean; id?: string; placeholder?: string }) {
  const materials = useMaterialCodes();
  const language = currentLanguage();
  return (
    <AutoComplete
      {...props}
      id={id}
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
  );
}

/** The fields of one component rule: what it is, when it exists, its formulas, how it is cut, machined, routed and packed. */
export function ComponentFields({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  const formula = (field: 'length' | 'width' | 'thickness' | 'quantity') => (
    <Form.Item name={[name, field]} label={t(`doorModels.component.${field}`)} rules={required}>
      <FormulaInput />
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
            <MaterialInput readOnly={readOnly} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={[name, 'condition']}
        label={t('doorModels.component.condition')}
        tooltip={t('doorModels.component.conditionHint')}
      >
        <FormulaInput placeholder={t('doorModels.component.conditionPlaceholder')} />
      </Form.Item>
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
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'cutKind']} label={t('doorModels.component.cutKind')}>
            <Select options={CUT_KINDS.map((kind) => ({ value: kind, label: t(CUT_KIND_LABEL[kind]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'grain']} label={t('doorModels.component.grain')}>
            <Select options={GRAINS.map((grain) => ({ value: grain, label: t(GRAIN_LABEL[grain]) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {(['start', 'end'] as const).map((end) => (
          <Col xs={12} md={6} key={end}>
            <Form.Item
              name={[name, 'endCuts', end]}
              label={t(`doorModels.component.endCuts.${end}`)}
              getValueProps={noneAsEmpty}
            >
              <Select
                allowClear
                placeholder={t('doorModels.component.endCuts.none')}
                options={END_CUTS.map((cut) => ({ value: cut, label: t(END_CUT_LABEL[cut]) }))}
              />
            </Form.Item>
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'packageGroup']} label={t('doorModels.component.packageGroup')}>
            <Select options={PACKAGE_GROUPS.map((group) => ({ value: group, label: t(PACKAGE_GROUP_LABEL[group]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name={[name, 'leaf']}
            getValueProps={noneAsEmpty}
            label={t('doorModels.component.leaf')}
            tooltip={t('doorModels.component.leafHint')}
          >
            <Select
              allowClear
              placeholder={t('doorModels.component.leafNone')}
              options={LEAF_ASSIGNMENTS.map((leaf) => ({ value: leaf, label: t(LEAF_LABEL[leaf]) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <RouteField name={name} readOnly={readOnly} />
      <Typography.Text strong>{t('doorModels.component.edgeBanding')}</Typography.Text>
      <Typography.Text type="secondary"> {t('doorModels.component.edgeBandingHint')}</Typography.Text>
      <Row gutter={12} className="model-edge-banding">
        {EDGES.map((edge) => (
          <Col xs={12} md={6} key={edge}>
            <Form.Item name={[name, 'edgeBanding', edge]} label={edge}>
              <MaterialInput readOnly={readOnly} placeholder={t('doorModels.component.noBand')} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <FeaturesField name={name} readOnly={readOnly} />
    </>
  );
}

/**
 * The processes the part goes through, in the order picked (a route keeps the model's order): the factory's
 * active processes are offered in the factory's order, which one click restores.
 */
function RouteField({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = Form.useFormInstance();
  const processes = useProcesses();
  const order = (processes.data ?? []).map((p) => p.code);
  const inFactoryOrder = () => {
    const route = (form.getFieldValue(['components', name, 'route']) as string[] | undefined) ?? [];
    const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
    form.setFieldValue(
      ['components', name, 'route'],
      [...route].sort((a, b) => rank(a) - rank(b)),
    );
  };
  return (
    <Form.Item
      label={
        <Space size={4}>
          {t('doorModels.component.route')}
          {!readOnly && (
            <Button size="small" type="link" onClick={inFactoryOrder} className="model-route-sort">
              {t('doorModels.component.routeSort')}
            </Button>
          )}
        </Space>
      }
      tooltip={t('doorModels.component.routeHint')}
    >
      <Form.Item name={[name, 'route']} noStyle>
        <Select
          mode="multiple"
          className="model-route"
          loading={processes.isPending}
          optionFilterProp="label"
          options={(processes.data ?? []).map((process) => ({
            value: process.code,
            label: language === 'en' ? process.nameEn : process.nameZh,
          }))}
        />
      </Form.Item>
    </Form.Item>
  );
}

/** Machining on the part (hinge pockets, lock mortise…): data for the shop, one row each. */
function FeaturesField({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[name, 'features']}>
      {(fields, { add, remove }) => (
        <div className="model-features">
          <Typography.Text strong>{t('doorModels.feature.title')}</Typography.Text>
          {fields.length === 0 && <Typography.Text type="secondary"> {t('doorModels.feature.empty')}</Typography.Text>}
          {fields.map((field) => (
            <Row gutter={8} key={field.key} className="model-feature" align="top">
              <Col xs={12} md={6}>
                <Form.Item name={[field.name, 'kind']}>
                  <Select
                    aria-label={t('doorModels.feature.kind')}
                    options={FEATURE_KINDS.map((kind) => ({ value: kind, label: t(FEATURE_KIND_LABEL[kind]) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item name={[field.name, 'quantity']}>
                  <Input
                    className="model-formula"
                    placeholder={t('doorModels.feature.quantity')}
                    aria-label={t('doorModels.feature.quantity')}
                    autoComplete="off"
                    spellCheck={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item name={[field.name, 'side']} getValueProps={noneAsEmpty}>
                  <Select
                    allowClear
                    aria-label={t('doorModels.feature.side')}
                    placeholder={t('doorModels.feature.side')}
                    options={FEATURE_SIDES.map((side) => ({ value: side, label: t(FEATURE_SIDE_LABEL[side]) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item name={[field.name, 'note']}>
                  <Input
                    maxLength={200}
                    placeholder={t('doorModels.feature.note')}
                    aria-label={t('doorModels.feature.note')}
                  />
                </Form.Item>
              </Col>
              {!readOnly && (
                <Col xs={2} md={2}>
                  <Button aria-label={t('doorModels.feature.remove')} onClick={() => remove(field.name)}>
                    ×
                  </Button>
                </Col>
              )}
            </Row>
          ))}
          {!readOnly && (
            <div>
              <Button
                size="small"
                type="dashed"
                onClick={() =>
                  add({ kind: 'hinge_pocket', quantity: '', side: 'hinge', note: '' } satisfies FeatureForm)
                }
              >
                {t('doorModels.feature.add')}
              </Button>
            </div>
          )}
        </div>
      )}
    </Form.List>
  );
}
