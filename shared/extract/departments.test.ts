import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DepartmentDirectory } from '../types';
import {
  canonicalDepartment,
  defaultDirectory,
  firstListedName,
  isGenericActor,
  normalizeDepartmentName,
  placeFromIssuer,
  readNameList,
  resolveDepartment,
  splitDepartmentList,
} from './departments';

const district = { prefixes: ['枣庄市市中区', '市中区'], level: '区' };
const dir = defaultDirectory();

describe('placeFromIssuer', () => {
  it.each([
    ['枣庄市市中区人民政府办公室', { prefixes: ['枣庄市市中区', '市中区'], level: '区' }],
    ['市中区人民政府办公室', { prefixes: ['市中区'], level: '区' }],
    ['河东县人民政府办公室文件', { prefixes: ['河东县'], level: '县' }],
    ['滕州市人民政府', { prefixes: ['滕州市'], level: '市' }],
    ['山东省人民政府办公厅', { prefixes: ['山东省'], level: '省' }],
    ['山东省枣庄市市中区人民政府', { prefixes: ['山东省枣庄市市中区', '枣庄市市中区', '市中区'], level: '区' }],
    ['中共枣庄市市中区委办公室', { prefixes: ['枣庄市市中区', '市中区'], level: '区' }],
  ])('%s', (issuer, place) => {
    expect(placeFromIssuer(issuer)).toEqual(place);
  });

  it.each([[null], [''], ['区人力资源和社会保障局'], ['人民政府办公室']])('no place in %s', (issuer) => {
    expect(placeFromIssuer(issuer)).toBeNull();
  });
});

describe('normalizeDepartmentName', () => {
  it.each([
    ['区 市场\n监管局', '区市场监管局'],
    ['枣庄市市中区人力资源社会保障局', '区人力资源社会保障局'],
    ['市中区民政局', '区民政局'],
    ['枣庄市自然资源和规划局', '市自然资源和规划局'],
    ['中共枣庄市市中区委组织部', '区委组织部'],
    ['“区财政局”，', '区财政局'],
    ['各镇(街道)', '各镇（街道）'],
    // 市中 alone is not the district's prefix: a body named after it keeps its name.
    ['市中供电中心', '市中供电中心'],
    // one office under two names is the first
    ['区发改局(粮食局)', '区发改局'],
    ['枣庄市市中区委组织部（区委老干部局）', '区委组织部'],
    ['区人社局（牵头）', '区人社局（牵头）'],
  ])('%s → %s', (name, expected) => {
    expect(normalizeDepartmentName(name, district)).toBe(expected);
  });
});

describe('canonicalDepartment with the default directory', () => {
  it.each([
    ['区人力资源社会保障局', '区人力资源和社会保障局'],
    ['枣庄市市中区人力资源社会保障局', '区人力资源和社会保障局'],
    ['市中区人社局', '区人力资源和社会保障局'],
    ['区市场监管局', '区市场监督管理局'],
    ['区发改局', '区发展和改革委员会'],
    ['区发展改革委', '区发展和改革委员会'],
    ['区教体局', '区教育和体育局'],
    ['区医保局', '区医疗保障局'],
    ['区审批局', '区行政审批服务局'],
    ['区地方金融监管局', '区地方金融监督管理局'],
    ['区政府办公室', '区人民政府办公室'],
    ['县住建局', '县住房和城乡建设局'],
    ['市卫健委', '市卫生健康局'],
    // names from before the institutional reform
    ['区工商局', '区市场监督管理局'],
    ['区食药监局', '区市场监督管理局'],
    ['区安监局', '区应急管理局'],
    ['区国土资源局', '区自然资源和规划局'],
    ['区卫计局', '区卫生健康局'],
    ['区农业局', '区农业农村局'],
    // the 和 rule is general, not a table row
    ['区商务投资促进局', '区商务投资促进局'],
    // unknown bodies are kept as they are
    ['区残疾人托养中心', '区残疾人托养中心'],
    ['市中供电中心', '市中供电中心'],
  ])('%s → %s', (name, expected) => {
    expect(canonicalDepartment(name, dir, district)).toBe(expected);
  });

  it('reads 市场… as a market, not as a city-level name', () => {
    expect(canonicalDepartment('市场监管局', dir)).toBe('市场监督管理局');
    expect(canonicalDepartment('市市场监管局', dir)).toBe('市市场监督管理局');
  });
});

