# Set-aside borderless / partly ruled score tables for the stream reader. Fresh data.
import json, os, html, subprocess, sys
# usage: python3 gen.py OUTDIR  (then calc.py OUTDIR); Chromium and LibreOffice (soffice) on PATH
R=sys.argv[1] if len(sys.argv) > 1 else '/tmp/stream-set'
e=html.escape
def num(s): return None if s in ('',None) else float(s)
def band(s): return '优' if s>=90 else '良' if s>=80 else '中' if s>=60 else '差'
# rows: (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分)
A=dict(dept='永兴县交通运输局',proj='2024年农村公路安全生命防护工程',unit='万元',fund=('年度资金总额','310.00','326.40','318.25','10','97.50%','9.75'),
 rows=[('产出指标','数量指标','新增农村公路波形护栏长度','≥85公里','88.2公里','10','10'),
  ('','数量指标','增设减速带及警示标志（含村道交叉口、学校路段和急弯陡坡路段）','≥420处','436处','10','10'),
  ('','质量指标','工程交工验收合格率','100%','100%','10','10'),
  ('','时效指标','工程按合同工期完工率','≥95%','91%','10','8'),
  ('','成本指标','护栏每公里综合造价','≤2.9万元','2.84万元','10','10'),
  ('效益指标','社会效益指标','农村公路交通事故起数下降','≥10%','12.6%','15','15'),
  ('','可持续影响指标','防护设施设计使用年限','≥8年','8年','15','13.5'),
  ('满意度指标','服务对象满意度指标','沿线群众满意度','≥90%','92.4%','10','9')])
B=dict(dept='宁乡市民政局',proj='2023年困难残疾人生活补贴和重度残疾人护理补贴',unit='元',fund=('年度资金总额','6,842,000.00','7,105,360.00','7,011,884.20','10','98.68%','9.87'),
 rows=[('产出指标','数量指标','困难残疾人生活补贴发放人数','≥5600人','5688人','10','10'),
  ('','数量指标','重度残疾人护理补贴发放人数','≥4100人','4032人','10','9'),
  ('','质量指标','补贴对象认定准确率','100%','99.6%','10','9.5'),
  ('','时效指标','补贴按月发放及时率','100%','100%','10','10'),
  ('','成本指标','困难残疾人生活补贴标准','≥90元/人·月','90元/人·月','10','10'),
  ('效益指标','社会效益指标','残疾人基本生活保障水平','持续提高','有所提高','15','12'),
  ('','可持续影响指标','补贴动态管理机制运行情况（含年审、退出和新增审核）','长期','长期','15','15'),
  ('满意度指标','服务对象满意度指标','补贴对象满意度','≥90%','95.2%','10','10')])
# long table for two pages
C=dict(dept='会同县林业局',proj='2024年森林防火和有害生物防治项目',unit='万元',fund=('年度资金总额','540.00','562.00','548.30','10','97.56%','9.76'),
 rows=[('产出指标','数量指标','建设生物防火林带长度','≥35公里','36.5公里','4','4'),
  ('','数量指标','新建维修森林防火检查站（含视频监控和语音提示设备）','≥6个','6个','4','4'),
  ('','数量指标','松材线虫病疫木除治数量','≥12000株','12480株','4','4'),
  ('','数量指标','开展林业有害生物监测面积','≥86万亩','86万亩','4','4'),
  ('','数量指标','组织森林防火应急演练次数','≥4次','3次','3','2'),
  ('','质量指标','疫木除治质量合格率','≥95%','97%','4','4'),
  ('','质量指标','防火林带造林成活率','≥85%','83%','4','3.2'),
  ('','质量指标','监测数据上报准确率','100%','100%','4','4'),
  ('','时效指标','疫木除治在次年4月前完成率','100%','100%','4','4'),
  ('','时效指标','火情发现后1小时内处置率','≥95%','98%','4','4'),
  ('','成本指标','疫木除治单株成本','≤110元','104元','4','4'),
  ('','成本指标','防火林带每公里建设成本','≤4.5万元','4.3万元','3','3'),
  ('效益指标','经济效益指标','减少森林资源经济损失','≥300万元','326万元','6','6'),
  ('','社会效益指标','森林火灾受害率','≤0.9‰','0.3‰','6','6'),
  ('','社会效益指标','林区群众防火意识提升（入户宣传覆盖率）','≥90%','93%','6','6'),
  ('','生态效益指标','林业有害生物成灾率','≤3‰','1.2‰','6','6'),
  ('','可持续影响指标','联防联控机制运行','长期有效','长期有效','6','6'),
  ('满意度指标','服务对象满意度指标','林区群众满意度','≥90%','91%','5','5'),
  ('','服务对象满意度指标','护林员满意度','≥90%','88%','5','4')])
D=dict(dept='岳阳县城市管理和综合执法局',proj='2024年城区生活垃圾分类收运项目',unit='万元',fund=('年度资金总额','268.00','268.00','259.96','10','97.00%','9.7'),
 rows=[('产出指标','数量指标','配置分类垃圾收集容器','≥3200组','3260组','10','10'),
  ('','数量指标','新增分类收运车辆','≥8台','8台','10','10'),
  ('','质量指标','生活垃圾分类收运规范率','≥95%','96.3%','10','10'),
  ('','时效指标','垃圾日产日清率','100%','99.5%','10','9.5'),
  ('','成本指标','吨垃圾收运成本','≤185元','179元','10','10'),
  ('效益指标','社会效益指标','城区生活垃圾回收利用率','≥35%','33.8%','15','13'),
  ('','生态效益指标','生活垃圾无害化处理率','100%','100%','15','15'),
  ('满意度指标','服务对象满意度指标','城区居民满意度','≥85%','90.1%','10','10')])
