import { describe, expect, it } from 'vitest';
import { ampSizeMessage, parseHeight, parsePym, parsePymMessage, pymMessage } from '../../../src/lib/embed/pym';

describe("pym.js's message format", () => {
  it('round-trips', () => {
    const message = pymMessage('pym-0-abc', 'height', '1234');
    expect(message).toBe('pymxPYMxpym-0-abcxPYMxheightxPYMx1234');
    expect(parsePym(message)).toEqual({ childId: 'pym-0-abc', type: 'height', message: '1234' });
    expect(parsePymMessage(message, 'pym-0-abc')).toEqual({ type: 'height', message: '1234' });
  });

  it.each([
    ['another child', 'pymxPYMxotherxPYMxheightxPYMx5'],
    ['no message', 'pymxPYMxpym-0-abcxPYMxheight'],
    ['extra parts', 'pymxPYMxpym-0-abcxPYMxheightxPYMx5xPYMx6'],
    ['not pym', 'hello'],
    ['an object', { sentinel: 'amp', type: 'embed-size', height: 5 }],
    ['too long', `pymxPYMxpym-0-abcxPYMxheightxPYMx${'1'.repeat(1000)}`],
  ])('is not a message for the child: %s', (_, data) => {
    expect(parsePymMessage(data, 'pym-0-abc')).toBeNull();
  });

  it.each([
    ['1234', 1234],
    ['1234.2', 1235],
    ['100000', 100000],
    ['1000000', null],
    ['0', null],
    ['-5', null],
    ['1e5', null],
    ['12px', null],
    ['', null],
  ])('parseHeight(%j) → %j', (message, height) => expect(parseHeight(message)).toBe(height));

  it("asks AMP for a height in amp-iframe's own format", () => {
    expect(ampSizeMessage(1200)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 1200 });
  });
});
