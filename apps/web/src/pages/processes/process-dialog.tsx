import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { problemFields } from '../../api/field-errors';
import { localErrors } from '../../api/localized-message';
import { currentLanguage } from '../../i18n/i18n';
import {
  emptyProcess,
  joinWait,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_WAIT_MINUTES,
  toProcessBody,
  toProcessForm,
  waitParts,
  type ProcessForm,
} from './process-form';
import { PROCESSES_KEY, type Process } from './process-queries';

const FIELDS: readonly (keyof ProcessForm)[] = ['code', 'nameZh', 'nameEn', 'minWaitMinutes', 'instructions'];

/** A wait entered as hours and minutes, held by the form in minutes (what the api takes). */
function WaitInput({ id, value, onChange }: { id?: string; value?: number; onChange?: (minutes: number) => void }) {
  const { t } = useTranslation();
  const { hours, minutes } = waitParts(value ?? 0);
  return (
    <Space.Compact>
      <InputNumber
        id={id}
        min={0}
        max={MAX_WAIT_MINUTES / 60}
        precision={0}
        value={hours}
        suffix={t('processes.hoursUnit')}
        onChange={(next) => onChange?.(joinWait(next, minutes))}
      />
      <InputNumber
        id={id ? `${id}_minutes` : undefined}
        min={0}
        max={59}
        precision={0}
        value={minutes}
        suffix={t('processes.minutesUnit')}
        onChange={(next) => onChange?.(joinWait(hours, next))}
      />
    </Space.Compact>
  );
}

/** Creates a process, or changes one (`editing`): its code stays, as routes and work orders name it. */
export function ProcessDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Process | null;
  onClose: () => void;
  onSaved: (process: Process, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProcessForm>();
  const [failure, setFailure] = useState<string[]>([]);
  const required = [{ required: true, whitespace: true, message: t('processes.required') }];

  const save = useMutation({
    mutationFn: async (values: ProcessForm): Promise<Process> => {
      const body = toProcessBody(values);
      if (editing)
        return unwrap(await api.PATCH('/api/v1/processes/{code}', { params: { path: { code: editing.code } }, body }));
      return unwrap(await api.POST('/api/v1/processes', { body: { ...body, code: values.code.trim() } }));
    },
    onSuccess: async (process) => {
      await queryClient.invalidateQueries({ queryKey: PROCESSES_KEY });
      onSaved(process, editing === null);
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
        (name) => name.length === 1 && FIELDS.includes(name[0] as keyof ProcessForm),
      );
      form.setFields(fields.map(({ name, errors }) => ({ name: name[0] as keyof ProcessForm, errors })));
      setFailure(elsewhere);
    },
  });

  return (
    <Modal
      open
      title={editing ? t('processes.editTitle', { code: editing.code }) : t('processes.createTitle')}
      okText={t('processes.save')}
      cancelText={t('processes.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {failure.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="process-failure"
          title={failure.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      <Form
        form={form}
        name="process"
        layout="vertical"
        initialValues={editing ? toProcessForm(editing) : emptyProcess()}
        onFinish={(values) => {
          setFailure([]);
          save.mutate({ ...form.getFieldsValue(true), ...values } as ProcessForm);
        }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('processes.code')} tooltip={t('processes.codeHint')} rules={required}>
              <Input disabled={editing !== null} maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameZh" label={t('processes.nameZh')} rules={required}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameEn" label={t('processes.nameEn')} rules={required}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="minWaitMinutes" label={t('processes.minWait')} tooltip={t('processes.minWaitHint')}>
          <WaitInput />
        </Form.Item>
        <Form.Item name="instructions" label={t('processes.instructions')} tooltip={t('processes.instructionsHint')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={MAX_INSTRUCTIONS_LENGTH}
            showCount
            placeholder={t('processes.instructionsPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
