import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { editForm, fill, insertRow, removeSheet } from '../../../test/support/fill-form.ts';
import { excelBoard, modelOf, validateIn } from '../../../test/support/excel-board.ts';
import { sharedSetup } from '../../../test/support/setup.ts';
import { handMadeZip } from '../../../test/support/zip.ts';
import type { Model } from '../model/model.ts';
import type { Indicator } from '../schema/indicators.ts';
import { readFigure, type Figure } from './cells.ts';
import { formsFor, unitFormName } from './forms.ts';
import { importForms, formatProblem, type ImportResult } from './import.ts';
import { formLayout, META_SHEET } from './layout.ts';
import { gate, LIMITS } from './limits.ts';
import { readForm } from './read-form.ts';
import { statusLines } from './status.ts';
import { loadData } from '../model/load.ts';
import { asIndicator, asPeriod } from '../../../test/support/ids.ts';

process.env.BOARD_LANG = 'zh';
const when = new Date(Date.UTC(2006, 1, 3, 2, 0, 0));
let root: string;
let model: Model;
let forms: Map<string, Buffer>;

const formOf = (name: string) => forms.get(unitFormName('2006-01', name))!;
const unit = (name: string) => model.units.find((u) => u.name === name)!;
/** A form as the unit would send it back: both figures, 填表人 and 报出日期 filled in. */
const filled = (name: string, cells: Record<string, unknown> = {}, ...more: Parameters<typeof editForm>[1][]) =>
  editForm(
    formOf(name),
    fill({ G5: 120, G6: 45, G9: '李明', G10: new Date(Date.UTC(2006, 1, 3)), C9: '王强', ...cells } as never),
    ...more,
  );

function run(files: Array<[string, Uint8Array]>, m = model): Extract<ImportResult, { ok: true }> {
  const result = importForms(
    files.map(([file, bytes]) => readForm(m, file, bytes)),
    { model: m, dataDir: 'data', now: when, validate: validateIn(root) },
  );
  if (!result.ok) throw new Error(result.fatal);
  return result;
}
const texts = (r: Extract<ImportResult, { ok: true }>) => r.lines.map((l) => l.text);

// A set-up that fails (the board does not load) fails every test below, never skips them.
sharedSetup(async () => {
  root = excelBoard();
  model = modelOf(root);
  const made = await formsFor(model, asPeriod('2006-01'), { when });
  if (!made.ok) throw new Error(made.reason);
  forms = new Map(made.files.map((f) => [f.name, f.bytes]));
}, 60_000);

describe('the 报送表 (npm run forms)', () => {
  it('is one form per unit active that year, and one phone workbook', () => {
    expect(forms.size).toBe(model.units.length + 1);
    expect([...forms.keys()]).toContain('报送表-2006-01-大中镇.xlsx');
    expect([...forms.keys()]).toContain('电话记录-2006-01-全部单位.xlsx');
  });

  it('names the unit, the period, the targets and the unit of measure, and hides who it is for in a very hidden sheet', () => {
    const wb = XLSX.read(formOf('大中镇'), { type: 'buffer' });
    const ws = wb.Sheets['报送表'];
    expect(ws.A1.v).toBe('2006年1月利用外资目标任务完成情况报送表');
    expect(ws.A2.v).toBe('填报单位（盖章）：大中镇');
    expect(ws.F2.v).toBe('报告期：2006年1月');
    expect([ws.B5.v, ws.C5.v, ws.D5.v, ws.E5.v]).toEqual(['合同利用外资', '万美元', 480, 1200]);
    expect(wb.Workbook?.Sheets?.find((s) => s.name === META_SHEET)?.Hidden).toBe(2);
    expect(XLSX.utils.sheet_to_json(wb.Sheets[META_SHEET], { header: 1 })).toContainEqual(['单位代码', 'dazhong']);
  });

  it('leaves only the yellow cells open, each 本期累计 checked as a number ≥ 0 with the indicator’s decimals', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(formOf('大中镇') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('报送表')!;
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(protection?.hashValue).toBeUndefined(); // no password: nobody is locked out
    expect(ws.getCell('G5').protection?.locked).toBe(false);
    expect(ws.getCell('F5').protection?.locked).not.toBe(false);
    expect(ws.getCell('G5').dataValidation.formulae?.[0]).toBe('AND(ISNUMBER(G5),G5>=0,ROUND(G5,0)=G5)');
    expect(ws.getCell('G5').dataValidation.prompt).toContain('万美元');
    expect(ws.getCell('A1').font?.name).toBe('黑体');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });

  it('shows last month’s cumulative and works out 本月新增 with a formula', async () => {
    const made = await formsFor(modelAfterJanuary(), asPeriod('2006-02'), { when });
    if (!made.ok) throw new Error(made.reason);
    const wb = XLSX.read(made.files.find((f) => f.name.includes('大中镇'))!.bytes, {
      type: 'buffer',
      cellFormula: true,
    });
    expect(wb.Sheets['报送表'].F5.v).toBe(120);
    expect(wb.Sheets['报送表'].H5.f).toBe('IF(ISNUMBER(G5),G5-F5,"")');
  });

  it('refuses a published month (its figures change only through a revision)', async () => {
    const made = await formsFor(model, asPeriod('2005-12'), { when });
    expect(made).toMatchObject({ ok: false, reason: expect.stringContaining('已经发布') });
  });
});

