# Ruled and borderless PDF score tables from Writer (python-docx), Calc (openpyxl) and Chromium, with their
# expected.json written from the same data (not from jixiao's output). Run: /usr/bin/python3 gen.py && /usr/bin/python3 gen2.py
# (Debian's python3-docx, python3-openpyxl, LibreOffice, chromium, qpdf); cases land in $OUT, then go to fixtures/<name>/.
import json, os, html, subprocess, shutil
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
R=os.environ.get('OUT','/tmp/form-fixtures')
def band(s): return '优' if s>=90 else '良' if s>=80 else '中' if s>=60 else '差'
def num(s): return None if s in ('',None) else float(s.replace(',',''))
HDR=['一级指标','二级指标','三级指标','指标性质','年度指标值','度量单位','实际完成值','分值','得分']
def total(P):
  return round(sum(num(r[8]) or 0 for r in P['inds'])+(num(P['funds'][0][6]) or 0 if P.get('funds') else 0),2)
def expected(P,tot,grade,notes,unit=None):
  inds=[]
  if P.get('funds'): inds.append({'name':P['funds'][0][0],'max':num(P['funds'][0][4]),'score':num(P['funds'][0][6])})
  inds+=[{'name':r[2],'max':num(r[7]),'score':num(r[8])} for r in P['inds']]
  e={'file':'input.pdf','total_score':tot,'total_max':100,'grade':grade,'indicators':inds,'headings':[],'defects':[],'notes':notes}
  if unit is not None: e['unit']=unit
  return e
def save(case,exp):
  d=os.path.join(R,case); os.makedirs(d,exist_ok=True)
  json.dump(exp,open(os.path.join(d,'expected.json'),'w'),ensure_ascii=False,indent=1)
  return d
# ---------- data ----------
PA=dict(dept='宁乡市交通运输局',proj='2024年农村公路安全生命防护工程',unit='万元',
 funds=[('年度资金总额','560.00','612.40','598.10','10','97.66%','9.77'),('其中：财政拨款','560.00','560.00','551.30','','98.45%',''),('其他资金','0.00','52.40','46.80','','89.31%','')],
 inds=[('产出指标','数量指标','新增波形护栏安装长度（含端头及过渡段）','≥','42','公里','43.6','12','12'),
  ('','数量指标','增设道路交通标志标牌','≥','380','块','372','8','7.6'),
  ('','质量指标','交工验收质量合格率','=','100','%','100','10','10'),
  ('','时效指标','工程在汛期前完工比例','≥','90','%','86','10','8'),
  ('','成本指标','每公里护栏综合造价','≤','9.5','万元/公里','9.2','10','10'),
  ('效益指标','社会效益指标','项目路段交通事故起数同比下降','≥','10','%','14.5','15','15'),
  ('','可持续影响指标','防护设施设计使用年限','≥','10','年','10','15','15'),
  ('满意度指标','服务对象满意度指标','沿线群众及驾乘人员满意度','≥','90','%','92.4','10','10')])