describe('canonicalDepartment with explicit aliases', () => {
  const withAliases: DepartmentDirectory = {
    aliases: [
      ...dir.aliases,
      { alias: '区市场监督管理局', canonical: '区市场监管局' },
      { alias: '区商务局', canonical: '区商务和投资促进局' },
      { alias: '区商务和投资促进局', canonical: '区商务和投资促进中心' },
    ],
    generic: [],
  };

  it('lets an explicit alias choose the name, also for the table forms of that body', () => {
    expect(canonicalDepartment('区市场监督管理局', withAliases)).toBe('区市场监管局');
    expect(canonicalDepartment('区 市场监管局', withAliases)).toBe('区市场监管局');
    expect(canonicalDepartment('枣庄市市中区市场监督管理局', withAliases, district)).toBe('区市场监管局');
  });

  it('follows merged names to the end', () => {
    expect(canonicalDepartment('区商务局', withAliases)).toBe('区商务和投资促进中心');
  });

  it('folds a dropped 和 onto a name the directory knows', () => {
    const d: DepartmentDirectory = { aliases: [{ alias: '区商务和投资促进局', canonical: '区商务和投资促进局' }], generic: [] };
    expect(resolveDepartment('区商务投资促进局', d)).toEqual({ name: '区商务投资促进局', canonical: '区商务和投资促进局', source: 'alias' });
  });

  it('says where a name came from', () => {
    expect(resolveDepartment('区人社局', dir, district).source).toBe('table');
    expect(resolveDepartment('区税务局', dir, district).source).toBe('name');
  });
});

describe('isGenericActor', () => {
  it.each(['区政府有关部门', '各镇街', '各镇（街道）', '各级各部门', '有关部门', '各镇人民政府', '各街道办事处', '区政府各部门单位', '全区各级各部门', '部门', '区直有关部门', '各银行业金融机构', '区党政机关', '公共机构'])(
    '%s is generic',
    (name) => expect(isGenericActor(name)).toBe(true),
  );

  it.each(['区财政局', '区人力资源和社会保障局', '市中供电中心', '区残联', '区政府办公室', '区大数据中心', '区机关事务管理局', '区机管局'])('%s is a department', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });

  it('honours names users marked generic', () => {
    expect(isGenericActor('区属国有企业')).toBe(false);
    expect(isGenericActor('区属国有企业', { aliases: [], generic: ['区属国有企业'] })).toBe(true);
  });
});