/** The board with a January draft imported for every unit (120 / 45 each), as February's forms see it. */
let january: Model | undefined;
function modelAfterJanuary(): Model {
  if (january) return january;
  const result = importForms(
    model.units
      .filter((u) => Number(u.activeFrom) <= 2006)
      .map((u) => ({
        file: `${u.name}.xlsx`,
        unit: u,
        period: '2006-01',
        problems: [],
        entries: [
          {
            unit: u,
            figures: {
              contracted: { value: 120, sheet: '报送表', cell: 'G5' },
              actual: { value: 45, sheet: '报送表', cell: 'G6' },
            },
            problems: [],
          },
        ],
      })),
    { model, dataDir: 'data', now: when, validate: validateIn(root) },
  );
  if (!result.ok || !result.text) throw new Error('january');
  const loaded = loadData({
    root,
    currentPeriod: '2006-03',
    overrides: new Map([[result.file, Buffer.from(result.text)]]),
  });
  january = loaded.model!;
  return january;
}

describe('a figure in a 本期累计 cell', () => {
  const money: Indicator = { id: asIndicator('contracted'), name: '合同利用外资', unit: '万美元', decimals: 0 };
  const cell = (v: unknown, t = typeof v === 'number' ? 'n' : 's', f?: string) =>
    ({ t, v, ...(f ? { f } : {}) }) as XLSX.CellObject;
  const read = (c: XLSX.CellObject | undefined, indicator = money): Figure => readFigure(c, indicator, '1—2月累计');
  const value = (f: Figure) => (f.ok ? f.value : f.problem.code);

  it.each([
    ['1,234', 1234],
    ['１２３４', 1234],
    ['411万', 411],
    ['411万美元', 411],
    [' 95 ', 95],
    ['95\u00a0', 95],
    ['\u3000１,２３４\u3000', 1234],
  ])('reads the text %j as %d, with a reminder to check it', (text, expected) => {
    const f = read(cell(text));
    expect(value(f)).toBe(expected);
    expect(f.ok && f.warning?.code).toBe('cell.text');
  });

  it.each([
    ['411万元', 'cell.wrongUnit'],
    ['4.11亿', 'cell.wrongUnit'],
    ['约400', 'cell.notNumber'],
    ['1,23', 'cell.notNumber'],
    ['-5', 'cell.negative'],
    ['', 'cell.empty'],
  ])('refuses the text %j (%s)', (text, code) => {
    expect(value(read(cell(text)))).toBe(code);
  });

  it('takes a formula’s cached value, with a reminder, and refuses a formula never calculated', () => {
    const f = read(cell(90, 'n', '40+50'));
    expect(value(f)).toBe(90);
    expect(f.ok && f.warning?.code).toBe('cell.formula');
    expect(value(read({ t: 'n', f: 'A1*2' } as XLSX.CellObject))).toBe('cell.formulaNoValue');
  });

  it('asks about an empty cell instead of reading it as 0', () => {
    const f = read(undefined);
    if (f.ok) throw new Error('read an empty cell');
    expect(f.problem.code).toBe('cell.empty');
    expect(formatProblem('x.xlsx', { ...f.problem, sheet: '报送表', cell: 'G5' })).toContain('没有发生的请填 0');
  });

  it('refuses more decimals than the indicator allows, and takes as many as it allows', () => {
    expect(value(read(cell(88.5)))).toBe('cell.decimals');
    expect(value(read(cell(88.25), { ...money, decimals: 2 }))).toBe(88.25);
    expect(value(read(cell(0.1 + 0.2), { ...money, decimals: 1 }))).toBeCloseTo(0.3);
  });
});

