import os as _os
exec(open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)),'gen.py')).read().split('# ---------- docx ----------')[0])
import subprocess, html
from openpyxl import Workbook
from openpyxl.styles import Border,Side,Alignment,Font
def fl(s): return float(s.replace(',',''))
# D: Calc 部门整体, 评分标准 column, 权重, merged 一级 and 二级, wrapped, fit to width, landscape
DD=[('投入','预算编制','预算编制科学性','预算编制符合规定、测算依据充分得满分，每发现1处问题扣1分','5','4'),
 ('','预算编制','基本支出足额保障率','=100%得满分，每降低1个百分点扣0.2分','5','5'),
 ('','预算执行','预算执行率（以财政部门统计口径为准）','执行率≥95%得满分；每降低1个百分点扣0.5分','10','8.5'),
 ('过程','财务管理','财务管理制度健全性','制度健全并有效执行得满分，否则酌情扣分','5','5'),
 ('','财务管理','资金使用合规性','无违规使用资金情况得满分，每发现1起扣2分','10','8'),
 ('','资产管理','资产管理规范性','账实相符、处置规范得满分','5','5'),
 ('产出','职责履行','年度重点工作完成率','完成率×20','20','19.2'),
 ('','职责履行','督查督办事项按时办结率','≥95%得满分','10','10'),
 ('效果','社会效益','群众投诉办结率','≥98%得满分，每降低1个百分点扣1分','15','14'),
 ('','满意度','服务对象满意度','≥90%得满分，每降低1个百分点扣0.5分','15','15')]
sD=round(sum(fl(r[5]) for r in DD),2)
def xlsx(path):
  wb=Workbook(); ws=wb.active; ws.title='自评表'
  th=Side(style='thin'); B=Border(left=th,right=th,top=th,bottom=th)
  ws.append(['2024年度浏阳市司法局部门整体支出绩效自评表']); ws.merge_cells('A1:F1')
  ws.append(['金额单位：万元']); ws.merge_cells('A2:F2')
  ws.append(['资金类别','年初预算数','调整后预算数','决算数','执行率',''])
  for f in [('合计','1,286.50','1,342.70','1,301.42','96.93%'),('其中：基本支出','968.20','975.30','972.64','99.73%'),('项目支出','318.30','367.40','328.78','89.49%')]:
    ws.append([f[0],fl(f[1]),fl(f[2]),fl(f[3]),f[4],'']); r=ws.max_row
    for c in 'BCD': ws[c+str(r)].number_format='#,##0.00'
    ws.row_dimensions[r].height=28
  ws.append(['一级指标','二级指标','三级指标','评分标准','权重','得分']); start=ws.max_row+1
  for r in DD:
    ws.append([r[0] or None,r[1],r[2],r[3],fl(r[4]),fl(r[5])]); ws.cell(ws.max_row,4).data_type='s'; ws.row_dimensions[ws.max_row].height=30
  i=0
  while i<len(DD):
    n=1
    while i+n<len(DD) and not DD[i+n][0]: n+=1
    if n>1: ws.merge_cells('A%d:A%d'%(start+i,start+i+n-1))
    i+=n
  i=0
  while i<len(DD):
    n=1
    while i+n<len(DD) and DD[i+n][1]==DD[i][1] and not DD[i+n][0]: n+=1
    for k in range(1,n): ws.cell(start+i+k,2).value=None
    if n>1: ws.merge_cells('B%d:B%d'%(start+i,start+i+n-1))

    i+=n
  ws.append(['合计','','','',100,sD]); ws.merge_cells('A%d:D%d'%(ws.max_row,ws.max_row))
  ws.append(['自评等级','','','',band(sD),'']); ws.merge_cells('A%d:D%d'%(ws.max_row,ws.max_row)); ws.merge_cells('E%d:F%d'%(ws.max_row,ws.max_row))
  for col,w in zip('ABCDEF',[10,12,20,44,8,8]): ws.column_dimensions[col].width=w
  for row in ws.iter_rows(min_row=3,max_row=ws.max_row):
    for c in row: c.border=B; c.alignment=Alignment(wrap_text=True,vertical='center'); c.font=Font(name='Noto Sans CJK SC',size=11)
  ws.page_setup.orientation='landscape'
  ws.page_setup.paperSize=9; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
  wb.save(path)
