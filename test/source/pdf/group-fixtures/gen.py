# Score forms with 一级/二级 groups (merged, printed once, wrapped, cut by a page break; planted group-max defects), printed by Chromium headless.
# usage: python3 gen.py OUTDIR   (fixtures/groups-* and planted-groups-* were made with it; expected.json is written from the data below)
import json, os, subprocess
import sys
OUT=sys.argv[1] if len(sys.argv) > 1 else '/tmp/group-fixtures'
CSS_RULED="table{border-collapse:collapse;width:100%;font:10pt 'Noto Serif CJK SC'} td,th{border:0.6pt solid #000;padding:3px}"
CSS_BORDERLESS="table{border-collapse:collapse;width:100%;font:10pt 'Noto Sans CJK SC'} td,th{border:none;padding:3px;text-align:left;vertical-align:top} th{font-weight:bold}"
# groups: list of (l1label, l1max, [(l2label, [(name, op, target, unit, actual, max, score)])])
def doc(case, title, proj, dept, funds, groups, total, grade, css, mode, l1w='11%', pad_rows=0, defects=(), notes=''):
    h=[f"<html><head><meta charset='utf-8'><style>{css} @page{{size:A4;margin:16mm}} h3{{text-align:center;font:bold 15pt 'Noto Serif CJK SC'}}</style></head><body>"]
    h.append(f"<h3>{title}</h3><p style='text-align:center'>（2024年度）</p><p>单位：万元</p>")
    h.append("<table>")
    h.append(f"<tr><td>项目名称</td><td colspan=8>{proj}</td></tr><tr><td>主管部门</td><td colspan=3>{dept}</td><td>实施单位</td><td colspan=4>{dept}</td></tr>")
    h.append("<tr><td rowspan=4>项目资金<br>（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td colspan=2>得分</td></tr>")
    a,b,c,mx,sc=funds['total']
    h.append(f"<tr><td>年度资金总额</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{mx}</td><td>{funds['rate']}</td><td colspan=2>{sc}</td></tr>")
    for lab,(a,b,c) in funds['rows']:
        h.append(f"<tr><td>{lab}</td><td>{a}</td><td>{b}</td><td>{c}</td><td></td><td></td><td colspan=2></td></tr>")
    h.append("</table><table>")
    h.append(f"<thead><tr><th style='width:{l1w}'>一级指标</th><th style='width:12%'>二级指标</th><th>三级指标</th><th>指标性质</th><th>年度指标值</th><th>度量单位</th><th>实际完成值</th><th>分值</th><th>得分</th></tr></thead><tbody>")
    exp=[{"name":"年度资金总额","max":funds['total'][3],"score":funds['total'][4]}]
    for (l1,l1max,subs) in groups:
        n1=sum(len(x[1]) for x in subs); first1=True
        l1text=f"{l1}（{l1max}分）" if l1max is not None else l1
        for (l2,rows) in subs:
            first2=True
            for (name,op,tg,u,ac,mx,sc) in rows:
                exp.append({"name":name,"max":mx,"score":sc})
                cells=""
                if mode=='merged':
                    if first1: cells+=f"<td rowspan={n1}>{l1text}</td>"
                    if first2: cells+=f"<td rowspan={len(rows)}>{l2}</td>"
                else: # printed once, blank cells below
                    cells+=f"<td>{l1text if first1 else ''}</td><td>{l2 if first2 else ''}</td>"
                cells+=f"<td>{name}</td><td>{op}</td><td>{tg}</td><td>{u}</td><td>{ac}</td><td>{mx}</td><td>{'' if sc is None else sc}</td>"
                h.append(f"<tr>{cells}</tr>"); first1=False; first2=False
    h.append(f"<tr><td colspan=7>总分</td><td>100</td><td>{total}</td></tr><tr><td colspan=7>自评等级</td><td colspan=2>{grade}</td></tr>")
    h.append("</tbody></table></body></html>")
    d=os.path.join(OUT,case); os.makedirs(d,exist_ok=True)
    open(os.path.join(d,'source.html'),'w').write("\n".join(h))
    subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer',f'--print-to-pdf={d}/input.pdf',f'file://{d}/source.html'],check=True,capture_output=True)
    json.dump({"file":"input.pdf","total_score":total,"total_max":100,"grade":grade,"indicators":exp,"headings":[],"defects":[list(x) for x in defects],"unit":"万元","notes":notes},open(os.path.join(d,'expected.json'),'w'),ensure_ascii=False,indent=1)

