import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { code128Bars } from './code128';

/** A Code 128 barcode as SVG, `module` px a module; the code in large monospace under it. */
export function Barcode128({ value, module = 2, height = 64 }: { value: string; module?: number; height?: number }) {
  const drawn = code128Bars(value);
  if (!drawn) return <div className="wh-barcode-text">{value}</div>;
  return (
    <figure className="wh-barcode" data-barcode={value}>
      <svg
        role="img"
        aria-label={value}
        width={drawn.modules * module}
        height={height}
        viewBox={`0 0 ${drawn.modules} ${height}`}
        preserveAspectRatio="none"
        shapeRendering="crispEdges"
      >
        <rect width={drawn.modules} height={height} fill="#fff" />
        {drawn.bars.map(([x, width]) => (
          <rect key={x} x={x} width={width} height={height} fill="#000" />
        ))}
      </svg>
      <figcaption className="wh-barcode-text">{value}</figcaption>
    </figure>
  );
}

/** A printable label: the barcode with what it names; the browser prints only the label. */
export function BarcodeLabelButton({
  barcode,
  title,
  subtitle,
}: {
  barcode: string;
  title: string;
  subtitle?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('warehouse.label.open')}
      </Button>
      <Modal
        open={open}
        title={t('warehouse.label.title')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={[
          <Button key="close" onClick={() => setOpen(false)}>
            {t('warehouse.label.close')}
          </Button>,
          <Button key="print" type="primary" onClick={() => window.print()}>
            {t('warehouse.label.print')}
          </Button>,
        ]}
      >
        <div className="wh-label">
          <Typography.Text strong className="wh-label-title">
            {title}
          </Typography.Text>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
          <Barcode128 value={barcode} module={2} height={72} />
        </div>
      </Modal>
    </>
  );
}