d=save('hd_calc_dept_merged_fit',{'file':'input.pdf','total_score':sD,'total_max':100,'grade':band(sD),'indicators':[{'name':r[2],'max':fl(r[4]),'score':fl(r[5])} for r in DD],'headings':[],'defects':[],'unit':'万元','notes':'Calc xlsx landscape fit-to-width; merged 一级 and 二级; wrapped 评分标准 full of numbers; 权重 with 合计 100.'})
xlsx(d+'/source.xlsx'); subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',d,d+'/source.xlsx'],check=True,capture_output=True); os.replace(d+'/source.pdf',d+'/input.pdf')
# Chromium cases
def page(P,style,tot,grade,landscape=False):
  e=html.escape
  css="body{font:10pt 'Noto Sans CJK SC'} table{border-collapse:collapse;width:100%%} td,th{padding:4px 5px;vertical-align:middle} %s @page{size:A4%s;margin:16mm}"%(style,' landscape' if landscape else '')
  h=["<html><head><meta charset='utf-8'><style>%s</style></head><body>"%css,"<h2 style='text-align:center'>%s绩效自评表</h2>"%P['proj'],"<p>主管部门：%s　　　　金额单位：%s</p>"%(P['dept'],P['unit'])]
  if P.get('funds'):
    h.append("<table class=f><tr><th>资金来源</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>")
    for f in P['funds']: h.append('<tr>'+''.join('<td>%s</td>'%x for x in f)+'</tr>')
    h.append('</table><br>')
  h.append("<table class=i><thead><tr>"+''.join('<th>%s</th>'%x for x in ['一级指标','二级指标','三级指标','指标<br>性质','年度<br>指标值','度量<br>单位','实际<br>完成值','分值','得分'])+"</tr></thead><tbody>")
  R_=P['inds']
  for i,r in enumerate(R_):
    c=''
    if r[0]:
      n=1
      while i+n<len(R_) and not R_[i+n][0]: n+=1
      c+="<td rowspan=%d>%s</td>"%(n,r[0])
    if r[0] or R_[i-1][1]!=r[1]:
      n=1
      while i+n<len(R_) and R_[i+n][1]==r[1] and not R_[i+n][0]: n+=1
      c+="<td rowspan=%d>%s</td>"%(n,r[1])
    c+=''.join('<td>%s</td>'%e(x) for x in r[2:])
    h.append('<tr>%s</tr>'%c)
  h.append("<tr><td colspan=7>总分</td><td>100</td><td>%s</td></tr><tr><td colspan=7>自评等级</td><td colspan=2>%s</td></tr></tbody></table><p>说明：本表由项目实施单位填报。</p></body></html>"%(tot,grade))
  return '\n'.join(h)
def chrome(d,htmltext):
  open(d+'/source.html','w').write(htmltext)
  subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+d+'/input.pdf','file://'+d+'/source.html'],check=True,capture_output=True)
