"""Pages ku09-ku12 of handmade51 (development set; all papers, authorities, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, width, wrap


def right(text: str, cols: float) -> str:
    """A line set flush right in a column `cols` wide (signatures, dates), padded with U+3000."""
    return FW * max(0, int(cols - width(text))) + text


# ---------------------------------------------------------------------------
def ku09() -> Page:
    """County paper, 14-character column indented with ONE U+3000: a 通知 printed in full (headline on three lines,
    文号, addressee, 一、…四、 heads, 附件 line), the issuer's signature and date, then the 附件 (its title
    and three numbered tasks) which belongs to it (body in pieces); some body lines letter-spaced; run-in
    本报讯（通讯员 X　记者 Y） item."""
    pg = Page("ku09.txt", cols=14, indent=FW, blanks="para", seed=5109,
              style="county paper 综合 page, a 14-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; a 通知 printed in full: headline on THREE lines (…办公室 / 关于做好2035年春耕 / 生产工作的通知), 文号 line, addressee flush left on one line (its colon hanging past the margin), intro, 一、…四、 section heads, 附件：… line, the issuer's signature and date right-aligned, then the 附件 (the word 附件, its title, three numbered tasks with 牵头单位／配合单位) that belongs to the 通知 (body in pieces); five full body lines letter-spaced with single spaces (justified lines); run-in 本报讯（通讯员 X　记者 Y） item; footer wider than the column")
    pg.furniture(["青禾报", cn_date(2035, 3, 8), "2　综合"], "page header")
    pg.blank()
    a = Article(
        "a", "青禾县人民政府办公室关于做好2035年春耕生产工作的通知",
        head=["青禾县人民政府办公室", "关于做好2035年春耕", "生产工作的通知"],
        byline="青禾县人民政府办公室",
        notes="A 通知 printed in full is one article: headline on three lines, joined; the 文号 line is not body. The "
              "addressee (one line, its colon hanging past the margin), intro, section heads and the line 附件：… are body. The 附件 "
              "printed after the signature (the word 附件, its title, three tasks; no headline of its own) belongs "
              "to the 通知 and is body; the issuer's signature and date between them are not (byline = the issuer, "
              "no authors): body in pieces. Letter-spaced (justified) lines are body.",
        paras=[
            Raw(wrap("各乡镇人民政府，县政府各部门：", 14)),
            "为全面做好今年春耕生产工作，确保粮食播种面积和产量稳定，经县政府同意，现就有关事项通知如下。",
            Cross("一、稳定粮食播种面积"),
            "各乡镇要将粮食生产目标任务分解到村、落实到田块，全县粮食播种面积稳定在38.6万亩以上。严格落实耕地保护制度，对撂荒地要逐块建立台账，确保应种尽种。",
            Cross("二、抓好农资供应保障"),
            "县供销、市场监管等部门要加强种子、化肥、农药等农资储备调运，确保供应充足、价格稳定。开展农资打假专项行动，严厉打击制售假劣农资行为。",
            Cross("三、强化农业技术服务"),
            "组织县乡农技人员深入田间地头，推广水稻机插秧、测土配方施肥、病虫害绿色防控等技术。今年全县水稻机械化种植率要达到65%以上。",
            Cross("四、加强组织领导"),
            "各乡镇、各有关部门要把春耕生产作为当前农业农村工作的重中之重，主要负责同志亲自抓，及时协调解决春耕生产中的困难和问题。",
            "附件：2035年春耕生产重点任务分工",
            Cross("附件"),
            Cross("2035年春耕生产重点任务分工"),
            "1．落实粮食播种面积38.6万亩。牵头单位：县农业农村局；配合单位：各乡镇人民政府。",
            "2．储备化肥1.2万吨、种子860吨。牵头单位：县供销社；配合单位：县农业农村局。",
            "3．开展农资打假专项行动。牵头单位：县市场监管局；配合单位：县农业农村局、县公安局。",
        ])
    pg.headline(a)
    pg.line(a, "青政办发〔2035〕9号", "docno")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a, end=11), [2, 10, 20, 27]))
    pg.line(a, right("青禾县人民政府办公室", 14), "signature")
    pg.line(a, right("2035年3月5日", 14), "signature")
    pg.gap()
    pg.emit(a, justify(pg.render_body(a, start=11), [9]))
    pg.blank()
    b = Article(
        "b", "县里召开春耕生产调度会",
        byline="本报讯（通讯员　戚晓川　记者　鲍一川）", authors=["戚晓川", "鲍一川"],
        lead="本报讯（通讯员　戚晓川　记者　鲍一川）",
        notes="Run-in 本报讯（通讯员 X　记者 Y） (通讯员 first), wrapped over two lines, excluded from first; both are "
              "authors.",
        paras=[
            "3月6日，青禾县召开春耕生产调度会，通报全县春耕备耕进展情况，部署下一阶段重点工作。截至目前，全县已储备化肥9800吨、种子720吨，检修农机具1.1万台（套），完成育秧大棚建设260亩。",
            "会议要求，各乡镇要抢抓农时，加快推进早稻育秧和春播作物播种，同时做好倒春寒等灾害性天气防范应对。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.blank()
    pg.furniture(["责任编辑：宫小满　　校对：邹映川"], "footer (wider than the column)")
    return pg


# ---------------------------------------------------------------------------
def ku10() -> Page:
    """District 专版 of a city daily extracted with a blank line after EVERY line, two ASCII spaces: a 十条措施
    document printed in full (headline letter-spaced across the column and broken in mid-word, 一、…十、 items run
    in, the issuer's signature and date after it); 解读 story with a letter-spaced headline and byline line
    本报记者 X　通讯员 Y; label 高新观察 over a comment on two letter-spaced lines, signed （X） at the end."""
    pg = Page("ku10.txt", cols=20, indent="  ", blanks="every", seed=5110,
              style="district 专版 of a city daily extracted with a blank line after EVERY line, indented with two ASCII spaces: header on two lines; a 十条措施 document printed in full with no news item around it: headline spread over two lines with U+3000 and broken MID-WORD (鹭　洲　高　新　区　优　化　营 / 商　环　境　十　条　措　施), intro, ten items 一、…十、 each run in at the start of its paragraph, the issuer's signature and date right-aligned after it; 解读 story with a headline letter-spaced with single spaces (quotation marks spaced too) and byline line 本报记者 X　通讯员 Y wider than the column; label 高新观察 over a comment whose headline is two given lines letter-spaced with single spaces, signed （X） run in at the end; footer")
    pg.furniture(["鹭洲日报　" + cn_date(2035, 4, 12), "高新区专版　　12"], "page header")
    a = Article(
        "a", "鹭洲高新区优化营商环境十条措施",
        byline="鹭洲高新区管理委员会",
        notes="A document printed in full on its own (no news item around it) is one article: headline spread with "
              "U+3000 over two lines and broken mid-word, joined unspaced. The intro and the ten items 一、…十、 "
              "(numbers run in, not crossheads) are body. The issuer's signature and date after the text are not "
              "body (byline = the issuer as printed, no authors).",
        paras=[
            "为持续打造市场化、法治化、国际化一流营商环境，激发各类经营主体活力，结合高新区实际，制定以下措施。",
            "一、推行“拿地即开工”。对社会投资工业项目，在土地出让时同步提供规划设计条件和施工图审查服务，实现拿地当天办齐开工手续。",
            "二、实行“标准地”供应。新出让工业用地全部按“标准地”供应，明确亩均投资、亩均税收等控制指标。",
            "三、压缩项目审批时间。一般社会投资项目从立项到竣工验收审批时间压缩至40个工作日以内。",
            "四、推广“免申即享”。对符合条件的企业，奖补资金由系统自动比对、直接兑现，企业无需申请。",
            "五、设立企业服务专员。为规模以上企业和重点项目配备服务专员，实行“一企一专员”。",
            "六、降低企业用能成本。支持园区企业参与电力市场化交易，推广分布式光伏和用户侧储能。",
            "七、强化金融服务。设立5亿元科技信贷风险资金池，对首贷企业给予贷款贴息。",
            "八、保障人才安居。每年筹集人才公寓1000套，对新引进的高层次人才给予购房补贴。",
            "九、规范涉企检查。推行“综合查一次”，同一部门对同一企业的年度检查原则上不超过1次。",
            "十、畅通诉求渠道。开通“营商环境直通车”，企业诉求实行24小时响应、5个工作日内办结。",
        ])
    pg.headline(a, spread_cols=20)
    pg.body(a)
    pg.line(a, right("鹭洲高新区管理委员会", 20), "signature")
    pg.line(a, right("2035年4月8日", 20), "signature")
    b = Article(
        "b", "十条措施“新”在哪里",
        byline="本报记者　骆星河　通讯员　叶茗", authors=["骆星河", "叶茗"],
        notes="解读 story: headline letter-spaced with single ASCII spaces (quotation marks spaced too), written "
              "unspaced. Byline line 本报记者 X　通讯员 Y, both are authors. The manager quoted (边望秋) is not.",
        paras=[
            "“十条措施件件指向企业痛点，含金量很高。”4月10日，在鹭洲高新区举行的政策宣讲会上，鹭洲数衡软件技术有限公司总经理边望秋说。",
            "记者梳理发现，与以往政策相比，十条措施有三个“新”：一是审批服务更快，“拿地即开工”让项目开工时间提前3至6个月；二是政策兑现更实，“免申即享”让企业从“找政策”变为“政策找企业”；三是服务方式更暖，“一企一专员”和“营商环境直通车”让企业诉求有人管、有回音。",
            "高新区管委会有关负责人表示，将建立十条措施落实情况月度通报制度，每季度邀请企业代表开展评议，评议结果向社会公开。",
        ])
    pg.headline(b, sep=" ")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "营商环境没有最好只有更好", section="高新观察", kind="commentary",
        byline="（闻溪）", authors=["闻溪"], tail="（闻溪）",
        notes="Comment under the label 高新观察 (section): headline printed as two given lines letter-spaced with "
              "single spaces, joined unspaced; signed （X） run in at the end (excluded from last). Commentary.",
        paras=[
            "营商环境是企业生存发展的土壤。十条措施的出台，体现了高新区对标一流、刀刃向内的决心。但政策写在纸上只是第一步，能否让企业真切感受到变化，才是检验成效的标准。",
            "优化营商环境没有终点。要多听企业的“吐槽”，把企业反映的问题当作改进工作的清单，以“有求必应、无事不扰”的服务，让企业安心谋发展。",
        ])
    pg.furniture(["高新观察"], "column label 高新观察")
    pg.headline(c, lines=["营 商 环 境 没 有 最 好", "只 有 更 好"])
    pg.body(c)
    pg.furniture(["本版编辑：邝晓禾　　版式：季知秋"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku11() -> Page:
    """Economic daily page 3: the continuation of a front-page 发布会 report under a jump head repeating a short
    form of its headline and the line （上接第1版）; the 常委会公告 (headline over （第三十六号）, one paragraph, the
    issuer's signature and date); the 条例 it promulgates printed in full (headline, bracketed adoption note,
    第一章…, 第一条…)."""
    pg = Page("ku11.txt", cols=44, indent=FW * 2, blanks="arts", seed=5111,
              style="economic daily 要闻·专版 page 3, blank lines only between articles and blocks: header on three lines (page number; paper + date with weekday; 版名 + 责任编辑); the continuation of a front-page 发布会 report: jump head (a short form of the page-1 headline) over the line （上接第1版）, three paragraphs, officials quoted, no byline on this page; 常委会公告: headline over the line （第三十六号）, one paragraph, the issuer's signature and date right-aligned; the 条例 it promulgates printed in full as a separate item: headline, bracketed adoption note on a line of its own, 第一章…第五章 heads and 第一条…第十二条 articles; footer")
    pg.furniture(["3",
                  "汇通经济报　" + cn_date(2035, 4, 2),
                  "要闻·专版　　责任编辑：鲁青崖"], "page header")
    pg.blank()
    a = Article(
        "a", "稳就业二十条措施发布",
        notes="**new:** the continuation of a front-page report: the jump head printed on this page (a short form of "
              "the page-1 headline) is the title; the jump line （上接第1版） under it is not body. No byline is "
              "printed on this page: no authors. The official quoted (梅向晚) is not an author.",
        paras=[
            "发布会上，省人力资源社会保障厅副厅长梅向晚介绍，《措施》聚焦企业稳岗扩岗、重点群体就业、职业技能培训和就业服务四个方面。其中，对吸纳高校毕业生、登记失业青年就业并签订1年以上劳动合同的企业，按每人1500元的标准发放一次性扩岗补助；失业保险稳岗返还政策延续执行至2036年底，中小微企业返还比例最高可达60%。",
            "在支持重点群体就业方面，《措施》提出，今年全省将开发见习岗位3万个，对见习期满留用率达到50%以上的单位，见习补贴标准提高20%；实施农民工“家门口就业”工程，建设零工市场120家，为灵活就业人员提供岗位信息、技能培训等“一站式”服务。",
            "梅向晚表示，下一步将通过“直补快办”“免申即享”等方式，推动政策资金尽快直达企业和劳动者，同时加强资金监管，防止骗取套取。",
        ])
    pg.headline(a)
    pg.furniture(["（上接第1版）"], "jump line （上接第1版） under the jump head (not body)")
    pg.body(a)
    pg.blank()
    b = Article(
        "b", "澄川省人民代表大会常务委员会公告（第三十六号）",
        head=["澄川省人民代表大会常务委员会公告", "（第三十六号）"],
        byline="澄川省人民代表大会常务委员会",
        notes="**new:** the 公告 that promulgates a 条例 is an article of its own: it is complete in itself (text, "
              "signature, date) and the 条例 follows as a separate item with its own headline and adoption note, "
              "not as its 附件. Headline over the line （第三十六号）, joined. One paragraph of body; the issuer's signature and date after it are not body (byline = the "
              "issuer, no authors).",
        paras=[
            "《澄川省数字经济促进条例》已由澄川省第十四届人民代表大会常务委员会第十二次会议于2035年3月28日通过，现予公布，自2035年7月1日起施行。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.line(b, right("澄川省人民代表大会常务委员会", 42), "signature")
    pg.line(b, right("2035年3月28日", 42), "signature")
    pg.blank()
    c = Article(
        "c", "澄川省数字经济促进条例",
        notes="**new:** a 条例 printed in full after the 公告 that promulgates it, with its own headline: a separate "
              "article. The bracketed adoption note under the headline is neither body nor subtitle. Chapter heads "
              "and 第X条 articles are body. No byline, no authors.",
        paras=[
            Cross("第一章　总则"),
            "第一条　为了促进数字经济发展，推动数字技术与实体经济深度融合，根据有关法律、行政法规，结合本省实际，制定本条例。",
            "第二条　本省行政区域内数字基础设施建设、数字产业化、产业数字化、数据要素开发利用及其促进保障等活动，适用本条例。",
            "第三条　县级以上人民政府应当将数字经济发展纳入国民经济和社会发展规划，建立健全数字经济发展协调机制，协调解决重大问题。",
            Cross("第二章　数字基础设施"),
            "第四条　县级以上人民政府应当统筹推进第五代移动通信、千兆光网、数据中心、算力中心等数字基础设施建设，并将其纳入国土空间规划。",
            "第五条　新建、改建、扩建住宅小区和公共建筑，应当按照标准同步配套建设通信基础设施。任何单位和个人不得阻挠依法进行的通信基础设施建设。",
            Cross("第三章　数字产业化和产业数字化"),
            "第六条　省人民政府应当制定数字产业发展政策，重点支持集成电路、工业软件、人工智能、大数据等产业发展，培育具有竞争力的数字产业集群。",
            "第七条　县级以上人民政府应当推动制造业数字化转型，支持企业建设智能工厂、数字化车间，鼓励中小企业使用工业互联网平台和数字化服务。",
            "第八条　鼓励农业、商贸、物流、金融、文化旅游等领域运用数字技术创新商业模式，发展新业态。",
            Cross("第四章　保障措施"),
            "第九条　县级以上人民政府应当统筹安排资金支持数字经济发展，引导社会资本投资数字经济领域。",
            "第十条　高等学校、职业学校应当加强数字经济相关学科专业建设，培养数字技术人才。",
            "第十一条　对在数字经济发展中作出突出贡献的单位和个人，按照有关规定给予表彰和奖励。",
            Cross("第五章　附则"),
            "第十二条　本条例自2035年7月1日起施行。2029年11月30日澄川省第十三届人民代表大会常务委员会第十五次会议通过的《澄川省信息化促进条例》同时废止。",
        ])
    pg.headline(c)
    pg.line(c, "（2035年3月28日澄川省第十四届人民代表大会常务委员会第十二次会议通过）", "note")
    pg.body(c)
    pg.blank()
    pg.furniture(["本版校对：车晓航　　版式设计：翁一默"], "footer")
    return pg


# ---------------------------------------------------------------------------
def ku12() -> Page:
    """Party daily strip of a 10-character column indented with ONE U+3000: label 权威发布 over three items and
    label 政策速递 over two, every headline letter-spaced across the column on two lines (U+3000 or single
    spaces, whichever fits; one broken in mid-word); run-in 本报讯（记者 X）, bare 本报讯, a credit （记者 X） run in at the end."""
    pg = Page("ku12.txt", cols=10, indent=FW, blanks="para", seed=5112,
              style="party daily strip of a 10-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines; label 权威发布 over three items and label 政策速递 over two, every headline letter-spaced across the column on two lines (U+3000 where it fits, single spaces where it does not, so that the two lines of one headline may differ), one broken MID-WORD (全 省 新 增 城 镇 就 / 业　18.2　万　人); run-in 本报讯（记者 X） wrapped over two lines, bare run-in 本报讯, a credit （记者 X） run in at the end; footer wider than the column")
    pg.furniture(["澄川日报", cn_date(2035, 4, 27), "6　要闻"], "page header")
    pg.blank()
    pg.furniture(["权威发布"], "column label 权威发布")
    pg.blank()
    first = [
        Article("a", "高速公路试行差异化收费",
                byline="本报讯（记者　郁南枝）", authors=["郁南枝"], lead="本报讯（记者　郁南枝）",
                paras=[
                    "4月28日起，全省高速公路试行分时段差异化收费，对通行鹭云、泊栾两条高速公路的货车，在每日0时至6时通行的，通行费给予八五折优惠。",
                ]),
        Article("b", "全省新增城镇就业18.2万人",
                byline="本报讯（记者　鲁晴川）", authors=["鲁晴川"], lead="本报讯（记者　鲁晴川）",
                paras=[
                    "省人力资源社会保障厅日前发布数据，一季度全省城镇新增就业18.2万人，完成全年目标任务的30.3%。3月末，全省城镇调查失业率为5.1%。",
                ]),
        Article("c", "科技型中小企业评价结果公布",
                byline="本报讯", lead="本报讯　",
                paras=[
                    "省科技厅近日公布2035年第一批科技型中小企业评价结果，全省共有3468家企业入库，同比增加612家，入库企业可享受研发费用加计扣除等政策。",
                ]),
    ]
    for art in first:
        art.section = "权威发布"
        art.notes = ("Item of the 权威发布 strip (section). Headline letter-spaced across the column over two lines "
                     "(single spaces or U+3000), joined unspaced. Run-in " + art.byline
                     + (" excluded from first." if art.authors else " names no reporter: excluded from first, no authors."))
        pg.headline(art, spread_cols=10)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["政策速递"], "column label 政策速递")
    pg.blank()
    d = Article("d", "公积金贷款额度提高", section="政策速递",
                byline="（记者　郁南枝）", authors=["郁南枝"], tail="（记者　郁南枝）",
                notes="Item of the 政策速递 strip (section). Letter-spaced headline over two lines, joined. Credit "
                      "（记者 X） run in at the end, excluded from last.",
                paras=[
                    "5月1日起，鹭洲市缴存职工家庭使用住房公积金贷款购买首套住房的，最高贷款额度由60万元提高至80万元；多子女家庭最高贷款额度可再上浮20%。",
                ])
    e = Article("e", "稳岗返还政策延续", section="政策速递",
                byline="本报讯", lead="本报讯　",
                notes="Item of the 政策速递 strip (section). Letter-spaced headline over two lines, joined. Bare run-in "
                      "本报讯 excluded from first, no authors.",
                paras=[
                    "记者从省人力资源社会保障厅获悉，失业保险稳岗返还政策延续实施至2036年底，今年将采取“免申即享”方式，资金直接拨付至企业账户。",
                ])
    for art in (d, e):
        pg.headline(art, spread_cols=10)
        pg.gap()
        pg.body(art)
        pg.gap()
    pg.furniture(["本版编辑：喻晚汀　校对：褚一宁"], "footer (wider than the column)")
    return pg


PAGES = [ku09, ku10, ku11, ku12]
