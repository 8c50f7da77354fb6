import { describe, expect, it } from 'vitest';
import { shareUrl } from '../../src/lib/share';

describe('shareUrl', () => {
  it('fills the address and the title, URL-encoded', () => {
    expect(shareUrl('telegram', 'https://a.test/en/?x=1&y=2#m', 'Q & A: "$&"')).toBe(
      'https://t.me/share/url?url=https%3A%2F%2Fa.test%2Fen%2F%3Fx%3D1%26y%3D2%23m&text=Q%20%26%20A%3A%20%22%24%26%22',
    );
  });
  it('every service gets the page address', () => {
    for (const service of ['whatsapp', 'x', 'facebook', 'telegram', 'email'] as const)
      expect(shareUrl(service, 'https://a.test/p/', 't')).toContain('https%3A%2F%2Fa.test%2Fp%2F');
  });
});
