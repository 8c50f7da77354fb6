/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects on Astro's Vite setup (so `.astro` files and `astro:content` resolve):
// - unit: pure functions, schemas, component HTML (tests/unit/, tests/components/);
// - server: the static server and the build's delivery steps over real sockets and files
//   (tests/server/), apart because they start servers and child processes.
// The dev toolbar is off so component HTML carries no data-astro-source-* attributes.
export default getViteConfig(
  {
    test: {
      env: { TZ: 'Asia/Jakarta' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'] },
        },
        { extends: true, test: { name: 'server', include: ['tests/server/**/*.test.ts'] } },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
