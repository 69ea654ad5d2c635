import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Col, Form, Input, Row, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../problem-alert';
import { crossesMidnight } from '../dashboard/period';
import { allDay, plannedMinutes, TIME_PATTERN, weekdaysText } from './calendar-rules';
import { SHIFTS_KEY, useShifts, WEEKDAY_LABEL, type Shift, type ShiftBreak } from './equipment-api';
import { EditDialog, useEditSave } from './edit-dialog';

type ShiftForm = {
  code: string;
  name: string;
  nameEn?: string;
  days: number[];
  start: string;
  end: string;
  breaks: ShiftBreak[];
};

const TOP = ['code', 'name', 'nameEn', 'days', 'start', 'end'];
const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** The shifts: the days they start on, their hours (a night shift ends the next day) and planned breaks. */
export function ShiftsTab({ readOnly, notify }: { readOnly: boolean; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shifts = useShifts();
  const [dialog, setDialog] = useState<Shift | null | undefined>(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  const deactivate = useMutation({
    mutationFn: async (shift: Shift) =>
      unwrap(await api.DELETE('/api/v1/shifts/{code}', { params: { path: { code: shift.code } } })),
    onMutate: () => setFailure(null),
    onSuccess: async (_, shift) => {
      await queryClient.invalidateQueries({ queryKey: SHIFTS_KEY });
      notify(t('machines.shift.deactivated', { code: shift.code }));
    },
    onError: (error) => setFailure(error),
  });
  const dayName = (day: number) => t(WEEKDAY_LABEL[day]);

  return (
    <>
      {!readOnly && (
        <div className="machines-toolbar">
          <Button type="primary" onClick={() => setDialog(null)}>
            {t('machines.shift.new')}
          </Button>
        </div>
      )}
      {shifts.error && <ProblemAlert error={shifts.error} />}
      {failure && <ProblemAlert error={failure} />}
      <Table<Shift>
        rowKey="code"
        className="machines-shifts"
        scroll={{ x: 'max-content' }}
        dataSource={shifts.data ?? []}
        loading={shifts.isPending}
        pagination={false}
        rowClassName={(s) => (s.active ? '' : 'machines-inactive')}
        locale={{ emptyText: t('machines.shift.empty') }}
        columns={[
          {
            key: 'code',
            title: t('machines.code'),
            render: (_, s) => <span className="machines-code">{s.code}</span>,
          },
          { key: 'name', title: t('machines.name'), dataIndex: 'name' },
          { key: 'days', title: t('machines.shift.days'), render: (_, s) => weekdaysText(s.days, dayName) },
          {
            key: 'time',
            title: t('machines.shift.time'),
            render: (_, s) => (
              <Space size={4}>
                <span className="machines-num">{`${s.start} – ${s.end}`}</span>
                {allDay(s) ? (
                  <Tooltip title={t('machines.shift.allDayHint')}>
                    <Tag color="orange">{t('machines.shift.allDay')}</Tag>
                  </Tooltip>
                ) : (
                  crossesMidnight(s) && (
                    <Tooltip title={t('machines.shift.crossesMidnightHint')}>
                      <Tag color="purple">{t('machines.shift.crossesMidnight')}</Tag>
                    </Tooltip>
                  )
                )}
              </Space>
            ),
          },
          {
            key: 'breaks',
            title: t('machines.shift.breaks'),
            render: (_, s) =>
              s.breaks.length === 0
                ? t('machines.shift.noBreaks')
                : s.breaks.map((b) => `${b.start}–${b.end}`).join(', '),
          },
          {
            key: 'planned',
            title: t('machines.shift.planned'),
            className: 'machines-num',
            render: (_, s) => t('machines.shift.hours', { hours: Math.round(plannedMinutes(s) / 6) / 10 }),
          },
          {
            key: 'status',
            title: t('machines.status'),
            render: (_, s) =>
              s.active ? <Tag color="green">{t('machines.active')}</Tag> : <Tag>{t('machines.inactive')}</Tag>,
          },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('machines.actions'),
                  render: (_: unknown, s: Shift) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setDialog(s)}>
                        {t('machines.edit')}
                      </Button>
                      {s.active && (
                        <Button
                          type="link"
                          size="small"
                          disabled={deactivate.isPending}
                          onClick={() => deactivate.mutate(s)}
                        >
                          {t('machines.deactivate')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      {dialog !== undefined && (
        <ShiftDialog
          editing={dialog}
          onClose={() => setDialog(undefined)}
          onSaved={(shift, created) => {
            setDialog(undefined);
            notify(t(created ? 'machines.shift.created' : 'machines.shift.saved', { code: shift.code }));
          }}
        />
      )}
    </>
  );
}

function ShiftDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: Shift | null;
  onClose: () => void;
  onSaved: (shift: Shift, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ShiftForm>();
  const required = { required: true, whitespace: true, message: t('machines.required') };
  const time = [required, { pattern: TIME_PATTERN, message: t('machines.shift.timeFormat') }];
  const start = Form.useWatch('start', form);
  const end = Form.useWatch('end', form);
  const wholeDay = allDay({ start: start ?? '', end: end ?? '' });
  const overnight =
    !wholeDay && TIME_PATTERN.test(start ?? '') && TIME_PATTERN.test(end ?? '') && crossesMidnight({ start, end });

  const save = useEditSave({
    form,
    queryKey: SHIFTS_KEY,
    send: async (values: ShiftForm): Promise<Shift> => {
      const body = {
        name: values.name.trim(),
        nameEn: values.nameEn?.trim() || undefined,
        days: [...values.days].sort((a, b) => a - b),
        start: values.start,
        end: values.end,
        breaks: values.breaks ?? [],
      };
      if (editing)
        return unwrap(await api.PATCH('/api/v1/shifts/{code}', { params: { path: { code: editing.code } }, body }));
      return unwrap(await api.POST('/api/v1/shifts', { body: { ...body, code: values.code.trim() } }));
    },
    hasField: (name) =>
      (name.length === 1 && TOP.includes(String(name[0]))) || (name[0] === 'breaks' && name.length === 3),
    onSaved: (shift) => onSaved(shift, editing === null),
  });

  return (
    <EditDialog
      title={editing ? t('machines.shift.editTitle', { code: editing.code }) : t('machines.shift.createTitle')}
      saving={save.saving}
      failure={save.failure}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form
        form={form}
        name="shift"
        layout="vertical"
        initialValues={
          editing
            ? { ...editing, nameEn: editing.nameEn ?? '' }
            : { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', breaks: [] }
        }
        onFinish={save.submit}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('machines.code')} rules={[required]}>
              <Input disabled={editing !== null} maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="name" label={t('machines.name')} rules={[required]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nameEn" label={t('machines.nameEn')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="days"
          label={t('machines.shift.days')}
          rules={[{ required: true, type: 'array', min: 1, message: t('machines.shift.daysRequired') }]}
        >
          <Checkbox.Group options={WEEK.map((day) => ({ value: day, label: t(WEEKDAY_LABEL[day]) }))} />
        </Form.Item>
        <Row gutter={12} align="bottom">
          <Col span={8}>
            <Form.Item name="start" label={t('machines.shift.start')} rules={time}>
              <Input placeholder="08:00" maxLength={5} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="end" label={t('machines.shift.end')} rules={time}>
              <Input placeholder="17:00" maxLength={5} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item>
              {wholeDay && (
                <Tag color="orange" data-testid="shift-all-day">
                  {t('machines.shift.allDay')}
                </Tag>
              )}
              {overnight && (
                <Tooltip title={t('machines.shift.crossesMidnightHint')}>
                  <Tag color="purple" data-testid="shift-overnight">
                    {t('machines.shift.crossesMidnight')}
                  </Tag>
                </Tooltip>
              )}
            </Form.Item>
          </Col>
        </Row>
        {wholeDay && (
          <Alert
            type="warning"
            showIcon
            className="machines-failure"
            data-testid="shift-all-day-warning"
            title={t('machines.shift.allDayWarning', { time: start })}
          />
        )}
        <Form.Item label={t('machines.shift.breaks')}>
          <Form.List name="breaks">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'start']} rules={time}>
                      <Input placeholder="12:00" maxLength={5} />
                    </Form.Item>
                    <span>–</span>
                    <Form.Item name={[field.name, 'end']} rules={time}>
                      <Input placeholder="13:00" maxLength={5} />
                    </Form.Item>
                    <Button type="link" size="small" onClick={() => remove(field.name)}>
                      {t('machines.delete')}
                    </Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ start: '', end: '' })}>
                  {t('machines.shift.addBreak')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </EditDialog>
  );
}
