/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and component tests share Astro's Vite setup so `.astro` files and `astro:content` resolve.
// The dev toolbar is off so component HTML carries no data-astro-source-* attributes.
export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
      env: { TZ: 'Asia/Jakarta' },
    },
  },
  { devToolbar: { enabled: false } },
);
