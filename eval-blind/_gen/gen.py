import json, os, html
R='/work/coord/holdout'
def band(s): return '优' if s>=90 else '良' if s>=80 else '中' if s>=60 else '差'
CASES={}
P1=dict(dept='临澧县水利局',proj='2024年农村饮水安全工程维修养护项目',unit='万元',
 funds=[('年度资金总额','120.00','135.50','131.20','10','96.83%','9.68'),('其中：本年财政拨款','120.00','120.00','118.60','','98.83%',''),('上年结转资金','0.00','15.50','12.60','','81.29%',''),('其他资金','0.00','0.00','0.00','','—','')],
 inds=[('产出指标（50分）','数量指标','维修养护集中供水工程处数','≥','38','处','41','10','10'),
  ('','数量指标','更换老化入户管网长度','≥','26','公里','24.5','10','9.4'),
  ('','质量指标','维修工程一次性验收合格率（按工程处数计算，不含在建工程）','=','100','%','100','10','10'),
  ('','时效指标','汛期前完成应急抢修任务及时率','≥','95','%','92','10','8.5'),
  ('','成本指标','单处工程平均维修成本','≤','3.2','万元/处','3.05','10','10'),
  ('效益指标（30分）','社会效益指标','受益农村人口数量','≥','5.6','万人','5.8','15','15'),
  ('','可持续影响指标','工程设施正常运行年限','≥','5','年','5','15','14'),
  ('满意度指标（10分）','服务对象满意度指标','受益群众满意度','≥','90','%','93.6','10','10')])
P2=dict(dept='桐梓县卫生健康局',proj='2023年基层医疗卫生机构能力提升补助资金',unit='元',
 funds=[('年度资金总额','2,450,000.00','2,618,340.00','2,503,116.45','10','95.60%','9.56'),('其中：本年财政拨款','2,450,000.00','2,450,000.00','2,391,876.45','','97.63%',''),('上年结转资金','0.00','168,340.00','111,240.00','','66.08%',''),('其他资金','0.00','0.00','0.00','','',''  )],
 inds=[('产出指标（50分）','数量指标','配置基层医疗设备台套数','≥','64','台套','64','15','15'),
  ('','数量指标','开展乡村医生轮训人次','≥','320','人次','305','10','9'),
  ('','质量指标','设备安装调试验收合格率','≥','98','%','100','15','15'),
  ('','时效指标','资金拨付及时率','=','100','%','95','10','8')],
 more=[('效益指标（30分）','社会效益指标','基层医疗机构门急诊人次增长率','≥','5','%','6.2','15','15'),
  ('','社会效益指标','县域内就诊率','≥','90','%','88.4','15','13'),
  ('满意度指标（10分）','服务对象满意度指标','患者满意度','≥','90','%','94.1','10','10')])
# P2 total: 9.56+15+9+15+8+15+13+10 = 94.56
P3=dict(dept='郴州市北湖区教育局',proj='2024年义务教育阶段家庭经济困难学生生活补助',unit='万元',
 funds=[('年度资金总额','386.40','412.75','412.75','10','100%','10'),('其中：本年财政拨款','386.40','386.40','386.40','','100%',''),('上年结转资金','','26.35','26.35','','100%',''),('其他资金','','','','','','')],
 inds=[('产出指标（50分）','数量指标','资助小学寄宿生人数','≥','2860','人','2915','10','10'),
  ('','数量指标','资助初中寄宿生人数','≥','1740','人','1702','10','9'),
  ('','质量指标','资助对象识别精准率','=','100','%','100','10','10'),
  ('','时效指标','补助资金按学期足额发放','=','100','%','100','10',''),
  ('','成本指标','初中生补助标准','=','1250','元/人·年','1250','10','10'),
  ('效益指标（30分）','社会效益指标','家庭经济困难学生因贫辍学人数','=','0','人','0','20','20'),
  ('','可持续影响指标','学生资助政策知晓率','≥','95','%','96.8','10','10'),
  ('满意度指标（10分）','服务对象满意度指标','受助学生及家长满意度','≥','90','%','97.2','10','12')])
