"""Pages kj01-kj04 of handmade40 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Page, cn_date, justify, width, wrap


def justified(pg: Page, a: Article, which_full: slice, **kw) -> list:
    """The body of `a` with some of its FULL printed lines letter-spaced (as PDF extraction leaves a
    justified line with wide tracking); which_full picks among the full lines."""
    items = pg.render_body(a, **kw)
    cols = kw.get("cols") or pg.cols
    full, k = [], -1
    for it in items:
        if it[0] == "line":
            k += 1
            if width(it[1]) >= cols - 0.5:
                full.append(k)
    return justify(items, full[which_full])


# ---------------------------------------------------------------------------
def kj01() -> Page:
    """Provincial party paper, FRONT page: masthead with 农历 date and weather; lead with 引题 + 主题 + ——副题,
    run-in 本报讯（记者 X　Y）, jump （下转第二版） run in at its end; 本报评论员 commentary; 新华社 wire; bare 本报讯
    item whose jump line 转第二版 stands on a line of its own; photo news with credit line; 今日导读 box; footer."""
    pg = Page("kj01.txt", cols=26, indent=FW * 2, blanks="para", seed=4001,
              style="provincial party paper FRONT page: seven-line masthead (paper, English name, 中共…省委机关报, CN / 邮发代号 line, date with weekday + 农历 date, 今日12版 and issue number, weather); lead with 引题 of two phrases over the headline and a ——副题, run-in 本报讯（记者 X　Y）, broken off in mid-sentence by the jump （下转第二版） run in at its end; 本报评论员 commentary (byline line under the headline); 新华社 wire with run-in 新华社北京4月17日电（记者 X　Y）; item with the bare run-in 本报讯 whose jump line 转第二版 stands on a line of its own after a mid-sentence break; photo news (headline, caption, credit line 本报记者 X摄); 今日导读 box of three ▶ titles with page numbers; footer with editor, designer, proof-reader")
    pg.furniture(["岚川日报",
                  "LANCHUAN DAILY",
                  "中共岚川省委机关报",
                  "国内统一连续出版物号　CN 57-0012　邮发代号　57-1",
                  cn_date(2035, 4, 18) + "　农历乙卯年三月初十",
                  "今日12版　第24861号",
                  "天气　云渡：多云转小雨　14℃～22℃"], "masthead (paper, CN number, date, 农历, 版数, weather)")
    pg.blank()
    a = Article(
        "a", "一季度全省重大项目完成投资1286亿元",
        subtitle="——新开工亿元以上项目412个，同比增加67个",
        byline="本报讯（记者　许青岩　卢晓汀）", authors=["许青岩", "卢晓汀"],
        lead="本报讯（记者　许青岩　卢晓汀）", tail="（下转第二版）",
        notes="Lead of the front page. Both an 引题 (坚持项目为王　狠抓招商引资) and a ——副题 are printed: the ——副题 is "
              "the subtitle and the kicker is neither (as g02 of handmade22). Run-in 本报讯（记者 X　Y） excluded from "
              "first; both reporters are authors. **new:** the text breaks off in mid-sentence at the foot of the "
              "page; the jump （下转第二版） run in at its end is excluded from last, like a run-in credit. The rest "
              "of the text is on page 2 (kj02), a record of its own there.",
        paras=[
            "记者从4月17日召开的全省重大项目建设推进会上获悉，今年一季度，全省列入年度计划的1860个省重点项目完成投资1286亿元，占年度计划的24.3%，同比增长14.6%，高于全省固定资产投资增速6.2个百分点。新开工亿元以上项目412个，同比增加67个，其中10亿元以上项目58个。",
            "从投向看，产业项目成为投资增长的主引擎。一季度，全省工业项目完成投资532亿元，同比增长19.8%，其中先进制造业项目投资增长24.1%。位于临岚新区的年产20吉瓦光伏电池片项目、鹤汀市的高端装备产业园项目等一批牵引性强的大项目加快推进，部分已实现当年开工、当年投产。",
            "基础设施补短板力度加大。云渡至鹤汀城际铁路、青溪水利枢纽、沿江高速公路扩容等交通水利项目一季度完成投资318亿元。省发展改革委有关负责人介绍，今年全省计划推进的68个交通重点项目中，已有61个实现复工或开工，复工率居近五年同期最高水平。",
            "为保障项目顺利推进，全省各地持续优化要素保障。一季度，全省共为重点项目供应建设用地3.2万亩，协调解决用能、环评、融资等方面的堵点难点问题560余个，省级层面建立的重大项目",
        ])
    pg.kicker(a, "坚持项目为王　狠抓招商引资")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "让项目建设跑出“加速度”", kind="commentary", byline="本报评论员",
        notes="本报评论员 commentary: the line 本报评论员 under the headline is the byline (no person named: no "
              "authors).",
        paras=[
            "一季度全省重大项目建设交出了一份亮眼的成绩单：完成投资1286亿元，同比增长14.6%；新开工亿元以上项目412个。数字背后，是各地抢抓工期、比学赶超的干劲，也是全省上下抓项目、稳投资的鲜明导向。",
            "项目是经济发展的“压舱石”。当前，我省正处于转型升级的关键期，稳增长、调结构、增后劲，都离不开一批打基础、利长远的大项目好项目。抓项目就是抓发展，谋项目就是谋未来。只有把项目建设牢牢抓在手上，才能把发展的主动权牢牢握在手中。",
            "跑出加速度，关键在于优化服务。要进一步落实项目“首席服务员”制度，对项目推进中遇到的土地、资金、用能等问题，做到即知即办、限时办结。要把“等项目”变为“找项目”，把“要我服务”变为“我要服务”，让企业在岚川投资安心、办事顺心、发展放心。",
            "时不我待，只争朝夕。各地各部门要以“开局就是决战、起步就是冲刺”的状态，一个项目一个项目推进，一个问题一个问题解决，以项目建设的实绩实效，为全省经济高质量发展注入强劲动能。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "全国首批县域医疗卫生次中心建设试点启动",
        byline="新华社北京4月17日电（记者　田知远　吴映雪）", authors=["田知远", "吴映雪"],
        lead="新华社北京4月17日电（记者　田知远　吴映雪）",
        notes="新华社 wire copy (reporters invented): run-in 新华社北京4月17日电（记者 X　Y） excluded from first; both "
              "reporters are authors. No end mark.",
        paras=[
            "记者17日从国家卫生健康部门获悉，全国首批县域医疗卫生次中心建设试点日前启动，将在18个省份遴选约300个人口较多、服务半径较大的中心乡镇卫生院，按照二级医院标准提升服务能力，力争用3年时间使试点乡镇卫生院的住院、手术等服务能力显著增强。",
            "有关负责人介绍，试点将重点加强急诊急救、慢病管理、康复护理等科室建设，推动县级医院专家定期下沉坐诊，并通过远程会诊、检查结果互认等方式，让农村群众在家门口享受更加优质便捷的医疗服务。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.gap()
    e = Article(
        "e", "省政府常务会议研究部署防汛备汛工作",
        byline="本报讯", lead="本报讯　",
        notes="Meeting report with the bare run-in 本报讯 (no reporter named: no authors), excluded from first. The "
              "governor named (郁长风) is not an author. **new:** the text breaks off in mid-sentence and the jump "
              "line 转第二版 printed on a line of its own is not body (listed in non_articles).",
        paras=[
            "4月17日，省长郁长风主持召开省政府常务会议，研究部署今年防汛备汛和地质灾害防治工作，审议通过《岚川省促进民营经济高质量发展若干措施》。",
            "会议指出，今年我省进入主汛期的时间可能偏早，降水总体偏多，防汛形势不容乐观。各地各部门要坚持人民至上、生命至上，立足于防大汛、抗大旱、抢大险，全面排查整治水库、堤防、在建工程等领域风险隐患，",
        ])
    pg.headline(e)
    pg.gap()
    pg.body(e)
    pg.furniture(["转第二版"], "jump line 转第二版 on a line of its own (not body)")
    pg.gap()
    d = Article(
        "d", "春茶采摘正当时", kind="brief",
        byline="本报记者　阮星河摄", authors=["阮星河"],
        notes="Photo news (brief): headline, caption, credit line 本报记者 X摄 after it (the byline); the photographer "
              "is the author (as g12 of handmade22).",
        paras=[
            "4月16日，青溪县白沙乡茶农在茶园采摘春茶。眼下正值春茶采摘旺季，该县12.6万亩茶园陆续开采，预计春茶产量可达3800吨。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.line(d, d.byline, "byline")
    pg.blank()
    pg.furniture(["今日导读",
                  "▶全省首批“无证明城市”名单出炉　　2版",
                  "▶茶园里来了“数字管家”　　3版",
                  "▶鹤汀港一季度集装箱吞吐量创新高　　5版"], "今日导读 box (titles of other pages' articles, not articles)")
    pg.blank()
    pg.furniture(["责任编辑　沈秋池　　版式设计　祝一帆　　校对　甘棠"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj02() -> Page:
    """The same paper's 要闻 page 2: continuation of the kj01 lead (headline reprinted, run-in （上接第一版）);
    own article with byline line 本报记者 X; continuation of the kj01 本报讯 item (no headline, （上接第一版） on a
    line of its own); label 要闻简报 over four briefs with short headlines; footer with 本版邮箱."""
    pg = Page("kj02.txt", cols=22, indent=FW * 2, blanks="some", seed=4002, p_para=0.4, p_gap=0.8,
              style="provincial party paper 要闻 page 2: header on three lines (2　要闻; paper + date with weekday; 责任编辑); continuation of the front-page lead with its headline reprinted and the run-in （上接第一版） opening its first line; own article with byline line 本报记者 X; continuation of a front-page item with NO headline, the jump line （上接第一版） on a line of its own; label 要闻简报 over four briefs, each with its own short headline (credits run in at the end （记者 X） / （通讯员 X　记者 Y）, one with run-in 本报讯（记者 X）); footer with designer, proof-reader and 本版邮箱")
    pg.furniture(["2　要闻",
                  "岚川日报　" + cn_date(2035, 4, 18),
                  "责任编辑　汪竹筠"], "page header")
    pg.blank()
    a = Article(
        "a", "一季度全省重大项目完成投资1286亿元",
        lead="（上接第一版）",
        notes="**new:** continuation of the kj01 lead on the inner page: a record of its own, titled with the "
              "headline reprinted over it; the run-in jump （上接第一版） opening its first line is excluded from first, "
              "like a dateline. No byline is printed with the continuation: byline null, no authors (the reporters "
              "are named on the front page only). The text starts in mid-sentence.",
        paras=[
            "“首席服务员”制度已覆盖全部省重点项目，实行“一个项目、一名领导、一个专班”推进机制。",
            "会议要求，各地各部门要牢固树立“项目为王”理念，紧盯年度目标任务，加快推进在建项目建设进度，推动签约项目早落地、落地项目早开工、开工项目早投产。要聚焦产业链延链补链强链，精准开展招商引资，着力引进一批投资规模大、科技含量高、带动能力强的优质项目。",
            "会议强调，要持续深化投资审批制度改革，全面推行重大项目“容缺受理”“并联审批”，压缩项目审批时间；要加强项目资金保障，用好超长期特别国债和地方政府专项债券，引导金融机构加大中长期贷款投放，确保二季度实现“双过半”目标。",
        ])
    pg.headline(a)
    pg.gap()
    pg.body(a)
    pg.gap()
    b = Article(
        "b", "全省首批25个“无证明城市”名单公布",
        byline="本报记者　谢听澜", authors=["谢听澜"],
        notes="Byline line 本报记者 X under the headline. The resident quoted (葛兰舟) is not an author.",
        paras=[
            "4月17日，省司法厅公布全省首批“无证明城市（县区）”名单，云渡市、鹤汀市及青溪县等25个市、县（区）入选。入选地区已累计取消各类证明事项1360项，通过数据共享、告知承诺、部门核查等方式，让群众和企业办事“少跑腿”甚至“不跑腿”。",
            "“以前给孩子办入学，要开居住证明、社保证明，前前后后跑好几个部门。今年在网上填报信息，后台直接就核验了。”家住云渡市北湖区的市民葛兰舟说。据统计，首批入选地区今年以来累计为群众减少提交证明材料48万余份。",
            "省司法厅有关负责人表示，下一步将推动证明事项清单动态管理，加快省级政务数据共享平台与各地业务系统对接，力争到今年底“无证明城市”创建覆盖全省所有县（市、区）。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", None,
        notes="**new:** continuation of the kj01 本报讯 item printed with NO headline: a record of its own with title "
              "null; the jump line （上接第一版） on a line of its own above it is not body (non_articles). No byline, "
              "no authors. The text starts in mid-sentence.",
        paras=[
            "抓紧修订完善应急预案，提前预置抢险队伍和物资，确保安全度汛。",
            "会议强调，民营经济是推动我省高质量发展的重要力量。要抓好若干措施的贯彻落实，在市场准入、要素获取、公平执法、权益保护等方面持续发力，依法保护民营企业产权和企业家权益，推动涉企政策“直达快享”，进一步激发民间投资活力。",
            "会议还研究了其他事项。",
        ])
    pg.furniture(["（上接第一版）"], "jump line （上接第一版） on a line of its own (not body)")
    pg.body(c)
    pg.gap()
    pg.furniture(["要闻简报"], "column label 要闻简报")
    briefs = [
        Article("d1", "岚川东溟签署文旅合作协议", tail="（记者　纪青禾）", byline="（记者　纪青禾）",
                authors=["纪青禾"],
                notes="Brief under the label 要闻简报 (section), own short headline; credit （记者 X） run in at the end "
                      "is the byline, excluded from last. Kind article (a news item, not photo news).",
                paras=["4月16日，岚川、东溟两省在云渡签署文化和旅游合作框架协议。双方将联合开发跨省旅游线路，互认景区优惠政策，共同打造“山水相逢”区域文旅品牌。"]),
        Article("d2", "我省新增5家国家级专精特新“小巨人”企业", lead="本报讯（记者　孔见微）",
                byline="本报讯（记者　孔见微）", authors=["孔见微"],
                notes="Brief under the label 要闻简报 (section); run-in 本报讯（记者 X） excluded from first.",
                paras=["近日，工业和信息化部门公布新一批专精特新“小巨人”企业名单，我省5家企业入选，全省国家级“小巨人”企业总数达到187家，数量居中部地区前列。"]),
        Article("d3", "鹤汀港开通东南亚直航集装箱航线", tail="（通讯员　方舟　记者　沈墨）",
                byline="（通讯员　方舟　记者　沈墨）", authors=["方舟", "沈墨"],
                notes="Brief under the label 要闻简报 (section); credit （通讯员 X　记者 Y） run in at the end, excluded from "
                      "last; both are authors.",
                paras=["4月15日，鹤汀港至东南亚的首条直航集装箱航线开通，每周一班，单程航行时间12天，较经第三地中转缩短约一周。"]),
        Article("d4", "省级科技成果转化基金首期募集完成", tail="（记者　钟秀）", byline="（记者　钟秀）",
                authors=["钟秀"],
                notes="Brief under the label 要闻简报 (section); credit （记者 X） run in at the end, excluded from last.",
                paras=["记者从省科技厅获悉，省级科技成果转化引导基金首期募集完成，规模20亿元，将重点支持高校和科研院所的科技成果在省内落地转化。"]),
    ]
    for i, art in enumerate(briefs):
        art.section = "要闻简报"
        if i:
            pg.gap()
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["版式设计　祝一帆　　校对　甘棠", "本版邮箱：yaowen@lcrb.cn"], "footer with designer, proof-reader, e-mail")
    return pg


# ---------------------------------------------------------------------------
def kj03() -> Page:
    """National economic daily FRONT page, two-ASCII-space indent, blank lines only between blocks: letter-spaced
    masthead; letter-spaced 导　　读 box at the top; lead with ——副题 and byline line 本报记者 X, some FULL lines
    letter-spaced (justified), jump 下转第2版 on a line of its own; 新华社 wire; 短评 box with no signature; label
    经济快讯 over three items; footer."""
    pg = Page("kj03.txt", cols=34, indent="  ", blanks="arts", seed=4003,
              style="national economic daily FRONT page indented with two ASCII spaces, blank lines only between blocks: masthead of five lines, the paper's name letter-spaced with U+3000 (启　华　经　济　日　报); 导　　读 box at the top (label letter-spaced, three ◇ titles with dotted leaders and page numbers); lead with a ——副题 and byline line 本报记者 X　Y, some FULL body lines letter-spaced with single spaces (justified), broken off in mid-sentence by the jump line 下转第2版 on a line of its own; 新华社 wire with run-in 新华社北京5月22日电（记者X、Y） (no spaces); label 短评 over an unsigned comment; label 经济快讯 over three items (run-in 本报讯（记者 X）, credit （记者 X） at the end); footer with editor, designer and a news hotline")
    pg.furniture(["启　华　经　济　日　报",
                  "QIHUA ECONOMIC DAILY",
                  cn_date(2035, 5, 23),
                  "国内统一连续出版物号 CN 11-0632　邮发代号 1-41",
                  "今日16版　总第13527期"], "masthead (name letter-spaced)")
    pg.blank()
    pg.furniture(["导　　读",
                  "◇前4个月服务进出口增长9.2%………………3版",
                  "◇县域商业“最后一公里”怎么打通……………5版",
                  "◇高温下的电力保供一线………………………8版"], "导读 box (contents, not articles)")
    pg.blank()
    a = Article(
        "a", "前4个月规模以上工业增加值同比增长6.1%", subtitle="——装备制造业和高技术制造业增势较好",
        byline="本报记者　詹思远　乔映竹", authors=["詹思远", "乔映竹"],
        notes="Lead: ——副题 is the subtitle; byline line 本报记者 X　Y, both authors. Some full lines are letter-spaced "
              "(justified), spaces dropped in first/last. The researcher quoted (戚明轩) is not an author. **new:** "
              "the text breaks off in mid-sentence and the jump line 下转第2版 on a line of its own is not body; the "
              "rest is on page 2 (kj04).",
        paras=[
            "国家统计部门22日发布数据显示，前4个月，全国规模以上工业增加值同比增长6.1%，增速比一季度加快0.3个百分点。4月份，规模以上工业增加值同比增长6.4%，环比增长0.52%，工业生产保持稳中有升态势。",
            "分门类看，前4个月，采矿业增加值同比增长3.2%，制造业增长6.8%，电力、热力、燃气及水生产和供应业增长4.5%。装备制造业增加值增长8.9%，对全部规上工业增长的贡献率达到46.7%；高技术制造业增加值增长9.6%，增速快于全部规上工业3.5个百分点。",
            "从产品看，新能源汽车、工业机器人、集成电路产量分别增长31.4%、27.8%和22.1%，服务机器人、3D打印设备等智能产品产量保持两位数增长。传统行业转型升级步伐加快，钢铁行业高端板材产量占比提高，化工行业精细化率继续提升。",
            "“工业经济开局良好，既有政策靠前发力的支撑，也有市场需求回暖的带动。”启华宏观经济研究院研究员戚明轩分析，设备更新改造政策持续显效，带动通用设备、专用设备制造业增加值分别增长9.3%和10.2%；出口订单改善，也对电子、电气机械等行业形成支撑。",
            "不过，部分行业仍面临需求不足、价格低迷的压力。4月份，规上工业企业产品销售率为96.8%，同比回落0.4个百分点。专家表示，下一阶段要继续",
        ])
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.emit(a, justified(pg, a, slice(1, None, 3)))
    pg.furniture(["下转第2版"], "jump line 下转第2版 on a line of its own (not body)")
    pg.blank()
    b = Article(
        "b", "我国启动新一轮制造业重点产业链高质量发展行动",
        byline="新华社北京5月22日电（记者胡照临、段清）", authors=["胡照临", "段清"],
        lead="新华社北京5月22日电（记者胡照临、段清）",
        notes="新华社 wire (reporters invented): run-in 新华社北京5月22日电（记者X、Y） printed without spaces, excluded "
              "from first; both are authors.",
        paras=[
            "记者22日从工业和信息化部门获悉，我国将启动新一轮制造业重点产业链高质量发展行动，聚焦集成电路、工业母机、新材料、生物医药等领域，梳理一批关键产品和技术清单，以“揭榜挂帅”等方式组织攻关。",
            "根据行动安排，到2037年，力争在重点产业链上培育形成80家左右具有生态主导力的链主企业和1000家以上专精特新配套企业，重点产业链关键环节自主可控能力明显增强。有关部门还将建立产业链供需对接平台，推动整机企业与零部件企业协同开展产品验证和迭代升级。",
        ])
    pg.headline(b)
    pg.body(b)
    pg.blank()
    c = Article(
        "c", "给“智改数转”多添把火", section="短评", kind="commentary",
        notes="**new:** 短评 box under its label (section), unsigned: byline null, no authors. Commentary.",
        paras=[
            "前4个月，设备更新改造政策持续显效，通用设备、专用设备制造业增加值保持较快增长。这说明，企业推进智能化改造、数字化转型的意愿正在增强，“智改数转”已成为工业稳增长的重要抓手。",
            "也要看到，不少中小企业仍存在“不敢转、不会转、转不起”的顾虑。多添把火，既要用好贴息、补助等政策工具，降低企业改造成本；也要培育一批懂行业、懂技术的服务商，提供“小快轻准”的解决方案，让更多中小企业迈得开步、转得成功。",
        ])
    pg.furniture(["短评"], "column label 短评")
    pg.headline(c)
    pg.body(c)
    pg.blank()
    pg.furniture(["经济快讯"], "column label 经济快讯")
    items = [
        Article("d1", "全国统一电力市场交易规则公开征求意见", lead="本报讯（记者　喻晚亭）",
                byline="本报讯（记者　喻晚亭）", authors=["喻晚亭"],
                notes="Item under the label 经济快讯 (section); run-in 本报讯（记者 X） excluded from first.",
                paras=["国家能源主管部门日前就《全国统一电力市场基本交易规则（征求意见稿）》公开征求意见。征求意见稿明确了中长期、现货、辅助服务等市场的衔接机制，提出推动跨省跨区电力交易常态化开展。"]),
        Article("d2", "4月份全国发行新增地方政府债券5230亿元", lead="本报讯（记者　阎书）",
                byline="本报讯（记者　阎书）", authors=["阎书"],
                notes="Item under the label 经济快讯 (section); run-in 本报讯（记者 X） excluded from first.",
                paras=["财政部门最新数据显示，4月份全国发行新增地方政府债券5230亿元，其中专项债券4680亿元。1至4月累计发行新增债券1.54万亿元，完成全年新增债务限额的33.5%。"]),
        Article("d3", "首批数据产业集聚区建设名单公布", tail="（记者　鲍清源）", byline="（记者　鲍清源）",
                authors=["鲍清源"],
                notes="Item under the label 经济快讯 (section); credit （记者 X） run in at the end, excluded from last.",
                paras=["国家数据管理部门22日公布首批数据产业集聚区建设名单，全国14个地区入选。入选地区将围绕数据标注、数据合成、行业数据集等方向，培育一批数据服务企业，探索数据要素价值释放的有效路径。"]),
    ]
    for art in items:
        art.section = "经济快讯"
        pg.headline(art)
        pg.body(art)
    pg.blank()
    pg.furniture(["本版编辑：贺朝阳　　美编：杜若汀　　新闻热线：010-6519××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kj04() -> Page:
    """The same paper's 要闻 page 2 in an 18-character column indented with ONE U+3000 and NO blank line:
    jump line 上接第1版 on a line of its own over the reprinted two-line headline of the continuation; article with
    a two-line headline and byline line 本报记者 X; 新华社 wire from a provincial city; photo news whose credit
    （本报记者 X摄） is run in at the end of the caption; footer."""
    pg = Page("kj04.txt", cols=18, indent=FW, blanks="never", seed=4004,
              style="national economic daily 要闻 page 2 in a narrow column indented with ONE U+3000 and NO blank line anywhere: header on four lines (要闻　2; paper; date with weekday; 责任编辑); the jump line 上接第1版 on a line of its own over the continuation's reprinted headline (two lines); article with a headline on two lines and byline line 本报记者 X; 新华社 wire with run-in 新华社鹤汀5月22日电（记者 X）; photo news (headline, caption with the credit （本报记者 X摄） run in at its end); footer with proof-reader and designer")
    pg.furniture(["要闻　2",
                  "启华经济日报",
                  cn_date(2035, 5, 23),
                  "责任编辑：宓一舟"], "page header")
    pg.furniture(["上接第1版"], "jump line 上接第1版 on a line of its own (not body)")
    a = Article(
        "a", "前4个月规模以上工业增加值同比增长6.1%", head=["前4个月规模以上工业", "增加值同比增长6.1%"],
        notes="**new:** continuation of the kj03 lead: a record of its own titled with the headline reprinted over "
              "it (on two lines, joined); the jump line 上接第1版 above the headline is not body. No byline printed: "
              "byline null, no authors. The text starts in mid-sentence.",
        paras=[
            "扩大有效需求，推动大规模设备更新和消费品以旧换新政策落地见效，加快培育新兴产业和未来产业，巩固工业经济回升向好势头。",
            "从地区看，东部地区规上工业增加值同比增长6.5%，中部地区增长6.9%，西部地区增长5.8%，东北地区增长4.2%。23个省份增速高于全国平均水平，工业大省“挑大梁”作用进一步显现。",
            "数据还显示，前4个月，规上工业企业产能利用率为75.1%，比一季度提高0.6个百分点。其中，汽车、电气机械、计算机通信电子设备等行业产能利用率回升较为明显。",
        ])
    pg.headline(a)
    pg.body(a)
    b = Article(
        "b", "4月份全国快递业务量同比增长19.5%", head=["4月份全国快递业务量", "同比增长19.5%"],
        byline="本报记者　柯映秋", authors=["柯映秋"],
        notes="Headline on two lines, joined; byline line 本报记者 X.",
        paras=[
            "邮政管理部门22日发布数据，4月份，全国快递业务量完成172.6亿件，同比增长19.5%；快递业务收入完成1418.3亿元，同比增长13.2%。前4个月，全国快递业务量累计完成642.1亿件，同比增长20.3%。",
            "农村快递持续提速。4月份，农村地区收投快件量同比增长23.8%，高于全国平均水平。邮政管理部门有关负责人介绍，目前全国已建成村级寄递物流综合服务站36万个，“快递进村”覆盖率超过96%。",
            "业内人士表示，随着年中电商促销季临近，5月、6月快递业务量有望继续保持较快增长，快递企业要提前做好运力和人员准备，保障寄递服务平稳有序。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "鹤汀综合保税区前4个月进出口增长31%",
        byline="新华社鹤汀5月22日电（记者　欧阳宁）", authors=["欧阳宁"],
        lead="新华社鹤汀5月22日电（记者　欧阳宁）",
        notes="新华社 wire from an (invented) provincial city: run-in dateline excluded from first; the reporter "
              "(two-character surname 欧阳) is the author.",
        paras=[
            "记者从鹤汀海关获悉，今年前4个月，鹤汀综合保税区实现进出口总值286.4亿元，同比增长31.2%，其中保税维修、跨境电商等新业态进出口增长近一倍。",
            "鹤汀综保区管委会负责人介绍，综保区今年新引进保税研发、保税检测项目9个，一批高端医疗器械、航空零部件企业落户，综保区正由传统加工贸易向“研发＋制造＋服务”转型。",
        ])
    pg.headline(c)
    pg.body(c)
    d = Article(
        "d", "风电叶片“出海”", kind="brief",
        byline="（本报记者　罗一川摄）", authors=["罗一川"], tail="（本报记者　罗一川摄）",
        notes="Photo news (brief): headline and caption; **new:** the credit （本报记者 X摄） is run in at the end of "
              "the caption: the byline, excluded from last; the photographer is the author.",
        paras=[
            "5月21日，在东溟省沿海一处港口，工人正在将风电叶片吊装上船。这批叶片长约108米，将运往东南亚一处海上风电项目。",
        ])
    pg.headline(d)
    pg.body(d)
    pg.furniture(["校对：景安　　版式：冉青"], "footer")
    return pg


PAGES = [kj01, kj02, kj03, kj04]
