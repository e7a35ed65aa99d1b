// A different layout of the genre: no sections, 第N条 numbering, joint duties, a title that holds its
// own book-title marks, no document number or issuer, the reporting deadline standing in for missing
// deadlines, and an obligation whose measure the extract lacks.
import type { ComplianceResult, PolicyExtract } from '../../types';
import { deadline, evidence, measure, obligation, policy } from './builders';

export const variedPolicy: PolicyExtract = policy({
  title: '关于印发《示范县创建三年行动方案》的通知',
  issuedOn: '2023-03-15',
  measures: [
    measure(1, '健全工作机制', {
      label: '第一条',
      lead: ['县发展改革局', '县农业农村局'],
      joint: true,
      deadlines: [deadline('长期坚持', null, 'ongoing')],
    }),
    measure(2, '开展专项整治，压缩办理时限', {
      label: '第二条',
      lead: ['县住房城乡建设局'],
      support: ['县应急管理局'],
      deadlines: [
        deadline('2023年6月底前', '2023-06-30'),
        deadline('受理后8个工作日内', null, 'service-limit'),
        deadline('2月底前', '2023-02-28', 'by', { beforeIssue: true }),
      ],
    }),
    measure(3, '完善统计报送', {
      label: '第三条',
      lead: ['县统计局'],
      deadlines: [deadline('2023年1月至12月', '2023-12-31', 'period', { from: '2023-01-01' })],
    }),
  ],
});

export const variedResult: ComplianceResult = {
  asOf: '2024-01-15',
  reportDeadline: '2023-11-30',
  obligations: [
    obligation(1, '县发展改革局', 'late', {
      role: 'joint',
      due: '2023-11-30',
      dueSource: 'report-deadline',
      respondedOn: '2023-12-05',
      evidence: [
        evidence(
          'C:\\报告\\县发改局.docx',
          '2023-12-05',
          '“我局牵头建立了“周调度、月通报”工作机制，    先后召开推进会议6次，协调解决问题23个，形成了上下联动、部门协同的工作格局，有关做法被省里专题推广。”',
          'content',
        ),
      ],
    }),
    obligation(1, '县农业农村局', 'missing', { role: 'joint', due: '2023-11-30', dueSource: 'report-deadline' }),
    obligation(2, '县住房城乡建设局', 'late', { due: '2023-06-30', respondedOn: '2023-07-20' }),
    obligation(2, '县应急管理局', 'late', { role: 'support', due: '2023-06-30', respondedOn: '2023-07-01' }),
    obligation(3, '县统计局', 'on_time', { due: '2023-12-31', respondedOn: '2023-12-28' }),
    obligation(7, '县农业农村局', 'missing', { due: '2023-10-31' }),
  ],
  notes: {
    offDuty: [],
    unobliged: [],
    beforeIssue: [{ measure: 2, text: '2月底前', date: '2023-02-28' }],
  },
};

export const emptyPolicy: PolicyExtract = policy({ title: '关于做好某项工作的通知', measures: [] });

export const emptyResult: ComplianceResult = {
  asOf: '2022-01-31',
  reportDeadline: '2021-12-31',
  obligations: [],
  notes: { offDuty: [], unobliged: [], beforeIssue: [] },
};
