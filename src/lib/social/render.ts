// SVG → PNG for social cards, in Node at build time, with the DejaVu fonts from the npm package
// (never the system's fonts, so a fresh machine renders the same image). Rendering and PNG
// encoding take ~30 ms a card, so cards are made in worker threads, one per core, while the main
// thread goes on building pages (astro.config.mjs lets two pages build at once).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const options = {
  font: {
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => join(fontDir, f)),
    loadSystemFonts: false,
    defaultFontFamily: 'DejaVu Sans',
  },
  fitTo: { mode: 'original' },
};

// The worker is plain CommonJS given as source, so it runs the same from src/ and from the bundle.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg }) => {
  try {
    parentPort.postMessage({ id, png: new Resvg(svg, workerData.options).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});`;

interface Pending {
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

let workers: Worker[] | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function pool(): Worker[] {
  workers ??= Array.from({ length: Math.max(1, availableParallelism()) }, () => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { resvg: require.resolve('@resvg/resvg-js'), options },
    });
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(id)!;
      pending.delete(id);
      if (error || !png) job.reject(new Error(`social card: ${error}`));
      else job.resolve(Buffer.from(png));
      if (!pending.size) for (const w of workers ?? []) w.unref();
    });
    // A crashed worker fails the build with its error rather than leaving a card waiting forever.
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      workers = undefined;
    });
    worker.unref();
    return worker;
  });
  return workers;
}

export function svgToPng(svg: string): Promise<Buffer> {
  const id = nextId++;
  const threads = pool();
  const worker = threads[id % threads.length]!;
  worker.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, svg });
  });
}
