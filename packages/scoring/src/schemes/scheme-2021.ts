import type { Scheme } from '../scheme/scheme-types.js';

/**
 * The 2021 scheme of the 常州市机关事务管理局 plan (常机管党〔2021〕12号), line by line from its
 * assessment form (考核表). Where the plan is silent or ambiguous, the reading chosen is listed in
 * `assumptions`, each with the path of the setting it explains. This is the default scheme.
 */
export const scheme2021: Scheme = {
  year: 2021,
  version: '2021.1',
  nameZh: '常州市机关事务管理局机关党员积分制考核管理实施方案（2021）',
  nameEn:
    'Party member points-based assessment plan of the Changzhou Government Offices Administration Bureau (2021)',
  firstMonth: 9,
  totalCap: '100',
  sections: {
    base: {
      cap: '70',
      categories: [
        {
          code: 'political-study',
          nameZh: '政治学习',
          nameEn: 'Political study',
          weight: '30',
          normalisation: 'scale',
          items: [
            {
              code: 'study-app-login',
              nameZh: '登录学习强国',
              nameEn: 'Study app login (学习强国)',
              rule: {
                kind: 'monthlyQuota',
                maxPoints: '10',
                target: 'daysInMonth',
                deductionPerUnit: '0.5',
                unitZh: '天',
                unitEn: 'days',
              },
              evidence: {
                zh: '学习强国平台登录记录',
                en: 'Login records of the 学习强国 platform',
              },
              noteZh: '10 分/月，每次未登录，扣 0.5 分',
              noteEn: '10 a month, −0.5 for each day not logged in',
            },
            {
              code: 'daily-question',
              nameZh: '完成每日一题',
              nameEn: 'Daily question (每日一题)',
              rule: {
                kind: 'monthlyQuota',
                maxPoints: '10',
                target: '15',
                deductionPerUnit: '0.5',
                unitZh: '分',
                unitEn: 'question points',
              },
              evidence: {
                zh: '学习强国每日一题积分记录',
                en: 'Daily-question points recorded by 学习强国',
              },
              noteZh: '10 分/月，每月得 15 分为满分，每少 1 分扣 0.5 分',
              noteEn: '10 a month; 15 question points a month is full marks, −0.5 per point short',
            },
            {
              code: 'group-study',
              nameZh: '组织集中学习',
              nameEn: 'Organised group study',
              rule: { kind: 'attendance', unitPoints: '5' },
              evidence: { zh: '学习签到表', en: 'Study sign-in sheet' },
              noteZh: '5 分/次，以学习签到表为依据',
              noteEn: '5 a session, by the study sign-in sheet',
            },
            {
              code: 'other-study',
              nameZh: '其他政治学习',
              nameEn: 'Other political study',
              rule: { kind: 'attendance', unitPoints: '5' },
              evidence: { zh: '活动记录表', en: 'Activity record sheet' },
              noteZh: '5 分/次，含学法等专项学习，以活动记录表为依据',
              noteEn: '5 a session, including law study, by the activity record sheet',
            },
          ],
        },
        {
          code: 'organisational-life',
          nameZh: '组织生活',
          nameEn: 'Organisational life',
          weight: '30',
          normalisation: 'scale',
          items: [
            {
              code: 'branch-assembly',
              nameZh: '支部大会',
              nameEn: 'Branch assembly',
              rule: { kind: 'quarterlySession', pointsPerMonth: '5' },
              evidence: { zh: '支部签到表', en: 'Branch sign-in sheet' },
              noteZh: '一季度开展一次，季度会议参加者，以支部签到表为依据，本季度每月得 5 分',
              noteEn: 'Held once a quarter; an attendee gets 5 for each month of that quarter',
            },
            {
              code: 'party-lecture',
              nameZh: '支部党课',
              nameEn: 'Party lecture',
              rule: { kind: 'attendance', unitPoints: '5' },
              evidence: { zh: '支部签到表（每月）', en: 'Branch sign-in sheet (monthly)' },
              noteZh: '5 分/次，每月以支部签到表为依据',
              noteEn: '5 a session, by the monthly branch sign-in sheet',
            },
            {
              code: 'group-meeting',
              nameZh: '党小组会',
              nameEn: 'Party group meeting',
              rule: { kind: 'attendance', unitPoints: '5' },
              evidence: { zh: '支部签到表（每月）', en: 'Branch sign-in sheet (monthly)' },
              noteZh: '5 分/次，每月以支部签到表为依据',
              noteEn: '5 a session, by the monthly branch sign-in sheet',
            },
            {
              code: 'party-day',
              nameZh: '党日活动',
              nameEn: 'Party day',
              rule: { kind: 'attendance', unitPoints: '5' },
              evidence: { zh: '支部签到表', en: 'Branch sign-in sheet' },
              noteZh: '5 分/次，以支部签到表为依据',
              noteEn: '5 a session, by the branch sign-in sheet',
            },
            {
              code: 'dues',
              nameZh: '党费缴纳',
              nameEn: 'Party dues',
              rule: {
                kind: 'monthlyDuty',
                unitPoints: '5',
                latePenaltyPerMonth: '5',
                missingCountsAsLate: true,
              },
              evidence: { zh: '党费缴纳记录', en: 'Dues payment records' },
              noteZh: '5 分/月，延期缴纳党费本季度每月扣 5 分',
              noteEn: '5 a month; a late payment costs 5 for each month of that quarter',
            },
          ],
        },
        {
          code: 'political-conduct',
          nameZh: '政治建设',
          nameEn: 'Political conduct',
          weight: '10',
          normalisation: 'scale',
          items: [
            {
              code: 'four-consciousnesses',
              nameZh: '践行“四个意识”，坚定“四个自信”，做到“两个维护”',
              nameEn: 'Four consciousnesses, four confidences, two upholds',
              rule: { kind: 'conduct', unitPoints: '2.5' },
              evidence: {
                zh: '支部委员会认定的违反记录',
                en: 'Breaches recorded by the branch committee',
              },
            },
            {
              code: 'integrity',
              nameZh: '廉洁自律，尚俭戒奢',
              nameEn: 'Integrity and frugality',
              rule: { kind: 'conduct', unitPoints: '2.5' },
              evidence: {
                zh: '支部委员会认定的违反记录',
                en: 'Breaches recorded by the branch committee',
              },
            },
            {
              code: 'law-abiding',
              nameZh: '严格遵守各项法律法规',
              nameEn: 'Abiding by laws and rules',
              rule: { kind: 'conduct', unitPoints: '2.5' },
              evidence: {
                zh: '支部委员会认定的违反记录',
                en: 'Breaches recorded by the branch committee',
              },
            },
            {
              code: 'violations',
              nameZh: '违纪违规',
              nameEn: 'Violations',
              rule: { kind: 'violation', deductionPerCount: '10', appliesTo: 'period' },
              evidence: {
                zh: '纪律处分、组织处理或支部委员会认定的记录',
                en: 'Disciplinary, organisational or branch-committee findings',
              },
              noteZh:
                '违纪违法情节轻微，未构成处分的；参与封建迷信、邪教等活动者；制造传播流言蜚语，搬弄是非影响思想政治工作者；参与群体上访，闹事者扣 10 分',
              noteEn:
                'Minor misconduct short of a sanction; superstition or cult activity; spreading rumours; joining group petitions or disturbances: −10 each',
            },
          ],
        },
      ],
    },
    special: {
      cap: '20',
      items: [
        {
          code: 'grid-work',
          nameZh: '党建网格化工程落实情况',
          nameEn: 'Party-building grid work',
          rule: { kind: 'declaration', unitPoints: '5' },
          evidence: { zh: '网格化走访、扶贫记录表', en: 'Grid visit and poverty-relief records' },
          cap: '5',
          branchChosen: false,
        },
        {
          code: 'volunteer-service',
          nameZh: '志愿服务参与情况',
          nameEn: 'Volunteer service',
          rule: { kind: 'declaration', unitPoints: '5' },
          evidence: { zh: '照片或签到', en: 'Photos or sign-in' },
          cap: '5',
          branchChosen: false,
        },
        {
          code: 'branch-chosen',
          nameZh: '其他支部自选分',
          nameEn: 'Branch-chosen items',
          rule: { kind: 'declaration', unitPoints: '10' },
          evidence: {
            zh: '支部自选项目的记录（报党委审核后实施）',
            en: "Records of the branch's own items (applied after the committee approves them)",
          },
          cap: '10',
          branchChosen: true,
          noteZh: '可围绕排头兵、办实事等中心工作，信息撰稿等，由支部自选报党委审核后实施',
          noteEn:
            'E.g. vanguard work, practical deeds for the people, information reports; chosen by the branch, applied after committee approval',
        },
      ],
    },
    evaluation: {
      cap: '10',
      grades: [
        { code: 'excellent', nameZh: '优秀', nameEn: 'Excellent', points: '10' },
        { code: 'qualified', nameZh: '合格', nameEn: 'Qualified', points: '7' },
        {
          code: 'basicallyQualified',
          nameZh: '基本合格',
          nameEn: 'Basically qualified',
          points: '5',
        },
        { code: 'unqualified', nameZh: '不合格', nameEn: 'Unqualified', points: '0' },
      ],
      probationaryGradedOnDailyPerformance: true,
    },
  },
  projection: { evaluationGrade: 'qualified', earlyWarning: true },
  outcomes: {
    priorityCandidate: { atLeast: '80' },
    incentive: { atLeast: '70' },
    yellowWarning: { atLeast: '60', below: '70' },
    redWarning: { below: '60' },
    redTwoYearsRunning: { below: '60' },
    probationaryInterview: { below: '70' },
    probationExtension: { below: '60' },
  },
  rounding: { decimals: 2, mode: 'half-up' },
  assumptions: [
    {
      path: 'firstMonth',
      zh: '方案自 2021 年 9 月 1 日起施行，2021 年只计 9–12 月的基础分；设为 1 即按全年计',
      en: 'The plan takes effect on 1 September 2021, so 2021 scores the base of September–December only; set 1 to score the whole year',
    },
    {
      path: 'sections.base.categories[0].weight',
      zh: '方案只给出政治建设的权重（10%），政治学习、组织生活按 30/30 假定',
      en: 'The plan gives only the weight of political conduct (10); political study and organisational life are assumed 30/30',
    },
    {
      path: 'sections.base.categories[1].weight',
      zh: '组织生活权重 30 为假定值（同上）',
      en: 'The weight of 30 for organisational life is assumed (see above)',
    },
    {
      path: 'sections.base.categories',
      zh: '考核表按月计分，原始分之和不等于 70：每月各类别得分 = 权重 × 实得 ÷ 应得（应得为当月全勤可得分），基础分取在支部各月的平均；扣分在折算后扣除，类别最低 0 分',
      en: "The form's monthly raw points do not add up to 70: a category scores weight × earned ÷ attainable each month (attainable: what attending everything held gives), the base is the mean of the months in a branch; deductions come off after scaling and no category goes below 0",
    },
    {
      path: 'sections.base.categories[0].items[0].rule.target',
      zh: '“每次未登录扣 0.5 分”按当月每一天未登录计（目标为当月天数），最低 0 分',
      en: '"−0.5 each time not logged in" is read as per calendar day of the month not logged in, never below 0',
    },
    {
      path: 'sections.base.categories[1].items[0].rule',
      zh: '支部大会每季度一次，参加者在本季度每个计分月得 5 分；若一季度召开多次，按参加次数比例计分；季度会议召开前，该项不计入应得',
      en: 'The branch assembly is held once a quarter and credits its attendees 5 in every scored month of it; if held more than once, the credit is proportional to the share attended; until it is held, it is not attainable',
    },
    {
      path: 'sections.base.categories[1].items[3]',
      zh: '考核表中“党日活动”出现两次（识别重复），按一项计',
      en: 'The form lists the Party day twice (an OCR duplicate); it is one item',
    },
    {
      path: 'sections.base.categories[1].items[4].rule',
      zh: '延期缴纳的月份仍得当月 5 分；本季度任一月延期（或未缴）即在本季度每个计分月扣 5 分，扣分每月一次，不论延期几个月；未缴视同延期',
      en: 'A month paid late still earns its 5; any month of a quarter paid late (or unpaid) costs 5 in every scored month of the quarter, once a month however many were late; unpaid counts as late',
    },
    {
      path: 'sections.base.categories[2].normalisation',
      zh: '政治建设三项各 2.5 分，考核表显示 7.5/10：按权重 10 折算（7.5 → 10），当月有违反记录的项目不得分',
      en: 'The three conduct items are 2.5 each, shown as 7.5 of 10 on the form: scaled to the weight of 10 (7.5 → 10); an item with a breach recorded that month earns nothing',
    },
    {
      path: 'sections.base.categories[2].items[3].rule',
      zh: '违纪违规（情节轻微的违纪违法、封建迷信邪教、流言蜚语、群体上访闹事）每次扣 10 分，从所在季度和全年的基础分中整笔扣除（不按月平均），基础分最低 0 分；同月两次即扣 20 分。党费延期仍按“本季度每月扣 5 分”',
      en: 'Each violation (minor misconduct, superstition or cults, rumours, petitions and disturbances) costs 10 off the base score of its quarter and of the year, whole (not averaged over the months), the base never below 0; two in a month cost 20. Late dues still cost 5 in every month of the quarter',
    },
    {
      path: 'sections.base.categories[2].items',
      zh: '考核表未写明登录、每日一题、党费和政治建设的计分依据，按所列记录假定',
      en: 'The form names no evidence for login, daily question, dues and conduct; the evidence given is assumed',
    },
    {
      path: 'sections.special.items',
      zh: '特色分每项的分值按该项上限理解：一次审核通过的申报至多计该分值，由记分员确定实际分数；支部自选项目经党委批准后挂到支部（branchIds、parent）',
      en: "Each special item's figure is read as its cap: one accepted declaration counts at most that much, as set by the scorekeeper; approved branch items are attached to their branches (branchIds, parent)",
    },
    {
      path: 'outcomes',
      zh: '“60–69 分”理解为 [60, 70)，即 69.9 为黄色预警；结果按公布的（舍入后）总分判定；预备党员同时适用一般预警',
      en: '"60–69" is read as [60, 70), so 69.9 is yellow; outcomes are decided on the published (rounded) total; probationary members also get the general warnings',
    },
    {
      path: 'projection',
      zh: '年度未审定前不给出结果区间，只给“预计”：已录入月份的平均基础分（余下月份照此）＋已审核的特色分（不外推）＋评议分（已评议按实际等次，未评议按“合格”7 分）；预计落在黄色或红色区间即为进度预警',
      en: 'Until the year is approved it gets no outcome band, only a projection: the mean base of the recorded months (the remaining months going the same way) + the special points accepted so far (not extrapolated) + the evaluation (the grade once recorded, until then 合格, 7); a projection in the yellow or red band is an early warning',
    },
    {
      path: 'rounding',
      zh: '方案未规定小数位：总分保留 2 位小数，四舍五入，只在最后舍入一次',
      en: 'The plan sets no precision: totals are rounded half-up to 2 decimals, once, at the end',
    },
  ],
};