F1={'total':('520.00','548.30','541.72',10,9.9),'rate':'98.8%','rows':[('其中：本年财政拨款',('520.00','520.00','513.42')),('上年结转资金',('','28.30','28.30')),('其他资金',('','',''))]}
G1=[('产出指标',50,[('数量指标',[('新建村级污水处理站','≥','12','座','12',10,10),('改造入户管网长度','≥','36','公里','35.2',10,9)]),
                   ('质量指标',[('出水水质达标率','≥','95','%','97',10,10)]),
                   ('时效指标',[('工程按期完工率','=','100','%','100',10,10)]),
                   ('成本指标',[('单站建设成本','≤','38','万元/座','37.6',10,10)])]),
    ('效益指标',30,[('生态效益指标',[('化学需氧量削减量','≥','420','吨','436',15,15)]),('可持续影响指标',[('设施运维机制建立','=','1','项','1',15,14)])]),
    ('满意度指标',10,[('服务对象满意度指标',[('受益农户满意度','≥','90','%','93.5',10,10)])])]
doc('r1_ruled_merged_clean','项目支出绩效自评表','2024年农村生活污水治理项目','临澧县生态环境分局',F1,G1,97.9,'优',CSS_RULED,'merged',notes='ruled, rowspan merged groups, clean')
# r2: ruled merged, planted: 产出 stated 50 but members sum 45 (one row 5)
G2=[('产出指标',50,[('数量指标',[('培训基层农技人员人次','≥','1200','人次','1246',10,10),('建设示范基地数量','≥','8','个','8',5,5)]),
                   ('质量指标',[('培训考核合格率','≥','90','%','94',10,9)]),
                   ('时效指标',[('培训任务完成及时率','=','100','%','100',10,10)]),
                   ('成本指标',[('人均培训成本','≤','850','元','832',10,10)])]),
    ('效益指标',30,[('经济效益指标',[('示范基地亩均增收','≥','300','元','315',10,10)]),('社会效益指标',[('新技术推广覆盖面积','≥','5','万亩','5.4',10,10)]),('可持续影响指标',[('农技服务长效机制','=','1','项','1',10,9)])]),
    ('满意度指标',10,[('服务对象满意度指标',[('参训人员满意度','≥','90','%','95.1',10,10)])])]
doc('r2_ruled_merged_planted','项目支出绩效自评表','2024年基层农技推广体系改革与建设补助项目','石门县农业农村局',{'total':('300.00','300.00','296.10',10,9.9),'rate':'98.7%','rows':[('其中：本年财政拨款',('300.00','300.00','296.10')),('上年结转资金',('','','')),('其他资金',('','',''))]},G2,92.9,'优',CSS_RULED,'merged',defects=[('check/group-max','check/max-sum')],notes='ruled merged; PLANTED 产出指标(50分) members sum 45; Σ 分值 95 too')
# b1: borderless, label printed once per group, top aligned, clean
G3=[('产出指标',50,[('数量指标',[('维修加固病险水库座数','≥','6','座','6',10,10),('清淤疏浚渠道长度','≥','18','公里','18.6',10,10)]),
                   ('质量指标',[('工程质量验收合格率','=','100','%','100',10,10)]),
                   ('时效指标',[('汛前完工率','≥','95','%','96',10,9)]),
                   ('成本指标',[('单座水库维修成本','≤','85','万元','83.9',10,10)])]),
    ('效益指标',30,[('社会效益指标',[('保护下游人口','≥','2.1','万人','2.3',10,10),('恢复灌溉面积','≥','1.6','万亩','1.6',10,10)]),('可持续影响指标',[('工程管护责任落实率','=','100','%','100',10,10)])]),
    ('满意度指标',10,[('服务对象满意度指标',[('受益群众满意度','≥','90','%','92.7',10,10)])])]