describe('the size and type checks before any spreadsheet library sees the bytes', () => {
  const workbook = { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') };

  it('refuses a zip bomb by its declared size, before inflating anything', () => {
    const bomb = handMadeZip([workbook, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30_000_000) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(gate(bomb)).toMatchObject({ ok: false, reason: 'zipBomb' });
  });

  it('refuses a zip whose declared sizes lie, stopping the inflation at the declared size', () => {
    const liar = handMadeZip([
      workbook,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30_000_000), declare: 1000 },
    ]);
    expect(gate(liar)).toMatchObject({ ok: false, reason: 'zipBomb' });
  });

  it('refuses a zip with more entries than a form could have (a huge workbook)', () => {
    const many = Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({
      name: `xl/x${i}.xml`,
      data: Buffer.from('x'),
    }));
    expect(gate(handMadeZip([workbook, ...many]))).toMatchObject({ ok: false, reason: 'zipBomb' });
  });

  it('refuses an empty file, a file that is not a workbook, and a zip that is not a spreadsheet', () => {
    expect(gate(new Uint8Array())).toMatchObject({ reason: 'empty' });
    expect(gate(Buffer.from('单位,合同外资\n大中镇,120\n'))).toMatchObject({ reason: 'notSpreadsheet' });
    expect(gate(handMadeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]))).toMatchObject({
      reason: 'notSpreadsheet',
    });
  });

  it('refuses a macro-enabled workbook (.xlsm)', () => {
    const cfb = XLSX.CFB.read(formOf('大中镇'), { type: 'buffer' });
    XLSX.CFB.utils.cfb_add(cfb, 'xl/vbaProject.bin', Buffer.from('macro'));
    const xlsm = Buffer.from(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer' }) as Uint8Array);
    expect(gate(xlsm)).toMatchObject({ ok: false, reason: 'macros' });
  });

  it('refuses a password-protected workbook (an encrypted package)', () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(64));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(4096));
    const encrypted = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    expect(gate(encrypted)).toMatchObject({ ok: false, reason: 'encrypted' });
  });

  it('lets a generated form through', () => {
    expect(gate(formOf('大中镇'))).toEqual({ ok: true, container: 'zip' });
  });
});