# P3: score>max on satisfaction (12>10) -> score-range; blank score row; sum shown 91 = 10+10+9+10+10+20+10+12 = 91
def rows(P): return P['inds']+P.get('more',[])
def num(s): return None if s in ('',None) else float(s)
def tot(P): return round(float(P['funds'][0][6])+sum(float(r[8]) for r in rows(P) if r[8]),2)
def table_html(P, border=True, landscape=False, total=None, grade=None, repeat=True):
  e=html.escape
  css="table{border-collapse:collapse;width:100%%;font:10.5pt 'Noto Serif CJK SC'} td,th{padding:3px;%s} th{font-weight:bold}"%('border:0.6pt solid #000' if border else 'border:none;text-align:left')
  if landscape: css+="@page{size:A4 landscape;margin:15mm}"
  else: css+="@page{size:A4;margin:18mm}"
  h=["<html><head><meta charset='utf-8'><style>%s</style></head><body>"%css,
   "<h3 style='text-align:center'>项目支出绩效自评表</h3><p>（%s年度）</p>"%P['proj'][:4],
   "<p>单位：%s</p><table>"%P['unit'],
   "<tr><td>项目名称</td><td colspan=8>%s</td></tr>"%e(P['proj']),
   "<tr><td>主管部门</td><td colspan=3>%s</td><td>实施单位</td><td colspan=4>%s</td></tr>"%(P['dept'],P['dept']),
   "<tr><td rowspan=5 width='12%%'>项目资金<br>（%s）</td><td width='22%%'></td><td>年初<br>预算数</td><td>全年<br>预算数</td><td>全年<br>执行数</td><td>分值</td><td>执行率</td><td colspan=2>得分</td></tr>"%P['unit']]
  for f in P['funds']:
    h.append("<tr><td>%s</td>%s<td colspan=2>%s</td></tr>"%(f[0],''.join('<td>%s</td>'%x for x in f[1:6]),f[6]))
  h.append("</table><table><thead><tr><th width='11%'>一级指标</th><th width='12%'>二级指标</th><th width='30%'>三级指标</th><th width='6%'>指标<br>性质</th><th width='9%'>年度<br>指标值</th><th width='8%'>度量<br>单位</th><th width='9%'>实际<br>完成值</th><th width='7%'>分值</th><th width='8%'>得分</th></tr></thead><tbody>" if repeat else
    "</table><table><tr><th width='11%'>一级指标</th><th width='12%'>二级指标</th><th width='30%'>三级指标</th><th width='6%'>指标<br>性质</th><th width='9%'>年度<br>指标值</th><th width='8%'>度量<br>单位</th><th width='9%'>实际<br>完成值</th><th width='7%'>分值</th><th width='8%'>得分</th></tr>")
  R_=rows(P)
  for i,r in enumerate(R_):
    c=''
    if r[0]:
      n=1
      while i+n<len(R_) and not R_[i+n][0]: n+=1
      c+="<td rowspan=%d>%s</td>"%(n,r[0])
    if i==0 or R_[i-1][1]!=r[1] or r[0]:
      n=1
      while i+n<len(R_) and R_[i+n][1]==r[1] and not R_[i+n][0]: n+=1
      c+="<td rowspan=%d>%s</td>"%(n,r[1])
    c+=''.join('<td>%s</td>'%e(x) for x in r[2:])
    h.append("<tr>%s</tr>"%c)
  h.append("<tr><td colspan=7>总分</td><td>100</td><td>%s</td></tr><tr><td colspan=7>自评等级</td><td colspan=2>%s</td></tr>"%(total,grade))
  h.append("</tbody></table></body></html>" if repeat else "</table></body></html>")
  return '\n'.join(h)
def expected(P,name,total,grade,defects,notes,headings=[]):
  inds=[{'name':P['funds'][0][0],'max':10,'score':num(P['funds'][0][6])}]+[{'name':r[2],'max':num(r[7]),'score':num(r[8])} for r in rows(P)]
  return {'file':name,'total_score':total,'total_max':100,'grade':grade,'indicators':inds,'headings':headings,'defects':defects,'unit':P['unit'],'notes':notes}
def write(case,ext,content,exp):
  d=os.path.join(R,case); os.makedirs(d,exist_ok=True)
  open(os.path.join(d,'source.'+ext if ext!='txt' else 'input.txt'),'w').write(content)
  json.dump(exp,open(os.path.join(d,'expected.json'),'w'),ensure_ascii=False,indent=1)
