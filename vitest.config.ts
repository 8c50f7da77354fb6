/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and component tests share Astro's Vite setup so `.astro` files and `astro:content` resolve.
// The dev toolbar is off so component HTML carries no data-astro-source-* attributes.
// Two projects: `unit` (pure functions, fixtures, components: seconds) and `integration` (real
// `astro build` and `astro dev` processes: minutes, one file at a time since they share .astro/).
export default getViteConfig(
  {
    test: {
      env: { TZ: 'Asia/Jakarta' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['tests/integration/**/*.test.ts'],
            // One file at a time, in one process: builds and dev servers share .astro/.
            pool: 'forks',
            poolOptions: { forks: { singleFork: true } },
            testTimeout: 300_000,
            hookTimeout: 300_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
