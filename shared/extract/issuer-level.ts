// Refiner on one responsibility list of a local government's policy: when no name in the list writes a level
// (责任单位：财政局、发改局、人才办、工商联 in a document of 桐乡市人民政府办公室), the bodies are the issuer's own and
// take its level (市财政局, 市发改局). A list that writes a level anywhere (省委金融办，广东金融监管局) is read as
// written: its bare names may be another government's or carry a place of their own. Names with their own level
// or place (人民银行, 国家…, 嘉鱼经济开发区) and generic actors keep theirs. Only a government of a level (its
// people's government or party committee, their offices) gives one: a development zone's committee
// (…开发区管理委员会) names its own bureaus, which are no 区's.
import { isTownBody } from '../departments/names';
import { placeFromIssuer } from './departments';
import { levelOf, takesLevel } from './list-level-prefix';

const GOVERNMENT = /人民政府|[省市县区旗州]委(?:员会)?(?:办公室|办公厅)?$/;
const NOT_A_GOVERNMENT = /管理委员会|管委会|工委|开发区|高新区|新区|园区/;

/**
 * The level of a policy's issuer when it is a government of a level (桐乡市人民政府办公室 → 市), else null.
 * town-issuer: a town's or a street's government (闵行区吴泾镇人民政府) names its district only as its address; its
 * bare offices (规建生态办, 房管所) are the town's own, no 区's.
 */
export function issuerLevel(issuer: string | null): string | null {
  if (!issuer || !GOVERNMENT.test(issuer) || NOT_A_GOVERNMENT.test(issuer) || isTownBody(issuer)) return null;
  return placeFromIssuer(issuer)?.level ?? null;
}

export function withIssuerLevel(names: string[], level: string | null): string[] {
  if (level === null || names.some((n) => levelOf(n) !== null)) return names;
  return names.map((n) => (takesLevel(n) ? level + n : n));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The same rule where the responsibility is written on several lines: each line is a list of its own. Under
 * 「牵头单位:区财政局」 the line 「责任单位:立山经济开发区,各街道,税务局」 writes no level, so its 税务局 is the issuer's
 * (区税务局), though the lead's line writes one. Names found on no line are read with the whole list.
 */
export function withIssuerLevelByLine(names: string[], words: string | null, level: string | null): string[] {
  const lines = (words ?? '').split('\n').filter((l) => l.trim() !== '');
  if (level === null || lines.length < 2) return withIssuerLevel(names, level);
  const item = (name: string) => new RegExp(`(?:^|[:：、,，;；(（\\s])${escape(name)}(?=$|[、,，;；)）(（\\s])`);
  const lineOf = (name: string) => lines.findIndex((l) => item(name).test(l));
  const whole = withIssuerLevel(names, level);
  return names.map((name, k) => {
    const at = lineOf(name);
    if (at < 0) return whole[k];
    const onLine = names.filter((n) => lineOf(n) === at);
    return withIssuerLevel(onLine, level)[onLine.indexOf(name)];
  });
}
