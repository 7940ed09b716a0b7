/**
 * Runs parseWorkbook in a worker thread with a heap limit and a hard deadline, or in-process.
 *
 * Why a worker: exceljs (and any XML reader fed a hostile file) can run for minutes and grow past
 * a gigabyte; only a separate isolate can be stopped mid-computation (terminate) and capped
 * (resourceLimits.maxOldGenerationSizeMb). The in-process path still honours the time limit —
 * the built-in reader checks the deadline between chunks, and the caller stops waiting at the
 * deadline — but it cannot cap memory nor interrupt exceljs, so it is for debugging only.
 *
 * Locating the worker: compiled, this file is dist/node/cli/xlsx/worker-host.js and worker.js
 * sits next to it. Under ts-jest this file is the .ts source and there is no worker.js; the
 * worker then boots from a small inline script that compiles the .ts sources on the fly with
 * the TypeScript compiler (transpile only, cached on disk), so tests exercise the real worker
 * with the current sources instead of a possibly stale build.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fromInputErrorData, InputError, isInputErrorData, outOfMemoryError, timeoutError, corrupt } from './errors';
import { toErrorData } from './outcome';
import { parseWorkbook } from './parse';
import type { ParseRequest, ParseResult, WorkerReply } from './types';
import { decodeSheet } from './wire';

export interface RunLimits {
  readonly timeoutMs: number;
  readonly maxMemoryMB: number;
}

/** Compiles required .ts files with `typescript.transpileModule`, caching output by content hash. */
const TS_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { threadId } = require('node:worker_threads');
const entry = workerData.__entry;
const cacheDir = workerData.__cacheDir;
const req = Module.createRequire(entry);
let ts = null;
Module._extensions['.ts'] = function (module, filename) {
  const src = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update('v1:ES2020:commonjs\\0').update(filename).update('\\0').update(src).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  let out = null;
  try { out = fs.readFileSync(cached, 'utf8'); } catch (e) { out = null; }
  if (out === null) {
    if (ts === null) ts = req('typescript');
    out = ts.transpileModule(src, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, isolatedModules: true },
    }).outputText;
    try { fs.mkdirSync(cacheDir, { recursive: true }); const tmp = cached + '.' + process.pid + '.' + threadId; fs.writeFileSync(tmp, out); fs.renameSync(tmp, cached); } catch (e) { /* cache is optional */ }
  }
  module._compile(out, filename);
};
req(entry);
`;

function spawn(req: ParseRequest, limits: RunLimits): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxMemoryMB,
    // The young generation is part of the budget too; keep it proportionate for small limits.
    maxYoungGenerationSizeMb: Math.max(8, Math.min(64, Math.floor(limits.maxMemoryMB / 8))),
  };
  const compiled = join(__dirname, 'worker.js');
  if (!__filename.endsWith('.ts') && existsSync(compiled)) {
    return new Worker(compiled, { workerData: req, resourceLimits });
  }
  return new Worker(TS_BOOTSTRAP, {
    eval: true,
    workerData: { ...req, __entry: join(__dirname, 'worker.ts'), __cacheDir: join(tmpdir(), 'appendix-check-ts-cache') },
    resourceLimits,
  });
}

export function runInWorker(req: ParseRequest, limits: RunLimits): Promise<ParseResult> {
  return new Promise<ParseResult>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = spawn(req, limits);
    } catch (e) {
      reject(corrupt(`the reader could not start: ${(e as Error).message}`));
      return;
    }
    const finish = (err: InputError | null, result?: ParseResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (err) reject(err);
      else resolve(result as ParseResult);
    };
    const remaining = Math.max(0, req.deadline - Date.now());
    // A little after the cooperative deadline, so a reader that notices in time reports itself.
    const timer = setTimeout(() => finish(timeoutError(req.timeoutMs)), remaining + 250);
    worker.on('message', (msg: WorkerReply) => {
      if (msg.ok) {
        try {
          finish(null, { sheets: msg.sheets.map(decodeSheet), warnings: msg.warnings, reader: msg.reader });
        } catch (e) {
          finish(corrupt(`the reader's answer could not be decoded: ${(e as Error).message}`));
        }
      } else finish(isInputErrorData(msg.error) ? fromInputErrorData(msg.error) : corrupt('unexpected reader failure'));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(e.message)) {
        finish(outOfMemoryError(limits.maxMemoryMB));
      } else {
        finish(corrupt(`unexpected reader failure: ${e.message}`));
      }
    });
    worker.on('exit', (code) => {
      finish(corrupt(`the reader stopped unexpectedly (exit code ${code})`));
    });
  });
}

/** Same contract without a worker: the time limit holds (cooperatively), memory is not capped. */
export async function runInProcess(req: ParseRequest): Promise<ParseResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(req.timeoutMs)), Math.max(0, req.deadline - Date.now()) + 250);
  });
  try {
    return await Promise.race([
      parseWorkbook(req).catch((error: unknown) => {
        throw fromInputErrorData(toErrorData(error));
      }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