PE=dict(dept='醴陵市人力资源和社会保障局',proj='2024年职业技能提升行动补贴资金',unit='万元',
 funds=[('年度资金总额','320.00','356.00','341.76','10','96.00%','9.6'),('其中：财政拨款','320.00','320.00','312.40','','97.63%',''),('其他资金','0.00','36.00','29.36','','81.56%','')],
 inds=[('产出指标','数量指标','开展企业职工岗位技能培训人次','≥','4200','人次','4385','10','10'),
  ('','数量指标','培训后取得职业资格证书人数','≥','2600','人','2514','10','9.2'),
  ('','质量指标','培训合格率','≥','90','%','93.5','10','10'),
  ('','时效指标','补贴资金审核拨付及时率','≥','95','%','91','10','8'),
  ('','成本指标','人均培训补贴标准','≤','800','元','760','10','10'),
  ('效益指标','社会效益指标','参训人员就业率','≥','80','%','84.2','15','15'),
  ('','可持续影响指标','培训机构动态管理机制','定性','健全','','健全','15','15'),
  ('满意度指标','服务对象满意度指标','参训学员满意度','≥','90','%','96','10','10')])
tE=total(PE)
d=save('he_chromium_halfruled',expected(PE,tE,band(tE),'Chromium; rules under the header and between rows only (no vertical rules); rowspan 一级/二级; two-line headers.','万元'))
chrome(d,page(PE,"th{border-top:1.5pt solid #000;border-bottom:1pt solid #000} td{border-bottom:0.5pt solid #444} th,td{text-align:left}",tE,band(tE)))
PF=dict(dept='汨罗市市场监督管理局',proj='2023年食品安全抽检监测专项经费',unit='万元',
 funds=[('年度资金总额','95.00','95.00','90.25','10','95.00%','9.5'),('其中：财政拨款','95.00','95.00','90.25','','95.00%','')],
 inds=[('产出指标','数量指标','完成食品安全监督抽检批次','≥','1800','批次','1862','15','15'),
  ('','数量指标','农贸市场快检室建设数量','≥','8','个','8','10','10'),
  ('','质量指标','不合格食品核查处置率','=','100','%','100','15','15'),
  ('','时效指标','抽检结果按期公示率','≥','95','%','90','10','7.5'),
  ('效益指标','社会效益指标','食品安全事故发生数','=','0','起','0','20','20'),
  ('','可持续影响指标','食品安全评价性抽检合格率','≥','97','%','98.1','10','10'),
  ('满意度指标','服务对象满意度指标','公众食品安全满意度','≥','85','%','87.6','10','9')])
tF=total(PF)
d=save('hf_chromium_borderless',expected(PF,tF,band(tF),'Chromium; no borders at all, left-aligned cells, rowspan labels on the first row of their group.','万元'))
chrome(d,page(PF,"th,td{border:none;text-align:left} th{font-weight:bold}",tF,band(tF)))
PG=dict(dept='攸县教育局',proj='2024年学前教育发展专项资金',unit='万元',
 funds=[('年度资金总额','260.00','260.00','254.80','10','98.00%','9.8')],
 inds=[('产出指标','数量指标','新增普惠性幼儿园学位','≥','900','个','960','15','15'),
  ('','数量指标','资助家庭经济困难幼儿人数','≥','1500','人','1482','10','9.5'),
  ('','质量指标','普惠性幼儿园覆盖率','≥','85','%','88.3','15','15'),
  ('','时效指标','项目按期完工率','=','100','%','100','10','10'),
  ('效益指标','社会效益指标','学前三年毛入园率','≥','92','%','93.1','20','20'),
  ('','可持续影响指标','幼儿园教师持证上岗率','≥','95','%','92','10','8'),
  ('满意度指标','服务对象满意度指标','幼儿家长满意度','≥','90','%','95.7','10','10')])
tG=total(PG)
d=save('hg_chromium_ruled_rotate90',expected(PG,tG,band(tG),'Chromium ruled table, then qpdf --rotate=+90: the page carries /Rotate 90 (displayed landscape, content drawn portrait).','万元'))
chrome(d,page(PG,"th,td{border:0.75pt solid #000}",tG,band(tG)))
subprocess.run(['qpdf','--rotate=+90:1-z',d+'/input.pdf','--replace-input'],check=True)
json.dump({'sD':sD,'tE':tE,'tF':tF,'tG':tG},open(R+'/totals2.json','w'))
