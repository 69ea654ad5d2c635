import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../../../../clients/typescript/schema';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemAlert } from '../problem-alert';
import { reasonTree, type ReasonNode } from './calendar-rules';
import {
  LOSS_LABEL,
  LOSSES,
  REASON_STATES,
  REASONS_KEY,
  STATE_LABEL,
  useReasons,
  type DowntimeReason,
  type Loss,
  type ReasonState,
} from './equipment-api';
import { EditDialog, useEditSave } from './edit-dialog';
import { topLevel } from './form-problem';

type ReasonForm = {
  code: string;
  parentCode?: string | null;
  nameZh: string;
  nameEn: string;
  appliesTo: ReasonState[];
  loss: Loss;
  sort: number;
};

type ParentCode = components['schemas']['CreateDowntimeReasonDto']['parentCode'];

const FIELDS = ['code', 'parentCode', 'nameZh', 'nameEn', 'appliesTo', 'loss', 'sort'];

/** What an operator picks when a machine stops: a tree (设备故障 › 锯片断裂), each reason with its loss category. */
export function ReasonsTab({ readOnly, notify }: { readOnly: boolean; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const reasons = useReasons();
  // editing: an existing reason; creating: a new one under `parent` (null: at the top)
  const [dialog, setDialog] = useState<
    { editing: DowntimeReason } | { editing: null; parent: string | null } | undefined
  >(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  const toggle = useMutation({
    mutationFn: async (reason: DowntimeReason) =>
      unwrap(
        await api.PATCH('/api/v1/downtime-reasons/{code}', {
          params: { path: { code: reason.code } },
          body: { active: !reason.active },
        }),
      ),
    onMutate: () => setFailure(null),
    onSuccess: async (reason) => {
      await queryClient.invalidateQueries({ queryKey: REASONS_KEY });
      notify(t('machines.reason.saved', { code: reason.code }));
    },
    onError: (error) => setFailure(error),
  });
  const tree = reasonTree(reasons.data ?? []);

  return (
    <>
      {!readOnly && (
        <div className="machines-toolbar">
          <Button type="primary" onClick={() => setDialog({ editing: null, parent: null })}>
            {t('machines.reason.new')}
          </Button>
        </div>
      )}
      {reasons.error && <ProblemAlert error={reasons.error} />}
      {failure && <ProblemAlert error={failure} />}
      <Table<ReasonNode>
        rowKey="code"
        dataSource={tree}
        loading={reasons.isPending}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={tree.length}
        rowClassName={(r) => (r.active ? '' : 'machines-inactive')}
        locale={{ emptyText: t('machines.reason.empty') }}
        columns={[
          {
            key: 'code',
            title: t('machines.code'),
            render: (_, r) => <span className="machines-code">{r.code}</span>,
          },
          { key: 'name', title: t('machines.name'), render: (_, r) => (language === 'en' ? r.nameEn : r.nameZh) },
          {
            key: 'appliesTo',
            title: t('machines.reason.appliesTo'),
            render: (_, r) => r.appliesTo.map((s) => <Tag key={s}>{t(STATE_LABEL[s])}</Tag>),
          },
          { key: 'loss', title: t('machines.reason.loss'), render: (_, r) => t(LOSS_LABEL[r.loss]) },
          {
            key: 'status',
            title: t('machines.status'),
            render: (_, r) =>
              r.active ? <Tag color="green">{t('machines.active')}</Tag> : <Tag>{t('machines.inactive')}</Tag>,
          },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('machines.actions'),
                  render: (_: unknown, r: ReasonNode) => (
                    <Space size={0} wrap>
                      <Button type="link" size="small" onClick={() => setDialog({ editing: r })}>
                        {t('machines.edit')}
                      </Button>
                      <Button type="link" size="small" onClick={() => setDialog({ editing: null, parent: r.code })}>
                        {t('machines.reason.addChild')}
                      </Button>
                      <Button type="link" size="small" disabled={toggle.isPending} onClick={() => toggle.mutate(r)}>
                        {t(r.active ? 'machines.deactivate' : 'machines.activate')}
                      </Button>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      {dialog !== undefined && (
        <ReasonDialog
          editing={dialog.editing}
          parent={dialog.editing ? dialog.editing.parentCode : dialog.parent}
          reasons={reasons.data ?? []}
          onClose={() => setDialog(undefined)}
          onSaved={(reason, created) => {
            setDialog(undefined);
            notify(t(created ? 'machines.reason.created' : 'machines.reason.saved', { code: reason.code }));
          }}
        />
      )}
    </>
  );
}

function ReasonDialog({
  editing,
  parent,
  reasons,
  onClose,
  onSaved,
}: {
  editing: DowntimeReason | null;
  parent: string | null;
  reasons: readonly DowntimeReason[];
  onClose: () => void;
  onSaved: (reason: DowntimeReason, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<ReasonForm>();
  const required = { required: true, whitespace: true, message: t('machines.required') };
  const parentOf = reasons.find((r) => r.code === parent);

  const save = useEditSave({
    form,
    queryKey: REASONS_KEY,
    send: async (values: ReasonForm): Promise<DowntimeReason> => {
      const body = {
        // the generated schema types parentCode as an object (the api's DTO names no type for `string | null`)
        parentCode: (values.parentCode || null) as unknown as ParentCode,
        nameZh: values.nameZh.trim(),
        nameEn: values.nameEn.trim(),
        appliesTo: values.appliesTo,
        loss: values.loss,
        sort: values.sort ?? 0,
      };
      if (editing)
        return unwrap(
          await api.PATCH('/api/v1/downtime-reasons/{code}', { params: { path: { code: editing.code } }, body }),
        );
      return unwrap(
        await api.POST('/api/v1/downtime-reasons', { body: { ...body, code: values.code.trim(), active: true } }),
      );
    },
    hasField: topLevel(FIELDS),
    onSaved: (reason) => onSaved(reason, editing === null),
  });

  return (
    <EditDialog
      title={editing ? t('machines.reason.editTitle', { code: editing.code }) : t('machines.reason.createTitle')}
      saving={save.saving}
      failure={save.failure}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form
        form={form}
        name="reason"
        layout="vertical"
        initialValues={
          editing ?? {
            parentCode: parent,
            appliesTo: parentOf?.appliesTo ?? ['down'],
            loss: parentOf?.loss ?? 'breakdown',
            sort: 0,
          }
        }
        onFinish={save.submit}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('machines.code')} rules={[required]}>
              <Input disabled={editing !== null} maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="parentCode" label={t('machines.reason.parent')}>
              <Select
                allowClear
                placeholder={t('machines.reason.noParent')}
                options={reasons
                  .filter((r) => r.code !== editing?.code)
                  .map((r) => ({ value: r.code, label: `${r.code} ${language === 'en' ? r.nameEn : r.nameZh}` }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="nameZh" label={t('machines.reason.nameZh')} rules={[required]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t('machines.reason.nameEn')} rules={[required]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="appliesTo"
          label={t('machines.reason.appliesTo')}
          rules={[{ required: true, type: 'array', min: 1, message: t('machines.reason.appliesToRequired') }]}
        >
          <Checkbox.Group options={REASON_STATES.map((s) => ({ value: s, label: t(STATE_LABEL[s]) }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="loss" label={t('machines.reason.loss')} rules={[{ required: true }]}>
              <Select options={LOSSES.map((l) => ({ value: l, label: t(LOSS_LABEL[l]) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sort" label={t('machines.reason.sort')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </EditDialog>
  );
}