describe('importing filled forms (npm run import)', () => {
  it('writes the figures into the month’s draft, with who sent the form and when', async () => {
    const r = run([['报送表-2006-01-大中镇.xlsx', await filled('大中镇')]]);
    expect(r.taken.map((c) => c.entry.unit.id)).toEqual(['dazhong']);
    expect(r.text).toContain('status: draft');
    expect(r.text).toMatch(/- unit: dazhong.*\n\s+contracted: 120\n\s+actual: 45/);
    expect(r.text).toContain(
      '- { unit: dazhong, fromFile: 报送表-2006-01-大中镇.xlsx, sentOn: 2006-02-03, filledBy: 李明, importedAt: 2006-02-03T10:00:00+08:00 }',
    );
    expect(r.notReceived.map((u) => u.id)).not.toContain('dazhong');
    expect(r.notReceived).toHaveLength(model.units.length - 1);
  });

  it('recognises a renamed file by its hidden sheet, and warns when the name names another unit', async () => {
    const r = run([['裕华镇 报送表 (2).xlsx', await filled('大中镇')]]);
    expect(r.taken[0].entry.unit.id).toBe('dazhong');
    expect(texts(r)).toContainEqual(
      expect.stringContaining('【提醒】应为：文件名与表内单位一致；实际：文件名里是“裕华镇”'),
    );
  });

  it('recognises a form whose hidden sheet was removed by its 填报单位 and 报告期, with a reminder', async () => {
    const r = run([['报送表 (2).xlsx', await filled('万盈镇', {}, removeSheet(META_SHEET))]]);
    expect(r.taken[0].entry.unit.id).toBe('wanying');
    expect(texts(r)[0]).toBe(
      '报送表 (2).xlsx 【提醒】应为：报送表里隐藏的“表格信息”；实际：被删掉了，按“填报单位”“报告期”认出是万盈镇 2006-01。建议：核对无误即可；下次请用原表填写',
    );
  });

  it('locates a changed label at its cell, and a row inserted by where the label went', async () => {
    const changed = run([['a.xlsx', await filled('大桥镇', { B5: '合同外资' })]]);
    expect(changed.taken).toEqual([]);
    expect(texts(changed)).toEqual([
      'a.xlsx › 报送表!B5 应为：“合同利用外资”；实际：“合同外资”。建议：表格的文字被改动，或者插入、删除了行或列；请用原表重新填写（只填黄色格子）',
    ]);
    const inserted = run([['b.xlsx', await filled('大桥镇', {}, insertRow(5))]]);
    expect(inserted.taken).toEqual([]);
    expect(texts(inserted)[0]).toBe(
      'b.xlsx › 报送表!B5 应为：“合同利用外资”在 B5；实际：在 B6。建议：表格被插入或删除了行，请用原表重新填写（只填黄色格子）',
    );
  });

  it('refuses a form for another month, another unit’s name, another board, or a unit not on the register', async () => {
    const other = await filled('大中镇', { A2: '填报单位（盖章）：裕华镇' });
    const board = await filled('大中镇');
    const fixMeta = (cells: Record<string, string>) => fill(cells as never, META_SHEET);
    const r = run([
      ['一月.xlsx', await filled('新丰镇')],
      ['一月二.xlsx', await filled('三龙镇')],
      ['二月.xlsx', await filled('方强镇', {}, fixMeta({ B4: '2006-02' }))],
      ['改了单位.xlsx', other],
      ['别的榜.xlsx', await editForm(board, fixMeta({ B2: '某县招商排行榜' }))],
      ['没有的单位.xlsx', await filled('南阳镇', {}, fixMeta({ B3: 'nosuch' }))],
    ]);
    expect(r.taken.map((c) => c.entry.unit.id).sort()).toEqual(['sanlong', 'xinfeng']);
    expect(texts(r)).toEqual(
      expect.arrayContaining([
        '二月.xlsx 应为：2006年1月的报送表；实际：2006年1—2月的报送表。建议：请该单位用2006年1月的报送表重新填写（不要拿上月的表改）',
        '改了单位.xlsx › 报送表!A2 应为：大中镇的报送表（隐藏的表格信息如此）；实际：“填报单位”改成了“裕华镇”。建议：一个单位只用自己的报送表；请核对这是哪个单位的数字',
        '别的榜.xlsx 应为：“大丰市利用外资排行榜”的报送表；实际：“某县招商排行榜”的报送表。建议：这份表不是报给本排行榜的，请核对',
        '没有的单位.xlsx 应为：data/units.yaml 里2006年考核的单位；实际：“nosuch（南阳镇）”。建议：核对单位名称，或先在 units.yaml 里添加这个单位',
      ]),
    );
  });

  it('takes neither of two forms for the same unit, and says which files they are', async () => {
    const r = run([
      ['刘庄镇.xlsx', await filled('刘庄镇')],
      ['刘庄镇-改.xlsx', await filled('刘庄镇', { G5: 130 })],
    ]);
    expect(r.taken).toEqual([]);
    // No figure goes in; the draft records that the unit's form came in and why it was not imported.
    expect(r.text).not.toMatch(/contracted: \d/);
    expect(r.text).toContain(
      '{ unit: liuzhuang, fromFile: 刘庄镇.xlsx, importedAt: 2006-02-03T10:00:00+08:00, refused: 刘庄镇.xlsx 应为：每个单位一份报送表',
    );
    expect(texts(r)).toContain(
      '刘庄镇.xlsx 应为：每个单位一份报送表；实际：刘庄镇有 2 份：刘庄镇.xlsx、刘庄镇-改.xlsx。建议：这几份都没有导入；删去错的那份，再导入一次',
    );
  });

  it('refuses a file that is not a spreadsheet, and an empty one, naming the file', () => {
    const r = run([
      ['西团镇.xlsx', Buffer.from('not a spreadsheet')],
      ['空.xlsx', new Uint8Array()],
    ]);
    expect(r.refused.map((x) => x.file).sort()).toEqual(['空.xlsx', '西团镇.xlsx'].sort());
    expect(texts(r)).toContain('空.xlsx 应为：填好的报送表；实际：空文件（0 字节）。建议：请该单位重新发送');
  });

  it('shows the validator’s message on the form’s cell, e.g. hidden characters in 备注', async () => {
    const r = run([['三龙镇.xlsx', await filled('三龙镇', { C7: '外资项目 A\u202E已签约' })]]);
    expect(r.taken).toEqual([]);
    expect(texts(r)[0]).toMatch(
      /^三龙镇\.xlsx › 报送表!C7 备注 应为：看得见的文字.*实际：“外资项目 A\\u202E已签约”，含有看不见的 \\u202E/,
    );
  });

  it('keeps 备注 that looks like a formula as text, and refuses a real formula in it', async () => {
    const text = run([['草庙镇.xlsx', await filled('草庙镇', { C7: '=HYPERLINK("http://example.com","点此")' })]]);
    expect(text.taken).toHaveLength(1);
    expect(text.text).toContain('remark: =HYPERLINK("http://example.com","点此")');
    const formula = run([
      ['草庙镇.xlsx', await filled('草庙镇', { C7: { formula: 'HYPERLINK("http://x","y")', result: 'y' } })],
    ]);
    expect(formula.taken).toEqual([]);
    expect(texts(formula)[0]).toContain('草庙镇.xlsx › 报送表!C7 备注 应为：文字；实际：公式 =HYPERLINK');
  });

  it('shows a figure below last month’s cumulative with the validator’s own message and hint, at the cell', async () => {
    const feb = modelAfterJanuary();
    const made = await formsFor(feb, asPeriod('2006-02'), { when });
    if (!made.ok) throw new Error(made.reason);
    const form = made.files.find((f) => f.name.includes('大中镇'))!.bytes;
    const bytes = await editForm(form, fill({ G5: 100, G6: 60 } as never));
    const result = importForms([readForm(feb, 'dz.xlsx', bytes)], {
      model: feb,
      dataDir: 'data',
      now: when,
      validate: (file, text) =>
        loadData({
          root,
          currentPeriod: '2006-03',
          overrides: new Map([
            [file, Buffer.from(text)],
            ['data/reports/2006/2006-01.yaml', Buffer.from(januaryDraft())],
          ]),
        }).issues,
    });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.taken).toEqual([]);
    expect(texts(result)[0]).toMatch(
      /^dz\.xlsx › 报送表!G5 合同利用外资·本期累计 应为：不小于 2006-01 报的累计 120（累计数逐月不减）；实际：100。建议：/,
    );
  });

  it('never touches a published month', async () => {
    const result = importForms([readForm(model, 'a.xlsx', await filled('大中镇'))], {
      model,
      period: '2005-12',
      dataDir: 'data',
      now: when,
      validate: validateIn(root),
    });
    expect(result).toEqual({ ok: false, fatal: expect.stringContaining('2005-12 已经发布') });
  });

  it('lists the units received and not received (npm run status)', async () => {
    const r = run([['报送表-2006-01-大中镇.xlsx', await filled('大中镇')]]);
    const m = loadData({ root, currentPeriod: '2006-03', overrides: new Map([[r.file, Buffer.from(r.text!)]]) }).model!;
    const lines = statusLines(m, '2006-01');
    expect(lines[0]).toBe('2006年1月报送表收到情况（草稿）：共 21 个单位，已导入 1，收到但未导入 0，未收到 20');
    expect(lines).toContain(
      '  已导入 大中镇：报送表-2006-01-大中镇.xlsx，填表人 李明，报出日期 2006-02-03，导入于 2006-02-03 10:00',
    );
    expect(lines.find((l) => l.includes('未收到') && l.includes('裕华镇'))).toBeDefined();
  });

  it('tells three states apart (已导入 / 收到但未导入 with the reason / 未收到) and keeps the 【提醒】 with the receipt', async () => {
    const r = run([
      ['报送表-2006-01-大中镇.xlsx', await filled('大中镇', { G5: '1,215' })],
      ['报送表-2006-01-裕华镇.xlsx', await filled('裕华镇', { G5: -3 })],
    ]);
    expect(r.text).toContain('reminders:');
    expect(r.text).toContain('报送表!G5 合同利用外资·本期累计 【提醒】');
    const m = loadData({ root, currentPeriod: '2006-03', overrides: new Map([[r.file, Buffer.from(r.text!)]]) }).model!;
    const lines = statusLines(m, '2006-01');
    expect(lines[0]).toBe('2006年1月报送表收到情况（草稿）：共 21 个单位，已导入 1，收到但未导入 1，未收到 19');
    expect(lines.find((l) => l.startsWith('  收到但未导入 裕华镇：报送表-2006-01-裕华镇.xlsx。原因：'))).toContain(
      'G5',
    );
    expect(lines.find((l) => l.includes('未收到') && l.includes('新丰镇'))).toBeDefined();
  });

  it('finds the table below a row inserted above it ("附件1" on row 1), names the row, and imports the unit', async () => {
    const bytes = await filled('大中镇', {}, insertRow(1), fill({ A1: '附件1' }));
    const r = run([['大中镇.xlsx', bytes]]);
    expect(r.taken.map((c) => c.entry.unit.name)).toEqual(['大中镇']);
    expect(r.taken[0].entry.figures.contracted).toEqual({ value: 120, sheet: '报送表', cell: 'G6' });
    expect(texts(r)).toContain(
      '大中镇.xlsx 【提醒】应为：表格从第 1 行开始；实际：表格上方插入了 1 行：第1行“附件1”；已按表格现在的位置读取。建议：核对导入的数字；下次请该单位删去插入的行再发（第几行见上）',
    );
  });

  it('reminds, and still imports, a January cumulative past the year’s 确保 target', async () => {
    const target = model.plans.find((p) => p.year === 2006)!.targets.dazhong.contracted.base;
    const r = run([['大中镇.xlsx', await filled('大中镇', { G5: target + 115 })]]);
    expect(r.taken).toHaveLength(1);
    expect(texts(r)).toContain(
      `大中镇.xlsx › 报送表!G5 合同利用外资·本期累计 【提醒】应为：1 月的累计一般还没到全年确保目标 ${target}；实际：${target + 115}，已超过全年确保目标。建议：已导入；请向该单位核实（是不是多打了一位、填成了别的数），确实如此请在备注写明“已核实”`,
    );
    expect(r.text).toContain('已超过全年确保目标');
  });

  it('reads the phone workbook: a row per unit, empty rows not yet received', async () => {
    const phone = forms.get('电话记录-2006-01-全部单位.xlsx')!;
    const bytes = await editForm(phone, fill({ D5: 200, F5: 80, D6: 10, F6: '１２' } as never, '两区'));
    const reading = readForm(model, '电话记录.xlsx', bytes);
    expect(reading.problems).toEqual([]);
    expect(reading.entries.map((e) => [e.unit.id, e.figures.contracted.value, e.figures.actual.value])).toEqual([
      ['kaifaqu', 200, 80],
      ['gangqu', 10, 12],
    ]);
    expect(reading.entries[1].problems.map((p) => [p.sheet, p.cell, p.code])).toEqual([['两区', 'F6', 'cell.text']]);
  });

  it('words the January form without contradiction: 填1月累计数, 1 月的累计就是当月数, a 报出日期 example in February', async () => {
    const layout = formLayout(model, asPeriod('2006-01'), unit('大中镇'));
    expect(layout.notes[0]).toContain('填 2006年1月的数（1 月的累计就是 1 月当月数）');
    expect(layout.notes[0]).not.toContain('不是 1 月当月数');
    const ws = new ExcelJS.Workbook();
    await ws.xlsx.load(formOf('大中镇') as unknown as ArrayBuffer);
    const sheet = ws.getWorksheet('报送表')!;
    expect(sheet.getCell('G5').dataValidation.prompt).toContain('填1月累计数（');
    expect(sheet.getCell('G5').dataValidation.prompt).not.toContain('累计累计');
    expect(sheet.getCell('G10').dataValidation.prompt).toContain('如 2006-02-03');
  });

  it('says of a unit not received that it is already written 未报送, once the clerk has marked it', () => {
    const xituan = unit('西团镇');
    const january = {
      ...model.reports.at(-1)!,
      period: asPeriod('2006-01'),
      year: 2006,
      month: 1,
      status: 'draft' as const,
      receipts: [],
      entries: [{ unit: xituan.id, status: '未报送' as const, values: {} }],
    };
    const lines = statusLines({ ...model, reports: [...model.reports, january] }, '2006-01');
    expect(lines.find((l) => l.includes('未收到') && l.includes('西团镇'))).toContain('西团镇（已写 status: 未报送）');
    expect(lines.find((l) => l.includes('未收到') && l.includes('大中镇'))).not.toContain('大中镇（已写');
  });

  it('asks the phone workbook for 1月累计数, never 累计累计数', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(forms.get('电话记录-2006-01-全部单位.xlsx') as unknown as ArrayBuffer);
    const instruction = String(wb.getWorksheet('两区')!.getCell('A2').value);
    expect(instruction).toContain('只填黄色格子：1月累计数，');
    expect(instruction).not.toContain('累计累计');
  });

  it('gives a 报出日期 written wrong an example date of the form’s own month', async () => {
    const reading = readForm(model, 'a.xlsx', await filled('大中镇', { G10: '二月三号' }));
    const sentOn = reading.entries[0]!.problems.find((p) => p.cell === 'G10')!;
    expect(formatProblem('a.xlsx', sentOn)).toContain('应为：日期，如 2006-02-03');
  });

  it('says why a blank is refused where the unit has no target: 不考核, but still filled in', async () => {
    const reading = readForm(model, 'b.xlsx', await filled('市招商局', { G6: null }));
    const blank = reading.entries[0]!.problems.find((p) => p.cell === 'G6')!;
    expect(blank.code).toBe('cell.emptyNoTarget');
    expect(formatProblem('b.xlsx', blank)).toContain('此项本单位不考核，没有年度目标，但照样要填');
  });

  it('lays out a form from the data alone, so the reader checks exactly what the writer drew', () => {
    const layout = formLayout(model, asPeriod('2006-02'), unit('大中镇'));
    expect(layout.cells).toEqual({ remark: 'C7', head: 'C9', filledBy: 'G9', phone: 'C10', sentOn: 'G10' });
    expect(layout.labels.find((l) => l.cell === 'G3')?.text).toBe('本期累计\n（1—2月累计）');
  });
});

/** January with every unit at 120 / 45, as a draft. */
function januaryDraft(): string {
  const lines = [
    'period: 2006-01',
    'status: draft',
    'publishedOn: 2006-02-05',
    'publisher: 市委督查室',
    'illustrative: true',
    'units:',
  ];
  for (const u of model.units) lines.push(`  - { unit: ${u.id}, contracted: 120, actual: 45 }`);
  return `${lines.join('\n')}\n`;
}