def tot(P): return round(float(P['fund'][6])+sum(float(r[6]) for r in P['rows'] if r[6]),2)
def inds(P): return [{'name':P['fund'][0],'max':num(P['fund'][4]),'score':num(P['fund'][6])}]+[{'name':r[2],'max':num(r[5]),'score':num(r[6])} for r in P['rows']]
HEAD=['一级指标','二级指标','三级指标','年度<br>指标值','实际<br>完成值','分值','得分']
def page(P, style, rule, landscape=False, fontpt=10.5, unitline='单位：%s', repeat=True, bigpad=3):
  if rule=='none': tc='border:none'
  else: tc='border:none'
  css="body{font:%gpt 'Noto Serif CJK SC'} table{border-collapse:collapse;width:100%%} td,th{padding:%dpx 4px;border:none;text-align:left;vertical-align:top} th{font-weight:bold}"%(fontpt,bigpad)
  if rule=='booktabs': css+=" table.s{border-top:1.2pt solid #000;border-bottom:1.2pt solid #000} table.s thead th{border-bottom:0.6pt solid #000}"
  if rule=='hrules': css+=" table.s tr td,table.s tr th{border-bottom:0.5pt solid #000}"
  css+="@page{size:A4%s;margin:16mm}"%(' landscape' if landscape else '')
  h=["<html><head><meta charset='utf-8'><style>%s</style></head><body>"%css,
     "<h3 style='text-align:center'>项目支出绩效自评表</h3><p style='text-align:center'>（%s年度）</p>"%P['proj'][:4],
     "<p>项目名称：%s　　实施单位：%s</p>"%(e(P['proj']),P['dept']),
     "<p>"+(unitline%P['unit'])+"</p>",
     "<table class=s><thead><tr><th>资金类别</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr></thead><tbody>",
     "<tr>%s</tr>"%''.join('<td>%s</td>'%x for x in P['fund']),"</tbody></table><p></p>"]
  w=['11%','14%','33%','11%','11%','9%','9%']
  th=''.join("<th width='%s'>%s</th>"%(a,b) for a,b in zip(w,HEAD))
  h.append("<table class=s>"+("<thead><tr>%s</tr></thead><tbody>"%th if repeat else "<tr>%s</tr>"%th))
  prev2=None
  for r in P['rows']:
    c2 = r[1] if (r[0] or r[1]!=prev2) else ''
    prev2=r[1]
    h.append("<tr>%s</tr>"%''.join('<td>%s</td>'%e(x) for x in (r[0],c2)+r[2:]))
  t=tot(P)
  h.append("<tr><td>总分</td><td></td><td></td><td></td><td></td><td>100</td><td>%s</td></tr>"%t)
  h.append("<tr><td>自评等级</td><td></td><td></td><td></td><td></td><td></td><td>%s</td></tr>"%band(t))
  h.append(("</tbody>" if repeat else "")+"</table></body></html>")
  return '\n'.join(h)
def out(case, P, htmltext, how, notes):
  d=os.path.join(R,case); os.makedirs(d,exist_ok=True)
  src=os.path.join(d,'source.html'); open(src,'w').write(htmltext)
  pdf=os.path.join(d,'input.pdf')
  if how=='chromium':
    subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer','--print-to-pdf='+pdf,src],check=True,capture_output=True)
  else:
    tmp=os.path.join(R,'_tmp_'+case); os.makedirs(tmp,exist_ok=True)
    if how in ('docx','odt'):
      subprocess.run(['soffice','--headless','--convert-to',how+(':MS Word 2007 XML' if how=='docx' else ''),'--outdir',tmp,src],check=True,capture_output=True)
      mid=os.path.join(tmp,'source.'+how)
    else:  # calc
      subprocess.run(['soffice','--headless','--infilter=HTML (StarCalc)','--convert-to','xlsx','--outdir',tmp,src],check=True,capture_output=True)
      mid=os.path.join(tmp,'source.xlsx')
    subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',tmp,mid],check=True,capture_output=True)
    os.replace(os.path.join(tmp,'source.pdf'),pdf)
  t=tot(P)
  json.dump({'file':'input.pdf','total_score':t,'total_max':100,'grade':band(t),'indicators':inds(P),'headings':[],'defects':[],'unit':P['unit'],'notes':notes},open(os.path.join(d,'expected.json'),'w'),ensure_ascii=False,indent=1)
out('s1_chromium_booktabs',A,page(A,'c','booktabs'),'chromium','Chromium; booktabs rules only (top, below header, bottom); 一级/二级 only on the first row of their group; 年度\\n指标值 two-line headers; wrapped 三级 name.')
out('s2_chromium_borderless_2pages',C,page(C,'c','none',fontpt=12,bigpad=9),'chromium','Chromium; no rules; 19 rows over two pages with a repeated thead; wrapped names.')
out('s3_writer_odt_borderless',B,page(B,'w','none'),'odt','LibreOffice Writer HTML->odt->pdf; no borders; 元 with thousands separators; wrapped name.')
out('s4_writer_docx_hrules',D,page(D,'w','hrules',landscape=True),'docx','LibreOffice Writer HTML->docx->pdf; horizontal rules under every row, no vertical rules.')
out('s5_calc_nogrid',A|dict(dept='永兴县交通运输局'),page(A,'k','none',unitline='金额单位：%s'),'calc','LibreOffice Calc HTML->xlsx->pdf, no cell borders, no printed grid.')
out('s6_writer_docx_borderless_wide',C|dict(rows=C['rows'][:10]+C['rows'][12:]),page(C|dict(rows=C['rows'][:10]+C['rows'][12:]),'w','none',fontpt=11,bigpad=6),'docx','LibreOffice Writer HTML->docx->pdf; no borders; long table possibly over two pages.')
