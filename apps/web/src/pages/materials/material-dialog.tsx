import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { type FieldName, problemFields } from '../../api/field-errors';
import type { MessageKey } from '../../shell/menu';
import { currentLanguage } from '../../i18n/i18n';
import { CUT_KIND_LABEL } from '../part-labels';
import { localErrors } from '../../api/localized-message';
import {
  CUT_KINDS,
  emptyMaterial,
  emptySize,
  PROFILES,
  toMaterialBody,
  toMaterialForm,
  UNIT_OF_CUT_KIND,
  UNITS,
  type CutKind,
  type Material,
  type MaterialForm,
  type StockSizeRow,
} from './material-form';
import { PROFILE_LABEL, UNIT_LABEL } from './material-labels';

const FIELDS: readonly (keyof MaterialForm)[] = [
  'code',
  'nameZh',
  'nameEn',
  'cutKind',
  'unit',
  'profile',
  'width',
  'thickness',
  'kerf',
  'trim',
  'minRemnant',
];
const SIZE_FIELDS: readonly (keyof StockSizeRow)[] = ['length', 'width', 'cost', 'quantity'];

/** A field the dialog shows an error under: a top-level one, or one cell of the stock size list. */
function hasField(name: FieldName): boolean {
  if (name.length === 1) return FIELDS.includes(name[0] as keyof MaterialForm);
  return (
    name.length === 3 &&
    name[0] === 'stockSizes' &&
    typeof name[1] === 'number' &&
    SIZE_FIELDS.includes(name[2] as keyof StockSizeRow)
  );
}

