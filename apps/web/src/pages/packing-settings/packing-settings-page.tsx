import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  message,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { EditDialog, useEditSave } from '../machines/edit-dialog';
import { showProblem, topLevel } from '../machines/form-problem';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import {
  createStation,
  loadPackingSettings,
  loadStations,
  savePackingSettings,
  updateStation,
  type PackingSettings,
  type PackStation,
} from './packing-settings-api';
import { ScanLogCard } from './scan-log';
import './packing-settings.css';

const STATIONS_KEY = ['packing', 'stations'] as const;
const SETTINGS_KEY = ['packing', 'settings'] as const;

/**
 * 包装工位与条码 and 扫描记录: the pack stations (added, renamed, switched off by managers; a packer reads them) and the factory's
 * GS1 company prefix, which turns the labels' codes into SSCC-18 (the admin's).
 */
export default function PackingSettingsPage({ entry }: PageProps) {
  const { session } = useAuth();
  const { t } = useTranslation();
  const roles = session?.user.roles ?? [];
  const admin = roles.includes('admin');
  // the undo is the supervisors' (manager, admin): a packer reads the log
  const supervisor = admin || roles.includes('manager');
  const [messages, messageHolder] = message.useMessage();
  const notify = (text: string) => void messages.success(text);
  return (
    <>
      {messageHolder}
      <PageTitle entry={entry} />
      <Tabs
        className="packing-settings-tabs"
        items={[
          {
            key: 'stations',
            label: t('packingSettings.tab.stations'),
            children: (
              <Space direction="vertical" size="large" className="packing-settings">
                <StationsCard readOnly={entry.readOnly} notify={notify} />
                <BarcodeCard editable={admin} notify={notify} />
              </Space>
            ),
          },
          {
            key: 'scans',
            label: t('packingSettings.tab.scans'),
            children: <ScanLogCard canUndo={!entry.readOnly && supervisor} />,
          },
        ]}
      />
    </>
  );
}

type Notify = (text: string) => void;

