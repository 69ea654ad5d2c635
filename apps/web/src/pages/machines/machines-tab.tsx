import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { STATE_COLOUR, isState } from '../dashboard/charts';
import { ProblemAlert } from '../problem-alert';
import {
  COUNT_UNITS,
  MACHINE_PROCESSES,
  MACHINES_KEY,
  machineName,
  PROCESS_LABEL,
  STATE_LABEL,
  UNIT_LABEL,
  useMachines,
  useProcesses,
  type CountUnit,
  type Machine,
  type MachineProcess,
} from './equipment-api';
import { EditDialog, useEditSave } from './edit-dialog';
import { topLevel } from './form-problem';
import { processLabel } from './process-label';

/** Where a machine's OEE counts come from (ISO 22400 PQ): the machine, the station reports, or either. */
const COUNTS_FROM = ['any', 'machine', 'reports'] as const;
type CountsFrom = (typeof COUNTS_FROM)[number];
const COUNTS_FROM_LABEL = {
  any: 'machines.countsFrom.any',
  machine: 'machines.countsFrom.machine',
  reports: 'machines.countsFrom.reports',
} as const satisfies Record<CountsFrom, string>;

/** The machine's process in the factory's own process names (GET /processes), else the fixed label. */
function useProcessLabel(): (code: MachineProcess) => string {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processes = useProcesses();
  return (code) => processLabel(code, processes.data, language, (c) => t(PROCESS_LABEL[c as MachineProcess]));
}

type MachineForm = {
  code: string;
  name: string;
  nameEn?: string;
  process: MachineProcess;
  countUnit: CountUnit;
  countsFrom: CountsFrom;
  idealCycleSeconds: number;
  effectiveFrom?: Dayjs | null;
  active: boolean;
};

const FIELDS = [
  'code',
  'name',
  'nameEn',
  'process',
  'countUnit',
  'countsFrom',
  'idealCycleSeconds',
  'effectiveFrom',
  'active',
];

/** The machines: what each one does, what it counts and how fast it ideally makes one unit. */
export function MachinesTab({ readOnly, notify }: { readOnly: boolean; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const machines = useMachines();
  const processName = useProcessLabel();
  // null: a new machine; a machine: changing it; undefined: no dialog
  const [dialog, setDialog] = useState<Machine | null | undefined>(undefined);

  return (
    <>
      {!readOnly && (
        <div className="machines-toolbar">
          <Button type="primary" onClick={() => setDialog(null)}>
            {t('machines.machine.new')}
          </Button>
        </div>
      )}
      {machines.error && <ProblemAlert error={machines.error} />}
      <Table<Machine>
        rowKey="code"
        size="middle"
        dataSource={machines.data ?? []}
        loading={machines.isPending}
        pagination={false}
        rowClassName={(m) => (m.active ? '' : 'machines-inactive')}
        locale={{ emptyText: t('machines.machine.empty') }}
        columns={[
          {
            key: 'code',
            title: t('machines.code'),
            render: (_, m) => <span className="machines-code">{m.code}</span>,
          },
          { key: 'name', title: t('machines.name'), render: (_, m) => machineName(m, language) },
          { key: 'process', title: t('machines.process'), render: (_, m) => processName(m.process) },
          {
            key: 'cycle',
            title: t('machines.idealCycle'),
            className: 'machines-num',
            render: (_, m) =>
              t('machines.perUnit', {
                seconds: formatNumber(m.idealCycleSeconds, language),
                unit: t(UNIT_LABEL[m.countUnit]),
              }),
          },
          {
            key: 'countsFrom',
            title: t('machines.countsFrom'),
            render: (_, m) => t(COUNTS_FROM_LABEL[m.countsFrom]),
          },
          {
            key: 'state',
            title: t('machines.state'),
            render: (_, m) => {
              const state = m.state && isState(m.state.state) ? m.state.state : 'unknown';
              // no colour for 'no data': a pale tag with white text would not read
              return <Tag color={state === 'unknown' ? undefined : STATE_COLOUR[state]}>{t(STATE_LABEL[state])}</Tag>;
            },
          },
          {
            key: 'status',
            title: t('machines.status'),
            render: (_, m) =>
              m.active ? <Tag color="green">{t('machines.active')}</Tag> : <Tag>{t('machines.inactive')}</Tag>,
          },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('machines.actions'),
                  render: (_: unknown, m: Machine) => (
                    <Button type="link" size="small" onClick={() => setDialog(m)}>
                      {t('machines.edit')}
                    </Button>
                  ),
                },
              ]),
        ]}
      />
      {dialog !== undefined && (
        <MachineDialog
          editing={dialog}
          onClose={() => setDialog(undefined)}
          onSaved={(machine, created) => {
            setDialog(undefined);
            notify(t(created ? 'machines.machine.created' : 'machines.machine.saved', { code: machine.code }));
          }}
        />
      )}
    </>
  );
}

function MachineDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Machine | null;
  onClose: () => void;
  onSaved: (machine: Machine, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MachineForm>();
  const required = [{ required: true, message: t('machines.required') }];
  const cycleChanged = Form.useWatch('idealCycleSeconds', form) !== editing?.idealCycleSeconds;
  const processName = useProcessLabel();

  const save = useEditSave({
    form,
    queryKey: MACHINES_KEY,
    send: async (values: MachineForm): Promise<Machine> => {
      const body = {
        name: values.name.trim(),
        nameEn: values.nameEn?.trim() || undefined,
        process: values.process,
        countUnit: values.countUnit,
        countsFrom: values.countsFrom,
        active: values.active,
      };
      if (editing) {
        // a new ideal cycle starts a new period of the machine's cycle history: sent only when it changed
        const cycle =
          values.idealCycleSeconds === editing.idealCycleSeconds
            ? {}
            : { idealCycleSeconds: values.idealCycleSeconds, effectiveFrom: values.effectiveFrom?.toISOString() };
        return unwrap(
          await api.PATCH('/api/v1/machines/{code}', {
            params: { path: { code: editing.code } },
            body: { ...body, ...cycle },
          }),
        );
      }
      return unwrap(
        await api.POST('/api/v1/machines', {
          body: { ...body, code: values.code.trim(), idealCycleSeconds: values.idealCycleSeconds },
        }),
      );
    },
    hasField: topLevel(FIELDS),
    onSaved: (machine) => onSaved(machine, editing === null),
  });

  const initial: Partial<MachineForm> = editing
    ? { ...editing, nameEn: editing.nameEn ?? '', effectiveFrom: null }
    : { process: 'cutting', countUnit: 'part', countsFrom: 'any', active: true };

  return (
    <EditDialog
      title={editing ? t('machines.machine.editTitle', { code: editing.code }) : t('machines.machine.createTitle')}
      saving={save.saving}
      failure={save.failure}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} name="machine" layout="vertical" initialValues={initial} onFinish={save.submit}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('machines.code')} rules={[{ ...required[0], whitespace: true }]}>
              <Input disabled={editing !== null} maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="name" label={t('machines.name')} rules={[{ ...required[0], whitespace: true }]}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameEn" label={t('machines.nameEn')}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="process" label={t('machines.process')} rules={required}>
              <Select options={MACHINE_PROCESSES.map((p) => ({ value: p, label: processName(p) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="countUnit" label={t('machines.countUnit')} rules={required}>
              <Select options={COUNT_UNITS.map((u) => ({ value: u, label: t(UNIT_LABEL[u]) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="idealCycleSeconds"
              label={t('machines.idealCycle')}
              tooltip={t('machines.idealCycleHint')}
              rules={required}
            >
              <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {editing && cycleChanged && (
            <Col span={16}>
              <Form.Item
                name="effectiveFrom"
                label={t('machines.effectiveFrom')}
                tooltip={t('machines.effectiveFromHint')}
              >
                <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col span={editing && cycleChanged ? 8 : 16}>
            <Form.Item
              name="countsFrom"
              label={t('machines.countsFrom')}
              extra={t('machines.countsFromHint')}
              rules={required}
            >
              <Select
                data-testid="machine-counts-from"
                options={COUNTS_FROM.map((c) => ({ value: c, label: t(COUNTS_FROM_LABEL[c]) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="active" label={t('machines.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </EditDialog>
  );
}
