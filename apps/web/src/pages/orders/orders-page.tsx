import { Route, Routes } from 'react-router';
import type { PageProps } from '../page-props';
import { OrderDetail } from './order-detail';
import { OrderForm } from './order-form';
import { OrderImport } from './order-import';
import { OrderList } from './order-list';
import './orders.css';

/** The planner's orders: the list (filters in the address bar), an order, its form, the import. */
export default function OrdersPage({ entry }: PageProps) {
  return (
    <Routes>
      <Route index element={<OrderList entry={entry} />} />
      <Route path="new" element={<OrderForm entry={entry} />} />
      <Route path="import" element={<OrderImport entry={entry} />} />
      <Route path=":id" element={<OrderDetail entry={entry} />} />
      <Route path=":id/edit" element={<OrderForm entry={entry} />} />
    </Routes>
  );
}
