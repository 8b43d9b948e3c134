import { describe, expect, it } from 'vitest';
import { entitiesOf, mention } from './helpers.js';

describe('CCTV is the camera system unless the sentence speaks of the broadcaster', () => {
  it.each([
    'Police released CCTV footage of the two suspects.',
    'The attack was caught on CCTV outside the station.',
    'Officers are checking CCTV cameras along the route.',
    'CCTV images showed a man in a grey hoodie.',
    // The broadcaster named in one sentence leaves the cameras of another alone.
    'State broadcaster CCTV reported the launch. Police later released CCTV footage of the crash.',
  ])('no name: %s', (text) => {
    const doc = entitiesOf(text);
    const cameras = doc.mentions.filter((m) => m.text === 'CCTV' && m.form === 'name');
    const broadcaster = text.startsWith('State broadcaster') ? 1 : 0;
    expect(cameras).toHaveLength(broadcaster);
  });

  it.each([
    'State broadcaster CCTV reported that the talks had ended.',
    'CCTV said the minister would visit Beijing next week.',
    'Chinese state television CCTV showed the rocket lifting off.',
  ])('the broadcaster: %s', (text) => {
    expect(mention(entitiesOf(text), 'CCTV')?.type).toBe('organization');
  });
});
