// A slice of the seed policy (市中政办发〔2021〕14号) with a result covering every status, a recurring
// duty, evidence to quote and the engine's notes.
import type { ComplianceResult, PolicyExtract } from '../../types';
import { deadline, evidence, measure, obligation, policy } from './builders';

const HRSS = '区人力资源和社会保障局';
const MARKET = '区市场监管局';
const CIVIL = '区民政局';
const FINANCE = '区财政局';
const LAND = '区自然资源局';
const JUSTICE = '区司法局';
const OFFICE = '区政府办公室';

export const seedPolicy: PolicyExtract = policy({
  title: '关于服务“六稳”“六保”进一步深化 “放管服”改革的实施意见',
  docNumber: '市中政办发〔2021〕14号',
  issuer: '市中区人民政府办公室',
  issuedOn: '2021-09-06',
  printedOn: '2021-09-06',
  sections: [
    { number: '一', title: '优化就业创业环境' },
    { number: '三', title: '推动扩大有效投资' },
    { number: '七', title: '加强事中事后监管' },
    { number: '八', title: '强化组织保障' },
  ],
  measures: [
    measure(1, '提升就业服务。', {
      section: '一',
      lead: [HRSS],
      support: [MARKET],
      deadlines: [deadline('11月底前', '2021-11-30')],
    }),
    measure(2, '提高职业技能。', {
      section: '一',
      lead: [HRSS],
      support: [CIVIL, FINANCE],
      deadlines: [deadline('年内', '2021-12-31'), deadline('12月底前', '2021-12-31')],
    }),
    measure(12, '加快推进“标准地”改革。', {
      section: '三',
      lead: [LAND],
      deadlines: [deadline('每月4日前', null, 'monthly', { recurrence: { every: 'month', day: 4 } })],
    }),
    measure(27, '规范执法行为。', {
      section: '七',
      lead: [JUSTICE],
      deadlines: [deadline('9月底前', '2021-09-30')],
    }),
    measure(28, '完善改革评价机制。', { section: '八', lead: [OFFICE], deadlines: [deadline('2022年3月底前', '2022-03-31')] }),
    measure(29, '加强组织实施。', { section: '八', generic: ['各级各部门'] }),
  ],
});

export const seedResult: ComplianceResult = {
  asOf: '2022-01-31',
  reportDeadline: '2021-12-31',
  obligations: [
    obligation(1, HRSS, 'on_time', {
      due: '2021-11-30',
      respondedOn: '2021-11-20',
      evidence: [
        evidence(
          '区人社局落实情况报告.docx',
          '2021-11-20',
          '按照“放管服”改革要求，我局已于11月中旬全面清理规范已取消的职业资格相关联的政策限制，共清理文件12件，并建立多元化职业技能评价机制。',
        ),
      ],
    }),
    obligation(1, MARKET, 'missing', { role: 'support', due: '2021-11-30' }),
    obligation(2, HRSS, 'late', {
      respondedOn: '2022-01-10',
      evidence: [evidence('区人社局第二次报告.pdf', '2022-01-10', '全年培训企业新型学徒1126名。', 'title')],
    }),
    obligation(2, CIVIL, 'missing', { role: 'support' }),
    obligation(2, FINANCE, 'on_time', {
      role: 'support',
      respondedOn: '2021-12-20',
      evidence: [evidence('财政局.txt', '2021-12-20', '拨付培训补贴资金320万元。', 'content')],
    }),
    obligation(12, LAND, 'late', {
      due: '2022-01-04',
      respondedOn: '2022-01-12',
      periods: [
        { due: '2021-10-04', status: 'on_time', respondedOn: '2021-10-02' },
        { due: '2021-11-04', status: 'missing', respondedOn: null },
        { due: '2021-12-04', status: 'late', respondedOn: '2021-12-09' },
        { due: '2022-01-04', status: 'late', respondedOn: '2022-01-12' },
      ],
    }),
    obligation(27, JUSTICE, 'missing', { due: '2021-09-30' }),
    obligation(28, OFFICE, 'pending', { due: '2022-03-31' }),
  ],
  notes: {
    offDuty: [{ file: '区财政局关于第12条的报告.docx', department: FINANCE, measure: 12 }],
    unobliged: [{ file: '区档案馆工作汇报.docx', department: '区档案馆' }],
    beforeIssue: [],
  },
};
