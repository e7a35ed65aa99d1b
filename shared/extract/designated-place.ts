// Refiner of who a name stands for: a place named by the part a policy gives it, not by its own name. A plan that
// picks its pilot cities later says "试点城市政府负责落实"; a programme says "示范县人民政府", "项目所在地政府". Each is
// whichever government the policy's choice falls on, as 各市县 is: a generic actor, never one department.

const DESIGNATED_PLACE = /^(?:各|相关|有关)?(?:试点|示范|项目所在)(?:城市|地区|市|县|区|地)(?:人民)?政府$/;
// site-place: the government or office of wherever a site lies, 「按照权属关系，由所在镇政府、街道(开发区)办事处…组织评估」,
// 所在地镇政府 (奉贤区关于进一步推进应急避难场所建设的实施方案, 2022): whichever town the site is in.
const SITE_PLACE = /^(?:各)?所在(?:地)?(?:镇|乡|乡镇|街道|街镇|区|县|市)?(?:人民)?(?:政府|办事处)$/;

// local-government: the government of the place where the work is done, written 当地政府 (「办成公办园的，当地政府及有关部门
// 要做好机构编制、教师配备等方面的工作」, 国办发〔2019〕3号, addressed to every province): every place's, never one.
const LOCAL_PLACE = /^当地(?:镇|乡|区|县|市)?(?:人民)?政府$/;

/** 试点城市政府, 示范县人民政府, 项目所在地政府, 当地政府: a government named by the part the policy gives its place. */
export function isDesignatedPlace(name: string): boolean {
  return DESIGNATED_PLACE.test(name) || SITE_PLACE.test(name) || LOCAL_PLACE.test(name);
}
