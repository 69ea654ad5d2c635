import { Counter } from 'prom-client';
import { metricsRegistry } from '@mendao/platform';

/** Messages the gateway refused (logged with their topic) and acknowledged, so the broker does not resend them. */
export const gatewayRejected = new Counter({
  name: 'mendao_gateway_rejected_total',
  help: 'MQTT messages refused by the gateway, by reason',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

/** Events of accepted messages: written, or already there (a redelivery, or a device sending twice). */
export const gatewayEvents = new Counter({
  name: 'mendao_gateway_events_total',
  help: 'Machine events received through MQTT, by outcome (accepted, duplicate)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});
