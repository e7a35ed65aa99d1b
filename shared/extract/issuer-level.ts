// Refiner on one responsibility list of a local government's policy: when no name in the list writes a level
// (责任单位：财政局、发改局、人才办、工商联 in a document of 桐乡市人民政府办公室), the bodies are the issuer's own and
// take its level (市财政局, 市发改局). A list that writes a level anywhere (省委金融办，广东金融监管局) is read as
// written: its bare names may be another government's or carry a place of their own. Names with their own level
// or place (人民银行, 国家…, 嘉鱼经济开发区) and generic actors keep theirs. Only a government of a level (its
// people's government or party committee, their offices) gives one: a development zone's committee
// (…开发区管理委员会) names its own bureaus, which are no 区's.
import { placeFromIssuer } from './departments';
import { levelOf, takesLevel } from './list-level-prefix';

const GOVERNMENT = /人民政府|[省市县区旗州]委(?:员会)?(?:办公室|办公厅)?$/;
const NOT_A_GOVERNMENT = /管理委员会|管委会|工委|开发区|高新区|新区|园区/;

/** The level of a policy's issuer when it is a government of a level (桐乡市人民政府办公室 → 市), else null. */
export function issuerLevel(issuer: string | null): string | null {
  if (!issuer || !GOVERNMENT.test(issuer) || NOT_A_GOVERNMENT.test(issuer)) return null;
  return placeFromIssuer(issuer)?.level ?? null;
}

export function withIssuerLevel(names: string[], level: string | null): string[] {
  if (level === null || names.some((n) => levelOf(n) !== null)) return names;
  return names.map((n) => (takesLevel(n) ? level + n : n));
}
