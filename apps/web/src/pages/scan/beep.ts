/**
 * The station's sounds (Web Audio, no files): one short high tone for a good scan, two low buzzes for a refusal, two
 * even mid tones for a repeat (a duplicate at the packing stations: nothing wrong, nothing done).
 */
let context: AudioContext | null = null;

/** Made on the first key press (browsers start audio only after a user gesture). */
export function unlockAudio(): void {
  if (context || typeof AudioContext === 'undefined') return;
  try {
    context = new AudioContext();
  } catch {
    context = null;
  }
}

function tone(at: number, hz: number, seconds: number, wave: OscillatorType, volume: number): void {
  if (!context) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = wave;
  oscillator.frequency.value = hz;
  gain.gain.setValueAtTime(volume, at);
  gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + seconds);
}

export function beep(kind: 'ok' | 'error' | 'prompt' | 'warn'): void {
  if (!context) return;
  if (context.state === 'suspended') void context.resume();
  const now = context.currentTime;
  if (kind === 'ok') tone(now, 1320, 0.12, 'sine', 0.25);
  else if (kind === 'prompt') {
    tone(now, 660, 0.1, 'sine', 0.2);
    tone(now + 0.13, 880, 0.1, 'sine', 0.2);
  } else if (kind === 'warn') {
    tone(now, 520, 0.12, 'triangle', 0.25);
    tone(now + 0.18, 520, 0.12, 'triangle', 0.25);
  } else {
    tone(now, 220, 0.18, 'square', 0.18);
    tone(now + 0.24, 180, 0.25, 'square', 0.18);
  }
}