t1=tot(P1); t2=tot(P2)
write('h1_chromium_ruled','html',table_html(P1,total=t1,grade=band(t1)),expected(P1,'input.pdf',t1,band(t1),[],'Chromium; ruled border-collapse; rowspan 一级/二级; 年度\\n指标值 two-line headers; 单位 column; 其中 funds sub-rows without 分值/得分; group labels with maxima.'))
write('h2_chromium_landscape_yuan','html',table_html(P2,landscape=True,total=96.56,grade='优'),expected(P2,'input.pdf',96.56,'优',[['check/score-sum']],'Chromium landscape; 元 with thousands separators. DEFECT: stated 总分 96.56 but row scores sum to %s.'%t2))
write('h3_chromium_borderless','html',table_html(P3,border=False,total=91,grade='优'),expected(P3,'input.pdf',91,'优',[['check/score-range']],'Chromium, NO borders (aligned borderless table). Blank 得分 on 补助资金按学期足额发放. DEFECT: 满意度 得分 12 > 分值 10.'))
json.dump({'P1':P1,'P2':P2,'P3':P3,'t1':t1,'t2':t2},open(R+'/_gen/data.json','w'),ensure_ascii=False)
def mk(dept,proj,unit,funds,inds): return dict(dept=dept,proj=proj,unit=unit,funds=funds,inds=inds)
P4=mk('澄迈县农业农村局','2024年高标准农田建设后期管护项目','万元',
 [('年度资金总额','85.00','85.00','83.30','10','98.00%','9.8'),('其中：本年财政拨款','85.00','85.00','83.30','','98.00%',''),('上年结转资金','','','','','',''),('其他资金','','','','','','')],
 [('产出指标（50分）','数量指标','管护高标准农田面积（含已建成灌排渠系及田间道路配套设施）','≥','12000','亩','12360','8','8'),
  ('','数量指标','修复损毁灌排渠道长度','≥','18','公里','18.6','8','8'),
  ('','数量指标','设立管护公示牌数量','≥','45','块','45','4','4'),
  ('','质量指标','管护设施完好率（按抽查点位计，每降低1个百分点扣0.5分）','≥','90','%','87','10','8.5'),
  ('','质量指标','修复工程质量验收合格率','=','100','%','100','10','10'),
  ('','时效指标','损毁设施报修后15日内修复率','≥','85','%','90','5','5'),
  ('','成本指标','亩均管护成本','≤','70','元/亩','67.4','5','5'),
  ('效益指标（30分）','经济效益指标','项目区粮食亩产提高','≥','30','公斤','34','10','10'),
  ('','社会效益指标','带动农户参与管护人数','≥','120','人','131','10','10'),
  ('','生态效益指标','农田灌溉水有效利用系数','≥','0.56','','0.57','5','5'),
  ('','可持续影响指标','建立长效管护机制（制度文件印发并执行）','=','1','项','1','5','5'),
  ('满意度指标（10分）','服务对象满意度指标','项目区农户满意度','≥','90','%','95','10','9.5')])
P5=mk('达拉特旗文化旅游体育局','2023年公共文化服务体系建设补助资金','万元',
 [('年度资金总额','210.00','236.80','229.70','10','97.00%','9.7'),('其中：本年财政拨款','210.00','210.00','206.40','','98.29%',''),('上年结转资金','','26.80','23.30','','86.94%',''),('其他资金','','','','','','')],
 [('产出指标（50分）','数量指标','送戏下乡演出场次','≥','150','场','162','15','15'),
  ('','数量指标','新建农家书屋','≥','12','个','12','10','10'),
  ('','质量指标','公共文化场馆免费开放达标率','=','100','%','100','15','15'),
  ('','时效指标','年度任务完成时限','≤','12','月','12','10','10'),
  ('效益指标（30分）','社会效益指标','群众参与文化活动人次','≥','8','万人次','7.4','20','17'),
  ('','可持续影响指标','基层文化阵地持续运营率','≥','95','%','96','10','10'),
  ('满意度指标（10分）','服务对象满意度指标','群众满意度','≥','85','%','91.3','10','10')])
