import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PackageLabelButtons } from '../split-runs/package-labels';
import { TravelerButton } from '../work-orders/traveler-button';
import type { Order, OrderStatus } from './order-types';

/** An order is released (its work orders on the shop floor) from in_production on; labels and travelers print then. */
const RELEASED: readonly OrderStatus[] = ['in_production', 'packed', 'shipped'];

/**
 * An order's package labels (打印包装标签) and its travelers (打印流转卡, those of its released split run,
 * `lastSplitRunId`); both off with the reason until the order is released.
 */
export function OrderPrinting({ order }: { order: Order }) {
  const { t } = useTranslation();
  const released = RELEASED.includes(order.status) && order.lastSplitRunId !== null;
  return (
    <Space wrap size="middle" className="orders-printing">
      <PackageLabelButtons of={{ order: order.id, orderNo: order.orderNo }} released={released} />
      {order.lastSplitRunId !== null && (
        <TravelerButton of={{ run: order.lastSplitRunId }} label={t('labels.orderTravelers')} notReleased={!released} />
      )}
    </Space>
  );
}
