/**
 * The simulator behaves like Excel where our code depends on it: proxies, load/sync, null
 * objects, client results, requirement sets, payload limits, all-or-nothing batches, reload.
 */
import { createSimWorkbook, SimError } from '../../src/office-sim';
import type { SimWorkbookInit } from '../../src/office-sim';

function book(extra: Partial<SimWorkbookInit> = {}) {
  return createSimWorkbook({
    sheets: [
      {
        name: 'Data',
        cells: [
          ['STT', 'Nội dung', 'Hạn'],
          [1, 'Việc một', { value: 45000, numberFormat: 'dd/mm/yyyy' }],
          [2, { value: 'Việc hai', font: { name: '.VnTime' } }, { value: 30, formula: '=SUM(A1:A2)' }],
        ],
        merges: ['A5:C5'],
      },
      { name: 'Khác', cells: [['x']] },
    ],
    ...extra,
  });
}

async function rejection(p: Promise<unknown>): Promise<SimError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

function thrown(fn: () => unknown): SimError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
  throw new Error('expected an exception');
}

describe('load and sync', () => {
  it('throws PropertyNotLoaded for a property read before load + sync, and returns it after', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:C3');
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      range.load('values, address, numberFormat');
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded'); // loaded only at sync
      await ctx.sync();
      expect(range.address).toBe('Data!A1:C3');
      expect(range.values).toEqual([
        ['STT', 'Nội dung', 'Hạn'],
        [1, 'Việc một', 45000],
        [2, 'Việc hai', 30],
      ]);
      expect(range.numberFormat[1][2]).toBe('dd/mm/yyyy');
      expect(thrown(() => range.rowCount).code).toBe('PropertyNotLoaded'); // not in the load list
    });
  });

  it('loads through navigation paths and collections', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const font = ctx.workbook.worksheets.getItem('Data').getRange('B3').format.font.load('name');
      const mixed = ctx.workbook.worksheets.getItem('Data').getRange('B1:B3').format.load('font/name');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Data', 'Khác']);
      expect(thrown(() => sheets.items[0].position).code).toBe('PropertyNotLoaded');
      expect(font.name).toBe('.VnTime');
      expect(mixed.font.name).toBeNull(); // cells disagree
    });
  });

  it('queues writes and applies them at sync, in order with loads', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Khác').getRange('A1');
      range.load('values');
      range.values = [['mới']];
      const after = ctx.workbook.worksheets.getItem('Khác').getRange('A1').load('values');
      expect(sim.cell('Khác', 'A1').value).toBe('x'); // nothing applied before the sync
      await ctx.sync();
      expect(range.values).toEqual([['x']]); // the load ran before the write
      expect(after.values).toEqual([['mới']]);
    });
    expect(sim.cell('Khác', 'A1').value).toBe('mới');
  });

  it('reports round trips in syncCount', async () => {
    const sim = book();
    const before = sim.syncCount;
    await sim.excel.run(async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      await ctx.sync();
    });
    expect(sim.syncCount - before).toBe(2);
  });

  it('sends calls still queued when Excel.run resolves, and refuses calls after it', async () => {
    const sim = book();
    let kept: { values: unknown } | null = null;
    await sim.excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Khác').getRange('B1');
      r.values = [['flushed']];
      kept = r;
    });
    expect(sim.cell('Khác', 'B1').value).toBe('flushed');
    expect(thrown(() => ((kept as { values: unknown }).values = [['late']])).code).toBe('InvalidRequestContext');
  });
});

describe('ClientResult and null objects', () => {
  it('ClientResult.value throws until the sync that computes it', async () => {
    const sim = book({ requirementSets: '1.9' });
    await sim.excel.run(async (ctx) => {
      const props = ctx.workbook.worksheets.getItem('Data').getRange('B2:B3').getCellProperties({ format: { font: { name: true } } });
      expect(thrown(() => props.value).code).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(props.value).toEqual([[{ format: { font: { name: 'Calibri' } } }], [{ format: { font: { name: '.VnTime' } } }]]);
    });
  });

  it('*OrNullObject gives isNullObject after sync instead of failing', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const present = ctx.workbook.worksheets.getItemOrNullObject('data'); // names ignore case
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('the plain getter fails the sync with ItemNotFound', async () => {
    const sim = book();
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Không có').load('name');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
  });

  it('an empty sheet has a null used range', async () => {
    const sim = createSimWorkbook({ sheets: [{ name: 'Trống', cells: [[{ fill: '#FF0000' }]] }] });
    await sim.excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      const withFormats = ctx.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(false).load('address');
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(withFormats.address).toBe('Trống!A1'.replace('Trống', "'Trống'"));
    });
  });
});