describe('splitDepartmentList', () => {
  it.each([
    ['A局、B局和C局等有关部门', ['A局', 'B局', 'C局', '有关部门']],
    ['区公安分局、区行政审批服务局等区政府有关部门', ['区公安分局', '区行政审批服务局', '区政府有关部门']],
    ['区住房和城乡建设局和各镇街', ['区住房和城乡建设局', '各镇街']],
    ['区发展和改革委员会、区商务和投资促进局', ['区发展和改革委员会', '区商务和投资促进局']],
    ['区地方金融监管局等部门', ['区地方金融监管局']],
    ['各镇人民政府、各街道办事处', ['各镇人民政府', '各街道办事处']],
    ['县财政局，县人社局；县民政局', ['县财政局', '县人社局', '县民政局']],
    ['区委办及区政府办', ['区委办', '区政府办']],
    ['各镇（街道）、区直各部门', ['各镇（街道）', '区直各部门']],
    ['由区应急局', ['区应急局']],
    // names a PDF table cell separated only by spaces, fused once the spaces are gone
    ['县教体局 县卫健局 县财政局', ['县教体局', '县卫健局', '县财政局']],
    ['县住建局县自然资源局、县城管局', ['县住建局', '县自然资源局', '县城管局']],
    // …but a unit under the body before it, or a name with a level character inside, stays whole
    ['市公安局市中分局', ['市公安局市中分局']],
    ['县公安局交警大队', ['县公安局交警大队']],
    ['中国人民银行平阳县支行', ['中国人民银行平阳县支行']],
    ['县市场监督管理局', ['县市场监督管理局']],
  ])('%s', (list, names) => {
    expect(splitDepartmentList(list)).toEqual(names);
  });

  it('keeps role marks apart from the names', () => {
    expect(readNameList('区人社局（牵头），区财政局、区民政局（配合）')).toEqual([
      { name: '区人社局', mark: 'lead' },
      { name: '区财政局', mark: null },
      { name: '区民政局', mark: 'support' },
    ]);
  });

  it('reads A会同B as A leading and B supporting', () => {
    expect(readNameList('区人社局会同区财政局、区税务局')).toEqual([
      { name: '区人社局', mark: 'lead' },
      { name: '区财政局', mark: 'support' },
      { name: '区税务局', mark: 'support' },
    ]);
    expect(readNameList('由区发改局、区工信局会同区财政局')).toEqual([
      { name: '区发改局', mark: 'lead' },
      { name: '区工信局', mark: 'lead' },
      { name: '区财政局', mark: 'support' },
    ]);
  });
});

describe('firstListedName', () => {
  // The first name as the whole list reads it: what a later name carries never reaches back to it.
  it.each([
    '区人社局（牵头），区财政局、区民政局（配合）',
    '区人社局会同区财政局、区税务局',
    '由区发改局、区工信局会同区财政局',
    '省科技厅、工业和信息化厅',
    '工业和信息化厅、省科技厅',
    '各区、县级市',
    '各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团',
    '县住建局县自然资源局、县交通局',
    '区发改局（粮食局）、区财政局',
    '等区政府有关部门',
    '区市场监管局等有关部门',
    '（区人社局）、区财政局',
    '充分利用政务网站、微信公众号等渠道开展政策宣传，提高企业和群众的知晓率',
    '一、重点工作推进情况',
    // a government's 人民政府 goes back to the places before it in its run
    '马尾区、闽侯县人民政府',
    '城关镇、石桥乡人民政府、区财政局',
    '城关镇、区财政局',
  ])('%s', (list) => {
    expect(firstListedName(list)).toBe(readNameList(list)[0]?.name ?? null);
  });

  it('is null for a list that names nothing', () => {
    expect(firstListedName('')).toBeNull();
    expect(firstListedName('、，；')).toBeNull();
    expect(readNameList('、，；')).toEqual([]);
  });

  it('gives the first name of every line and cell of the real policies and reports', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const folders = [join(here, '__fixtures__', 'real'), join(here, '..', 'submission', '__fixtures__', 'real', 'reports')];
    const lines = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((f) => f.endsWith('.txt') && !f.endsWith('.key.txt'))
        // lines, cells, and the sentences and clauses after a label (责任单位：…), where the lists are
        .flatMap((f) => readFileSync(join(folder, f), 'utf8').split(/\n|\s*[|｜\t]\s*|[。；：:（）()]/)),
    );
    const read = lines.filter((line) => line.trim() !== '' && line.length <= 600);
    expect(read.length).toBeGreaterThan(5_000);
    const differ = read.filter((line) => firstListedName(line) !== (readNameList(line)[0]?.name ?? null));
    expect(differ).toEqual([]);
  });

  it('reads no further than the first piece that gives a name', () => {
    // a list too long to split quickly has its first name at once
    const long = '区财政局、' + '某某某某、'.repeat(50_000);
    expect(firstListedName(long)).toBe('区财政局');
  });
});
