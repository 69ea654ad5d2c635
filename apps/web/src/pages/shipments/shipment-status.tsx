import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShipmentSummary } from './shipments-api';

/** Open (loading), cancelled or closed; closed with packages missing shows the supervisor's override and its reason. */
export function ShipmentStatusTag({ shipment }: { shipment: Pick<ShipmentSummary, 'status' | 'overrideReason'> }) {
  const { t } = useTranslation();
  if (shipment.status === 'open')
    return (
      <Tag color="processing" className="shipments-status">
        {t('shipments.status.open')}
      </Tag>
    );
  if (shipment.status === 'cancelled') return <Tag className="shipments-status">{t('shipments.status.cancelled')}</Tag>;
  return (
    <Space size={4}>
      <Tag color="success" className="shipments-status">
        {t('shipments.status.closed')}
      </Tag>
      {shipment.overrideReason !== null && (
        <Tooltip title={shipment.overrideReason}>
          <Tag color="warning">{t('shipments.overridden')}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
