/** The broker's URL as the log shows it: without the password MQTT_URL may carry (mqtts://user:secret@host). */
export function brokerUrlForLog(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable MQTT_URL)';
  }
}
