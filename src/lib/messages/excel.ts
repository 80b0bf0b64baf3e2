/** Messages of the Excel 报送表: npm run forms, npm run import, npm run status. */
import { defineMessages } from './catalogue.ts';

export const excelMessages = defineMessages({
  // npm run forms
  'excel.forms.usage': {
    zh: '用法：npm run forms -- 2006-02（月份写 YYYY-MM；可加 --out 文件夹）',
    en: 'usage: npm run forms -- 2006-02 (period YYYY-MM; optionally --out <folder>)',
  },
  'excel.forms.noPlan': {
    zh: '还没有 {year} 年的计划，报送表上的年度目标无从填写：先运行 npm run new-year -- {year}，填好 data/plans/{year}.yaml',
    en: 'no plan for {year}, so the forms would have no targets: run npm run new-year -- {year} and fill in data/plans/{year}.yaml first',
  },
  'excel.forms.published': {
    zh: '{period} 已经发布，不再收报送表；已发布的数字只能通过更正修改（见 data/README.md）',
    en: '{period} is already published; its figures change only through a revision (see data/README.md)',
  },
  'excel.forms.written': {
    zh: '✓ 已生成 {count} 份报送表和 1 份电话记录表（{seconds} 秒），在文件夹：{folder}',
    en: '✓ wrote {count} forms and 1 phone workbook ({seconds} s) into {folder}',
  },
  'excel.forms.next': {
    zh: '下一步：把每个单位的报送表发给该单位；收回后运行 npm run import -- {folder}',
    en: 'next: send each unit its form; when they come back run npm run import -- {folder}',
  },
  'excel.forms.fixData': {
    zh: '✗ 先把 data/ 里的问题改好（npm run validate），再生成报送表。',
    en: '✗ fix data/ first (npm run validate), then make the forms.',
  },
  // Reading a file
  'excel.read.empty.expected': { zh: '填好的报送表', en: 'a filled form' },
  'excel.read.empty.got': { zh: '空文件（0 字节）', en: 'an empty file (0 bytes)' },
  'excel.read.empty.tip': { zh: '请该单位重新发送', en: 'ask the unit to send it again' },
  'excel.read.tooBig.expected': { zh: '报送表（不超过 {limit}）', en: 'a form (at most {limit})' },
  'excel.read.tooBig.got': { zh: '{size} 字节的文件，没有读取', en: 'a file of {size} bytes, not read' },
  'excel.read.tooBig.tip': { zh: '这不像报送表，请核对是不是发错了文件', en: 'check it is the right file' },
  'excel.read.notSpreadsheet.expected': {
    zh: 'Excel 或 WPS 表格（.xlsx、.xls、.et）',
    en: 'an Excel or WPS workbook (.xlsx, .xls, .et)',
  },
  'excel.read.notSpreadsheet.got': { zh: '不是表格文件', en: 'a file that is not one' },
  'excel.read.notSpreadsheet.tip': {
    zh: '请该单位用发给他们的报送表填写后发回（不要截图、转成 PDF 或 Word）',
    en: 'ask the unit to fill in the form they were sent',
  },
  'excel.read.encrypted.expected': { zh: '没有设打开密码的表格', en: 'a workbook without a password' },
  'excel.read.encrypted.got': { zh: '文件设了密码，无法读取', en: 'an encrypted file' },
  'excel.read.encrypted.tip': {
    zh: '请该单位去掉打开密码后重新发送（Excel：文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）',
    en: 'ask the unit to remove the password and send it again',
  },
  'excel.read.macros.expected': { zh: '.xlsx 报送表', en: 'an .xlsx form' },
  'excel.read.macros.got': {
    zh: '含宏的文件（.xlsm），为安全起见不读取',
    en: 'a macro-enabled file (.xlsm), not read for safety',
  },
  'excel.read.macros.tip': {
    zh: '请该单位另存为“Excel 工作簿（.xlsx）”后重新发送',
    en: 'ask the unit to save it as an Excel workbook (.xlsx)',
  },
  'excel.read.zipBomb.expected': { zh: '报送表（解压后不超过 {limit}）', en: 'a form (at most {limit} uncompressed)' },
  'excel.read.zipBomb.got': {
    zh: '压缩文件的内容过大或条目过多（{detail}），没有解压',
    en: 'a file declaring too much content ({detail}), not read',
  },
  'excel.read.zipBomb.tip': { zh: '这不是报送表，请核对来源', en: 'this is not a form' },
  'excel.read.damaged.expected': { zh: '能打开的表格', en: 'a workbook that opens' },
  'excel.read.damaged.got': { zh: '文件已损坏，无法读取（{detail}）', en: 'a damaged file ({detail})' },
  'excel.read.damaged.tip': { zh: '请该单位重新保存后发送', en: 'ask the unit to save and send it again' },
  'excel.read.missing.expected': { zh: '收到的报送表文件', en: 'a received form' },
  'excel.read.missing.got': { zh: '没有这个文件（路径不存在）', en: 'no such file (the path does not exist)' },
  'excel.read.missing.tip': {
    zh: '核对文件名和文件夹是否写对（可以把文件直接拖进命令行窗口）',
    en: 'check the file name and folder',
  },
  'excel.read.dangling.expected': { zh: '收到的报送表文件', en: 'a received form' },
  'excel.read.dangling.got': {
    zh: '一个链接（快捷方式），指向的“{target}”不存在',
    en: 'a link to “{target}”, which does not exist',
  },
  'excel.read.dangling.tip': {
    zh: '删去这个链接，把真正的报送表文件放进文件夹再导入',
    en: 'remove the link and put the form itself in the folder',
  },
  'excel.read.notRegular.expected': { zh: '普通文件（.xlsx、.xls、.et）', en: 'a regular file (.xlsx, .xls, .et)' },
  'excel.read.notRegular.got': { zh: '{kind}，没有读取', en: '{kind}, not read' },
  'excel.read.notRegular.tip': {
    zh: '这不是单位发来的表格（可能是解压时带出来的），删去后再导入',
    en: 'this is not a form a unit sent (perhaps unpacked from a zip); remove it',
  },
  'excel.read.linkNotRegular.expected': {
    zh: '普通文件（.xlsx、.xls、.et）',
    en: 'a regular file (.xlsx, .xls, .et)',
  },
  'excel.read.linkNotRegular.got': {
    zh: '一个链接（快捷方式），指向{kind}“{target}”，没有读取',
    en: 'a link to {kind} “{target}”, not read',
  },
  'excel.read.linkNotRegular.tip': {
    zh: '这不是单位发来的表格（可能是解压时带出来的），删去后再导入',
    en: 'this is not a form a unit sent (perhaps unpacked from a zip); remove it',
  },
  'excel.kind.folder': { zh: '文件夹', en: 'a folder' },
  'excel.kind.fifo': { zh: '管道（FIFO）', en: 'a pipe (FIFO)' },
  'excel.kind.socket': { zh: '套接字', en: 'a socket' },
  'excel.kind.device': { zh: '设备文件', en: 'a device' },
  'excel.kind.other': { zh: '特殊文件', en: 'a special file' },
  'excel.read.unreadable.expected': { zh: '能读取的文件', en: 'a readable file' },
  'excel.read.unreadable.got': { zh: '无法读取（{detail}）', en: 'cannot be read ({detail})' },
  'excel.read.unreadable.tip': {
    zh: '检查文件的权限，或把文件复制到本机文件夹后再导入',
    en: 'check its permissions, or copy it to a local folder first',
  },
  'excel.read.timeout.expected': { zh: '{seconds} 秒内读得完的报送表', en: 'a form read within {seconds} s' },
  'excel.read.timeout.got': {
    zh: '读了 {seconds} 秒仍未读完，已停止读取（文件多半已损坏）',
    en: 'still unread after {seconds} s, stopped (the file is most likely damaged)',
  },
  'excel.read.timeout.tip': {
    zh: '请该单位用 Excel 或 WPS 打开原表，核对数字后“另存为” .xlsx（Excel 工作簿）再发；其他文件照常导入',
    en: 'ask the unit to open the form in Excel or WPS, check it and save it again as .xlsx; the other files are imported',
  },
  'excel.read.memory.expected': { zh: '正常大小的报送表', en: 'a form of normal size' },
  'excel.read.memory.got': {
    zh: '读取时要占用超过 {mb} MB 内存，已停止读取（文件多半已损坏）',
    en: 'reading it needed more than {mb} MB of memory, stopped (the file is most likely damaged)',
  },
  'excel.read.memory.tip': {
    zh: '请该单位用 Excel 或 WPS 打开原表，核对数字后“另存为” .xlsx（Excel 工作簿）再发；其他文件照常导入',
    en: 'ask the unit to open the form in Excel or WPS, check it and save it again as .xlsx; the other files are imported',
  },
  'excel.read.crashed.expected': { zh: '能读取的报送表', en: 'a form that can be read' },
  'excel.read.crashed.got': {
    zh: '读取时出错，已停止（{detail}）',
    en: 'reading failed ({detail})',
  },
  'excel.read.crashed.tip': {
    zh: '请该单位“另存为” .xlsx（Excel 工作簿）再发；其他文件照常导入',
    en: 'ask the unit to save it again as .xlsx; the other files are imported',
  },
  'excel.read.noFormSheet.expected': { zh: '名为“{sheet}”的工作表', en: 'a sheet named "{sheet}"' },
  'excel.read.noFormSheet.got': { zh: '没有这张表（有：{sheets}）', en: 'none (sheets: {sheets})' },
  'excel.read.noFormSheet.tip': { zh: '请用发给该单位的报送表填写', en: 'use the form the unit was sent' },
  'excel.read.noMeta.expected': { zh: '报送表里隐藏的“表格信息”', en: 'the hidden sheet that identifies the form' },
  'excel.read.noMeta.got': {
    zh: '被删掉了，按“填报单位”“报告期”认出是{unit} {period}',
    en: 'it was removed; recognised by 填报单位 and 报告期 as {unit} {period}',
  },
  'excel.read.noMeta.tip': { zh: '核对无误即可；下次请用原表填写', en: 'check it; use the original form next time' },
  'excel.read.unrecognised.expected': { zh: '本系统生成的报送表', en: 'a form made by npm run forms' },
  'excel.read.unrecognised.got': {
    zh: '认不出是哪个单位、哪个月的（隐藏的“表格信息”不在，“填报单位”一格是{got}）',
    en: 'a form that cannot be identified (no hidden sheet; 填报单位 is {got})',
  },
  'excel.read.unrecognised.tip': {
    zh: '请该单位用发给他们的报送表重新填写',
    en: 'ask the unit to fill in the form they were sent',
  },
  'excel.read.version.expected': { zh: '第 {expected} 版报送表', en: 'form version {expected}' },
  'excel.read.version.got': { zh: '第 {got} 版', en: 'version {got}' },
  'excel.read.version.tip': {
    zh: '用 npm run forms 重新生成报送表发给该单位',
    en: 'make the forms again with npm run forms',
  },
  'excel.read.otherBoard.expected': { zh: '“{expected}”的报送表', en: 'a form of "{expected}"' },
  'excel.read.otherBoard.got': { zh: '“{got}”的报送表', en: 'one of "{got}"' },
  'excel.read.otherBoard.tip': { zh: '这份表不是报给本排行榜的，请核对', en: 'it belongs to another board' },
  'excel.read.otherPeriod.expected': { zh: '{expected}的报送表', en: 'a form for {expected}' },
  'excel.read.otherPeriod.got': { zh: '{got}的报送表', en: 'one for {got}' },
  'excel.read.otherPeriod.tip': {
    zh: '请该单位用{expected}的报送表重新填写（不要拿上月的表改）',
    en: 'ask the unit to fill in the form for {expected} (not last month’s)',
  },
  'excel.read.unknownUnit.expected': {
    zh: 'data/units.yaml 里{year}年考核的单位',
    en: 'a unit of {year} from data/units.yaml',
  },
  'excel.read.unknownUnit.got': { zh: '“{got}”', en: '"{got}"' },
  'excel.read.unknownUnit.tip': {
    zh: '核对单位名称，或先在 units.yaml 里添加这个单位',
    en: 'check the name, or add the unit to units.yaml first',
  },
  'excel.read.otherUnit.expected': {
    zh: '{expected}的报送表（隐藏的表格信息如此）',
    en: 'the form of {expected} (as its hidden sheet says)',
  },
  'excel.read.otherUnit.got': { zh: '“填报单位”改成了“{got}”', en: '填报单位 changed to "{got}"' },
  'excel.read.otherUnit.tip': {
    zh: '一个单位只用自己的报送表；请核对这是哪个单位的数字',
    en: 'each unit fills in its own form; check whose figures these are',
  },
  'excel.read.fileNameUnit.expected': { zh: '文件名与表内单位一致', en: 'the file name to name the form’s unit' },
  'excel.read.fileNameUnit.got': {
    zh: '文件名里是“{named}”，表里是{unit}',
    en: 'the file name says "{named}", the form is {unit}',
  },
  'excel.read.fileNameUnit.tip': {
    zh: '已按表内的单位导入，请核对发件单位',
    en: 'imported as the form’s unit; check who sent it',
  },
  'excel.read.label.expected': { zh: '“{expected}”', en: '"{expected}"' },
  'excel.read.label.got': { zh: '{got}', en: '{got}' },
  'excel.read.label.tip': {
    zh: '表格的文字被改动，或者插入、删除了行或列；请用原表重新填写（只填黄色格子）',
    en: 'the form’s text was changed, or rows or columns were inserted or deleted; fill in the original form',
  },
  'excel.read.labelShifted.expected': { zh: '“{expected}”在 {cell}', en: '"{expected}" at {cell}' },
  'excel.read.labelShifted.got': { zh: '在 {found}', en: 'at {found}' },
  'excel.read.labelShifted.tip': {
    zh: '表格被插入或删除了{what}，请用原表重新填写（只填黄色格子）',
    en: '{what} were inserted or deleted; fill in the original form (only the yellow cells)',
  },
  'excel.read.rowsAbove.expected': { zh: '表格从第 1 行开始', en: 'the table starting on row 1' },
  'excel.read.rowsAbove.got': {
    zh: '表格上方插入了 {count} 行：{rows}；已按表格现在的位置读取',
    en: '{count} rows inserted above the table: {rows}; read where the table now is',
  },
  'excel.read.rowsAbove.tip': {
    zh: '核对导入的数字；下次请该单位删去插入的行再发（第几行见上）',
    en: 'check the figures; ask the unit to delete the inserted rows next time',
  },
  'excel.read.insertedRow': { zh: '第{row}行“{text}”', en: 'row {row} "{text}"' },
  'excel.read.blank': { zh: '空白', en: 'a blank' },
  'excel.read.rows': { zh: '行', en: 'rows' },
  'excel.read.columns': { zh: '列', en: 'columns' },
  'excel.read.duplicate.expected': { zh: '每个单位一份报送表', en: 'one form per unit' },
  'excel.read.duplicate.got': { zh: '{unit}有 {count} 份：{files}', en: '{count} for {unit}: {files}' },
  'excel.read.duplicate.tip': {
    zh: '这几份都没有导入；删去错的那份，再导入一次',
    en: 'none of them was imported; remove the wrong one and import again',
  },
  'excel.detail.size': { zh: '解压后共 {mb} MB', en: '{mb} MB uncompressed' },
  'excel.detail.entries': { zh: '{count} 个条目', en: '{count} entries' },
  'excel.detail.zip64': { zh: '超大压缩格式（zip64）', en: 'zip64' },
  'excel.detail.lies': {
    zh: '解压出的内容比声明的多（{entry}）',
    en: 'an entry inflates to more than it declares ({entry})',
  },
  // Cells
  'excel.cell.empty.expected': { zh: '{label}数', en: 'the {label} figure' },
  'excel.cell.empty.got': { zh: '空白', en: 'a blank' },
  'excel.cell.empty.tip': {
    zh: '没有发生的请填 0；如果这个单位本月确实没报，不要导入这份表，发布前在报表里写 status: 未报送',
    en: 'write 0 if nothing happened; if the unit did not report, do not import this form',
  },
  'excel.cell.emptyNoTarget.expected': {
    zh: '{label}数（此项本单位不考核，没有年度目标，但照样要填，只作统计）',
    en: 'the {label} figure (not assessed for this unit, but still reported)',
  },
  'excel.cell.emptyNoTarget.got': { zh: '空白', en: 'a blank' },
  'excel.cell.emptyNoTarget.tip': {
    zh: '请该单位把这一格填上（没有发生的填 0）再发，这份表整份没有导入；表上写“不考核”的指标只作统计，照样要填',
    en: 'ask the unit to fill it in (0 if nothing happened) and send it again; the form was not imported',
  },
  'excel.cell.text.expected': { zh: '数字', en: 'a number' },
  'excel.cell.text.got': { zh: '文字“{got}”', en: 'the text "{got}"' },
  'excel.cell.text.tip': { zh: '已按 {value} 读入，请核对；以后这一格只填数字', en: 'read as {value}, check it' },
  'excel.cell.notNumber.expected': { zh: '不小于 0 的数字（单位：{unit}）', en: 'a number ≥ 0 (in {unit})' },
  'excel.cell.notNumber.got': { zh: '{got}', en: '{got}' },
  'excel.cell.notNumber.tip': {
    zh: '只写数字，如 411；金额单位已经是{unit}',
    en: 'write the number only, e.g. 411; the unit is already {unit}',
  },
  'excel.cell.wrongUnit.expected': { zh: '以{unit}为单位的数字', en: 'a number in {unit}' },
  'excel.cell.wrongUnit.got': { zh: '“{got}”（单位不同）', en: '"{got}" (another unit)' },
  'excel.cell.wrongUnit.tip': { zh: '换算成{unit}后只写数字', en: 'convert it to {unit} and write the number only' },
  'excel.cell.negative.expected': { zh: '不小于 0 的数字', en: 'a number ≥ 0' },
  'excel.cell.negative.got': { zh: '{got}', en: '{got}' },
  'excel.cell.negative.tip': {
    zh: '累计数不会是负数；核减请在 revisions 文件里写（见 data/README.md）',
    en: 'a cumulative figure is never negative; write a reduction in revisions (data/README.md)',
  },
  'excel.cell.decimals.expected': { zh: '{places}（单位：{unit}）', en: '{places} (in {unit})' },
  'excel.cell.decimals.got': { zh: '{got}', en: '{got}' },
  'excel.cell.decimals.tip': {
    zh: '请该单位核对原始数字，按{places}填写（没有导入，以免四舍五入改了数字）',
    en: 'ask the unit to check the source figure and write it with {places} (not rounded for them)',
  },
  'excel.places.whole': { zh: '整数', en: 'a whole number' },
  'excel.places.decimals': { zh: '最多 {decimals} 位小数', en: 'at most {decimals} decimals' },
  'excel.cell.formula.expected': { zh: '数字', en: 'a number' },
  'excel.cell.formula.got': { zh: '公式 ={formula}', en: 'the formula ={formula}' },
  'excel.cell.formula.tip': { zh: '已按公式的结果 {value} 读入，请核对', en: 'read its result {value}, check it' },
  'excel.cell.formulaNoValue.expected': { zh: '数字', en: 'a number' },
  'excel.cell.formulaNoValue.got': {
    zh: '公式 ={formula}，没有算出结果',
    en: 'the formula ={formula} without a result',
  },
  'excel.cell.formulaNoValue.tip': {
    zh: '请该单位在 Excel 里打开、保存后重新发送，或直接填数字',
    en: 'ask the unit to open and save it in Excel, or type the number',
  },
  'excel.cell.error.expected': { zh: '数字', en: 'a number' },
  'excel.cell.error.got': { zh: '错误值 {got}', en: 'the error {got}' },
  'excel.cell.error.tip': { zh: '请该单位改正这一格后重新发送', en: 'ask the unit to correct it' },
  'excel.cell.remarkFormula.expected': { zh: '文字', en: 'text' },
  'excel.cell.remarkFormula.got': { zh: '公式 ={formula}', en: 'the formula ={formula}' },
  'excel.cell.remarkFormula.tip': {
    zh: '备注只写文字，请该单位删去公式、直接写说明',
    en: 'the remark takes text only',
  },
  'excel.cell.tooLong.expected': { zh: '不超过 {limit} 个字', en: 'at most {limit} characters' },
  'excel.cell.tooLong.got': { zh: '{length} 个字：{start}', en: '{length} characters: {start}' },
  'excel.cell.tooLong.tip': {
    zh: '请该单位把这一格压缩到 {limit} 个字以内（详细材料另附），再发回',
    en: 'ask the unit to shorten it to {limit} characters (send details separately)',
  },
  'excel.cell.pastTarget.expected': {
    zh: '{month} 月的累计一般还没到全年确保目标 {target}',
    en: 'a cumulative in month {month} usually below the year’s target {target}',
  },
  'excel.cell.pastTarget.got': { zh: '{value}，已超过全年确保目标', en: '{value}, past the whole year’s target' },
  'excel.cell.pastTarget.tip': {
    zh: '已导入；请向该单位核实（是不是多打了一位、填成了别的数），确实如此请在备注写明“已核实”',
    en: 'imported; check with the unit (an extra digit?), and write 已核实 in the remark if it is right',
  },
  'excel.cell.pace.expected': {
    zh: '本月新增与该单位以往每月平均 {pace} 相近（不超过 {factor} 倍）',
    en: 'a month’s increase near the unit’s average of {pace} (at most {factor} times)',
  },
  'excel.cell.pace.got': { zh: '本月新增 {increase}', en: 'an increase of {increase}' },
  'excel.cell.pace.tip': {
    zh: '已导入；请向该单位核实是不是多打了一位',
    en: 'imported; check with the unit for an extra digit',
  },
  'excel.cell.sentOn.expected': { zh: '日期，如 {example}', en: 'a date such as {example}' },
  'excel.cell.sentOn.got': { zh: '{got}', en: '{got}' },
  'excel.cell.sentOn.tip': { zh: '报出日期没有记下，请核对', en: 'the date sent was not recorded' },
  // Labels used in messages
  'excel.field.current': { zh: '{indicator}·本期累计', en: '{indicator} (this period)' },
  'excel.field.remark': { zh: '备注', en: 'remark' },
  'excel.field.filledBy': { zh: '填表人', en: 'filled in by' },
  'excel.field.sentOn': { zh: '报出日期', en: 'date sent' },
  'excel.field.unit': { zh: '填报单位', en: 'unit' },
  'excel.field.period': { zh: '报告期', en: 'period' },
  'excel.field.file': { zh: '文件', en: 'file' },
  // npm run import
  'excel.import.usage': {
    zh: '用法：npm run import -- 报送表文件或文件夹 …（可加 --period 2006-02 指定月份）',
    en: 'usage: npm run import -- <files or folders> … (optionally --period 2006-02)',
  },
  'excel.import.noFiles': {
    zh: '✗ 没有找到报送表（.xlsx、.xls、.et）：{paths}',
    en: '✗ no forms (.xlsx, .xls, .et) found in {paths}',
  },
  'excel.import.noPeriod': {
    zh: '✗ 认不出这些报送表是哪个月的：加上 --period 2006-02 再试',
    en: '✗ cannot tell which month these forms are for: add --period 2006-02',
  },
  'excel.import.published': {
    zh: '✗ {period} 已经发布，报送表不能改已发布的数字（data/ 没有改动）。改已发布的数字请写更正，见 data/README.md“改正已发布的数字”',
    en: '✗ {period} is published; forms cannot change published figures (data/ unchanged). Write a revision (data/README.md)',
  },
  'excel.import.noPlan': {
    zh: '✗ 还没有 {year} 年的计划（data/plans/{year}.yaml），无法导入：先运行 npm run new-year -- {year}',
    en: '✗ no plan for {year} (data/plans/{year}.yaml): run npm run new-year -- {year} first',
  },
  'excel.import.heading': {
    zh: '导入 {periodLabel} 报送表 → {file}（草稿）',
    en: 'importing the forms of {periodLabel} → {file} (draft)',
  },
  'excel.import.imported': { zh: '已导入 {count} 个单位：', en: 'imported {count} units:' },
  'excel.import.importedLine': {
    zh: '  {file} → {unit}（填表人：{filledBy}；报出日期：{sentOn}）',
    en: '  {file} → {unit} (filled in by {filledBy}; sent {sentOn})',
  },
  'excel.import.refused': {
    zh: '收到但未导入 {count} 份（有错误，原因见下面“问题”；这些单位在 data/ 里的数字没有改动）：',
    en: 'received but not imported: {count} files (with errors, see the problems below; their units’ figures in data/ are unchanged):',
  },
  'excel.import.refusedLine': { zh: '  {file}{unit}', en: '  {file}{unit}' },
  'excel.import.notReceived': { zh: '未收到 {count} 个单位：{units}', en: 'not received: {count} units: {units}' },
  'excel.import.allReceived': { zh: '全部单位都已收到。', en: 'every unit has been received.' },
  'excel.import.problems': {
    zh: '问题 {count} 条（错误 {errors}，提醒 {warnings}）：',
    en: '{count} problems ({errors} errors, {warnings} warnings):',
  },
  'excel.import.written': {
    zh: '✓ 已写入草稿 {file}（status: draft，不会发布）。改好报送表后可以再导入一次；收齐、核对后把 status 改为 published，运行 npm run validate',
    en: '✓ wrote the draft {file} (status: draft, not published). Import corrected forms again any time; when complete, set status: published and run npm run validate',
  },
  'excel.import.draftRejected': {
    zh: '✗ {file} 导入后通不过检查（见上面不在报送表里的问题），所以没有写入，data/ 没有改动：先改好这些问题，再运行一次导入',
    en: '✗ {file} would fail the checks after the import (see the problems above that are not in a form), so nothing was written: fix them and import again',
  },
  'excel.import.nothingWritten': {
    zh: '✗ 没有可以导入的报送表，data/ 没有改动。',
    en: '✗ no form could be imported; data/ is unchanged.',
  },
  'excel.import.fixData': {
    zh: '✗ data/ 里现在就有错误，先改好（npm run validate）再导入；data/ 没有改动。',
    en: '✗ data/ has errors already: fix them (npm run validate) before importing; data/ unchanged.',
  },
  'excel.import.unknown': { zh: '（未认出单位）', en: ' (unit not recognised)' },
  'excel.import.unread': { zh: '（没有读取）', en: ' (not read)' },
  'excel.import.none': { zh: '未填', en: 'not given' },
  // npm run status
  'excel.status.usage': { zh: '用法：npm run status -- 2006-02', en: 'usage: npm run status -- 2006-02' },
  'excel.status.noReport': {
    zh: '{periodLabel}还没有报表：一份报送表也没有导入（npm run import -- 文件夹）',
    en: 'no report for {periodLabel} yet: no form has been imported (npm run import -- <folder>)',
  },
  'excel.status.heading': {
    zh: '{periodLabel}报送表收到情况（{status}）：共 {total} 个单位，已导入 {received}，收到但未导入 {refused}，未收到 {missing}',
    en: '{periodLabel} forms ({status}): {total} units, {received} imported, {refused} received but not imported, {missing} not received',
  },
  'excel.status.received': { zh: '已导入', en: 'imported' },
  'excel.status.refused': { zh: '收到但未导入', en: 'received, not imported' },
  'excel.status.refusedLine': {
    zh: '{unit}：{file}。原因：{reason}',
    en: '{unit}: {file}. Why: {reason}',
  },
  'excel.status.missing': { zh: '未收到', en: 'not received' },
  'excel.status.marked': { zh: '（已写 status: 未报送）', en: ' (written status: 未报送)' },
  'excel.status.line': {
    zh: '  {unit}：{file}，填表人 {filledBy}，报出日期 {sentOn}，导入于 {importedAt}',
    en: '  {unit}: {file}, filled in by {filledBy}, sent {sentOn}, imported {importedAt}',
  },
  'excel.status.byHand': {
    zh: '  {unit}：已有数字（不是从报送表导入的）',
    en: '  {unit}: figures on file (not imported from a form)',
  },
  'excel.summary.heading': { zh: '### 报送表', en: '### Forms' },
  'excel.summary.received': {
    zh: '已导入 {received} / {total} 个单位（npm run status 列出每个单位）',
    en: '{received} of {total} units imported (npm run status lists each unit)',
  },
  'excel.summary.missing': { zh: '未收到：{units}', en: 'not received: {units}' },
  'excel.summary.refused': { zh: '收到但未导入：{units}', en: 'received but not imported: {units}' },
  'excel.summary.reminder': { zh: '{unit}（报送表导入时的提醒）：{text}', en: '{unit} (on import): {text}' },
  'excel.summary.none': { zh: '无', en: 'none' },
  'excel.status.draft': { zh: '草稿', en: 'draft' },
  'excel.status.publishedState': { zh: '已发布', en: 'published' },
});