t4=tot(P4); t5=tot(P5)
write('w1_writer_longtable_2pages','html',table_html(P4,total=t4,grade=band(t4)).replace('10.5pt','12pt').replace('padding:3px','padding:7px'),expected(P4,'input.pdf',t4,band(t4),[],'LibreOffice Writer (HTML->docx->pdf); table runs over 2 pages with repeated header (thead); long wrapped 三级 names; 评分标准 numbers inside a name (每降低1个百分点扣0.5分); 0.56 coefficient without unit.'))
write('w2_writer_landscape','html',table_html(P5,landscape=True,total=89.7,grade='良',repeat=False),expected(P5,'input.pdf',89.7,'良',[['check/score-sum']],'LibreOffice Writer (HTML->docx->pdf), landscape intent; no repeated header. DEFECT: stated 总分 89.7 but scores sum to %s; the stated grade 良 matches the stated total, but the row sum would be %s.'%(t5,band(t5))))
def dept_html(title,dept,year,rows,total,grade,funds):
  h=["<html><head><meta charset='utf-8'></head><body><table border=1 cellspacing=0>",
     "<tr><td colspan=6><b>%s年度%s部门整体支出绩效自评表</b></td></tr>"%(year,dept),
     "<tr><td colspan=6>金额单位：元</td></tr>",
     "<tr><td>资金类别</td><td>年初预算数</td><td>调整后预算数</td><td>决算数</td><td colspan=2>执行率</td></tr>"]
  for f in funds: h.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td colspan=2>%s</td></tr>"%f)
  h.append("<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>评分标准</td><td>权重</td><td>得分</td></tr>")
  i=0
  while i<len(rows):
    n=1
    while i+n<len(rows) and not rows[i+n][0]: n+=1
    for j in range(n):
      r=rows[i+j]; h.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"%(("<td rowspan=%d>%s</td>"%(n,r[0])) if j==0 else '',*r[1:]))
    i+=n
  h.append("<tr><td colspan=4>合计</td><td>100</td><td>%s</td></tr><tr><td colspan=4>自评等级</td><td colspan=2>%s</td></tr></table></body></html>"%(total,grade))
  return '\n'.join(h)
D1=[('投入（20分）','预算配置','预算编制准确性','预算调整率每超过5%扣1分，扣完为止','6','5'),
 ('','预算配置','在职人员控制率','≤100%得满分，每超1个百分点扣0.5分','4','4'),
 ('','预算执行','预算执行率','执行率×10，低于80%不得分','10','9.6'),
 ('过程（25分）','预算管理','“三公经费”控制率','≤100%得满分，每超1个百分点扣0.5分','5','5'),
 ('','预算管理','政府采购执行率','=100%得5分，每降低1个百分点扣0.2分','5','4.4'),
 ('','预算管理','结转结余率','≤5%得满分，每增加1个百分点扣0.5分','5','4'),
 ('','资产管理','固定资产利用率','≥95%得满分，每降低1个百分点扣0.5分','10','10'),
 ('产出（30分）','职责履行','重点工作任务完成率','每少完成1项扣2分','20','18'),
 ('','职责履行','质量达标率','≥98%得满分','10','10'),
 ('效果（25分）','履职效益','社会效益','每发生1起负面舆情扣2分','15','15'),
 ('','履职效益','社会公众或服务对象满意度','≥90%得满分，每降低1个百分点扣1分','10','9')]
def dexp(rows,total,grade,defects,notes,unit='元'):
  return {'file':'input.pdf','total_score':total,'total_max':100,'grade':grade,'indicators':[{'name':r[2],'max':num(r[4]),'score':num(r[5])} for r in rows],'headings':[],'defects':defects,'unit':unit,'notes':notes}
s1=round(sum(float(r[5]) for r in D1),2)
F1=[('合计','18,624,500.00','19,873,216.40','19,078,287.74','96.00%'),('其中：基本支出','14,260,000.00','14,512,630.00','14,498,120.52','99.90%'),('项目支出','4,364,500.00','5,360,586.40','4,580,167.22','85.44%')]
write('c1_calc_dept_weights','html',dept_html('','宜章县市场监督管理局','2023',D1,s1,band(s1),F1),dexp(D1,s1,band(s1),[],'LibreOffice Calc (HTML->xlsx->pdf); 部门整体 with 评分标准 column full of numbers (每超1个百分点扣0.5分, ≤5%), 权重 column with 合计 100 row, funds in 元 with thousands separators, 其中 sub-row.'))
D2=[(a,b,c.replace('重点工作任务完成率','年度重点改革事项完成率').replace('预算编制准确性','部门预算编制规范性'),d,e,f) for a,b,c,d,e,f in D1]
D2[4]=('','预算管理','政府采购执行率','=100%得5分，每降低1个百分点扣0.2分','5','6')
D2[7]=('','职责履行','年度重点改革事项完成率','每少完成1项扣2分','20','16')
s2=round(sum(float(r[5]) for r in D2),2)
F2=[('合计','9,306,800.00','9,980,415.00','9,541,203.16','95.60%'),('其中：基本支出','7,120,000.00','7,204,000.00','7,188,930.16','99.79%'),('项目支出','2,186,800.00','2,776,415.00','2,352,273.00','84.72%')]
write('c2_calc_dept_overmax','html',dept_html('','汝城县自然资源局','2024',D2,s2,band(s2),F2),dexp(D2,s2,band(s2),[['check/score-range']],'LibreOffice Calc; DEFECT: 政府采购执行率 得分 6 > 权重 5. Other traps as c1.'))
