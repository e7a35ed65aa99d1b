// Rule duty-field-item: a numbered item that opens on a duty label (「（三） 责任单位及承办科室：市自然资源局，储备中心。」,
// 「（四） 责任单位：人民银行宿州市中心支行、…」, 「4. 责任单位：市城管局。」) is a field of the item it is numbered under, like
// the （一） 适用范围 and （二） 办理流程 beside it: the duty is that item's, and the item is no measure of its own. When the
// measure level is chosen by where the duties are, such items are not counted for their own level (宿州市 房地产实施细则
// 2022: 一、–十二、 each set out as 适用范围 / 办理流程 / 办理时限 / 责任单位 items).
import { dutyLabelAt } from './duty-label';

/** Whether an item's text after its label opens on a duty label, making the item a field of the one above. */
export function isDutyFieldItem(rest: string): boolean {
  return dutyLabelAt(rest.trim()) !== null;
}
