/**
 * The open-data files and a JSON Schema (draft 2020-12) for each: what /data/ documents field by
 * field, what /data/schemas/*.schema.json publishes, and what the tests validate the built files
 * against. A file with a CSV beside it lists its fields in the CSV's column order.
 */
import { APPOINTMENT_COLUMNS } from './appointments-open-data.ts';
import { STATISTICS_COLUMNS } from './statistics-open-data.ts';

export interface FieldSchema {
  type?: string | string[];
  description?: string;
  format?: string;
  pattern?: string;
  enum?: readonly (string | null)[];
  minimum?: number;
  items?: FieldSchema | false;
  prefixItems?: FieldSchema[];
  minItems?: number;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

export interface JsonSchema extends FieldSchema {
  $schema: string;
  $id: string;
  title: string;
}

export interface OpenDataFile {
  /** `documents`: the file is /data/documents.json, its schema /data/schemas/documents.schema.json. */
  name: string;
  /** The file's path below /data/ when it is not `${name}.json`: `report/{issue}.json`. */
  pattern?: string;
  /** Whether a CSV with the same fields sits beside the JSON. */
  csv: boolean;
  title: string;
  description: string;
  schema: JsonSchema;
}

const DOCUMENT_ID = '^\\d{4}-\\d-\\d{2}$';
const ISSUE_ID = '^\\d{4}-\\d$';
/** A path of the site, as the files print their links (not a `uri-reference`: its Chinese is not percent-encoded). */
const SITE_PATH = '^/';

const text = (description: string, extra: FieldSchema = {}): FieldSchema => ({ type: 'string', description, ...extra });
const integer = (description: string, minimum = 1): FieldSchema => ({ type: 'integer', description, minimum });
const orNull = (field: FieldSchema): FieldSchema => ({
  ...field,
  type: [field.type as string, 'null'],
  ...(field.enum ? { enum: [...field.enum, null] } : {}),
});
const url = (what: string): FieldSchema => text(`${what}的网址（站内路径，含网站所在目录）`, { pattern: SITE_PATH });
const date = (description: string): FieldSchema => text(`${description}（YYYY-MM-DD）`, { format: 'date' });
const documentId = (description: string): FieldSchema => text(description, { pattern: DOCUMENT_ID });

/** An object whose every field is required and no other is allowed. */
function record(properties: Record<string, FieldSchema>, description?: string): FieldSchema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

/** The fields of a file with a CSV beside it, in the CSV's column order. */
function inColumns(
  columns: readonly { name: string }[],
  fields: Record<string, FieldSchema>,
): Record<string, FieldSchema> {
  return Object.fromEntries(columns.map(({ name }) => [name, fields[name]!]));
}

function file(
  name: string,
  title: string,
  description: string,
  schema: FieldSchema,
  csv = false,
  pattern?: string,
): OpenDataFile {
  return {
    name,
    ...(pattern ? { pattern } : {}),
    csv,
    title,
    description,
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${name}.schema.json`,
      title,
      description,
      ...schema,
    },
  };
}

const list = (item: FieldSchema, description?: string): FieldSchema => ({
  type: 'array',
  ...(description ? { description } : {}),
  items: item,
});

export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
  file(
    'documents',
    '文件',
    '每篇文件一条记录，按期次和在该期中的顺序排列。',
    list(
      record({
        id: documentId('文件编号：年份-期号-本期序号'),
        url: url('文件页面'),
        issue: text('期次编号：年份-期号', { pattern: ISSUE_ID }),
        issueTitle: text('期次名称，如“2021年第4期”'),
        order: integer('在本期中的序号'),
        section: orNull(text('所在栏目')),
        title: text('标题'),
        organ: orNull(text('发文机关，多个机关以“、”分隔')),
        docNumber: orNull(text('文号')),
        date: orNull(date('成文日期')),
        issuedDate: orNull(date('印发日期')),
        type: text('文种，如“通知”“批复”'),
      }),
    ),
  ),
  file(
    'issues',
    '期次',
    '每期公报一条记录。',
    list(
      record({
        id: text('期次编号：年份-期号', { pattern: ISSUE_ID }),
        title: text('期次名称'),
        year: integer('年份', 1990),
        number: integer('期号'),
        documentCount: integer('本期文件篇数'),
        url: url('期次页面'),
      }),
    ),
  ),
  file(
    'statistics',
    '经济指标',
    '各期“全区主要经济指标完成情况”表的每一行：指标、期间、累计完成和同比。',
    list(
      record(
        inColumns(STATISTICS_COLUMNS, {
          indicator: text('指标名称（去掉印刷的“*”“#”标记后的名称，各期据此对应）'),
          printedName: text('本期印刷的指标名称'),
          unit: text('计量单位'),
          quarterly: { type: 'boolean', description: '是否按季度公布（名称后印有“*”）' },
          parent: orNull(text('所属的上级指标（名称前印有“#”的分项）')),
          year: integer('年份', 1990),
          endMonth: integer('期间截止月份：1 至该月'),
          period: text('期间，如“2022年1-12月”'),
          cumulative: orNull({ type: 'number', description: '累计完成；表中未印数字时为空' }),
          growth: orNull({ type: 'number', description: '同比增长（%）；表中未印时为空' }),
          documentId: documentId('所在文件的编号'),
          documentUrl: url('所在文件页面'),
        }),
      ),
    ),
    true,
  ),
  file(
    'appointments',
    '人事任免',
    '人事任免文件中的每一项任免，一个职务一条记录。',
    list(
      record(
        inColumns(APPOINTMENT_COLUMNS, {
          name: text('姓名（去掉排版加入的空格）'),
          action: text('任免类别', { enum: ['任命', '免去', '聘任', '聘用', '解聘'] }),
          position: text('职务'),
          organ: text('单位，按印刷原样'),
          note: orNull(text('职务后括号中的说明，如“挂职，时间一年”')),
          date: orNull(date('决定日期（文件成文日期）')),
          docNumber: orNull(text('文号')),
          documentId: documentId('所在文件的编号'),
          anchor: text('该项在文件页面上的锚点，如“任免3”', { pattern: '^任免\\d+$' }),
          documentTitle: text('所在文件的标题'),
          documentUrl: url('该项在文件页面上的位置'),
          item: text('该项全文，按印刷原样'),
        }),
      ),
    ),
    true,
  ),
  file(
    'citations',
    '文件引用',
    '每篇文件引用的每个文号和本站收录文件的每个标题，每篇文件每项一条记录。',
    list(
      record({
        from: documentId('引用文件的编号'),
        kind: text('引用方式：docNumber 为文号，title 为《标题》', { enum: ['docNumber', 'title'] }),
        cited: text('被引用的文号（规范写法）或标题（去掉空格）'),
        target: orNull(documentId('被引用文件在本站的编号；尚未收入本站时为空')),
        count: integer('引用次数'),
        fromUrl: url('引用文件页面'),
        targetUrl: orNull(url('被引用文件页面')),
      }),
    ),
  ),
  file(
    'report',
    '转换报告',
    '每期一个文件：从公报文本中识别出的文件、去除的版面杂项、不改变文字的修复和需要核对的提醒。',
    record({
      issue: text('期次编号', { pattern: ISSUE_ID }),
      title: text('期次名称'),
      file: text('公报文本文件名'),
      documents: list(
        record({
          id: documentId('文件编号'),
          order: integer('序号'),
          title: text('标题'),
          docNumber: orNull(text('文号')),
          lines: {
            type: 'array',
            description: '在公报文本中的起止行号',
            prefixItems: [integer('起始行'), integer('结束行')],
            minItems: 2,
            items: false,
          },
        }),
        '本期识别出的文件',
      ),
      counts: record(
        {
          documents: integer('文件篇数', 0),
          artefacts: integer('去除的版面杂项数', 0),
          repairs: integer('修复数', 0),
          warnings: integer('提醒数', 0),
        },
        '各项数量',
      ),
      artefacts: list(
        record({ line: integer('行号'), kind: text('类别，如 page-number（页码）'), text: text('去除的原文') }),
        '去除的版面杂项（页码、页眉、目录等）',
      ),
      repairs: list(
        record({
          line: integer('行号'),
          kind: text('类别，如 joined-lines（接续断行）'),
          before: text('修复前'),
          after: text('修复后'),
        }),
        '不改变文字的修复',
      ),
      warnings: list(
        record({ line: integer('行号'), code: text('类别'), message: text('说明') }),
        '需要人工核对的提醒',
      ),
    }),
    false,
    'report/{期次编号}.json',
  ),
];

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数值',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '对象',
};

/** A field's type as /data/ states it: `文本（日期）`, `整数，可为空`. */
export function fieldType(field: FieldSchema): string {
  const types = [field.type ?? []].flat();
  const base = types
    .filter((type) => type !== 'null')
    .map((type) => TYPE_NAMES[type] ?? type)
    .join('或');
  const detail =
    field.format === 'date'
      ? '（日期）'
      : field.pattern === SITE_PATH
        ? '（网址）'
        : field.enum
          ? `（取值：${field.enum.filter((value) => value !== null).join('、')}）`
          : '';
  return `${base}${detail}${types.includes('null') ? '，可为空' : ''}`;
}

export interface FieldRow {
  /** `documents[].id` for a field of the objects in a list. */
  name: string;
  type: string;
  description: string;
}

/** Every field of a file, nested ones after their parent: the rows of its table on /data/. */
export function fieldRows(schema: FieldSchema, prefix = ''): FieldRow[] {
  const object = schema.type === 'array' && schema.items ? schema.items : schema;
  return Object.entries(object.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const nested =
      field.type === 'array' && field.items && field.items.type === 'object'
        ? fieldRows(field.items, `${path}[].`)
        : field.type === 'object'
          ? fieldRows(field, `${path}.`)
          : [];
    return [{ name: path, type: fieldType(field), description: field.description ?? '' }, ...nested];
  });
}

/** A record shortened for an example: every list of objects keeps its first item. */
export function shortExample(value: unknown): unknown {
  if (Array.isArray(value))
    return value.some((item) => typeof item === 'object' && item !== null)
      ? value.slice(0, 1).map(shortExample)
      : value;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortExample(item)]));
  return value;
}
