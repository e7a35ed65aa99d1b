// The prose the interface shows on its own: JSX joins lines with a space, which Chinese text must not carry.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Connection, ConnectionState } from '../api/connection';
import { AppContext, type AppState } from '../app-context';
import { ConnectionBanner } from '../components/connection-banner';
import { FirstRunGuide } from '../components/first-run-guide';
import { HelpView } from './help-view';

const state = {
  info: null,
  asOf: '2022-01-31',
  policies: [],
  navigate: () => {},
  importer: { busy: false, importSample: async () => {} },
} as unknown as AppState;

const connection = (s: ConnectionState): Connection => ({ state: () => s, subscribe: () => () => {} }) as unknown as Connection;

/** The visible text of the markup, tags taken out. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A space between two Chinese characters or punctuation marks, with a little of the text around it. */
function strayGaps(text: string): string[] {
  return [...text.matchAll(/.{0,6}[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’] +[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’].{0,6}/gu)].map((m) => m[0]);
}

describe('the interface’s own prose', () => {
  it.each([
    ['帮助', () => createElement(AppContext.Provider, { value: state }, createElement(HelpView))],
    ['第一次使用', () => createElement(AppContext.Provider, { value: state }, createElement(FirstRunGuide))],
    ['访问令牌已失效', () => createElement(ConnectionBanner, { connection: connection('token-refused'), mode: 'browser' })],
  ])('%s has no space between Chinese words', (_, element) => {
    const text = textOf(renderToStaticMarkup(element()));
    expect(text.length).toBeGreaterThan(20);
    expect(strayGaps(text)).toEqual([]);
  });

  it('finds such a space where one is (the check itself)', () => {
    expect(strayGaps('报来的落实情况报告， 看每个部门')).toHaveLength(1);
    expect(strayGaps('算共同负责。 “各镇街”')).toHaveLength(1);
    expect(strayGaps('默认 14 天，可在矩阵上改')).toEqual([]);
  });
});
