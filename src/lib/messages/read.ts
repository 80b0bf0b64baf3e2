/** The messages of reading a data file (src/lib/read/): encoding, YAML syntax, the text's shape. */
import { defineMessages } from './catalogue.ts';

export const readMessages = defineMessages({
  'read.syntax.tab': { zh: '行首用空格缩进', en: 'spaces for indentation' },
  'read.syntax.tab.got': { zh: 'Tab 键（制表符）', en: 'a tab' },
  'read.syntax.tab.suggestion': {
    zh: '把行首的 Tab 换成空格（行首不能用 Tab）',
    en: 'replace the tab with spaces (YAML does not allow tabs at the start of a line)',
  },
  'read.syntax.quote': { zh: '这里开头的 {q} 在文字末尾配一个 {q}', en: 'a closing {q} for the text opened here' },
  'read.syntax.quote.got': { zh: '没有配对的 {q}', en: 'no closing {q}' },
  'read.syntax.quote.suggestion': {
    zh: '在文字末尾补上 {q}，或删掉开头的 {q}',
    en: 'add {q} at the end of the text, or remove the opening {q}',
  },
  'read.syntax.bracket': {
    zh: '同一行里有 {close} 与这个 {open} 配对',
    en: 'a {close} closing this {open} on the same line',
  },
  'read.syntax.bracket.got': { zh: '到第 {line} 行还没有 {close}', en: 'no {close} before line {line}' },
  'read.syntax.bracket.suggestion': { zh: '补上缺少的 {close}', en: 'add the missing {close}' },
  'read.syntax.fullWidthColon': {
    zh: '半角冒号加一个空格（字段: 值）',
    en: 'a half-width colon and a space (key: value)',
  },
  'read.syntax.fullWidthColon.got': { zh: '全角冒号“：”', en: 'a full-width colon "："' },
  'read.syntax.fullWidthColon.suggestion': {
    zh: '把输入法切换到半角标点，重新输入冒号',
    en: 'switch the input method to half-width punctuation for the colon',
  },
  'read.syntax.dash': {
    zh: '这一项的“-”在第 {want} 列，和上面各项对齐',
    en: 'this entry\'s "-" in column {want}, like the entries above',
  },
  'read.syntax.column': { zh: '第 {col} 列', en: 'column {col}' },
  'read.syntax.dash.suggestion': {
    zh: '用空格把“-”和上面各项对齐（不要用 Tab）',
    en: 'line the "-" up with the other entries (spaces only)',
  },
  'read.syntax.indent': {
    zh: '这一行从第 {want} 列开始，和上一行对齐',
    en: 'this line to start in column {want}, like the line above',
  },
  'read.syntax.indent.got': { zh: '第 {got} 列', en: 'column {got}' },
  'read.syntax.indent.suggestion': {
    zh: '同一项的各个字段上下对齐：改正行首的空格',
    en: 'fields of one entry line up under each other; fix the spaces at the start of the line',
  },
  'read.syntax.secondColon': { zh: '每行一个“字段: 值”', en: 'one "key: value" per line' },
  'read.syntax.secondColon.got': { zh: '值里面又有一个“: ”（半角冒号加空格）', en: 'a second ": " inside the value' },
  'read.syntax.secondColon.suggestion': {
    zh: "文字里的冒号改用全角“：”，或把整段文字用单引号括起来：'…'",
    en: "use the full-width colon ：, or put the whole text in single quotes: '…'",
  },
  'read.syntax.afterQuote': { zh: '值在配对的引号处结束', en: 'the value to end at its closing quote' },
  'read.syntax.afterQuote.suggestion': {
    zh: "把整段文字用单引号括起来 '…'，文字里的引号改用“”或「」",
    en: "put the whole text in single quotes '…', or use “” or 「」 inside it",
  },
  'read.syntax.column.same': {
    zh: '同一项的各个字段从同一列开始',
    en: 'every field of one entry to start in the same column',
  },
  'read.syntax.column.same.got': { zh: '这一行从第 {col} 列开始', en: 'this line starting in column {col}' },
  'read.syntax.column.same.suggestion': {
    zh: '用空格把这个字段和上面的字段对齐（不要用 Tab）',
    en: 'line the field up with the fields above it (spaces only)',
  },
  'read.syntax.noColon': { zh: '写成“字段: 值”的一行', en: 'a line written "key: value"' },
  'read.syntax.noColon.suggestion': {
    zh: '在字段名后面加半角冒号和一个空格',
    en: 'put a colon and a space after the field name',
  },
  'read.syntax.unreadable': { zh: '正确的 YAML 写法', en: 'valid YAML' },
  'read.syntax.unreadable.suggestion': {
    zh: '核对这一行的缩进、冒号和引号',
    en: 'check indentation, colons and quotes on this line',
  },
  'read.file.size': { zh: '不超过 {mb} 的文件', en: 'a file of at most {mb}' },
  'read.file.size.suggestion': {
    zh: '文件太大，可能存错了文件：请确认保存的是这个月的报表',
    en: 'split the data or check that the right file was saved',
  },
  'read.file.utf8': { zh: 'UTF-8 编码的文字', en: 'text encoded as UTF-8' },
  'read.file.utf8.suggestion': {
    zh: '在编辑器里“另存为”，编码选 UTF-8（不要选 GBK/GB2312/ANSI）',
    en: 'save the file as "UTF-8" (not GBK/GB2312) in your editor',
  },
  'read.file.mapping': { zh: '“字段: 值”形式的内容', en: 'a YAML mapping' },
  'read.file.empty.got': { zh: '空文件', en: 'an empty file' },
  'read.file.control': { zh: '可见的文字', en: 'printable text' },
  'read.file.control.got': { zh: '看不见的控制字符 U+{code}', en: 'the control character U+{code}' },
  'read.file.control.suggestion': {
    zh: '文件可能损坏或不是文本文件：删掉这个字符，或把文件另存为 UTF-8 文本',
    en: 'the file may be damaged or not a text file; delete the character or re-save the file as UTF-8 text',
  },
  'read.file.onlyComments.got': { zh: '只有 # 注释，没有数据', en: 'only comments, no data' },
  'read.file.documents': { zh: '一个文件只放一份内容', en: 'one document per file' },
  'read.file.documents.got': { zh: '--- 后面又开始了第二份', en: 'a second document (after ---)' },
  'read.file.documents.suggestion': {
    zh: '一个文件只放一个月：删掉多出来的 --- 行（和它后面的内容）',
    en: 'keep one month per file; remove the extra ---',
  },
  'read.file.duplicateKey': { zh: '同一处每个字段只写一次', en: 'each key once in a mapping' },
  'read.file.duplicateKey.got': { zh: '第二次出现的“{key}”', en: '"{key}" a second time' },
  'read.file.duplicateKey.suggestion': {
    zh: '删掉其中一行，或改正写错的字段名',
    en: 'delete or rename one of the two',
  },
  'read.file.directive': { zh: '不写指令行', en: 'no directives' },
  'read.file.directive.got': { zh: '指令 {value}', en: 'the directive {value}' },
  'read.file.directive.suggestion': { zh: '删掉以 % 开头的那一行', en: 'delete the line starting with %' },
  'read.file.plainValue': { zh: '直接写出的值', en: 'a plain value' },
  'read.file.alias.got': { zh: '引用 *{source}', en: 'an alias (*{source})' },
  'read.file.alias.suggestion': {
    zh: '把值完整写出来；不能用 * 引用别处',
    en: 'write the value out in full; aliases are not allowed',
  },
  'read.file.anchor.got': { zh: '锚点 &{anchor}', en: 'an anchor (&{anchor})' },
  'read.file.tag.got': { zh: '标签 {written}', en: 'the tag {written}' },
  'read.file.mergeKey': { zh: '普通的字段名', en: 'an ordinary key' },
  'read.file.mergeKey.got': { zh: '合并键 <<', en: 'a merge key (<<)' },
  'read.file.mergeKey.suggestion': {
    zh: '把各个字段完整写出来；不能用 <<',
    en: 'write the fields out in full; merge keys are not allowed',
  },
  'read.file.complexKey': { zh: '字段名', en: 'a field name as key' },
  'read.file.complexKey.suggestion': {
    zh: '删掉括号后面的“:”或前面的“?”',
    en: 'remove the ":" after the closing bracket, or the "?" before it',
  },
  'read.lint.cut': {
    zh: '完整的文字（“空格 + #”会开始一段注释，文字在这里就被截断了）',
    en: 'the whole text (a space then # starts a comment, which cuts the text here)',
  },
  'read.lint.cut.suggestion': {
    zh: "改用全角＃，或把整段文字用单引号括起来：'…'",
    en: "write the full-width ＃, or put the whole text in quotes: '…'",
  },
  'read.lint.fullWidthSpace': { zh: '行首用半角空格缩进', en: 'half-width spaces for indentation' },
  'read.lint.fullWidthSpace.got': { zh: '全角空格（　）', en: 'a full-width space (　)' },
  'read.lint.fullWidthSpace.suggestion': {
    zh: '把输入法切换到半角，重新输入行首的空格',
    en: 'switch the input method to half-width and retype the spaces at the start of the line',
  },
  'read.file.empty.suggestion': {
    zh: '文件是空的：运行 npm run new-month 生成表格，或从上个月的文件复制内容',
    en: "the file is empty: run npm run new-month for a form, or copy last month's file",
  },
  'read.file.anchor.suggestion': { zh: '删掉 &{anchor}；不能用锚点', en: 'remove &{anchor}; anchors are not allowed' },
  'read.file.tag.suggestion': {
    zh: '删掉 {written}（以 ! 开头的词）',
    en: 'remove the tag {written} (the word starting with !)',
  },
  'read.file.mappingKey': { zh: '用 {kind} 当作字段名', en: 'a mapping {kind} used as a key' },
  'read.file.listKey': { zh: '用 {kind} 当作字段名', en: 'a list {kind} used as a key' },
  'read.encoding.bytes': { zh: '字节 {hex}{more}{gbk}', en: 'the bytes {hex}{more}{gbk}' },
  'read.encoding.gbk': {
    zh: '（按 GBK 读是“{gbk}”，文件是用 GBK 保存的）',
    en: ' ("{gbk}" in GBK: the file was saved as GBK)',
  },
  'read.lint.cut.got': { zh: '文字会被截成“{text}”', en: 'text that would be cut to "{text}"' },
  'read.syntax.afterQuote.got': { zh: '引号后面还有文字（“{text}”）', en: 'more text after the quote ("{text}")' },
  'read.syntax.noColon.got': { zh: '没有“: ”的一行（“{text}”）', en: 'a line without ": " ("{text}")' },
  'read.syntax.unreadable.got': {
    zh: '无法读懂（解析器的原话：{message}）',
    en: 'unreadable (the parser says: {message})',
  },
});