tA=total(PA)
PB=dict(dept='平江县民政局',proj='2023年特困人员救助供养资金',unit='元',funds=None,
 inds=[('产出指标','数量指标','集中供养特困人员人数','≥','1,260','人','1,274','6','6'),
  ('','数量指标','分散供养特困人员人数','≥','5,480','人','5,512','6','6'),
  ('','数量指标','失能半失能特困人员照料护理覆盖人数','≥','860','人','842','5','4.5'),
  ('','数量指标','供养服务机构消防设施改造数量','≥','14','个','14','4','4'),
  ('','数量指标','开展护理员业务培训人次','≥','300','人次','318','4','4'),
  ('','质量指标','救助对象认定准确率','=','100','%','100','6','6'),
  ('','质量指标','供养服务机构星级评定达标率','≥','80','%','78.6','5','4.6'),
  ('','质量指标','基本生活标准不低于当地低保标准的倍数','≥','1.3','倍','1.3','5','5'),
  ('','时效指标','救助供养金按月发放及时率','=','100','%','100','5','5'),
  ('','时效指标','新增对象审核审批办结时限','≤','20','个工作日','18','4','4'),
  ('','成本指标','集中供养人均年供养标准','=','16,800','元/人·年','16,800','5','5'),
  ('','成本指标','分散供养人均年供养标准','=','11,400','元/人·年','11,400','5','5'),
  ('效益指标','社会效益指标','特困人员基本生活得到保障比例','=','100','%','100','8','8'),
  ('','社会效益指标','符合条件的特困人员应救尽救率','=','100','%','99.2','7','6.5'),
  ('','社会效益指标','生活不能自理人员集中供养率','≥','60','%','63.8','5','5'),
  ('','可持续影响指标','供养服务机构安全责任事故发生数','=','0','起','0','5','5'),
  ('','可持续影响指标','救助供养工作长效机制健全程度','定性','健全','','健全','5','5'),
  ('满意度指标','服务对象满意度指标','特困供养对象满意度','≥','90','%','95.1','6','6'),
  ('','服务对象满意度指标','供养对象亲属满意度','≥','85','%','90.3','4','4')])
tB=total(PB)
PC=dict(dept='永顺县林业局',proj='2024年森林防火能力建设项目',unit='万元',
 funds=[('年度资金总额','148.00','148.00','139.12','10','94.00%','9.4'),('其中：中央补助资金','100.00','100.00','95.00','','95.00%',''),('县级配套资金','48.00','48.00','44.12','','91.92%','')],
 inds=[('产出指标','数量指标','建设生物防火林带','≥','36','公里','36','8','8'),
  ('','数量指标','购置扑火机具及个人防护装备','≥','420','台套','431','8','8'),
  ('','数量指标','新建林区视频监控点位','≥','12','个','11','8','7.2'),
  ('','质量指标','防火林带造林成活率','≥','85','%','88.5','8','8'),
  ('','质量指标','视频监控系统联网在线率','≥','95','%','97','8','8'),
  ('','时效指标','防火期前物资装备到位率','=','100','%','100','5','5'),
  ('','成本指标','生物防火林带每公里建设成本','≤','1.8','万元','1.74','5','5'),
  ('效益指标','社会效益指标','森林火灾受害率','≤','0.9','‰','0.21','10','10'),
  ('','生态效益指标','森林覆盖率保持','≥','70','%','70.6','10','10'),
  ('','可持续影响指标','专业扑火队伍常态化备勤','=','1','支','1','10','10'),
  ('满意度指标','服务对象满意度指标','林区群众满意度','≥','90','%','91','10','9.5')])
tC=total(PC)
# ---------- docx ----------
def font(doc,size=10.5):
  st=doc.styles['Normal']; st.font.size=Pt(size); st.font.name='Noto Serif CJK SC'
  st.element.rPr.rFonts.set(qn('w:eastAsia'),'Noto Serif CJK SC')
def repeat_header(row):
  trPr=row._tr.get_or_add_trPr(); el=OxmlElement('w:tblHeader'); el.set(qn('w:val'),'true'); trPr.append(el)
def vmerge(table,col,r0,r1):
  if r1>r0: table.cell(r0,col).merge(table.cell(r1,col))
def set_text(cell,t):
  cell.text=''; cell.paragraphs[0].add_run(t)
