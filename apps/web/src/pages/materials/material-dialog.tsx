import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Col, Form, Input, InputNumber, Modal, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { problemFields } from '../../api/field-errors';
import type { MessageKey } from '../../shell/menu';
import { currentLanguage } from '../../i18n/i18n';
import { CUT_KIND_LABEL } from '../part-labels';
import { localErrors } from '../../api/localized-message';
import {
  CUT_KINDS,
  emptyMaterial,
  STOCK_FIELDS,
  toMaterialBody,
  toMaterialForm,
  type Material,
  type MaterialForm,
} from './material-form';

const FIELDS: readonly (keyof MaterialForm)[] = [
  'code',
  'nameZh',
  'nameEn',
  'cutKind',
  'stockLength',
  'sheetWidth',
  'sheetLength',
  'thickness',
  'kerf',
  'trim',
];

const SIZE_LABEL: Record<'stockLength' | 'sheetWidth' | 'sheetLength', MessageKey> = {
  stockLength: 'materials.stockLength',
  sheetWidth: 'materials.sheetWidth',
  sheetLength: 'materials.sheetLength',
};

/** Creates a material, or changes one (`editing`): its code stays, as door model rules name it. */
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
  const cutKind =
    (Form.useWatch('cutKind', form) as MaterialForm['cutKind'] | undefined) ?? editing?.cutKind ?? 'linear';
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
      const { fields, elsewhere } = problemFields(
        problem,
        (name) => name.length === 1 && FIELDS.includes(name[0] as keyof MaterialForm),
      );
      form.setFields(fields.map(({ name, errors }) => ({ name: name[0] as keyof MaterialForm, errors })));
      setFailure(elsewhere);
    },
  });

  const number = (
    name: keyof MaterialForm,
    label: MessageKey,
    options: { required?: boolean; hint?: MessageKey } = {},
  ) => (
    <Form.Item
      name={name}
      label={t(label)}
      tooltip={options.hint ? t(options.hint) : undefined}
      rules={options.required ? [{ required: true, message: t('materials.required') }] : undefined}
    >
      <InputNumber min={0} suffix="mm" className="material-number" />
    </Form.Item>
  );

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
      width={640}
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
      {editing && <Typography.Paragraph type="secondary">{t('materials.editHint')}</Typography.Paragraph>}
      <Form
        form={form}
        name="material"
        layout="vertical"
        initialValues={editing ? toMaterialForm(editing) : emptyMaterial()}
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
        <Form.Item name="cutKind" label={t('materials.cutKindLabel')}>
          <Radio.Group
            optionType="button"
            options={CUT_KINDS.map((kind) => ({ value: kind, label: t(CUT_KIND_LABEL[kind]) }))}
          />
        </Form.Item>
        <Row gutter={12}>
          {STOCK_FIELDS[cutKind].map((field) => (
            <Col span={8} key={field}>
              {number(field, SIZE_LABEL[field], { required: true })}
            </Col>
          ))}
          <Col span={8}>{number('thickness', 'materials.thickness')}</Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>{number('kerf', 'materials.kerf', { hint: 'materials.kerfHint' })}</Col>
          <Col span={8}>{number('trim', 'materials.trim', { hint: 'materials.trimHint' })}</Col>
        </Row>
      </Form>
    </Modal>
  );
}