describe('requirement sets', () => {
  const above17: Array<[string, (sim: ReturnType<typeof book>) => Promise<unknown>]> = [
    ['getRanges (1.9)', (sim) => sim.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRanges('A1:A2,C1').load('areaCount');
      await ctx.sync();
    })],
    ['suspendScreenUpdatingUntilNextSync (1.9)', (sim) => sim.excel.run(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      await ctx.sync();
    })],
    ['getMergedAreasOrNullObject (1.13)', (sim) => sim.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:C9').getMergedAreasOrNullObject().load('areaCount');
      await ctx.sync();
    })],
    ['getCellProperties (1.9)', (sim) => sim.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').getCellProperties({ format: { font: { name: true } } });
      await ctx.sync();
    })],
    ['createWorkbook (1.8)', (sim) => sim.excel.createWorkbook('UEsDBA==')],
  ];

  it.each(above17)('%s fails with ApiNotFound at ExcelApi 1.7', async (_name, call) => {
    expect((await rejection(call(book({ requirementSets: '1.7' })))).code).toBe('ApiNotFound');
  });

  it.each(above17)('%s works at ExcelApi 1.17', async (_name, call) => {
    await expect(call(book({ requirementSets: '1.17' }))).resolves.toBeUndefined();
  });

  it('isSetSupported compares minor versions numerically', () => {
    const office = book({ requirementSets: '1.13' }).office;
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
    expect(office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('returns merged areas at 1.13', async () => {
    const sim = book({ requirementSets: '1.13' });
    await sim.excel.run(async (ctx) => {
      const merges = ctx.workbook.worksheets.getItem('Data').getRange('A1:C9').getMergedAreasOrNullObject();
      merges.load('areas/items/address');
      const none = ctx.workbook.worksheets.getItem('Khác').getRange('A1:C9').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(merges.areas.items.map((r) => r.address)).toEqual(['Data!A5:C5']);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe('payload limit', () => {
  it('rejects a sync whose response is larger than the limit, and loads nothing', async () => {
    const sim = book({ payloadLimitBytes: 1000 });
    sim.setCells('Data', 'A3', [['x'.repeat(1000)]]);
    await sim.excel.run(async (ctx) => {
      const big = ctx.workbook.worksheets.getItem('Data').getRange('A1:C3').load('values');
      const err = await rejection(ctx.sync());
      expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
      expect(err.message).toMatch(/PayloadTooLarge/);
      expect(thrown(() => big.values).code).toBe('PropertyNotLoaded');
      const small = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      await ctx.sync();
      expect(small.values).toEqual([['STT']]);
    });
  });

  it('rejects a request larger than the limit before running any of it', async () => {
    const sim = book({ payloadLimitBytes: 1000 });
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Khác').getRange('A1').values = [['y'.repeat(2000)]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(sim.cell('Khác', 'A1').value).toBe('x');
  });

  it('counts UTF-8 bytes: Vietnamese text costs more than its length', async () => {
    const text = 'Ư'.repeat(400); // 400 characters, 800 bytes
    const sim = createSimWorkbook({ sheets: [{ name: 'S', cells: [[text]] }], payloadLimitBytes: 700 });
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('batch atomicity', () => {
  it('a call failing half-way through a batch leaves every earlier write of it unapplied', async () => {
    const sim = book();
    const before = sim.snapshot();
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Khác');
        sheet.getRange('A1:B1').values = [['một', 'hai']];
        sheet.getRange('A2').numberFormat = [['0.00%']];
        sheet.getRange('C1:D1').merge();
        ctx.workbook.worksheets.add('Mới');
        const cf = sheet.getRange('A1:A9').conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = '#FF0000';
        ctx.workbook.worksheets.getItem('Không có').activate(); // fails
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
    expect(sim.snapshot()).toEqual(before);
  });

  it('an injected failure after some calls also leaves nothing, and proxies of the batch stay unbound', async () => {
    const sim = book();
    const before = sim.snapshot();
    sim.failSync({ afterOperations: 3 });
    await sim.excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add('Mới');
      added.getRange('A1').values = [['x']];
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [['y']];
      ctx.workbook.worksheets.getItem('Data').getRange('A2').values = [['z']];
      expect((await rejection(ctx.sync())).code).toBe('GeneralException');
      added.load('name');
      expect((await rejection(ctx.sync())).code).toBe('InvalidObjectPath');
    });
    expect(sim.snapshot()).toEqual(before);
  });
});

describe('writing values', () => {
  it('stores text behind an apostrophe verbatim and refuses text Excel would convert', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Khác').getRange('A1:C1').values = [["'- Tuyên truyền", "'3.954", 'Sở Y tế']];
      await ctx.sync();
    });
    expect(['A1', 'B1', 'C1'].map((a) => sim.cell('Khác', a).value)).toEqual(['- Tuyên truyền', '3.954', 'Sở Y tế']);
    for (const text of ['- Tuyên truyền', '=A1', '3.954', '8/2025', 'TRUE', '100%']) {
      const err = await rejection(
        sim.excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Khác').getRange('A2').values = [[text]];
          await ctx.sync();
        }),
      );
      expect(err.code).toBe('NotSimulated');
    }
  });

  it('checks the shape of the array', async () => {
    const sim = book();
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Khác').getRange('A1:B2').values = [['a', 'b']];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });
});

describe('honesty', () => {
  it('throws "not simulated" for members it does not implement', () => {
    const sim = book();
    return sim.excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1') as unknown as Record<string, unknown>;
      expect(thrown(() => range.text).code).toBe('NotSimulated');
      expect(thrown(() => (ctx as unknown as Record<string, unknown>).trackedObjects).code).toBe('NotSimulated');
      expect(thrown(() => ctx.workbook.worksheets.getItem('Data').getRange('A1').load('valueTypes')).message).toMatch(/not simulated/);
      expect(thrown(() => (sim.excel as unknown as Record<string, unknown>).ConditionalFormatType).code).toBe('NotSimulated');
    });
  });

  it('refuses `custom` on a conditional format of another type', async () => {
    const sim = createSimWorkbook({ sheets: [{ name: 'S', cells: [[1]], conditionalFormats: [{ range: 'A1:A9', type: 'DataBar' }] }] });
    const err = await rejection(
      sim.excel.run(async (ctx) => {
        const cfs = ctx.workbook.worksheets.getItem('S').getRange().conditionalFormats.load('items/type');
        await ctx.sync();
        expect(cfs.items.map((c) => c.type)).toEqual(['DataBar']);
        cfs.items[0].custom.rule.load('formula');
        await ctx.sync();
      }),
    );
    expect(err.code).toBe('InvalidOperation');
  });
});

describe('reload (save, close, reopen)', () => {
  it('keeps cells, formats, merges and conditional formats, and saved settings only', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Data').getRange('B2:B3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=LEN(B2)>3';
      cf.custom.format.fill.color = '#ffc7ce';
      ctx.workbook.worksheets.getItem('Data').getRange('D1').values = [['mới']];
      await ctx.sync();
    });
    const settings = sim.office.context.document.settings;
    settings.set('saved', { a: 1 });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    settings.set('unsaved', true);
    const before = sim.snapshot();
    sim.reload();
    expect(sim.snapshot()).toEqual(before);
    expect(sim.conditionalFormats('Data')).toEqual([{ type: 'Custom', formula: '=LEN(B2)>3', fill: '#FFC7CE', fontColor: null, areas: ['B2:B3'] }]);
    expect(settings.get('saved')).toEqual({ a: 1 });
    expect(settings.get('unsaved')).toBeNull();
  });

  it('makes contexts of the previous session unusable', async () => {
    const sim = book();
    await sim.excel.run(async (ctx) => {
      sim.reload();
      ctx.workbook.worksheets.load('items/name');
      expect((await rejection(ctx.sync())).code).toBe('InvalidRequestContext');
    });
  });
});

describe('the Office object', () => {
  it('is ready, registers ribbon actions (dropped on reopen) and tells the UI language', async () => {
    const sim = book({ displayLanguage: 'en-US' });
    await expect(sim.office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(sim.office.context.displayLanguage).toBe('en-US');
    const calls: unknown[] = [];
    sim.office.actions.associate('validate', (event) => calls.push(event));
    await sim.invokeAction('validate', { completed: () => undefined });
    expect(calls).toHaveLength(1);
    sim.reload();
    await expect(sim.invokeAction('validate', {})).rejects.toThrow(/no action/);
  });

  it('calls saveAsync back asynchronously with Office status values', async () => {
    const sim = book();
    const settings = sim.office.context.document.settings;
    let synchronous = true;
    const status = await new Promise((resolve) => {
      settings.saveAsync((r) => resolve([r.status, synchronous]));
      synchronous = false;
    });
    expect(status).toEqual([sim.office.AsyncResultStatus.Succeeded, false]);
  });
});
