import { describe, expect, it } from 'vitest';
import { listFieldChoices, unknownDepartments } from './typed-departments';

const LEDGER = ['区人力资源和社会保障局', '区民政局', '区财政局', '区市场监管局'];

describe('unknownDepartments', () => {
  it('takes the ledger’s names as they are', () => {
    expect(unknownDepartments(['区民政局', '区财政局'], LEDGER)).toEqual([]);
  });

  it('points a short form at the ledger’s name for the same body', () => {
    expect(unknownDepartments(['区人社局'], LEDGER)).toEqual([{ name: '区人社局', ledgerName: '区人力资源和社会保障局' }]);
  });

  it('says a name of no body the ledger has is new, with nothing to point at', () => {
    expect(unknownDepartments(['区人设局', '区民政局'], LEDGER)).toEqual([{ name: '区人设局', ledgerName: null }]);
    // another level's body is another body: 县人社局 is not 区人力资源和社会保障局
    expect(unknownDepartments(['县人社局'], LEDGER)).toEqual([{ name: '县人社局', ledgerName: null }]);
  });

  it('reads each name once, spaces and stray marks left out', () => {
    expect(unknownDepartments([' 区人设局 ', '区人设局'], LEDGER)).toEqual([{ name: '区人设局', ledgerName: null }]);
    expect(unknownDepartments(['区 民政局'], LEDGER)).toEqual([]);
  });
});

describe('listFieldChoices', () => {
  it('offers every ledger name in an empty field, or while the first name is typed', () => {
    expect(listFieldChoices('', LEDGER)).toEqual(LEDGER);
    expect(listFieldChoices('区民', LEDGER)).toEqual(LEDGER);
  });

  it('writes the names already there in front of each choice, leaving them out of the choices', () => {
    expect(listFieldChoices('区民政局、', LEDGER)).toEqual(['区民政局、区人力资源和社会保障局', '区民政局、区财政局', '区民政局、区市场监管局']);
    expect(listFieldChoices('区民政局、区财政局、区市', LEDGER)).toEqual(['区民政局、区财政局、区人力资源和社会保障局', '区民政局、区财政局、区市场监管局']);
  });

  it('reads a comma as a 顿号, and writes the list with 顿号', () => {
    expect(listFieldChoices('区民政局，区', LEDGER)[0]).toBe('区民政局、区人力资源和社会保障局');
  });
});
