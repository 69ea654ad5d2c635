import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { problemFields, type FieldName } from '../../api/field-errors';
import { currentLanguage } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { localMessage } from '../../api/localized-message';
import { allows, refusalText } from './order-actions';
import {
  createBody,
  doorCount,
  formProblem,
  formValuesOf,
  needsMasterWidth,
  nextLine,
  updateBody,
  type LineValues,
  type OrderFormValues,
} from './order-form-state';
import { useDoorModels, useOrder } from './orders-api';
import { STATUS_LABEL, type DoorModel, type Order } from './order-types';

/** Swings as door factories write them (the value stored), each with its words; any other text may be typed. */
const SWINGS: [string, MessageKey][] = [
  ['左内开', 'orders.swing.leftIn'],
  ['右内开', 'orders.swing.rightIn'],
  ['左外开', 'orders.swing.leftOut'],
  ['右外开', 'orders.swing.rightOut'],
  ['双开', 'orders.swing.double'],
  ['推拉', 'orders.swing.sliding'],
];

/** Create (`new`) or edit (`:id/edit`) an order: its header and an editable table of lines. */
export function OrderForm({ entry }: PageProps) {
  const { t } = useTranslation();
  const { id } = useParams();
  const order = useOrder(id);
  const models = useDoorModels();

  if (entry.readOnly) return <Result status="403" title={t('orders.form.readOnly')} />;
  if (order.error) return <ProblemAlert error={order.error} />;
  if (models.error) return <ProblemAlert error={models.error} />;
  if ((id && !order.data) || !models.data) return <Spin className="orders-loading" />;
  if (order.data && !allows(order.data.status, 'edit'))
    return (
      <Result
        status="warning"
        title={t('orders.refused.notEditable', { status: t(STATUS_LABEL[order.data.status]) })}
        extra={
          <Link to={`${entry.path}/${order.data.id}`}>
            <Button>{t('orders.backToOrder')}</Button>
          </Link>
        }
      />
    );
  return <OrderFormBody entry={entry} order={order.data} models={models.data} key={order.data?.id ?? 'new'} />;
}

