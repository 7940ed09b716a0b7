/**
 * The standalone page's Excel: the simulator (src/office-sim/) behind the same Host the
 * add-in gets in Excel, with two things a page needs that tests do not:
 *
 * - every context.sync() first yields a task to the browser. Real Excel answers a sync over
 *   IPC, so the page paints and handles clicks between round trips; the simulator answers in a
 *   microtask, which would freeze the progress bar and the Cancel button of a long run.
 * - every Excel.run, finished or failed, is announced, so the grid view redraws what changed.
 */
import type { XlExcel, XlRequestContext } from '../excel/api';
import type { Host } from '../excel/host';
import type { SimWorkbook } from '../office-sim';

/** Resolves after the browser has had a turn (a macrotask, without setTimeout's clamping). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function yielding(ctx: XlRequestContext): XlRequestContext {
  return {
    workbook: ctx.workbook,
    sync: async () => {
      await nextTask();
      await ctx.sync();
    },
  };
}

export function browserSimHost(sim: SimWorkbook, onChange: () => void): Host {
  const excel: XlExcel = {
    run: <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> =>
      sim.host.excel.run((ctx) => batch(yielding(ctx))).finally(onChange),
    createWorkbook: (base64?: string) => sim.host.excel.createWorkbook(base64),
  };
  return { excel, office: sim.host.office };
}
