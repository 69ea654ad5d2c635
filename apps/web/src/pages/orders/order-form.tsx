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
  Switch,
  Table,
  Typography,
} from 'antd';
import { useEffect, useRef, useState, type Key, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { problemFields, type FieldName } from '../../api/field-errors';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { localMessage } from '../../api/localized-message';
import { allows, refusalText } from './order-actions';
import {
  createBody,
  DOOR_TYPE_INPUT,
  doorCount,
  doorTypeInput,
  formProblem,
  formValuesOf,
  inputsOf,
  linesWithOptionErrors,
  needsMasterWidth,
  nextLine,
  optionsForModel,
  updateBody,
  type LineOptions,
  type LineValues,
  type OrderFormValues,
} from './order-form-state';
import { doorTypeWords, inputLabel, optionPairs } from './order-line-words';
import { useDoorModels, useOrder } from './orders-api';
import { STATUS_LABEL, type DoorModel, type ModelInput, type Order } from './order-types';
import { HANDING_LABEL, HANDINGS, isHanding } from '../part-labels';
import { DOOR_TYPE_LABEL } from '../door-models/labels';

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
  // rows whose model inputs are open below them, by the Form.List key (stable across inserts and removals)
  const [openRows, setOpenRows] = useState<Key[]>([]);
  const rowKeys = useRef<number[]>([]);
  const openRowsAt = (rows: number[]) => {
    const keys = rows.map((row) => rowKeys.current[row]).filter((key) => key !== undefined);
    setOpenRows((open) => [...new Set([...open, ...keys])]);
  };
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
      const current = (form.getFieldValue('lines') as LineValues[] | undefined) ?? [];
      const { fields, elsewhere: rest } = problemFields(formProblem(error.problem), (name) =>
        isFormField(name, current, models),
      );
      const local = fields.map((field) => ({
        ...field,
        errors: field.errors.map((e) => localMessage(e, language, t)),
      }));
      const refusedInputs = linesWithOptionErrors(error.problem);
      openRowsAt(refusedInputs);
      // a model may have a new version since the screen read it: its inputs' ranges and choices as they are now
      if (refusedInputs.length > 0) void queryClient.invalidateQueries({ queryKey: ['order-form', 'door-models'] });
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
      onFinish={() => {
        setElsewhere([]);
        // the whole store: the inputs of a closed row are not mounted fields, yet are the line's
        save.mutate(form.getFieldsValue(true) as OrderFormValues);
      }}
      onFinishFailed={({ errorFields }) => {
        setElsewhere([t('orders.form.fixFields')]);
        openRowsAt(errorFields.filter((f) => f.name[2] === 'options').map((f) => Number(f.name[1])));
      }}
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
          rowKeys.current = fields.map((field) => field.key);
          const toggleRow = (key: number) =>
            setOpenRows((open) => (open.includes(key) ? open.filter((k) => k !== key) : [...open, key]));
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
                scroll={{ x: 1500 }}
                expandable={{
                  // every row's inputs are rendered, a closed row's hidden: a field must be there to be checked
                  // and to show the api's error at it
                  expandedRowKeys: fields.map((field) => field.key),
                  showExpandColumn: false,
                  expandedRowRender: (field) => <OptionsPanel row={field.name} models={models} />,
                  expandedRowClassName: (field) =>
                    openRows.includes(field.key) && hasOwnInputs(models, lines[field.name]?.productCode)
                      ? 'orders-options-row'
                      : 'orders-options-row orders-options-closed',
                }}
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
                          // another model: its own inputs, prefilled with its defaults
                          onChange={(code: string) =>
                            form.setFieldValue(
                              ['lines', field.name, 'options'],
                              optionsForModel(
                                models.get(code),
                                form.getFieldValue(['lines', field.name, 'options']) as LineOptions | undefined,
                              ),
                            )
                          }
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
                  {
                    key: 'doorType',
                    title: t('orders.line.doorType'),
                    width: 110,
                    render: (_, field) => <DoorTypeCell row={field.name} models={models} />,
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
                    width: language === 'en' ? 170 : 110,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'swing']} rules={[rule, { max: 40 }]}>
                        <HandingSelect />
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
                    key: 'options',
                    title: t('orders.line.options'),
                    width: 180,
                    render: (_, field) => (
                      <OptionsCell
                        row={field.name}
                        models={models}
                        open={openRows.includes(field.key)}
                        onToggle={() => toggleRow(field.key)}
                      />
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

/** The master leaf's width: asked for only when the row's door is a 子母门 (by its model or its door type). */
function MasterWidthCell({ row, models }: { row: number; models: Map<string, DoorModel> }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<OrderFormValues>();
  const code = Form.useWatch<string | undefined>(['lines', row, 'productCode'], form);
  const options = Form.useWatch<LineOptions | undefined>(['lines', row, 'options'], { form, preserve: true });
  if (!needsMasterWidth(code ? models.get(code) : undefined, options))
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Form.Item name={[row, 'masterWidth']} rules={[{ required: true, message: t('orders.form.required') }]}>
      <InputNumber min={1} max={100_000} aria-label={t('orders.line.masterWidth')} className="orders-cell" />
    </Form.Item>
  );
}

