import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', height = '900', scheme = 'light'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
});
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
const box = await page.locator('.timeline').first().boundingBox();
await page.screenshot({
  path: out,
  clip: { x: 0, y: Math.max(0, box.y - 20), width: Number(width), height: Math.min(1100, 1100) },
  fullPage: true,
});
console.log(errors.join('\n') || 'no console errors');
await browser.close();