function StationsCard({ readOnly, notify }: { readOnly: boolean; notify: Notify }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const stations = useQuery({ queryKey: STATIONS_KEY, queryFn: ({ signal }) => loadStations(signal) });
  // null: closed; 'new': adding one; a station: renaming it
  const [editing, setEditing] = useState<PackStation | 'new' | null>(null);
  const toggle = useMutation({
    mutationFn: (station: PackStation) => updateStation(station.code, { active: !station.active }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: STATIONS_KEY });
      notify(
        t(saved.active ? 'packingSettings.station.activated' : 'packingSettings.station.deactivated', {
          code: saved.code,
        }),
      );
    },
  });

  return (
    <Card
      size="small"
      title={t('packingSettings.stations')}
      extra={
        !readOnly && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('packingSettings.station.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('packingSettings.stationsHint')}</Typography.Paragraph>
      {stations.error && <ProblemAlert error={stations.error} />}
      {toggle.error && <ProblemAlert error={toggle.error} />}
      <Table<PackStation>
        rowKey="code"
        size="small"
        className="packing-stations"
        dataSource={stations.data ?? []}
        loading={stations.isPending}
        pagination={false}
        locale={{ emptyText: t('packingSettings.station.none') }}
        rowClassName={(s) => (s.active ? '' : 'packing-station-inactive')}
        columns={[
          {
            key: 'code',
            title: t('packingSettings.station.code'),
            render: (_, s) => <span className="packing-settings-code">{s.code}</span>,
          },
          { key: 'name', title: t('packingSettings.station.name'), dataIndex: 'name' },
          {
            key: 'active',
            title: t('packingSettings.station.state'),
            render: (_, s) =>
              s.active ? (
                <Tag color="success">{t('packingSettings.station.active')}</Tag>
              ) : (
                <Tag>{t('packingSettings.station.inactive')}</Tag>
              ),
          },
          {
            key: 'openOrder',
            title: t('packingSettings.station.openOrder'),
            render: (_, s) =>
              s.openOrder ? (
                <Space size={4}>
                  <span className="packing-settings-code">{s.openOrder.orderNo}</span>
                  {s.openedAt && (
                    <Typography.Text type="secondary">{formatDateTime(s.openedAt, language)}</Typography.Text>
                  )}
                </Space>
              ) : (
                ''
              ),
          },
          ...(readOnly
            ? []
            : [
                {
                  key: 'actions',
                  title: t('packingSettings.actions'),
                  render: (_: unknown, s: PackStation) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => setEditing(s)}>
                        {t('packingSettings.station.rename')}
                      </Button>
                      <Button
                        size="small"
                        danger={s.active}
                        loading={toggle.isPending && toggle.variables.code === s.code}
                        onClick={() => toggle.mutate(s)}
                      >
                        {t(s.active ? 'packingSettings.station.deactivate' : 'packingSettings.station.activate')}
                      </Button>
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      {editing !== null && (
        <StationDialog
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            notify(
              t(created ? 'packingSettings.station.created' : 'packingSettings.station.saved', { code: saved.code }),
            );
          }}
        />
      )}
    </Card>
  );
}

type StationForm = { code: string; name: string };

function StationDialog({
  editing,
  onClose,
  onSaved,
}: {
  editing: PackStation | null;
  onClose: () => void;
  onSaved: (station: PackStation, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StationForm>();
  const save = useEditSave({
    form,
    queryKey: STATIONS_KEY,
    send: (values: StationForm) =>
      editing
        ? updateStation(editing.code, { name: values.name.trim() })
        : createStation({ code: values.code.trim(), name: values.name.trim(), active: true }),
    hasField: topLevel(['code', 'name']),
    onSaved: (station) => onSaved(station, editing === null),
  });
  return (
    <EditDialog
      title={
        editing ? t('packingSettings.station.renameTitle', { code: editing.code }) : t('packingSettings.station.add')
      }
      saving={save.saving}
      failure={save.failure}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form
        form={form}
        name="station"
        layout="vertical"
        initialValues={editing ?? { code: '', name: '' }}
        onFinish={save.submit}
      >
        <Form.Item
          name="code"
          label={t('packingSettings.station.code')}
          extra={editing ? undefined : t('packingSettings.station.codeHint')}
          normalize={(value: string) => value.toUpperCase()}
          rules={[{ required: true, whitespace: true, message: t('packingSettings.required') }]}
        >
          <Input disabled={editing !== null} maxLength={32} autoComplete="off" placeholder="PACK-03" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('packingSettings.station.name')}
          rules={[{ required: true, whitespace: true, message: t('packingSettings.required') }]}
        >
          <Input maxLength={60} placeholder={t('packingSettings.station.namePlaceholder')} />
        </Form.Item>
      </Form>
    </EditDialog>
  );
}

type BarcodeForm = { gs1CompanyPrefix: string; ssccExtension: number };

/** The GS1 company prefix and the SSCC's extension digit; empty prefix: the internal codes P#########C. */
function BarcodeCard({ editable, notify }: { editable: boolean; notify: Notify }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<BarcodeForm>();
  const [failure, setFailure] = useState<string[]>([]);
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: ({ signal }) => loadPackingSettings(signal) });
  const save = useMutation({
    mutationFn: (values: BarcodeForm) =>
      savePackingSettings({
        gs1CompanyPrefix: values.gs1CompanyPrefix.trim() === '' ? null : values.gs1CompanyPrefix.trim(),
        ssccExtension: values.ssccExtension,
      }),
    onMutate: () => setFailure([]),
    onSuccess: (saved: PackingSettings) => {
      queryClient.setQueryData(SETTINGS_KEY, saved);
      notify(t('packingSettings.barcode.saved'));
    },
    onError: (error) =>
      setFailure(showProblem(form, error, topLevel(['gs1CompanyPrefix', 'ssccExtension']), t('error.network'))),
  });
  const current = settings.data;

  return (
    <Card size="small" title={t('packingSettings.barcode')}>
      <Typography.Paragraph type="secondary" className="packing-settings-sscc">
        {t('packingSettings.barcode.ssccExplained')}
      </Typography.Paragraph>
      {settings.error && <ProblemAlert error={settings.error} />}
      {current && !editable && (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'prefix',
              label: t('packingSettings.barcode.prefix'),
              children: current.gs1CompanyPrefix ?? t('packingSettings.barcode.none'),
            },
            { key: 'extension', label: t('packingSettings.barcode.extension'), children: current.ssccExtension },
          ]}
        />
      )}
      {current && editable && (
        <>
          {failure.length > 0 && (
            <Alert type="error" showIcon className="packing-settings-failure" title={failure.join('；')} />
          )}
          <Form<BarcodeForm>
            form={form}
            name="barcode"
            layout="inline"
            initialValues={{ gs1CompanyPrefix: current.gs1CompanyPrefix ?? '', ssccExtension: current.ssccExtension }}
            onFinish={(values) => save.mutate(values)}
          >
            <Form.Item
              name="gs1CompanyPrefix"
              label={t('packingSettings.barcode.prefix')}
              extra={t('packingSettings.barcode.prefixHint')}
              rules={[{ pattern: /^\s*(\d{7,10})?\s*$/, message: t('packingSettings.barcode.prefixDigits') }]}
            >
              <Input maxLength={10} inputMode="numeric" autoComplete="off" placeholder="6901234" />
            </Form.Item>
            <Form.Item name="ssccExtension" label={t('packingSettings.barcode.extension')}>
              <InputNumber min={0} max={9} precision={0} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('packingSettings.barcode.save')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
