import { brokerUrlForLog } from './broker-url';

describe(brokerUrlForLog.name, () => {
  it('hides the password and keeps the rest', () => {
    expect(brokerUrlForLog('mqtts://gateway:s3cret@broker.lan:8883')).toBe('mqtts://gateway:***@broker.lan:8883');
    expect(brokerUrlForLog('mqtt://127.0.0.1:1883')).toBe('mqtt://127.0.0.1:1883');
  });
});
