# s5: xlsx via openpyxl (python3-openpyxl), no cell borders, no printed grid; LibreOffice Calc -> pdf
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
exec(open(os.path.join(os.path.dirname(__file__),'gen.py')).read().split("def page(")[0])
P=A|dict(dept='永兴县交通运输局')
wb=Workbook(); ws=wb.active; ws.title='自评表'
f=Font(name='Noto Serif CJK SC', size=10); wrap=Alignment(wrap_text=True, vertical='top')
for col,wd in zip('ABCDEFG',[12,14,34,12,12,8,8]): ws.column_dimensions[col].width=wd
def put(r,vals,bold=False):
  for i,v in enumerate(vals):
    c=ws.cell(row=r,column=i+1,value=v); c.font=Font(name='Noto Serif CJK SC',size=10,bold=bold); c.alignment=wrap
ws.merge_cells('A1:G1'); put(1,['项目支出绩效自评表'],True)
put(2,['（2024年度）']); put(3,['项目名称：'+P['proj']]); ws.merge_cells('A3:G3')
put(4,['金额单位：'+P['unit']])
put(5,['资金类别','年初预算数','全年预算数','全年执行数','分值','执行率','得分'],True)
put(6,list(P['fund']))
ws.row_dimensions[8].height=28; put(8,['一级指标','二级指标','三级指标','年度\n指标值','实际\n完成值','分值','得分'],True)
r=9; prev=None
for row in P['rows']:
  c2 = row[1] if (row[0] or row[1]!=prev) else ''
  prev=row[1]
  put(r,[row[0],c2,row[2],row[3],row[4],float(row[5]),float(row[6])])
  if len(row[2])>16: ws.row_dimensions[r].height=28
  r+=1
t=tot(P); put(r,['总分','','','','',100,t]); put(r+1,['自评等级','','','','','',band(t)])
ws.print_options.gridLines=False
ws.page_setup.fitToWidth=1; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToHeight=0
d=os.path.join(R,'s5_calc_nogrid'); os.makedirs(d,exist_ok=True)
for x in os.listdir(d): os.remove(os.path.join(d,x))
x=os.path.join(d,'source.xlsx'); wb.save(x)
subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',d,x],check=True,capture_output=True)
os.replace(os.path.join(d,'source.pdf'),os.path.join(d,'input.pdf'))
json.dump({'file':'input.pdf','total_score':t,'total_max':100,'grade':band(t),'indicators':inds(P),'headings':[],'defects':[],'unit':P['unit'],'notes':'LibreOffice Calc xlsx (openpyxl) -> pdf; no cell borders, no printed grid; wrapped cells; 金额单位 line.'},open(os.path.join(d,'expected.json'),'w'),ensure_ascii=False,indent=1)
