/**
 * Worker-thread entry: parses the workbook described by `workerData` and posts the grids back
 * in their compact wire form. Runs under resourceLimits set by the host, which also kills it at
 * the deadline; all that is needed here is to turn every outcome into one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData } from './outcome';
import { parseWorkbook } from './parse';
import type { ParseRequest, WorkerReply } from './types';
import { encodeSheet, transferables } from './wire';

const port = parentPort;
if (port !== null) {
  const req = workerData as ParseRequest;
  parseWorkbook(req).then(
    (result) => {
      const sheets = result.sheets.map(encodeSheet);
      const reply: WorkerReply = { ok: true, sheets, warnings: result.warnings, reader: result.reader };
      port.postMessage(reply, transferables(sheets));
    },
    (error: unknown) => {
      const reply: WorkerReply = { ok: false, error: toErrorData(error) };
      port.postMessage(reply);
    },
  );
}
