// heading-body: a measure's heading and the paragraph under it, run together once the page lost its breaks. In a
// policy set out as headings over paragraphs, 「一、强化科技创新(区科技局牵头)」 or 「（一）优化土地出让方式」 stands on a
// line of its own; run on, the heading ends where its duty bracket closes (「一、强化科技创新(区科技局牵头)以统筹…」), or
// where a word that only opens a sentence begins (「一、优化土地出让方式按照供需平衡原则，…」; the words are data,
// sentence-openers.ts, and a full date), or where a clause naming who answers begins (「1、…试验区事宜由杨志武副市长
// 负责,市发改委牵头,…」: duty-clause), or where the bodies it sets to work open the sentence (「一、各地自查各市（州）、
// 县（市、区）要按照…」: subject-opener). The heading is short, holds no sentence punctuation (nor, before an opener, a
// comma) and has a few characters of its own before the sentence. Read only on pieces that the run-on-items rule cut
// from a run-on line: a paragraph of a document with its breaks is left as it is. Pure.
import { SECTION_WORD_GOES_ON, SECTION_WORDS } from './section-words';
import { CLAUSE_VERBS, HEADING_ADVERBS, HEADING_VERBS, OBJECT_ENDS, SENTENCE_OPENERS } from './sentence-openers';

/** A number of the genre opening the piece: 一、 （一） 1. 1、 （1） 第一条. */
const NUMBER_AT_START = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d)|第[一二三四五六七八九十百零]{1,5}条)/;
/** A bracket that names who leads or answers: 「(区科技局牵头)」, 「（责任单位：市财政局）」. */
const DUTY_BRACKET = /^[（(][^（）()。；]{0,60}?(?:牵头|负责|责任单位|配合)[^（）()]{0,40}[）)]/;
const HEADING_PUNCT = /[。；：！？;:]/;
/** Words that make a bracket name who answers. */
const DUTY_WORD = /牵头|负责|责任单位|配合/;
const MAX_HEADING = 40;
/** Characters a heading holds at least before the sentence under it. */
const MIN_HEADING = 4;
/**
 * A clause naming who answers, opening the paragraph under a heading (duty-clause): 「1、在兰州设立综合配套改革试验区事宜
 * 由杨志武副市长负责,市发改委牵头,…」. 由 with who answers and a comma after it.
 */
const DUTY_CLAUSE = '由[\\u4e00-\\u9fa5]{2,20}?(?:负责|牵头)[,，]';
/**
 * The bodies a paragraph sets to work, opening its first sentence with what they are to do (subject-opener):
 * 「一、各地自查各市（州）、县（市、区）要按照…」, 「三、重点抽查省政府将对…」. 各… or a level's government or
 * departments, then 要, 应, 须 or 将, with no sentence punctuation between.
 */
// designated-subject: the places a pilot falls on, named by their part (「三、试点任务试点地区要认真组织实施…」, 国办函〔2018〕71号),
// open the paragraph as 各地 does.
const SUBJECT = '(?:各[\\u4e00-\\u9fa5（）()、]{1,16}?|[省市区县](?:级部门|人民政府|政府)|(?:试点|示范)(?:地区|城市|县|市|区)(?:人民政府|政府)?)(?:要|应|须|将)';
/**
 * A quoted title and what it says, opening the paragraph under a heading (quoted-says): 「一、背景《国家中长期教育改革与
 * 发展规划纲要》(2010-2020年)指出：…」. The title, its years or number in brackets, then 指出, 提出, 明确, 强调 or 要求.
 */
const QUOTED_SAYS = '《[^《》]{2,40}》(?:[（(][^（）()]{1,20}[）)])?(?:指出|提出|明确|强调|要求)';
/**
 * A body named by its level and what it is, opening the paragraph under a heading with what it does or the bodies
 * listed with it (body-subject): 「（四）强化督促指导镇领导小组办公室建立…」, 「（五）编制体检报告新片区管委会、各镇应…」,
 * 「1.完善政策体系省发展改革委要…」, 「（二）加强资金保障管委会、各镇按照…」, 「（三）全面整治我镇根据…」. The level (省, 市,
 * 区, 县, 镇, 乡, 新片区) and a name closing on a body's ending, or the zone's 管委会 or 我镇/我区/我市/我县; then 、 or
 * what it is to do (要, 应, 须, 将, 按照, 根据, 结合, 建立, 积极, 会同); or a list opening on 各 (「（一）摸底排查各居村、
 * 相关责任单位对…」).
 */