function OrderFormBody({ entry, order, models }: PageProps & { order?: Order; models: Map<string, DoorModel> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OrderFormValues>();
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const lines = Form.useWatch('lines', form) ?? [];
  // a reload or a closed tab would lose what was typed: the browser asks first
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (form.isFieldsTouched()) event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [form]);

  const save = useMutation({
    mutationFn: async (values: OrderFormValues): Promise<Order> =>
      order
        ? unwrap(
            await api.PATCH('/api/v1/orders/{id}', {
              params: { path: { id: order.id } },
              body: updateBody(values, models, order),
            }),
          )
        : unwrap(await api.POST('/api/v1/orders', { body: createBody(values, models) })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['order', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
      await navigate(`${entry.path}/${saved.id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setElsewhere([t('error.network')]);
      const lineCount = (form.getFieldValue('lines') as LineValues[] | undefined)?.length ?? 0;
      const { fields, elsewhere: rest } = problemFields(formProblem(error.problem), (name) =>
        isFormField(name, lineCount),
      );
      const local = fields.map((field) => ({
        ...field,
        errors: field.errors.map((e) => localMessage(e, language, t)),
      }));
      form.setFields(local as Parameters<typeof form.setFields>[0]);
      const said = refusalText(error.problem, t, (status) => t(STATUS_LABEL[status as Order['status']]));
      if (said !== error.problem.detail) setElsewhere([said]);
      else
        setElsewhere(
          rest.length > 0 ? rest.map((text) => localMessage(text, language, t)) : [t('orders.form.fixFields')],
        );
    },
  });

  const modelOptions = [...models.values()].map((model) => ({
    value: model.code,
    label: `${model.code} ${language === 'en' ? model.nameEn : model.nameZh}`,
  }));
  const finishes = [...new Set(lines.map((line) => line?.finish?.trim()).filter((f): f is string => !!f))];
  const rule = { required: true, message: t('orders.form.required') };

  return (
    <Form<OrderFormValues>
      form={form}
      layout="vertical"
      initialValues={formValuesOf(order)}
      onFinish={(values) => {
        setElsewhere([]);
        save.mutate(values);
      }}
      onFinishFailed={() => setElsewhere([t('orders.form.fixFields')])}
      onKeyDown={(event) => {
        // Enter picks in a list or ends a date; it never sends the order half typed. Ctrl+Enter saves.
        if (event.key !== 'Enter' || event.altKey) return;
        if (event.ctrlKey || event.metaKey) form.submit();
        else if ((event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
      }}
      scrollToFirstError
    >
      <Typography.Title level={3}>
        {order ? t('orders.form.editTitle', { orderNo: order.orderNo }) : t('orders.form.newTitle')}
      </Typography.Title>
      {elsewhere.length > 0 && (
        <Alert
          className="orders-alert"
          type="error"
          showIcon
          title={t('orders.form.notSaved')}
          description={elsewhere.map((text) => (
            <div key={text}>{text}</div>
          ))}
        />
      )}
      {order?.status === 'split' && (
        <Alert className="orders-alert" type="warning" showIcon title={t('orders.form.splitWarning')} />
      )}
      <Card size="small" title={t('orders.form.header')}>
        <div className="orders-form-header">
          <Form.Item name="orderNo" label={t('orders.orderNo')} rules={[rule, { max: 40 }]}>
            <Input disabled={!!order} autoFocus={!order} maxLength={40} />
          </Form.Item>
          <Form.Item name="customer" label={t('orders.customer')} rules={[rule, { max: 200 }]}>
            <Input maxLength={200} autoFocus={!!order} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('orders.dueDate')}>
            <DatePicker className="orders-full-width" />
          </Form.Item>
        </div>
      </Card>
      <Form.List name="lines" rules={[{ validator: atLeastOneLine(t('orders.form.noLines')) }]}>
        {(fields, { add, remove }, { errors }) => {
          const addAfter = (index: number, line: LineValues) => {
            add(line, index + 1);
            setFocusRow(index + 1);
          };
          const onKeyDown = (event: KeyboardEvent) => {
            // Alt+Enter: a new row like the last one, without leaving the keyboard
            if (event.key === 'Enter' && event.altKey) {
              event.preventDefault();
              const all = (form.getFieldValue('lines') as LineValues[] | undefined) ?? [];
              addAfter(all.length - 1, nextLine(all[all.length - 1]));
            }
          };
          return (
            <div className="orders-lines" onKeyDown={onKeyDown}>
              <div className="orders-lines-toolbar">
                <Typography.Title level={5}>
                  {t('orders.form.lines', { lines: fields.length, doors: doorCount(lines.filter(Boolean)) })}
                </Typography.Title>
                <Typography.Text type="secondary">{t('orders.form.keyboardHint')}</Typography.Text>
              </div>
              <Table
                size="small"
                bordered
                rowKey="key"
                pagination={false}
                dataSource={fields}
                scroll={{ x: 1100 }}
                columns={[
                  { key: 'no', title: '#', width: 40, render: (_, field) => field.name + 1 },
                  {
                    key: 'productCode',
                    title: t('orders.line.model'),
                    width: 170,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'productCode']} rules={[rule]}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          options={modelOptions}
                          // the cell shows the code; the list shows code and name
                          labelRender={({ value }) => String(value)}
                          autoFocus={focusRow === field.name}
                          aria-label={t('orders.line.model')}
                          placeholder={t('orders.line.modelPlaceholder')}
                          notFoundContent={t('orders.line.noModels')}
                        />
                      </Form.Item>
                    ),
                  },
                  ...(['width', 'height', 'wallThickness'] as const).map((name) => ({
                    key: name,
                    title: t(`orders.line.${name}`),
                    width: 86,
                    render: (_: unknown, field: { name: number }) => (
                      <Form.Item name={[field.name, name]} rules={[rule]}>
                        <InputNumber
                          min={1}
                          max={100_000}
                          aria-label={t(`orders.line.${name}`)}
                          className="orders-cell"
                        />
                      </Form.Item>
                    ),
                  })),
                  {
                    key: 'masterWidth',
                    title: t('orders.line.masterWidth'),
                    width: 86,
                    render: (_, field) => <MasterWidthCell row={field.name} models={models} />,
                  },
                  {
                    key: 'swing',
                    title: t('orders.line.swing'),
                    width: 100,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'swing']} rules={[rule, { max: 40 }]}>
                        <AutoComplete
                          options={SWINGS.map(([value, label]) => ({
                            value,
                            label: language === 'en' ? `${value} · ${t(label)}` : value,
                          }))}
                          aria-label={t('orders.line.swing')}
                          showSearch={{ filterOption: true }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'finish',
                    title: t('orders.line.finish'),
                    width: 90,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'finish']} rules={[rule, { max: 40 }]}>
                        <AutoComplete
                          options={finishes.map((value) => ({ value }))}
                          aria-label={t('orders.line.finish')}
                          showSearch={{ filterOption: true }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'quantity',
                    title: t('orders.line.quantity'),
                    width: 70,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'quantity']} rules={[rule]}>
                        <InputNumber
                          min={1}
                          max={10_000}
                          precision={0}
                          aria-label={t('orders.line.quantity')}
                          className="orders-cell"
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'room',
                    title: t('orders.line.room'),
                    width: 100,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'room']} rules={[{ max: 80 }]}>
                        <Input maxLength={80} aria-label={t('orders.line.room')} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'note',
                    title: t('orders.line.note'),
                    width: 100,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'note']} rules={[{ max: 500 }]}>
                        <Input maxLength={500} aria-label={t('orders.line.note')} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'actions',
                    title: t('orders.line.actions'),
                    width: 100,
                    fixed: 'right' as const,
                    render: (_, field) => (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          onClick={() =>
                            addAfter(field.name, { ...(form.getFieldValue(['lines', field.name]) as LineValues) })
                          }
                        >
                          {t('orders.line.copy')}
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          danger
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                        >
                          {t('orders.line.remove')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
              <Form.ErrorList errors={errors} />
              <Button
                className="orders-add-line"
                type="dashed"
                block
                onClick={() => {
                  const all = (form.getFieldValue('lines') as LineValues[] | undefined) ?? [];
                  addAfter(all.length - 1, nextLine(all[all.length - 1]));
                }}
              >
                {t('orders.line.add')}
              </Button>
            </div>
          );
        }}
      </Form.List>
      <Space className="orders-form-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {order ? t('orders.form.save') : t('orders.form.create')}
        </Button>
        <Link to={order ? `${entry.path}/${order.id}` : entry.path}>
          <Button>{t('orders.form.discard')}</Button>
        </Link>
      </Space>
    </Form>
  );
}

/** The master leaf's width: asked for only when the row's model is a 子母门. */
function MasterWidthCell({ row, models }: { row: number; models: Map<string, DoorModel> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<OrderFormValues>();
  const code = Form.useWatch<string | undefined>(['lines', row, 'productCode'], form);
  const needed = needsMasterWidth(code ? models.get(code) : undefined);
  return (
    <Form.Item
      name={[row, 'masterWidth']}
      rules={needed ? [{ required: true, message: t('orders.form.required') }] : []}
    >
      <InputNumber
        min={1}
        max={100_000}
        disabled={!needed}
        placeholder={needed ? undefined : '—'}
        aria-label={t('orders.line.masterWidth')}
        className="orders-cell"
      />
    </Form.Item>
  );
}

/** Header fields, and the fields of lines the form has (`lines[2].width`). */
function isFormField(name: FieldName, lineCount: number): boolean {
  if (name.length === 1) return ['orderNo', 'customer', 'dueDate'].includes(String(name[0]));
  return name.length === 3 && name[0] === 'lines' && typeof name[1] === 'number' && name[1] < lineCount;
}

function atLeastOneLine(message: string) {
  return (_rule: unknown, lines: LineValues[] | undefined) =>
    lines && lines.length > 0 ? Promise.resolve() : Promise.reject(new Error(message));
}
