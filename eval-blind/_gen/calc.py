import sys,os; sys.argv=['x']; exec(open('/work/coord/holdout/_gen/gen.py').read())
from openpyxl import Workbook
from openpyxl.styles import Border,Side,Alignment,Font
def fl(s): return float(s.replace(',',''))
def xlsx(path,dept,year,rows,total,grade,funds,landscape=False):
  wb=Workbook(); ws=wb.active; ws.title='自评表'
  th=Side(style='thin'); B=Border(left=th,right=th,top=th,bottom=th)
  ws.append(['%s年度%s部门整体支出绩效自评表'%(year,dept)]); ws.merge_cells('A1:F1')
  ws.append(['金额单位：元']); ws.merge_cells('A2:F2')
  ws.append(['资金类别','年初预算数','调整后预算数','决算数','执行率',''])
  for f in funds:
    ws.append([f[0],fl(f[1]),fl(f[2]),fl(f[3]),f[4],'']); r=ws.max_row
    for c in 'BCD': ws[c+str(r)].number_format='#,##0.00'
  ws.append(['一级指标','二级指标','三级指标','评分标准','权重','得分']); start=ws.max_row+1
  for r in rows:
    ws.append([r[0] or None,r[1],r[2],r[3],fl(r[4]),fl(r[5]) if r[5] else None]); ws.cell(ws.max_row,4).data_type='s'
  i=0
  while i<len(rows):
    n=1
    while i+n<len(rows) and not rows[i+n][0]: n+=1
    if n>1: ws.merge_cells('A%d:A%d'%(start+i,start+i+n-1))
    i+=n
  ws.append(['合计','','','',100,total]); ws.merge_cells('A%d:D%d'%(ws.max_row,ws.max_row))
  ws.append(['自评等级','','','',grade,'']); ws.merge_cells('A%d:D%d'%(ws.max_row,ws.max_row))
  for col,w in zip('ABCDEF',[14,12,22,34,8,8]): ws.column_dimensions[col].width=w
  for row in ws.iter_rows(min_row=3,max_row=ws.max_row):
    for c in row: c.border=B; c.alignment=Alignment(wrap_text=True,vertical='center'); c.font=Font(name='Noto Sans CJK SC',size=10)
  if landscape: ws.page_setup.orientation='landscape'
  ws.page_setup.paperSize=9; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
  wb.save(path)
xlsx(R+'/c1_calc_dept_weights/source.xlsx','宜章县市场监督管理局','2023',D1,s1,band(s1),F1)
xlsx(R+'/c2_calc_dept_overmax/source.xlsx','汝城县自然资源局','2024',D2,s2,band(s2),F2,landscape=True)
# c3: project table in 元, blank score row
D3=[('产出指标（50分）','数量指标','新增城市公共停车泊位','≥1200个得满分，每少50个扣1分','15','15'),
 ('','数量指标','改造背街小巷条数','≥35条，每少1条扣0.5分','10','9'),
 ('','质量指标','工程竣工验收合格率','=100%','15','15'),
 ('','时效指标','项目完工及时率','按期完成得满分，每延期1个月扣2分','10',''),
 ('效益指标（30分）','社会效益指标','群众出行停车难问题缓解程度','明显缓解得满分','15','14'),
 ('','生态效益指标','建成区绿化覆盖率提升','≥0.5个百分点','15','15'),
 ('满意度指标（10分）','服务对象满意度指标','周边居民满意度','≥90%得满分，每降低1个百分点扣0.5分','10','9.5')]
F3=[('合计','6,850,000.00','7,326,480.00','7,012,566.30','95.72%'),('其中：本年财政拨款','6,850,000.00','6,850,000.00','6,598,236.30','96.32%'),('上年结转资金','0.00','476,480.00','414,330.00','86.96%')]
s3=round(sum(float(r[5]) for r in D3 if r[5]),2)
os.makedirs(R+'/c3_calc_project_yuan',exist_ok=True)
xlsx(R+'/c3_calc_project_yuan/source.xlsx','资兴市住房和城乡建设局','2024',D3,s3,band(s3),F3)
json.dump(dexp(D3,s3,band(s3),[],'LibreOffice Calc from xlsx (openpyxl): thin borders, vertical merges of 一级 cells, #,##0.00 funds in 元, 评分标准 column with numbers, blank 得分 on 项目完工及时率; title says 部门整体 but rows are project indicators (template mix as in practice). No funds-execution scored row. 权重 column sums to 90 here (no 执行率 row) while 合计 prints 100.'),open(R+'/c3_calc_project_yuan/expected.json','w'),ensure_ascii=False,indent=1)
