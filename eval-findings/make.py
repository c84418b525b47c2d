import json, os, shutil, copy
import pathlib
R=str(pathlib.Path(__file__).resolve().parents[1])
OUT=R+'/eval-findings'
def case(name, src_dir, edits, defects, note, exp_edit=None):
    d=f'{OUT}/{name}'; os.makedirs(d, exist_ok=True)
    txt=open(f'{R}/{src_dir}/input.txt', encoding='utf-8').read()
    for a,b in edits:
        assert txt.count(a)==1, (name,a,txt.count(a))
        txt=txt.replace(a,b)
    open(f'{d}/input.txt','w',encoding='utf-8').write(txt)
    e=json.load(open(f'{R}/{src_dir}/expected.json',encoding='utf-8'))
    if exp_edit: exp_edit(e)
    e['defects']=defects
    e['notes']=note+' | Source notes: '+(e.get('notes') or '')
    json.dump(e,open(f'{d}/expected.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
def setind(name, **kv):
    def f(e):
        for i in e['indicators']:
            if i['name']==name: i.update(kv); return
        raise Exception(name)
    return f
def both(*fs):
    def f(e):
        for g in fs: g(e)
    return f
FX='fixtures/'
# 1 得分 > 分值 in a pipe table
case('d1-pipe-project-score-over-max', FX+'real-10-project-table-with-unscored-sub-rows',
  [('★补助鱼塘面积 | 10 | 3亩 | 3亩 | 10','★补助鱼塘面积 | 10 | 3亩 | 3亩 | 12')],
  [['check/score-range']], 'Copy of real-10 with 鱼塘面积 scored 12 of 10 (planted).', setind('★补助鱼塘面积', score=12))
# 2 clean copy of real-10
case('k1-pipe-project-clean', FX+'real-10-project-table-with-unscored-sub-rows', [], [], 'Clean copy of real-10.')
# 3 执行率 wrong, one cell per paragraph
case('d2-cell-per-line-execution-rate-wrong', FX+'real-09-project-table-one-cell-per-paragraph',
  [('\n86%\n','\n68%\n')], [['check/execution-rate']], 'Copy of real-09 with 执行率 86% changed to 68% (37.24/43.2 = 86.2%) (planted).',
  lambda e: e['budget']['rows'][0].update(rate='68%'))
# 4 group sum off its stated max, one-line table (plus the real funds defect)
case('d3-oneline-group-sum-off', FX+'real-01-project-table-flattened-into-one-line',
  [('成本指标 项目总成本 ≤90万元 90 8 8','成本指标 项目总成本 ≤90万元 90 6 6')],
  [['check/project-funds-sum'],['check/group-max']], 'Copy of real-01 with 项目总成本 分值 8→6 (得分 6), so 产出指标 sums to 48 of its stated 50 (planted); the real 年度资金总额 0 vs 90 defect stays.',
  setind('项目总成本', max=6, score=6))
# 5 Σ 得分 ≠ 总分 on the seed
case('d4-seed-total-not-sum', FX+'seed-000-foshan-dept-overall',
  [('95分，绩效等级为“优”','97分，绩效等级为“优”')], [['check/score-sum'],['check/completion-rate']],
  'Copy of the seed with the stated total 95 → 97 while the indicator scores sum to 95 (planted); the seed\'s C13 warning stays.',
  lambda e: e.update(total_score=97))
# 6 grade outside band on the seed
case('d5-seed-grade-outside-band', FX+'seed-000-foshan-dept-overall',
  [('95分，绩效等级为“优”','95分，绩效等级为“中”')], [['check/grade-band'],['check/completion-rate']],
  'Copy of the seed with grade 优 → 中 for a total of 95 (planted).', lambda e: e.update(grade='中'))
# 7 prose total ≠ table total on the seed
case('d6-seed-prose-total-not-table', FX+'seed-000-foshan-dept-overall',
  [('2020年部门整体支出5156.46','2020年部门整体支出5165.46')], [['check/prose-table-mismatch','check/prose-parts-sum'],['check/completion-rate']],
  'Copy of the seed with the prose 整体支出 5156.46 → 5165.46 (table 合计 5156.46; 4431.90 + 724.56 = 5156.46) (planted).')
# 8 prose parts ≠ prose total
case('d7-prose-parts-sum-off', FX+'real-05-dept-report-with-prose-budget',
  [('公用经费支出77.4万元','公用经费支出71.4万元')], [['check/prose-parts-sum']],
  'Copy of real-05 with 公用经费 77.4 → 71.4, so 434.89 + 71.4 + 286.83 ≠ 799.12 (planted).',
  lambda e: None)
# 9 tab table weights clean copy, and one with a group error
HE='eval-heldout/'
case('k2-tab-weights-clean', HE+'h02-weights-total-100', [], [], 'Clean copy of h02.')
case('d8-tab-weights-sum-not-100', HE+'h02-weights-total-100',
  [('公众满意度\t10\t9','公众满意度\t15\t9')], [['check/max-sum']],
  'Copy of h02 with 公众满意度 权重 10 → 15: Σ 权重 = 105 ≠ 合计 100 (planted).', setind('公众满意度', max=15))
# 10 web furniture, clean, and a children-sum defect
case('k3-web-furniture-clean', HE+'h04-website-furniture-unit-beside-title', [], [], 'Clean copy of h04.')
case('d9-web-furniture-children-sum-off', HE+'h04-website-furniture-unit-beside-title',
  [('日常公用经费 200.00 210.00 208.00','日常公用经费 200.00 210.00 206.00')], [['check/children-sum']],
  'Copy of h04 with 日常公用经费 决算 208 → 206: 1040 + 206 ≠ 1248 (planted).')
# clean copies of more fixtures
case('k4-dept-form-cell-per-paragraph-clean', FX+'real-03-dept-form-one-cell-per-paragraph', [], [], 'Clean copy of real-03.')
case('k5-guangdong-inline-headings-clean', FX+'real-06-guangdong-dept-report-inline-headings', [], [], 'Clean copy of real-06.')
