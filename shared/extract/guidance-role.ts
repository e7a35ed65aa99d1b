// Refiner of the responsibility grammar: a body that guides a task. Plans that leave the work to the places
// that carry them out (试点城市政府, 各市县) name, after each passage, the bodies that answer for it at their level
// with 指导: "（自然资源部、工业和信息化部指导）", "（商务部指导，供销合作总社参与）". Those bodies share the duty of the
// passage, as the bodies of "（A、B负责）" do; 指导 is only read at the end of a responsibility clause, so
// "加强业务指导" or "在专家指导下" inside a sentence never names anyone.

/** 指导 closing a clause of a responsibility: the names before it guide (统筹指导, 负责指导, 指导落实). */
export const GUIDANCE_VERB = /(?:负责|统筹|业务|共同)?指导(?:落实|实施|推进)?$/;

/** A word that makes a parenthesis worth reading as a responsibility. */
export const GUIDANCE_WORD = /指导/;
