// Default folding table for policy extraction, read from the department data (shared/departments/names): the
// usual short forms of a body, and the former names policies keep using for it (工商局, 食药监局 and 质监局 for the
// 市场监督管理局; 安监局 for the 应急管理局; 国土资源局 for the 自然资源局; 卫计局 for the 卫生健康局). The first
// name of a group is the full formal name; a policy that writes another form of the body keeps the form it writes.
import { BODIES, GENERIC_ACTORS } from '../departments/names';

/** Groups of names for one kind of body; the first is the formal name. */
export const BODY_NAME_GROUPS: readonly (readonly string[])[] = BODIES.filter((b) => b.names.length + (b.folded?.length ?? 0) > 1).map((b) => [
  ...b.names,
  ...(b.folded ?? []),
]);

/** Actors that stand for "whoever is concerned", never one body. */
export const DEFAULT_GENERIC_ACTORS: readonly string[] = GENERIC_ACTORS;
