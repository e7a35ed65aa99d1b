// Rule on one name: a kind of unit qualified only as the pilots (试点学院, 各试点学院, 试点单位, 试点城市政府) names every
// unit chosen for the pilot, none by name: a generic actor, as 各 before a kind is (「要求试点学院积极与企业…开展合作」,
// 哈尔滨工业大学（威海）, 2016). A named pilot (宿马园区, 临港新片区) is a body.
const PILOT_UNITS = /^(?:各)?试点(?:的)?(?:学院|院系|系|学校|医院|科室|单位|部门|城市|县|区|乡镇|街镇|地区)(?:人民)?(?:政府)?$/;

export function isPilotUnits(name: string): boolean {
  return PILOT_UNITS.test(name);
}