const BODY_NAME = '(?:(?:[省市区县镇乡]|新片区)[\\u4e00-\\u9fa5]{0,14}?(?:管委会|领导小组办公室|领导小组|办公室|人民政府|政府|委员会|局|委|办|中心)|管委会|我[镇区市县])';
const BODY_DOES = '(?:要|应|须|将|按照|根据|结合|建立|积极|会同)';
/** A list of bodies opening on 各 (「各居村、相关责任单位对…」): the list closes on what they do or on whom it bears. */
const EACH_LIST = '各[\\u4e00-\\u9fa5]{1,4}?(?=、[^，。；：,;:]{1,20}?(?:要|应|须|将|按照|根据|对))';
const BODY_SUBJECT = `(?:${BODY_NAME}(?=${BODY_DOES}|、[^，。；：,;:]{1,20}?${BODY_DOES})|${EACH_LIST})`;
/**
 * What the paragraph is grounded in, opening its first sentence (grounds-opener): 「（四）专项体检结合新片区特色，…」,
 * 「1.全面实施“光伏+”专项工程结合空间资源，…」. 结合 and what it joins up to the sentence's first comma, with nothing
 * in it that a body is to do (要, 应, 须, 将: then 结合 is the heading's own, 「坚持防治结合各地要…，」); 相结合, 「A与B结合」
 * and 「医育结合和…」 (结合 inside a noun phrase) are no opener.
 */
const GROUNDS = '(?<!相|[与和同][\\u4e00-\\u9fa5]{1,4})结合(?![和与及的])(?=(?:[^，。；：！？,;:要应须将]|要求){3,40}[，,])';
/**
 * The heading's own verb said again, opening the paragraph's first sentence with a new object (echoed-verb):
 * 「17.规范房地产中介市场规范房地产经纪服务，…」, 「5.鼓励绿色低碳示范工程鼓励有条件的园区…」. The verbs that open the
 * genre's headings are data (HEADING_VERBS in sentence-openers.ts); the heading holds a few characters of object first.
 */
const MIN_OBJECT = 2;
/**
 * A heading of one verb and its object run into a first sentence that opens on a duty verb of its own and goes on
 * past a comma (verb-clause): 「12.规范房地产市场秩序加大联合执法力度，加强市场监管…」, 「（九）强化光伏建设资金保障积极
 * 引导社会资本…，」. The heading opens on a verb of the genre's headings (an adverb before it at most), holds its object
 * first, and the sentence after the verb holds a few characters before its comma; a heading of two verb phrases
 * closing on a full stop (「深化放管服改革优化营商环境。」) is one heading, and so is one whose second phrase holds an object
 * of four characters at most before the comma (「加强宣传教育提升安全素养」, 沪市监特种〔2023〕414号: two-phrase-heading).
 */
