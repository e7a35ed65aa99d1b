// The wording of joint-speakers (opening-author.ts): what a place's Party committee and government do at the head of a
// joint report's sentences, and the words by which they answer what the sentence before reported (joint-speakers-response).
// Data, not logic: extend the lists when a joint report is written another way.

/** What the pair does at the head of a sentence: 高度重视, 坚持…, 成立…, 照单全收 (the findings taken in full). */
export const JOINT_ACTS: readonly string[] = [
  '高度重视', '坚持', '把', '将', '始终', '认真', '深入', '全面', '切实', '及时', '立即', '迅速', '专门', '先后', '紧紧',
  '扎实', '狠抓', '坚决', '牢固', '成立', '研究', '召开', '印发', '出台', '制定', '照单全收',
];

/** The words turning the pair to what the sentence before reported (…反馈了督察意见。省委省政府对此高度重视). */
export const JOINT_RESPONSE_LEADS: readonly string[] = ['对此'];
