import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// Responsibility layouts seen in real policies: a body standing alone, ministries without a place, 〔〕 brackets,
// a level or 各 written once for a list, words of time or convention beside the names.
const roles = (text: string) => {
  const r = readResponsibility(text);
  return { lead: r.lead, support: r.support, joint: r.joint, generic: r.generic };
};

describe('readResponsibility on real layouts', () => {
  it.each([
    ['加强口岸通关。（海关总署负责）', { lead: ['海关总署'], support: [], joint: false, generic: [] }],
    ['建设人才特区。（越秀区负责）', { lead: ['越秀区'], support: [], joint: false, generic: [] }],
    ['推进试点。（西湖区负责）', { lead: ['西湖区'], support: [], joint: false, generic: [] }],
    ['（人力资源社会保障部牵头，教育部等按职责分工负责）', { lead: ['人力资源社会保障部'], support: ['教育部'], joint: false, generic: [] }],
    ['（工业和信息化部、公安部、应急管理部按职责分工负责）', { lead: ['工业和信息化部', '公安部', '应急管理部'], support: [], joint: true, generic: [] }],
    ['〔责任单位：省市场监管局〕', { lead: ['省市场监管局'], support: [], joint: false, generic: [] }],
    ['（省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实）', { lead: ['省科技厅', '省工业和信息化厅'], support: [], joint: true, generic: ['各地级以上市人民政府'] }],
    ['（牵头单位：市委组织部，配合单位：市编办，各区、县级市）', { lead: ['市委组织部'], support: ['市编办'], joint: false, generic: ['各区', '各县级市'] }],
    ['（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）', { lead: ['市农业局'], support: ['市科协'], joint: false, generic: ['各有关区', '各县级市'] }],
    ['（国务院各部门分别负责，年内持续推进）', { lead: [], support: [], joint: false, generic: ['国务院各部门'] }],
    ['（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）', { lead: ['市委组织部'], support: [], joint: false, generic: ['各项目牵头单位', '各区', '各县级市'] }],
    // 分别牵头: each leads its own part (丽水市, 市政府工作报告重点工作责任分解(2023年))
    ['责任单位:市人力社保局、市农业农村局分别牵头', { lead: ['市人力社保局', '市农业农村局'], support: [], joint: false, generic: [] }],
    ['（市商务局、市发改委分别牵头，市财政局配合）', { lead: ['市商务局', '市发改委'], support: ['市财政局'], joint: false, generic: [] }],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