doc('b1_borderless_once_clean','项目支出绩效自评表','2024年小型水库除险加固项目','慈利县水利局',{'total':('860.00','912.40','905.06',10,9.9),'rate':'99.2%','rows':[('其中：本年财政拨款',('860.00','860.00','852.66')),('上年结转资金',('','52.40','52.40')),('其他资金',('','',''))]},G3,98.9,'优',CSS_BORDERLESS,'once',notes='borderless, group labels printed once on the first row, blank below, clean')
# b2: borderless rowspan centred, narrow 一级 column wraps label, planted 效益指标(30分) sum 35
G4=[('产出指标',50,[('数量指标',[('开展义诊活动场次','≥','24','场','26',10,10),('免费发放药品价值','≥','15','万元','15.8',10,10)]),
                   ('质量指标',[('患者随访覆盖率','≥','85','%','88',10,10)]),
                   ('时效指标',[('活动按计划开展率','=','100','%','100',10,10)]),
                   ('成本指标',[('单场义诊平均成本','≤','0.6','万元','0.58',10,10)])]),
    ('效益指标',30,[('社会效益指标',[('偏远村镇群众就诊人次','≥','5000','人次','5380',15,15)]),('可持续影响指标',[('巡回医疗机制常态化','=','1','项','1',20,18)])]),
    ('满意度指标',10,[('服务对象满意度指标',[('就诊群众满意度','≥','90','%','94.2',10,10)])])]
doc('b2_borderless_centred_wrapped_planted','项目支出绩效自评表','2024年巡回医疗下乡服务项目','桑植县卫生健康局',{'total':('150.00','150.00','148.20',5,4.9),'rate':'98.8%','rows':[('其中：本年财政拨款',('150.00','150.00','148.20')),('上年结转资金',('','','')),('其他资金',('','',''))]},G4,97.9,'优',CSS_BORDERLESS.replace('vertical-align:top','vertical-align:middle'),'merged',l1w='7%',defects=[('check/group-max',)],notes='borderless, rowspan centred, 一级 column narrow so 效益指标（30分） wraps; PLANTED 效益指标(30分) members sum 35 (5+... funds 5)')
# r3: ruled merged over a page break: many rows; planted 产出 group sums 55
rows_q=[('新增公共停车泊位数量','≥','400','个','412',5,5),('改造背街小巷条数','≥','30','条','31',5,5),('新增路灯数量','≥','260','盏','268',5,5),('新建口袋公园个数','≥','6','个','6',5,5),('补植行道树株数','≥','1500','株','1536',5,5)]
rows_z=[('道路平整度达标率','≥','95','%','96.4',5,5),('绿化成活率','≥','90','%','93',5,5),('照明设施完好率','≥','98','%','99',5,4)]
G5=[('产出指标',50,[('数量指标',rows_q),('质量指标',rows_z),('时效指标',[('工程按期交付率','=','100','%','100',5,5)]),('成本指标',[('每平方米综合改造成本','≤','420','元','416',10,10)])]),
    ('效益指标',30,[('社会效益指标',[('市民出行便利度提升','≥','20','%','23',10,10),('背街小巷环境改善户数','≥','3200','户','3350',10,10)]),('生态效益指标',[('新增绿地面积','≥','1.2','公顷','1.25',5,5)]),('可持续影响指标',[('长效管护机制建立','=','1','项','1',5,5)])]),
    ('满意度指标',10,[('服务对象满意度指标',[('沿线居民满意度','≥','90','%','91.8',5,5),('商户满意度','≥','85','%','88.4',5,5)])])]
doc('r3_ruled_pagebreak_planted','项目支出绩效自评表','2024年老旧街区综合改造提升项目','津市市住房和城乡建设局',{'total':('2400.00','2650.00','2598.70',5,4.9),'rate':'98.1%','rows':[('其中：本年财政拨款',('2400.00','2400.00','2348.70')),('上年结转资金',('','250.00','250.00')),('其他资金',('','',''))]},G5,98.9,'优',CSS_RULED.replace('padding:3px','padding:9px'),'merged',defects=[('check/group-max','check/max-sum')],notes='ruled, merged groups, padding large so the 产出 group is cut by the page break; PLANTED 产出指标(50分) members sum 55')
