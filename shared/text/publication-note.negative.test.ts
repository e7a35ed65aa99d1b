import { describe, expect, it } from 'vitest';
import { publicationNoteCuts } from './publication-note';

// publication-note, where it must not fire: a note standing alone, brackets that are no such note (「（以下简称《典型问题
// 清单》）」, 「（此件已修订）」 read as such only when it opens on 此件), and 此件 in the prose.
describe('publication-note: negative cases', () => {
  it.each([
    '（此件主动公开）',
    '形成了《本市养老机构消防安全典型问题清单》（以下简称《典型问题清单》），现印发给你们',
    '此件请于本周内办理完毕。',
    '（此项工作由区民政局负责）',
  ])('%s', (text) => {
    expect(publicationNoteCuts(text)).toEqual([]);
  });
});