const MIN_CLAUSE = 5;
/** A first clause at least this long holds a heading and the paragraph's first clause (object-end). */
const MIN_RUN_ON_CLAUSE = 20;
/** Characters the paragraph's clause holds at least after the heading's object (object-end). */
const MIN_OBJECT_CLAUSE = 6;
/** Who a heading may name before a verb of theirs: a place, a kind of body, people. */
const ACTOR_ENDS = /(?:地区|各地|企业|机构|部门|单位|银行|学校|社会|群众|个人|家庭|主体)$/;
/** Heading verbs whose object is someone set to work, a verb of theirs after it: 「鼓励企业开展…」, 「支持银行提供…」. */
const PIVOT_VERBS = ['鼓励', '支持', '引导', '督促', '组织', '指导', '允许', '要求'];
// (应 alone as 应当, not closing a word: 响应, 反应, 适应, 供应, 对应, 相应, 效应)
const IN_CLAUSE_MODAL = /(?:可|可以|应当|(?<![响反适供对回相答感效])应|能够)$/;
const PIVOT_OPENING = new RegExp(`^(?:(?:${PIVOT_VERBS.join('|')})、)*(?:${PIVOT_VERBS.join('|')})[^，。；：,;:！？]*$`);
const CLAUSE_REACH = 80;
const MODAL_BEFORE = new RegExp(`(?:要|须|应当|应)(?:${PIVOT_VERBS.join('|')})?$`);
/**
 * An article's heading in brackets right after its number (article-heading): 「第三条（定义）综合用地是指…」,
 * 「第四条 （规划和用地）由镇规划建设办牵头负责…」. Short, no sentence punctuation in it, naming no duty.
 */
const ARTICLE = /^第[一二三四五六七八九十百零]{1,5}条$/;
const ARTICLE_HEADING = /^[ \u3000]*[（(]([^（）()。；：，,;:！？、]{2,20})[）)]/;
const NUMERALS_ONLY = /^[一二三四五六七八九十\d]+$/;
/** A year the sentence counts from (「2016年本市建筑垃圾落实属地处理以来，」): the year, then 以来 in the same clause. */
const SINCE_YEAR = '20\\d\\d年(?=[^，。；：,;:]{0,30}以来)';
const OPENER = new RegExp(
  `(?:${SENTENCE_OPENERS.join('|')}|20\\d\\d年\\d{1,2}月\\d{1,2}日|${SINCE_YEAR}|${DUTY_CLAUSE}|${SUBJECT}|${BODY_SUBJECT}|${GROUNDS}|${QUOTED_SAYS})`,
  'g',
);

/**
 * Where the heading that opens `piece` ends and the paragraph under it begins, or null when the piece is no heading
 * run into a paragraph.
 */
export function headingBodyStart(piece: string): number | null {
  const number = NUMBER_AT_START.exec(piece);
  if (!number) return null;
  const from = number[0].length;
  const head = piece.slice(from, from + MAX_HEADING + 60);
  // an article's heading in brackets
  if (ARTICLE.test(number[0].trim())) {
    const bracket = ARTICLE_HEADING.exec(head);
    if (bracket && !NUMERALS_ONLY.test(bracket[1]) && !DUTY_WORD.test(bracket[1])) {
      const rest = head.slice(bracket[0].length);
      return rest.trim() === '' || /^[，。；：,;:、）)]/.test(rest) ? null : from + bracket[0].length;
    }
  }
  // the duty bracket closing the heading
  for (let k = MIN_HEADING; k < Math.min(head.length, MAX_HEADING); k++) {
    if (HEADING_PUNCT.test(head[k - 1])) break;
    if (head[k] !== '（' && head[k] !== '(') continue;
    const bracket = DUTY_BRACKET.exec(head.slice(k));
    if (!bracket) break;
    const end = k + bracket[0].length;
    const rest = head.slice(end);
    return rest === '' || /^[，。；：,;:、）)]/.test(rest) ? null : from + end;
  }
  // a standing section heading of the genre
  const word = SECTION_WORDS.find((w) => head.startsWith(w));
  if (word !== undefined) {
    const rest = head.slice(word.length);
    const goesOn = rest.trim() === '' || /^[，。；：,;:（(）)]/.test(rest) || SECTION_WORD_GOES_ON.some((w) => rest.startsWith(w));
    if (!goesOn) return from + word.length;
  }
  // the heading's own verb said again, or a duty verb opening a sentence that goes on past a comma
  const echo = [echoedVerb(head), verbClause(piece.slice(from))].reduce<number | null>(
    (a, b) => (a === null ? b : b === null ? a : Math.min(a, b)),
    null,
  );
  // a word that only opens a sentence
  // looked for from the heading's least length on: an opener among its first words is the heading's own
  OPENER.lastIndex = MIN_HEADING;
  for (const m of head.matchAll(OPENER)) {
    const k = m.index ?? 0;
    if (k > MAX_HEADING || (echo !== null && k > echo)) break;
    if (k < MIN_HEADING) continue;
    // a body after 、 goes on a list the sentence opened before it (「新片区管委会、各镇应…」)
    if (head[k - 1] === '、') continue;
    // opener-in-clause: an opener right after a modal (「自贸试验区内医疗机构可根据自身的技术能力」, 「镇各相关部门应按照相关规章」), or in a clause that opens
    // on a verb setting someone to work (「支持自贸试验区依托适合自身特点的账户体系开展…」, 「支持…个人按照规定开展…」,
    // 国发〔2018〕38号), says how the one set to work does it: the sentence began before it
    // (a short phrase closed by a comma after the opener, 「三、支持缓缴配套费按照规定，可申请…」, is the paragraph's own
    // opening: the heading ends there)
    if (IN_CLAUSE_MODAL.test(head.slice(0, k)) || (PIVOT_OPENING.test(head.slice(0, k)) && /^[^，。；：,;:！？]{8,}/.test(head.slice(k)))) continue;
    if (/[，,（(]/.test(head.slice(0, k)) || HEADING_PUNCT.test(head.slice(0, k))) return null;
    return from + k;
  }
  if (echo !== null) return from + echo;
  // the noun closing the heading's object, when nothing else says where the sentence begins
  const object = objectEnd(piece.slice(from));
  return object === null ? null : from + object;
}

