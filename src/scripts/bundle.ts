// `npm run bundle`: the CLI and the GitHub Action as a self-contained bundle in bundle/ (committed,
// so the Action and the Gradescope package start with no install): ESM, one file per entry and
// shared chunks, all in one folder so workers sit beside the code that starts them, and the
// tfjs wasm files beside them. Built from dist/ (run `npm run build` first). CI rebuilds it and
// fails on any difference (test/bundle.test.ts).
//
// The sources load libraries lazily with `createRequire(import.meta.url)('x')`, which a bundler
// cannot see; the plugin below turns those into plain `require('x')` calls that esbuild bundles
// (still evaluated on first use). The banner gives the bundle `require` (for Node's built-ins),
// `__filename` and `__dirname`, as CommonJS code expects.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const seeLazyRequires: Plugin = {
  name: 'see-lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(/^\s*const require = createRequire\(import\.meta\.url\);$/gm, '')
        .replace(/createRequire\(import\.meta\.url\)\(/g, 'require('),
      loader: 'js',
    }));
  },
};

export async function bundle(out = join(root, 'bundle')): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: {
      cli: join(root, 'dist', 'cli.js'),
      action: join(root, 'dist', 'action', 'main.js'),
      worker: join(root, 'dist', 'grading', 'worker.js'),
      'replica-worker': join(root, 'dist', 'kinds', 'training-claims', 'replica-worker.js'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // tfjs's CommonJS build re-exports through getters a bundle cannot see: its ES modules are used.
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunk-[hash]',
    // tfjs-node is looked up by a computed name: when a user has it, it is used; never bundled.
    external: ['@tensorflow/tfjs-node'],
    // CommonJS code inside (tfjs's wasm loader) wants require, __filename and __dirname.
    banner: { js: "import{createRequire as __gcRequire}from'node:module';import{fileURLToPath as __gcPath}from'node:url';import{dirname as __gcDir}from'node:path';const require=__gcRequire(import.meta.url);const __filename=__gcPath(import.meta.url);const __dirname=__gcDir(__filename);" },
    plugins: [seeLazyRequires],
    logLevel: 'warning',
  });
  const wasm = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) copyFileSync(join(wasm, f), join(out, f));
  // The PyTorch engine's script, found beside the bundle (torch-engine.ts looks in ./python/).
  mkdirSync(join(out, 'python'));
  copyFileSync(join(root, 'python', 'torch_engine.py'), join(out, 'python', 'torch_engine.py'));
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle(process.argv[2]);
