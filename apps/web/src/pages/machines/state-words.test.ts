import { describe, expect, it } from 'vitest';
import enMachines from '../../i18n/en/machines.json';
import enStation from '../../i18n/en/station.json';
import zhMachines from '../../i18n/zh-CN/machines.json';
import zhStation from '../../i18n/zh-CN/station.json';

const STATES = ['running', 'setup', 'idle', 'down', 'off'] as const;

describe('one wording for machine states across the station, the dashboard and the machines screen', () => {
  it('says 运行 / 调机 / 待机 / 停机 / 关机 and Running / Setup / Idle / Down / Off everywhere', () => {
    const zh = STATES.map((s) => [zhMachines[`machines.state.${s}`], zhStation[`station.state.${s}`]]);
    expect(zh).toEqual([
      ['运行', '运行'],
      ['调机', '调机'],
      ['待机', '待机'],
      ['停机', '停机'],
      ['关机', '关机'],
    ]);
    const en = STATES.map((s) => [enMachines[`machines.state.${s}`], enStation[`station.state.${s}`]]);
    expect(en).toEqual(STATES.map((s) => [s[0].toUpperCase() + s.slice(1), s[0].toUpperCase() + s.slice(1)]));
  });
});