/**
 * Where the object of a heading opening on a verb closes, its paragraph running on after it with no word that opens a
 * sentence (object-end): 「一、最大程度降低购房信贷门槛居民家庭（包括借款人…），」, 「十二、简化住宅价格备案流程综合考虑
 * 商品房住宅成本因素…，」. Only in a first clause too long for a heading (a heading and the clause of its paragraph),
 * after the first noun that closes the genre's heading objects, with a clause of its own after it.
 */
const DEGREE_END = /(?:力度|步伐|进度|投入)$/;
const COMPOUND_END = new RegExp(`(?:${[...OBJECT_ENDS, '责任'].join('|')})$`);
function objectEnd(rest: string): number | null {
  const clause = /^[^，。；：,;:！？]*/.exec(rest)?.[0] ?? '';
  if (clause.length < MIN_RUN_ON_CLAUSE) return null;
  const adverb = HEADING_ADVERBS.find((a) => rest.startsWith(a))?.length ?? 0;
  const verb = HEADING_VERBS.find((v) => rest.startsWith(v, adverb));
  if (verb === undefined || PIVOT_VERBS.includes(verb)) return null;
  // degree-object: 加大 and 加快 take the degree closing the phrase as their object (「加大燃气器具等产品质量安全风险和重大
  // 隐患排查整治力度」, 沪市监特种〔2022〕27号): a noun inside is what the degree is of, never the object's end
  if (/^加[大快]$/.test(verb) && DEGREE_END.test(clause)) return null;
  // object-preposition: an object opening on 对 or 关于 (「开展对政策落实情况的自查和督查」, 国办发〔2018〕127号) runs to the
  // noun after its 的, past any noun inside the phrase
  if (/^(?:对|关于)/.test(rest.slice(adverb + verb.length))) return null;
  for (let k = Math.max(adverb + verb.length + MIN_OBJECT, MIN_HEADING - 2); k < Math.min(clause.length, MAX_HEADING); k++) {
    if (/[、（(“"《]/.test(rest[k])) return null;
    const noun = OBJECT_ENDS.find((w) => rest.startsWith(w, k));
    if (noun === undefined) continue;
    const end = k + noun.length;
    // the object goes on past the noun (「…长效机制和基础性制度建设」, 「…政策的落实」)
    if (/[和及与的等之]/.test(rest[end] ?? '')) continue;
    // noun-of-noun: the noun qualifies a short noun after it that 的 then closes (「…其他重要政策文件的标准化管理」)
    if (/^[\u4e00-\u9fa5]{1,3}的/.test(clause.slice(end))) continue;
    // compound-object: a short run closing on a noun of the genre's objects is the same object's noun phrase
    // (「严格落实燃气器具生产销售单位质量|安全主体责任」, 沪市监特种〔2023〕414号)
    if (clause.length - end <= 8 && COMPOUND_END.test(clause)) return null;
    // what follows is the object's own noun phrase: 「加大净菜上市在标准|化菜场…等场所的推进力度」
    const after = clause.slice(end);
    if (after.includes('的') && OBJECT_ENDS.some((w) => after.endsWith(w)) || /^[化性型式]/.test(after)) return null;
    return end >= MIN_HEADING && clause.length - end >= MIN_OBJECT_CLAUSE ? end : null;
  }
  return null;
}

/** Where a heading opening on a verb of the genre's headings says it again, opening the sentence under it; or null. */
function echoedVerb(head: string): number | null {
  // adverb-echo: the verb may follow one of the genre's adverbs (「（五）积极支持开展燃气相关标准制定支持本市相关单位…」,
  // 沪市监特种〔2023〕414号), said again without it
  const adverb = HEADING_ADVERBS.find((a) => head.startsWith(a))?.length ?? 0;
  const verb = HEADING_VERBS.find((v) => head.startsWith(v, adverb));
  if (verb === undefined) return null;
  const k = head.indexOf(verb, adverb + verb.length + MIN_OBJECT);
  if (k < 0 || k < MIN_HEADING || k > MAX_HEADING) return null;
  const before = head.slice(0, k);
  if (/[，,、（(]/.test(before) || HEADING_PUNCT.test(before)) return null;
  // the verb opens a clause of its own: an object follows it before any punctuation
  return /^[\u4e00-\u9fa5“"《]{2}/.test(head.slice(k + verb.length)) ? k : null;
}

/** Where a sentence opening on a duty verb of its own begins after a heading of one verb and its object; or null. */
function verbClause(rest: string): number | null {
  const adverb = HEADING_ADVERBS.find((a) => rest.startsWith(a))?.length ?? 0;
  const verb = HEADING_VERBS.find((v) => rest.startsWith(v, adverb));
  // a verb that sets someone to work takes a verb after its object (「鼓励企业开展商品房团购活动」)
  if (verb === undefined || PIVOT_VERBS.includes(verb)) return null;
  // object-preposition: a verb inside an object opening on 对 or 关于 (「开展对政策落实情况的自查和督查」) is the phrase's own
  if (/^(?:对|关于)/.test(rest.slice(adverb + verb.length))) return null;
  const first = adverb + verb.length + MIN_OBJECT;
  for (let k = Math.max(first, MIN_HEADING); k <= MAX_HEADING && k < rest.length; k++) {
    const ch = rest[k];
    if (/[，,、（(“"《]/.test(ch) || HEADING_PUNCT.test(ch)) return null;
    const word = CLAUSE_VERBS.find((w) => rest.startsWith(w, k));
    if (word === undefined) continue;
    // noun-of-noun: a verb closed by 性 or 化 makes a noun (「规范性文件」「标准化管理」): the object goes on
    if (/[性化]/.test(rest[k + word.length] ?? '')) continue;
    // the verb of those the heading names (「推动东西部地区建立…机制」): the heading goes on
    if (ACTOR_ENDS.test(rest.slice(0, k))) return null;
    const stop = /[，,；;。！？]/.exec(rest.slice(k, k + CLAUSE_REACH));
    if (stop === null || !/[，,；;]/.test(stop[0])) return null;
    if (stop.index - word.length < MIN_CLAUSE) return null;
    // modal-opening: a 要 (须, 应) right before the verb, or before a verb setting others to it, opens the sentence
    // (「…排查整治力度要组织开展…」, 沪市监特种〔2022〕27号): the heading ends before the modal
    const modal = MODAL_BEFORE.exec(rest.slice(0, k));
    return modal && k - modal[0].length >= MIN_HEADING && !IN_CLAUSE_MODAL.test(rest.slice(0, k - modal[0].length)) ? k - modal[0].length : k;
  }
  return null;
}
