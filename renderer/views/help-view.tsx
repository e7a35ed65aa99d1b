// 帮助: what the statuses mean and how the workbench decides, in the office's own words.
import { useApp } from '../app-context';
import { formatDate } from '../lib/dates';
import { DEFAULT_SOON_DAYS } from '../lib/overdue';
import { SHOWN_LABEL, SHOWN_ORDER, STATUS_SYMBOL } from '../lib/status';

const STATUS_MEANING = {
  on_time: '在完成时限当天或之前，报来了对应这条措施的落实情况。',
  late: '报来了，但报送日期晚于完成时限。清单里的“逾期天数”是从完成时限算到报送那天。',
  missing: '完成时限已经过了，还没有对应这条措施的报告。清单里的“逾期天数”是从完成时限算到统计截止日期。',
  soon: `还没到完成时限、也还没有报告，而且在接下来的若干天内到期（默认 ${DEFAULT_SOON_DAYS} 天，可在矩阵上改）。`,
  pending: '还没到完成时限，也还没有报告，暂时不算问题。',
} as const;

export function HelpView() {
  const { info, asOf } = useApp();
  const deadline = info?.settings.reportDeadline ?? info?.defaultReportDeadline ?? null;
  return (
    <div className="view help-view" data-testid="help-view" tabIndex={0} role="region" aria-label="帮助">
      <article className="panel help">
        <h1>帮助</h1>
        <p>
          落实工作台把一份政策文件拆成一条条措施，找出每条措施的牵头单位、配合单位和完成时限；再读各部门报来的落实情况报告，看每个部门对自己承担的每条措施有没有报、报得是否及时。所有结论都按顶栏的<b>统计截止日期</b>（现在是
          {formatDate(asOf)}）来算。
        </p>

        <h2>五种状态</h2>
        <table className="table help-statuses">
          <thead>
            <tr>
              <th style={{ width: 70 }}>标记</th>
              <th style={{ width: 110 }}>状态</th>
              <th>意思</th>
            </tr>
          </thead>
          <tbody>
            {SHOWN_ORDER.map((s) => (
              <tr key={s}>
                <td>
                  <span className={`swatch cell-${s}`} aria-hidden="true">{STATUS_SYMBOL[s]}</span>
                </td>
                <td>{SHOWN_LABEL[s]}</td>
                <td>{STATUS_MEANING[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">颜色之外，每个格子都有符号（✓ ! ✗ ◷ ○），黑白打印也能分辨。格子里的“牵”“配”“共”分别是牵头、配合、共同负责。</p>

        <h2>怎么判断</h2>
        <dl className="help-rules">
          <dt>谁有任务</dt>
          <dd>
            措施里点名的每个具体部门都有一项任务：写明“牵头”的是牵头单位，其余是配合单位；没写谁牵头、几个部门并列的，算共同负责。“各镇街”“区直有关部门”“各级各部门”这类泛指的说法不算具体部门，不产生任务。
          </dd>
          <dt>什么时候到期</dt>
          <dd>
            按措施写明的完成时限（有几个时限的取最晚的一个）。没写时限的，按顶栏的“默认报送截止日期”
            {deadline ? `（现在是 ${formatDate(deadline)}）` : ''}，默认是政策年度的 12 月 31 日。“每月 4 日前报送”这类按月、按季的任务，每一期单独计算，矩阵上显示第一期的状态，对照页列出每一期。“长期坚持”“持续推进”没有到期日。
          </dd>
          <dt>量化指标</dt>
          <dd>
            措施里带比较的数字算一项指标：“不少于1000名”“达到95%以上”是下限，“压缩至5个工作日以内”是上限，“增长8%左右”是大约的数。每项指标连同考核的对象一起列出（如“地区生产总值增长7%以上”）。只是金额、条件或补贴上限的数字（“每月500元”“满1个月以上的”“最高20万元”）不算指标。指标只列出来供对照，是否完成由督查室判断，不计入报送状态。
          </dd>
          <dt>报告算哪一天报的</dt>
          <dd>
            看报告的落款日期（如“2021年12月8日”），或抬头的“报送日期”一栏；正文里提到的工作日期不算。找不到日期的报告，按导入那天计算，并在文件列表里提示。晚于统计截止日期的报告不计入。
          </dd>
          <dt>报告对应哪条措施</dt>
          <dd>
            报告里写明“第6条”“（三）”或引用了措施标题的，直接对应；没写明的，看报告段落和措施原文用词是否足够相近。“下一步打算”一类的计划不算已经落实。每个对应关系都能在“对照”里看到依据的段落。
          </dd>
          <dt>报告对应哪项政策</dt>
          <dd>
            工作区有几项政策时，报告引用了哪项政策的文号或标题，就对应哪项；都没引用的，看内容和哪项政策的措施相近。一份报告可以对应两项政策，在两边都计入；哪项都对不上的，在“文件”页标为“未对应任何政策”，不计入任何一项。判断错了，在“文件”页点“更正对应政策”改正。顶栏的政策筛选决定矩阵、清单、对照、检索和“政策”页看哪一项，或看全部。
          </dd>
          <dt>同一个部门的不同叫法</dt>
          <dd>
            “区人力资源和社会保障局”“区人社局”会自动归为同一个部门。归错了或没归上的，在“部门”页合并或拆分；不是政府部门的主体可以“设为泛指”，它就不再承担任务，也不会收到催办通知。
          </dd>
          <dt>催办通知</dt>
          <dd>
            为有未报送或逾期任务的部门各写一份通知，列出每项任务、完成时限和现状。导出前可以选择发给哪些部门并预览内容。每次导出都会记下发给了谁、哪一天、为哪些任务；再次催办同一项任务时，通知里会写明“已于某日催办”。
          </dd>
        </dl>

        <h2>常用操作</h2>
        <ul className="help-keys">
          <li>统计截止日期：直接输入（如 2022-01-31 或 2022年1月31日）后按回车，或点日历按钮选择；按 Esc 放弃输入。</li>
          <li>落实矩阵：用方向键在格子间移动，Home / End 到行首行尾，回车打开对照；点列标题排序。</li>
          <li>缺报/逾期清单：按 Tab 逐行移动，回车打开对照；点列标题排序。</li>
          <li>对话框打开时，Tab 只在对话框内移动，按 Esc 关闭。</li>
        </ul>
      </article>
    </div>
  );
}
