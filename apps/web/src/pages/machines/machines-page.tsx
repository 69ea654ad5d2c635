import { message, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { HolidaysTab, MaintenanceTab } from './calendar-tabs';
import { MachinesTab } from './machines-tab';
import { ReasonsTab } from './reasons-tab';
import { ShiftsTab } from './shifts-tab';
import './machines.css';

const TABS = ['machines', 'shifts', 'holidays', 'maintenance', 'reasons'] as const;
type Tab = (typeof TABS)[number];

const TAB_LABEL = {
  machines: 'machines.tab.machines',
  shifts: 'machines.tab.shifts',
  holidays: 'machines.tab.holidays',
  maintenance: 'machines.tab.maintenance',
  reasons: 'machines.tab.reasons',
} as const satisfies Record<Tab, string>;

/** 设备与班次: the machines, the calendar that makes their planned busy time, and the downtime reasons. */
export default function MachinesPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const [messages, messageHolder] = message.useMessage();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((name) => name === asked) ?? 'machines';
  const props = { readOnly: entry.readOnly, notify: (text: string) => void messages.success(text) };
  const panes: Record<Tab, React.ReactNode> = {
    machines: <MachinesTab {...props} />,
    shifts: <ShiftsTab {...props} />,
    holidays: <HolidaysTab {...props} />,
    maintenance: <MaintenanceTab {...props} />,
    reasons: <ReasonsTab {...props} />,
  };

  return (
    <>
      {messageHolder}
      <PageTitle entry={entry} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={TABS.map((name) => ({ key: name, label: t(TAB_LABEL[name]), children: panes[name] }))}
      />
    </>
  );
}