/** Creates a material, or saves a new version of one (`editing`): its code stays, as door model rules name it. */
export function MaterialDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Material | null;
  onClose: () => void;
  onSaved: (material: Material, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MaterialForm>();
  const [failure, setFailure] = useState<string[]>([]);
  const cutKind = (Form.useWatch('cutKind', form) as CutKind | undefined) ?? editing?.cutKind ?? 'linear';
  const profile = (Form.useWatch('profile', form) as MaterialForm['profile'] | undefined) ?? editing?.profile ?? 'rip';
  const required = [{ required: true, whitespace: true, message: t('materials.required') }];

  const save = useMutation({
    mutationFn: async (values: MaterialForm): Promise<Material> => {
      const body = toMaterialBody(values);
      if (editing)
        return unwrap(await api.PUT('/api/v1/materials/{code}', { params: { path: { code: editing.code } }, body }));
      return unwrap(await api.POST('/api/v1/materials', { body: { ...body, code: values.code.trim() } }));
    },
    onSuccess: async (material) => {
      await queryClient.invalidateQueries({ queryKey: ['materials'] });
      onSaved(material, editing === null);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setFailure([t('error.network')]);
        return;
      }
      const problem = localErrors(error.problem, currentLanguage(), (position) =>
        t('doorModels.atCharacter', { position }),
      );
      const { fields, elsewhere } = problemFields(problem, hasField);
      form.setFields(fields.map(({ name, errors }) => ({ name: name as never, errors })));
      setFailure(elsewhere);
    },
  });

  const mm = (label: MessageKey, options: { hint?: MessageKey } = {}) => ({
    label: t(label),
    tooltip: options.hint ? t(options.hint) : undefined,
  });

  return (
    <Modal
      open
      title={editing ? t('materials.editTitle', { code: editing.code }) : t('materials.createTitle')}
      okText={t('materials.save')}
      cancelText={t('materials.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={720}
    >
      {failure.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="material-failure"
          title={failure.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      {editing && (
        <Typography.Paragraph type="secondary">
          {t('materials.editHint', { version: editing.version + 1 })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="material"
        layout="vertical"
        initialValues={editing ? toMaterialForm(editing) : emptyMaterial()}
        onValuesChange={(changed: Partial<MaterialForm>) => {
          // bars and sheets have one unit; a kind that is cut needs a stock size row to fill in
          if (changed.cutKind === undefined) return;
          const unit = UNIT_OF_CUT_KIND[changed.cutKind];
          if (unit) form.setFieldValue('unit', unit);
          const rows = form.getFieldValue('stockSizes') as StockSizeRow[] | undefined;
          if (changed.cutKind !== 'none' && (rows ?? []).length === 0) form.setFieldValue('stockSizes', [emptySize()]);
        }}
        onFinish={(values) => {
          setFailure([]);
          save.mutate({ ...form.getFieldsValue(true), ...values } as MaterialForm);
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('materials.code')} tooltip={t('materials.codeHint')} rules={required}>
              <Input disabled={editing !== null} maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameZh" label={t('materials.nameZh')} rules={required}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameEn" label={t('materials.nameEn')} rules={required}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="cutKind" label={t('materials.cutKindLabel')}>
              <Radio.Group
                optionType="button"
                options={CUT_KINDS.map((kind) => ({ value: kind, label: t(CUT_KIND_LABEL[kind]) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unit" label={t('materials.unit')} tooltip={t('materials.unitHint')}>
              <Select
                disabled={cutKind !== 'none'}
                options={UNITS.map((unit) => ({ value: unit, label: t(UNIT_LABEL[unit]) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {cutKind === 'linear' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="profile" label={t('materials.profile')} tooltip={t('materials.profileHint')}>
                <Radio.Group
                  optionType="button"
                  options={PROFILES.map((p) => ({ value: p, label: t(PROFILE_LABEL[p]) }))}
                />
              </Form.Item>
            </Col>
            {profile === 'fixed' && (
              <Col span={6}>
                <Form.Item
                  name="width"
                  {...mm('materials.width')}
                  rules={[{ required: true, message: t('materials.required') }]}
                >
                  <InputNumber min={0} suffix="mm" className="material-number" />
                </Form.Item>
              </Col>
            )}
          </Row>
        )}
        {cutKind !== 'none' && (
          <Form.List name="stockSizes">
            {(rows, { add, remove }) => (
              <div className="material-sizes">
                <Typography.Text strong>{t('materials.stockSizes')}</Typography.Text>
                {rows.map((row, index) => (
                  <Row gutter={8} key={row.key} align="bottom" data-testid={`stock-size-${index}`}>
                    {cutKind === 'sheet' && (
                      <Col span={5}>
                        <Form.Item
                          name={[row.name, 'width']}
                          {...mm('materials.sheetWidth')}
                          rules={[{ required: true, message: t('materials.required') }]}
                        >
                          <InputNumber min={0} suffix="mm" className="material-number" />
                        </Form.Item>
                      </Col>
                    )}
                    <Col span={cutKind === 'sheet' ? 5 : 7}>
                      <Form.Item
                        name={[row.name, 'length']}
                        {...mm(cutKind === 'sheet' ? 'materials.sheetLength' : 'materials.stockLength')}
                        rules={[{ required: true, message: t('materials.required') }]}
                      >
                        <InputNumber min={0} suffix="mm" className="material-number" />
                      </Form.Item>
                    </Col>
                    <Col span={cutKind === 'sheet' ? 5 : 7}>
                      <Form.Item name={[row.name, 'cost']} {...mm('materials.cost', { hint: 'materials.costHint' })}>
                        <InputNumber min={0} className="material-number" />
                      </Form.Item>
                    </Col>
                    <Col span={cutKind === 'sheet' ? 5 : 6}>
                      <Form.Item
                        name={[row.name, 'quantity']}
                        {...mm('materials.quantity', { hint: 'materials.quantityHint' })}
                      >
                        <InputNumber min={0} precision={0} className="material-number" />
                      </Form.Item>
                    </Col>
                    <Col span={4}>
                      <Form.Item>
                        <Button disabled={rows.length <= 1} onClick={() => remove(row.name)}>
                          {t('materials.removeSize')}
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" onClick={() => add(emptySize())} className="material-add-size">
                  {t('materials.addSize')}
                </Button>
              </div>
            )}
          </Form.List>
        )}
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="thickness" {...mm('materials.thickness')}>
              <InputNumber min={0} suffix="mm" className="material-number" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kerf" {...mm('materials.kerf', { hint: 'materials.kerfHint' })}>
              <InputNumber min={0} suffix="mm" className="material-number" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="trim" {...mm('materials.trim', { hint: 'materials.trimHint' })}>
              <InputNumber min={0} suffix="mm" className="material-number" />
            </Form.Item>
          </Col>
        </Row>
        {cutKind !== 'none' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="minRemnant" {...mm('materials.minRemnant', { hint: 'materials.minRemnantHint' })}>
                <InputNumber min={1} suffix="mm" className="material-number" />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Modal>
  );
}
