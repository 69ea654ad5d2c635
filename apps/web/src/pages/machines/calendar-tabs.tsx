import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemAlert } from '../problem-alert';
import {
  HOLIDAYS_KEY,
  machineName,
  MAINTENANCE_KEY,
  useHolidays,
  useMachines,
  useMaintenance,
  type Holiday,
  type Maintenance,
} from './equipment-api';
import { showProblem, topLevel } from './form-problem';

type Notify = (text: string) => void;

/** Holidays: no shift starts on one (a calendar change refreshes the OEE of the days it touches). */
export function HolidaysTab({ readOnly, notify }: { readOnly: boolean; notify: Notify }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const holidays = useHolidays();
  const [form] = Form.useForm<{ day: Dayjs; name: string }>();
  const [failure, setFailure] = useState<string[]>([]);
  const [removeFailure, setRemoveFailure] = useState<Error | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY });

  const add = useMutation({
    mutationFn: async (values: { day: Dayjs; name: string }) =>
      unwrap(
        await api.POST('/api/v1/calendar/holidays', {
          body: { day: values.day.format('YYYY-MM-DD'), name: values.name.trim() },
        }),
      ),
    onSuccess: async (_, values) => {
      await refresh();
      form.resetFields();
      notify(t('machines.holiday.created', { day: values.day.format('YYYY-MM-DD') }));
    },
    onError: (error) => setFailure(showProblem(form, error, topLevel(['day', 'name']), t('error.network'))),
  });
  const remove = useMutation({
    mutationFn: async (day: string) =>
      unwrap(await api.DELETE('/api/v1/calendar/holidays/{day}', { params: { path: { day } } })),
    onMutate: () => setRemoveFailure(null),
    onSuccess: async (_, day) => {
      await refresh();
      notify(t('machines.holiday.deleted', { day }));
    },
    onError: (error) => setRemoveFailure(error),
  });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('machines.holiday.hint')}</Typography.Paragraph>
      {!readOnly && (
        <Form
          form={form}
          name="holiday"
          layout="inline"
          className="machines-inline-form"
          onFinish={(values) => {
            setFailure([]);
            add.mutate(values);
          }}
        >
          <Form.Item
            name="day"
            label={t('machines.holiday.day')}
            rules={[{ required: true, message: t('machines.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('machines.holiday.name')}
            rules={[{ required: true, whitespace: true, message: t('machines.required') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('machines.holiday.new')}
          </Button>
        </Form>
      )}
      {failure.length > 0 && <Alert type="error" showIcon title={failure.join('；')} />}
      {holidays.error && <ProblemAlert error={holidays.error} />}
      {removeFailure && <ProblemAlert error={removeFailure} />}
      <Table<Holiday>
        rowKey="day"
        dataSource={holidays.data ?? []}
        loading={holidays.isPending}
        pagination={false}
        locale={{ emptyText: t('machines.holiday.empty') }}
        columns={[
          { key: 'day', title: t('machines.holiday.day'), render: (_, h) => formatDate(h.day, language) },
          { key: 'name', title: t('machines.holiday.name'), dataIndex: 'name' },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('machines.actions'),
                  render: (_: unknown, h: Holiday) => (
                    <DeleteButton onConfirm={() => remove.mutate(h.day)} disabled={remove.isPending} />
                  ),
                },
              ]),
        ]}
      />
    </>
  );
}

type MaintenanceForm = { machine?: string; span: [Dayjs, Dayjs]; reason: string };

/** Planned maintenance: time outside planned busy time, for one machine or all of them. */
export function MaintenanceTab({ readOnly, notify }: { readOnly: boolean; notify: Notify }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const maintenance = useMaintenance();
  const machines = useMachines();
  const [form] = Form.useForm<MaintenanceForm>();
  const [failure, setFailure] = useState<string[]>([]);
  const [removeFailure, setRemoveFailure] = useState<Error | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: MAINTENANCE_KEY });
  const nameOf = (code: string | null) => {
    if (code === null) return t('machines.maintenance.everyMachine');
    const machine = machines.data?.find((m) => m.code === code || m.id === code);
    return machine ? `${machine.code} ${machineName(machine, language)}` : code;
  };

  const add = useMutation({
    mutationFn: async (values: MaintenanceForm) =>
      unwrap(
        await api.POST('/api/v1/calendar/maintenance', {
          body: {
            machine: values.machine || undefined,
            from: values.span[0].toISOString(),
            to: values.span[1].toISOString(),
            reason: values.reason.trim(),
          },
        }),
      ),
    onSuccess: async () => {
      await refresh();
      form.resetFields();
      notify(t('machines.maintenance.created'));
    },
    onError: (error) =>
      setFailure(
        showProblem(form, error, topLevel(['machine', 'span', 'reason']), t('error.network'), (name) =>
          name[0] === 'from' || name[0] === 'to' ? ['span'] : name,
        ),
      ),
  });
  const remove = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/calendar/maintenance/{id}', { params: { path: { id } } })),
    onMutate: () => setRemoveFailure(null),
    onSuccess: async () => {
      await refresh();
      notify(t('machines.maintenance.deleted'));
    },
    onError: (error) => setRemoveFailure(error),
  });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('machines.maintenance.hint')}</Typography.Paragraph>
      {!readOnly && (
        <Form
          form={form}
          name="maintenance"
          layout="inline"
          className="machines-inline-form"
          onFinish={(values) => {
            setFailure([]);
            add.mutate(values);
          }}
        >
          <Form.Item name="machine" label={t('machines.maintenance.machine')}>
            <Select
              allowClear
              style={{ minWidth: 200 }}
              placeholder={t('machines.maintenance.everyMachine')}
              options={(machines.data ?? []).map((m) => ({
                value: m.code,
                label: `${m.code} ${machineName(m, language)}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="span"
            label={`${t('machines.maintenance.from')} – ${t('machines.maintenance.to')}`}
            rules={[{ required: true, message: t('machines.required') }]}
          >
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('machines.maintenance.reason')}
            rules={[{ required: true, whitespace: true, message: t('machines.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('machines.maintenance.new')}
          </Button>
        </Form>
      )}
      {failure.length > 0 && <Alert type="error" showIcon title={failure.join('；')} />}
      {maintenance.error && <ProblemAlert error={maintenance.error} />}
      {removeFailure && <ProblemAlert error={removeFailure} />}
      <Table<Maintenance>
        rowKey="id"
        dataSource={maintenance.data ?? []}
        loading={maintenance.isPending}
        pagination={false}
        locale={{ emptyText: t('machines.maintenance.empty') }}
        columns={[
          { key: 'machine', title: t('machines.maintenance.machine'), render: (_, m) => nameOf(m.machine) },
          { key: 'from', title: t('machines.maintenance.from'), render: (_, m) => formatDateTime(m.from, language) },
          { key: 'to', title: t('machines.maintenance.to'), render: (_, m) => formatDateTime(m.to, language) },
          { key: 'reason', title: t('machines.maintenance.reason'), dataIndex: 'reason' },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('machines.actions'),
                  render: (_: unknown, m: Maintenance) => (
                    <DeleteButton onConfirm={() => remove.mutate(m.id)} disabled={remove.isPending} />
                  ),
                },
              ]),
        ]}
      />
    </>
  );
}

function DeleteButton({ onConfirm, disabled }: { onConfirm: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Popconfirm
        title={t('machines.confirmDelete')}
        okText={t('machines.yes')}
        cancelText={t('machines.no')}
        onConfirm={onConfirm}
      >
        <Button type="link" size="small" danger disabled={disabled}>
          {t('machines.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