/**
 * The line's door type (门类型): a choice when its model is a series with a `doorType` input, else the model's
 * one type, as text.
 */
function DoorTypeCell({ row, models }: { row: number; models: Map<string, DoorModel> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = Form.useFormInstance<OrderFormValues>();
  const code = Form.useWatch<string | undefined>(['lines', row, 'productCode'], form);
  const model = code ? models.get(code) : undefined;
  const input = doorTypeInput(model);
  if (!input)
    return (
      <Typography.Text type="secondary">
        {model ? doorTypeWords(model, undefined, language, (type) => t(DOOR_TYPE_LABEL[type])) : '—'}
      </Typography.Text>
    );
  return (
    <Form.Item name={[row, 'options', DOOR_TYPE_INPUT]} rules={requiredRules(input, t('orders.form.required'))}>
      <Select
        options={(input.options ?? []).map((option) => ({
          value: option.value,
          label: language === 'en' ? option.labelEn : option.labelZh,
        }))}
        aria-label={t('orders.line.doorType')}
        className="orders-cell"
      />
    </Form.Item>
  );
}

type HandingOption = { value: string; label: string; search: string };

/**
 * The handing: one of the seven, picked or found by typing (左内, right in, left-out…); words a dealer writes
 * that match none (内开左, L-IN) are kept as typed, for the api to read or refuse at this cell.
 */
function HandingSelect({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [typed, setTyped] = useState('');
  const known: HandingOption[] = HANDINGS.map((code) => {
    const zh = t(HANDING_LABEL[code], { lng: 'zh-CN' });
    const en = t(HANDING_LABEL[code], { lng: 'en' });
    return { value: code, label: language === 'en' ? `${en} · ${zh}` : zh, search: `${code} ${zh} ${en}` };
  });
  // a line entered before handings were structured keeps its words until changed
  if (value && !isHanding(value)) known.push({ value, label: value, search: value });
  const text = typed.trim();
  const matching = known.filter((option) => matches(option, text));
  const options =
    text !== '' && matching.length === 0
      ? [{ value: text, label: t('orders.line.swingAsTyped', { text }), search: text }, ...known]
      : known;
  const pick = (picked: string) => {
    setTyped('');
    onChange?.(picked);
  };
  return (
    <Select<string, HandingOption>
      value={value}
      options={options}
      showSearch={{
        searchValue: typed,
        onSearch: setTyped,
        filterOption: (input, option) =>
          option !== undefined && (option.value === input.trim() || matches(option, input.trim())),
      }}
      onChange={pick}
      // Tab leaves the cell with what was typed: the one handing it names, or the words as they are
      onBlur={() => {
        if (text === '') return;
        if (matching.length === 1) pick(matching[0].value);
        else if (matching.length === 0) pick(text);
      }}
      placeholder={t('orders.line.swingPlaceholder')}
      aria-label={t('orders.line.swing')}
      popupMatchSelectWidth={false}
      className="orders-cell"
    />
  );
}

function matches(option: HandingOption, text: string): boolean {
  return option.search.toLowerCase().includes(text.toLowerCase());
}

/** What the row's inputs are set to, in one line; a click opens them below the row. */
function OptionsCell({
  row,
  models,
  open,
  onToggle,
}: {
  row: number;
  models: Map<string, DoorModel>;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = Form.useFormInstance<OrderFormValues>();
  const code = Form.useWatch<string | undefined>(['lines', row, 'productCode'], form);
  const options = Form.useWatch<LineOptions | undefined>(['lines', row, 'options'], { form, preserve: true });
  const model = code ? models.get(code) : undefined;
  if (!hasOwnInputs(models, code)) return <Typography.Text type="secondary">—</Typography.Text>;
  const pairs = optionPairs(model, options, language, { yes: t('orders.yes'), no: t('orders.no') });
  return (
    <Button
      type="link"
      size="small"
      className="orders-options-toggle"
      aria-expanded={open}
      aria-label={t('orders.line.optionsOf', { n: row + 1 })}
      onClick={onToggle}
    >
      {pairs.length > 0 ? pairs.map((pair) => `${pair.label} ${pair.words}`).join(' · ') : t('orders.line.optionsSet')}
    </Button>
  );
}

/** Whether the model has inputs besides its door type: those open under the row. */
function hasOwnInputs(models: Map<string, DoorModel>, code: string | undefined): boolean {
  return inputsOf(code ? models.get(code) : undefined).some((input) => input.name !== DOOR_TYPE_INPUT);
}

/** The row's model inputs other than the door type, each by its type, under the row. */
function OptionsPanel({ row, models }: { row: number; models: Map<string, DoorModel> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const form = Form.useFormInstance<OrderFormValues>();
  const code = Form.useWatch<string | undefined>(['lines', row, 'productCode'], form);
  const inputs = inputsOf(code ? models.get(code) : undefined).filter((input) => input.name !== DOOR_TYPE_INPUT);
  return (
    <div className="orders-options" role="group" aria-label={t('orders.line.optionsOf', { n: row + 1 })}>
      {inputs.map((input) => (
        <Form.Item
          key={input.name}
          name={[row, 'options', input.name]}
          label={input.unit ? `${inputLabel(input, language)} (${input.unit})` : inputLabel(input, language)}
          valuePropName={input.type === 'boolean' ? 'checked' : 'value'}
          rules={requiredRules(input, t('orders.form.required'))}
          extra={rangeText(input, t)}
        >
          <InputControl input={input} label={inputLabel(input, language)} />
        </Form.Item>
      ))}
    </div>
  );
}

function InputControl({ input, label, ...control }: { input: ModelInput; label: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  switch (input.type) {
    case 'enum':
      return (
        <Select
          {...control}
          aria-label={label}
          className="orders-option"
          options={(input.options ?? []).map((option) => ({
            value: option.value,
            label: language === 'en' ? option.labelEn : option.labelZh,
          }))}
        />
      );
    case 'boolean':
      return (
        <Switch {...control} aria-label={label} checkedChildren={t('orders.yes')} unCheckedChildren={t('orders.no')} />
      );
    case 'number':
      return (
        <InputNumber
          {...control}
          aria-label={label}
          className="orders-option"
          min={input.min}
          max={input.max}
          suffix={input.unit}
        />
      );
    case 'text':
      return <Input {...control} aria-label={label} className="orders-option" maxLength={80} />;
  }
}

function rangeText(input: ModelInput, t: (key: 'orders.line.range', values: Record<string, unknown>) => string) {
  if (input.type !== 'number' || (input.min === undefined && input.max === undefined)) return undefined;
  return t('orders.line.range', { min: input.min ?? '…', max: input.max ?? '…', unit: input.unit ?? '' });
}

/**
 * Header fields, the fields of lines the form has (`lines[2].width`), and the inputs their models declare
 * (`lines[1].options.transom`).
 */
function isFormField(name: FieldName, lines: LineValues[], models: Map<string, DoorModel>): boolean {
  if (name.length === 1) return ['orderNo', 'customer', 'dueDate'].includes(String(name[0]));
  if (name[0] !== 'lines' || typeof name[1] !== 'number' || name[1] >= lines.length) return false;
  if (name.length === 3) return true;
  const model = models.get(lines[name[1]]?.productCode ?? '');
  return name.length === 4 && name[2] === 'options' && inputsOf(model).some((input) => input.name === name[3]);
}

function atLeastOneLine(message: string) {
  return (_rule: unknown, lines: LineValues[] | undefined) =>
    lines && lines.length > 0 ? Promise.resolve() : Promise.reject(new Error(message));
}

/**
 * An input needs a value unless it is a yes/no with a default (a switch is never empty): defaults are prefilled, so
 * an empty field is one the planner cleared or one a model switch could not carry over, and must be chosen.
 */
function requiredRules(input: { type: string; default?: unknown }, message: string) {
  return input.type === 'boolean' && input.default !== undefined ? [] : [{ required: true, message }];
}
