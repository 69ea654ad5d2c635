import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { PageProps } from '../page-props';
import { NewShipment } from './new-shipment';
import { ShipmentDetail } from './shipment-detail';
import { ShipmentList } from './shipment-list';
import './shipments.css';

/** 发货计划: the shipments, a new one from packed orders in delivery order, and one shipment with its manifest. */
export default function ShipmentsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<ShipmentList entry={entry} />} />
      <Route
        path="new"
        element={entry.readOnly ? <Navigate to={entry.path} replace /> : <NewShipment entry={entry} />}
      />
      <Route path=":id" element={<ShipmentDetail entry={entry} />} />
      <Route path="*" element={<Result status="404" title={t('page.notFound')} />} />
    </Routes>
  );
}