def docx_form(P,path,landscape=False,repeat=False,headlines=True,extra_after=0,size=10.5,tot=None,grade=None,widths=None):
  doc=Document(); font(doc,size)
  s=doc.sections[0]
  if landscape:
    s.orientation=WD_ORIENT.LANDSCAPE; s.page_width=Mm(297); s.page_height=Mm(210)
  else: s.page_width=Mm(210); s.page_height=Mm(297)
  for m in ('left_margin','right_margin','top_margin','bottom_margin'): setattr(s,m,Mm(18))
  doc.add_paragraph('项目支出绩效自评表').alignment=1
  doc.add_paragraph('（%s年度）'%P['proj'][:4]).alignment=1
  doc.add_paragraph('填报单位：%s            单位：%s'%(P['dept'],P['unit']))
  if P.get('funds'):
    ft=doc.add_table(rows=1+len(P['funds']),cols=7); ft.style='Table Grid'
    for j,h in enumerate(['资金来源','年初预算数','全年预算数','全年执行数','分值','执行率','得分']): set_text(ft.cell(0,j),h)
    for i,f in enumerate(P['funds']):
      for j,x in enumerate(f): set_text(ft.cell(i+1,j),x)
    doc.add_paragraph('')
  rows=P['inds']; t=doc.add_table(rows=1+len(rows)+2,cols=9); t.style='Table Grid'
  for j,h in enumerate(HDR): set_text(t.cell(0,j),h)
  if repeat: repeat_header(t.rows[0])
  for i,r in enumerate(rows):
    for j,x in enumerate(r):
      if j<2 and x=='' : continue
      set_text(t.cell(i+1,j),x)
  # merges of 一级 and 二级
  i=0
  while i<len(rows):
    n=1
    while i+n<len(rows) and rows[i+n][0]=='': n+=1
    a=t.cell(i+1,0); txt=rows[i][0]; vmerge(t,0,i+1,i+n); set_text(t.cell(i+1,0),txt); i+=n
  i=0
  while i<len(rows):
    n=1
    while i+n<len(rows) and rows[i+n][1]==rows[i][1] and rows[i+n][0]=='': n+=1
    txt=rows[i][1]; vmerge(t,1,i+1,i+n); set_text(t.cell(i+1,1),txt); i+=n
  k=len(rows)+1
  a=t.cell(k,0).merge(t.cell(k,6)); set_text(a,'总分'); set_text(t.cell(k,7),'100'); set_text(t.cell(k,8),str(tot))
  a=t.cell(k+1,0).merge(t.cell(k+1,6)); set_text(a,'自评等级'); b=t.cell(k+1,7).merge(t.cell(k+1,8)); set_text(b,grade)
  if widths:
    for j,w in enumerate(widths):
      for c in t.columns[j].cells: c.width=Mm(w)
  for _ in range(extra_after): doc.add_paragraph('')
  doc.add_paragraph('填表人：王某某        联系电话：0731-8888xxxx')
  doc.save(path)
def soffice(src,outdir):
  subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',outdir,src],check=True,capture_output=True)
def finish(d,src):
  soffice(src,d); b=os.path.splitext(os.path.basename(src))[0]; os.replace(os.path.join(d,b+'.pdf'),os.path.join(d,'input.pdf'))
# A: Writer landscape, merged 一级/二级, narrow columns, wrapped names
d=save('ha_writer_landscape_merged',expected(PA,tA,band(tA),'Writer docx landscape; merged 一级/二级 (vMerge); narrow 三级 column so names wrap; funds block with 分值 10.','万元'))
docx_form(PA,d+'/source.docx',landscape=True,tot=tA,grade=band(tA),widths=[22,24,40,14,18,18,18,14,14])
finish(d,d+'/source.docx')
# B: Writer portrait, long table over pages with repeated header row, 元
d=save('hb_writer_repeat_header_3pages',expected(PB,tB,band(tB),'Writer docx portrait, 19 rows at 14pt over 2-3 pages; header row repeated (tblHeader); 一级 merged over page breaks; thousands separators in values; no funds block.',None))
docx_form(PB,d+'/source.docx',repeat=True,size=14,tot=tB,grade=band(tB))
finish(d,d+'/source.docx')
# C: Writer portrait, table over 2 pages WITHOUT repeated header
d=save('hc_writer_portrait_norepeat',expected(PC,tC,band(tC),'Writer docx portrait, funds block then a table running onto page 2 without a repeated header; merged 一级/二级.','万元'))
docx_form(PC,d+'/source.docx',size=13,tot=tC,grade=band(tC))
finish(d,d+'/source.docx')
json.dump({'tA':tA,'tB':tB,'tC':tC},open(R+'/totals.json','w'))
