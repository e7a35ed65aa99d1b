// kind-only-sender: a sender written only as a kind of body with its Party organisation (公司党委召开…整改推进会, 院党委,
// 局党组, 学校党委) is how any body of that kind speaks of its own; the report does not say which company or which bureau,
// so it names no sender. A name with the body's own name before the kind (城投公司党委, 总院公司党委) is a sender.
import { BODY_KINDS, PARTY_ORGANISATIONS } from './kind-only-sender-words';

const KIND_ONLY_RE = new RegExp(`^(?:本|该)?(?:${BODY_KINDS.join('|')})(?:${PARTY_ORGANISATIONS.join('|')})$`);

/** Whether a sender's name is only a kind of body with its Party organisation (公司党委), naming no one body. */
export function isKindOnlySender(name: string): boolean {
  return KIND_ONLY_RE.test(name.replace(/[\s\u3000]+/g, ''));
}
