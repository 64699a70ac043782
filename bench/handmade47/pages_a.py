"""Pages kq01-kq04 of handmade47 (development set; all papers, names, firms, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, cn_date, justify, wrap


# ---------------------------------------------------------------------------
def kq01() -> Page:
    """能源报 FRONT page: masthead; lead with 引题 kicker, headline, ——副题, byline line 本报记者 X　通讯员 Y and a
    jump line （下转第2版） on a line of its own; run-in 本报讯（记者 X） item; label 今日谈 over a comment with byline
    line ■ X; photo news (brief) with credit line 通讯员 X　摄; 行业数据 box; footer."""
    pg = Page("kq01.txt", cols=26, indent=FW * 2, blanks="para", seed=4701,
              style="能源报 FRONT page: five-line masthead (paper, English name, date with weekday, CN / 邮发代号, 今日8版 and issue number); lead with 引题 kicker, headline, ——副题 and byline line 本报记者 X　通讯员 Y, its body ending at a jump line （下转第2版） on a line of its own; run-in 本报讯（记者 X） item (±800千伏 in its headline); label 今日谈 over a comment with byline line ■ X; photo news (brief): headline, caption, credit line 通讯员 X　摄; 行业数据 box (title, four rows of figures, 数据来源); footer with editors, proof-reader, news hotline and e-mail")
    pg.furniture(["恒川能源报",
                  "HENGCHUAN ENERGY NEWS",
                  cn_date(2035, 9, 18),
                  "国内统一连续出版物号　CN 19-0733　邮发代号　5-216",
                  "今日8版　第3391期"], "masthead")
    pg.blank()
    a = Article(
        "a", "沅川新能源发电量占比首次超过三成",
        subtitle="——前8个月新增风电光伏装机612万千瓦",
        byline="本报记者　晏如松　通讯员　柏青岚", authors=["晏如松", "柏青岚"],
        notes="Lead. The 引题 kicker 风光装机突破4000万千瓦 is neither title nor subtitle (the ——副题 is the subtitle). "
              "Byline line 本报记者 X　通讯员 Y: both are authors. The body stops at the jump line （下转第2版） printed on "
              "a line of its own, which is not body (furniture). The official quoted (陶知微) is not an author.",
        paras=[
            "记者从沅川省能源局获悉，截至8月底，全省风电、光伏发电累计装机容量达到4128万千瓦，占全省电力总装机的46.3%。今年前8个月，全省新能源发电量达到386亿千瓦时，同比增长27.5%，占全社会用电量的比重为31.2%，首次突破三成。",
            "从新增装机看，前8个月全省新增风电装机238万千瓦、光伏发电装机374万千瓦，合计612万千瓦，同比增长19.6%。其中，分布式光伏新增装机197万千瓦，工商业屋顶和农村户用光伏成为新的增长点。柘原、梧溪两个百万千瓦级风电基地已累计并网风机486台。",
            "新能源规模快速扩大，对电网消纳能力提出更高要求。省能源局有关负责人介绍，今年以来，全省新建和改造500千伏输电线路1060公里，新增新型储能装机82万千瓦，新能源利用率保持在97%以上。岱岚电网公司沅川分公司调度控制中心负责人陶知微说，通过建设新能源功率预测系统，风电、光伏出力的日前预测准确率分别提高到91%和94%，为电网调峰争取了主动。",
            "按照规划，到2037年底，全省风电、光伏发电装机将超过5500万千瓦。下一步，沅川将重点推进沿海风电基地和“光伏＋”复合项目建设，同步加快抽水蓄能电站和新型储能布局，推动新能源从“装得上”向",
        ])
    pg.kicker(a, "风光装机突破4000万千瓦")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.furniture(["（下转第2版）"], "jump line on a line of its own (not body)")
    pg.gap()
    b = Article(
        "b", "岱岚—沅川±800千伏特高压直流工程全线贯通",
        byline="本报讯（记者　苗向晚）", authors=["苗向晚"], lead="本报讯（记者　苗向晚）",
        notes="Run-in 本报讯（记者 X） excluded from first. Headline with ± and a dash between two place names.",
        paras=[
            "9月16日，随着最后一基铁塔完成导线展放，岱岚—沅川±800千伏特高压直流输电工程全线贯通，为年底前投运奠定基础。",
            "该工程起于岱岚省鹤汀换流站，止于沅川省澜州换流站，线路全长1287公里，途经3省14个县（市），新建铁塔2413基，额定输送容量800万千瓦。工程投运后，每年可向沅川输送清洁电量约360亿千瓦时，其中新能源电量占比不低于50%，相当于每年减少燃煤消耗1100万吨。",
            "据建设单位介绍，工程穿越高海拔山区和多条大江大河，施工单位首次在特高压线路施工中批量应用无人机展放导引绳和智能张力放线系统，放线效率提高约40%。",
        ])
    pg.headline(b)
    pg.gap()
    pg.body(b)
    pg.gap()
    c = Article(
        "c", "保供稳价要打好“提前量”", section="今日谈", kind="commentary",
        byline="■ 岳临川", authors=["岳临川"],
        notes="Comment under the label 今日谈 (section), byline line ■ X under the headline (the ■ is a mark); "
              "commentary.",
        paras=[
            "白露过后，北方地区陆续进入供暖季准备阶段，能源保供再次成为各方关注的焦点。从近期情况看，电煤库存处于较高水平，储气设施注气进度快于去年同期，迎峰度冬的基础总体较好。",
            "但越是形势平稳，越要防止麻痹松懈。今冬气温变化存在不确定性，极端天气可能导致负荷短时冲高，部分地区电网在高峰时段仍存在调峰缺口。保供工作要打好“提前量”，把预案想在前面、把储备做在前面、把隐患消除在前面。",
            "打好“提前量”，关键在于压实责任、强化协同。发电企业要保持机组稳发满发，燃气企业要严格落实合同量，电网企业要加强跨省区余缺互济。各方拧成一股绳，才能让千家万户温暖过冬。",
        ])
    pg.furniture(["今日谈"], "column label 今日谈")
    pg.headline(c)
    pg.line(c, c.byline, "byline")
    pg.gap()
    pg.body(c)
    pg.gap()
    p = Article(
        "p", "海上光伏桩基施工忙", kind="brief",
        byline="通讯员　钱穗　摄", authors=["钱穗"],
        notes="Photo news (brief): headline, caption, credit line 通讯员 X　摄 after it (the byline); the photographer "
              "of a photo news item is its author.",
        paras=[
            "9月14日，在澜州市东部海域，施工人员在漱玉湾海上光伏项目现场进行桩基施工。该项目规划装机容量100万千瓦，建成后年均发电量约13亿千瓦时。",
        ])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["行业数据·沅川8月电力运行",
                  "全社会用电量　186.4亿千瓦时　同比＋6.1%",
                  "工业用电量　　121.7亿千瓦时　同比＋5.3%",
                  "最高用电负荷　3862万千瓦　　创历史新高",
                  "新能源发电量　57.9亿千瓦时　 同比＋24.8%",
                  "数据来源：沅川省能源局"], "行业数据 figures box (not an article)")
    pg.blank()
    pg.furniture(["本版责任编辑：聂书远　　美术编辑：覃一　　校对：鲁晴川",
                  "新闻热线：0871-6513××××　　投稿邮箱：news@hcnyb.cn"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq02() -> Page:
    """能源报 技术交流 page, NO indent, 44 columns: label 技术交流 over two engineers' pieces (byline line
    □ X　Y with an （作者单位：…） line after the body; byline line UNIT　NAME with letter-spaced justified lines),
    both with numbered crossheads; short item opening 本报讯　 and signed （通讯员 X） at the end; equipment ad."""
    pg = Page("kq02.txt", cols=44, indent="", blanks="some", seed=4702, p_para=0.4, p_gap=0.85,
              style="能源报 技术交流 page, NO indent, wide column: header on three lines (page number + 版名 科技·装备; paper + date with weekday; 责任编辑 and 校对); label 技术交流 over two engineers' pieces: the first with byline line □ X　Y, numbered crossheads 1　检测原理 …, units (dBm, 毫伏, 兆赫) and an author-unit line （作者单位：…） after the body; the second with byline line UNIT　NAME (发电公司　X), crossheads 一、… and three letter-spaced (justified) body lines; short item with the bare run-in 本报讯　 and the credit （通讯员 X） run in at the end; equipment ADVERTISEMENT (products, address, sales hotline and mobile number); footer with e-mail and phone")
    pg.furniture(["6　科技·装备",
                  "恒川能源报　" + cn_date(2035, 9, 18),
                  "责任编辑：戚远舟　　校对：殷小满"], "page header")
    pg.blank()
    pg.furniture(["技术交流"], "column label 技术交流 (over the two engineers' pieces)")
    pg.blank()
    a = Article(
        "a", "220千伏GIS设备局部放电带电检测应用分析", section="技术交流",
        byline="□ 沈砚青　孟霜", authors=["沈砚青", "孟霜"],
        notes="Engineers' technical piece under the label 技术交流 (section). Byline line □ X　Y: both are authors. "
              "The numbered crossheads (1　检测原理 …) are body. **new:** the author-unit line （作者单位：…） printed "
              "after the body is not body and the unit is not an author.",
        paras=[
            "气体绝缘金属封闭开关设备（GIS）结构紧凑、占地面积小、运行可靠性高，在220千伏及以上变电站中应用日益广泛。但GIS设备一旦发生内部绝缘缺陷，故障定位和检修难度大、停电时间长。局部放电是GIS绝缘劣化的早期征兆，开展局部放电带电检测，是及时发现设备隐患的有效手段。本文结合澜州地区220千伏变电站的检测实践，对特高频法和超声波法的联合应用进行分析。",
            Cross("1　检测原理"),
            "特高频（UHF）法通过内置或外置传感器接收局部放电激发的300兆赫至3000兆赫电磁波信号，抗干扰能力强、灵敏度高，适合缺陷的发现和初步定位；超声波法利用贴附在壳体外表面的声发射传感器检测放电产生的机械振动信号，对自由金属颗粒、悬浮电位等缺陷较为敏感。两种方法优势互补，联合使用可以有效降低误判率。",
            Cross("2　现场应用案例"),
            "2035年4月，检测人员对某220千伏变电站GIS设备开展例行带电检测时，在2号主变压器间隔母线侧隔离开关气室附近检测到异常特高频信号，信号幅值最高达到-38dBm，具有明显的工频相位相关性，每个工频周期出现两簇放电脉冲。随后开展的超声波检测显示，该气室外壳测点信号有效值为12毫伏、峰值为45毫伏，明显高于相邻气室。",
            "检测人员采用时差定位法对放电源进行精确定位，判断放电源位于隔离开关动触头附近，初步分析为悬浮电位放电。停电解体检查发现，该隔离开关屏蔽罩固定螺栓松动，屏蔽罩与导体之间接触不良，表面有明显放电痕迹。更换螺栓并对屏蔽罩进行处理后复测，特高频和超声波信号均恢复正常。",
            Cross("3　结论与建议"),
            "实践表明，特高频法与超声波法联合检测能够有效发现GIS设备内部的悬浮电位、自由颗粒等典型缺陷。建议：一是对投运5年以上的GIS设备每年至少开展两次联合带电检测；二是建立局部放电图谱库，提高缺陷类型识别的准确性；三是在重要变电站推广安装局部放电在线监测装置，实现设备状态的实时感知。",
        ])
    pg.headline(a)
    pg.line(a, a.byline, "byline")
    pg.gap()
    pg.body(a)
    pg.line(a, "（作者单位：岱岚电网公司澜州供电分公司）", "author unit")
    pg.gap()
    b = Article(
        "b", "燃煤机组深度调峰低负荷稳燃改造实践", section="技术交流",
        byline="沅川能源集团芷陵发电公司　韦知远", authors=["韦知远"],
        notes="Engineer's technical piece under the label 技术交流 (section). **new:** byline line UNIT　NAME (the "
              "plant, then the engineer): byline as printed, only the person is an author. Crossheads 一、… are "
              "body. Three body lines are letter-spaced (justified) and stay body.",
        paras=[
            "随着新能源装机规模快速增长，燃煤机组承担的调峰任务日益繁重。芷陵发电公司2台660兆瓦超超临界机组原设计最低稳燃负荷为40%额定负荷，难以满足电网深度调峰要求。2034年以来，公司结合机组检修对锅炉燃烧系统实施了低负荷稳燃改造，机组最低稳燃负荷降至25%额定负荷。",
            Cross("一、存在的主要问题"),
            "改造前，机组在40%额定负荷以下运行时，炉膛温度明显下降，煤粉着火推迟，火焰检测信号频繁波动，存在灭火风险；同时，脱硝装置入口烟温低于310℃，催化剂活性降低，氮氧化物排放难以稳定达标。此外，给水流量低时水冷壁出口工质温度偏差增大，最大偏差超过25℃。",
            Cross("二、主要改造措施"),
            "一是对下层两台磨煤机对应的燃烧器进行改造，采用浓淡分离型稳燃燃烧器，提高一次风煤粉浓度，强化着火稳定性；二是增设省煤器烟气旁路，低负荷时将部分烟气引至脱硝入口，使脱硝入口烟温提高到320℃以上；三是优化协调控制系统和给水控制逻辑，新增低负荷运行专用控制参数。",
            Cross("三、改造效果"),
            "改造后，机组在25%额定负荷工况下连续稳定运行超过8小时，炉膛负压波动控制在±150帕以内，火焰检测信号稳定，未投油助燃；氮氧化物排放浓度稳定在40毫克/立方米以下。按照当地辅助服务市场规则测算，两台机组每年可增加深度调峰补偿收入约3200万元。",
        ])
    pg.headline(b)
    pg.line(b, b.byline, "byline")
    pg.gap()
    pg.emit(b, justify(pg.render_body(b), [1, 8, 12]))
    pg.gap()
    c = Article(
        "c", "沅川首台国产化变电站巡检机器人投运",
        byline="（通讯员　甄一）", authors=["甄一"], lead="本报讯　", tail="（通讯员　甄一）",
        notes="**new:** the bare run-in 本报讯　 at the start (excluded from first) and the credit （通讯员 X） run in "
              "at the end (the byline, excluded from last); the 通讯员 is the author.",
        paras=[
            "9月12日，沅川首台国产化智能巡检机器人在澜州500千伏东郊变电站正式投入运行。该机器人搭载可见光、红外热成像和局部放电检测等多种传感器，可自主完成设备外观、表计读数、发热缺陷等120余项巡检任务，单次全站巡检时间由人工的6小时缩短至2.5小时。据介绍，该机器人的核心部件全部实现国产化，定位精度达到±2厘米。",
        ])
    pg.headline(c)
    pg.gap()
    pg.body(c)
    pg.blank()
    pg.furniture(["广告",
                  "鹤汀电气　守护电网每一度",
                  "GIS局部放电在线监测系统",
                  "变压器油中溶解气体在线监测装置",
                  "开关柜无线测温装置",
                  "地址：鹤汀市高新区明渠路66号",
                  "销售热线：0875-6233××××　139××××2846"], "equipment advertisement (not an article)")
    pg.blank()
    pg.furniture(["投稿邮箱：jishu@hcnyb.cn　　本版电话：0871-6513××××"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq03() -> Page:
    """交通运输报 strip of a 10-character column indented with ONE U+3000: label 交通快讯 over three items
    (headlines on two or three plain lines; one letter-spaced with ASCII spaces and broken mid-word); run-in
    本报芷陵9月20日讯（记者 X　通讯员 Y）, 本报讯（通讯员 X）, credit （通讯员 X） at the end; photo news (brief);
    安全提示 notice."""
    pg = Page("kq03.txt", cols=10, indent=FW, blanks="para", seed=4703,
              style="交通运输报 综合新闻 strip of a 10-character column indented with ONE U+3000, blank lines between paragraphs and blocks: header on three lines (wider than the column); label 交通快讯 over three items: headline on two plain lines (芷陵港集装箱 / 吞吐量创新高) with run-in 本报芷陵9月20日讯（记者 X　通讯员 Y） wrapped over three lines; headline on two plain lines with run-in 本报讯（通讯员 X）; headline letter-spaced with single ASCII spaces across the column, broken in MID-WORD (… 客 运 实 / 现 “ 村 村 通 ”), credit （通讯员 X） run in at the end; photo news (brief): headline, caption, credit line 通讯员 X　摄; 安全提示 notice of a transport bureau (label, text, issuing body); footer on two lines")
    pg.furniture(["云衢交通运输报", cn_date(2035, 9, 21), "3　综合新闻"], "page header")
    pg.blank()
    pg.furniture(["交通快讯"], "column label 交通快讯")
    pg.blank()
    a = Article(
        "a", "芷陵港集装箱吞吐量创新高", head=["芷陵港集装箱", "吞吐量创新高"], section="交通快讯",
        byline="本报芷陵9月20日讯（记者　蒲望舒　通讯员　汪屿）", authors=["蒲望舒", "汪屿"],
        lead="本报芷陵9月20日讯（记者　蒲望舒　通讯员　汪屿）",
        notes="Item of the 交通快讯 strip (section). Headline on two plain lines, joined. Run-in dateline "
              "本报芷陵9月20日讯（记者 X　通讯员 Y）, wrapped over three lines, excluded from first; both are authors.",
        paras=[
            "记者从芷陵港务集团获悉，今年前8个月，芷陵港完成集装箱吞吐量386.2万标准箱，同比增长12.4%，8月单月吞吐量达到52.7万标准箱，创历史新高。",
            "今年以来，芷陵港新开通外贸航线6条，内支线与海铁联运班列实现无缝衔接，港口集疏运效率进一步提升。",
        ])
    b = Article(
        "b", "澜州至青渚高速改扩建工程过半", head=["澜州至青渚高速", "改扩建工程过半"], section="交通快讯",
        byline="本报讯（通讯员　乔木深）", authors=["乔木深"], lead="本报讯（通讯员　乔木深）",
        notes="Item of the 交通快讯 strip (section). Headline on two plain lines, joined. Run-in 本报讯（通讯员 X） "
              "excluded from first.",
        paras=[
            "9月18日，随着K46段桥梁最后一片T梁架设完成，澜州至青渚高速公路改扩建工程主体施工进度突破50%。",
            "该项目全长78.6公里，由双向四车道扩建为双向八车道，设计速度120公里/小时。项目采用“边通车、边施工”方式组织建设，施工期间保通率保持在100%，预计2036年底全线建成。",
        ])
    c = Article(
        "c", "梧溪农村客运实现“村村通”", section="交通快讯",
        byline="（通讯员　裘小禾）", authors=["裘小禾"], tail="（通讯员　裘小禾）",
        notes="Item of the 交通快讯 strip (section). Headline letter-spaced with single ASCII spaces across the "
              "column and broken in mid-word (实 / 现), written unspaced. Credit （通讯员 X） run in at the end is the "
              "byline, excluded from last.",
        paras=[
            "近日，随着柘原乡至青冈村的客运班线开通，梧溪县所有建制村全部通上了客车，实现了农村客运“村村通”。",
            "为解决偏远山村客流少、线路难维持的问题，梧溪采取“公交化改造＋预约响应”模式，对客流较少的线路实行电话预约、定时发车，县财政每年安排运营补贴860万元，票价最低仅需2元。",
        ])
    for i, art in enumerate((a, b, c)):
        if i:
            pg.gap()
        if art.key == "c":
            pg.headline(art, spread_cols=10)
        else:
            pg.headline(art)
        pg.gap()
        pg.body(art)
    pg.blank()
    p = Article(
        "p", "夜间护航保畅通", kind="brief",
        byline="通讯员　严霜　摄", authors=["严霜"],
        notes="Photo news (brief) after the strip: headline, caption, credit line 通讯员 X　摄 (the byline; the "
              "photographer is the author).",
        paras=[
            "9月19日晚，澜州公路事业发展中心养护人员在国道318线澜州段开展路面修补作业。",
        ])
    pg.headline(p)
    pg.gap()
    pg.body(p)
    pg.line(p, p.byline, "byline")
    pg.blank()
    pg.furniture(["安全提示"]
                 + wrap("近期我省进入秋季旅游出行高峰，道路客流量明显增加。请广大驾驶人出行前检查车辆状况，途中不超速、不超员、不疲劳驾驶，遇雨雾天气减速慢行、保持车距。", 10, FW)
                 + ["澜州市交通运输局"], "安全提示 notice of a transport bureau (not an article)")
    pg.blank()
    pg.furniture(["本版编辑：潘雨岑", "校对：温小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def kq04() -> Page:
    """交通运输报 政策解读 page indented with two ASCII spaces and NO blank line: label 政策解读 over a Q&A (引题
    kicker, headline, ——deck, byline line 本报记者 X, an intro paragraph then 问：／答：); label 企业之窗 over a paid
    feature with ——副题 and byline line 通讯员 X　Y; item signed （通讯员 X） at the end."""
    pg = Page("kq04.txt", cols=34, indent="  ", blanks="never", seed=4704,
              style="交通运输报 政策解读 page indented with two ASCII spaces and NO blank line anywhere: header on three lines (版名 + page number; paper + date with weekday; 责任编辑 and 校对); label 政策解读 over a Q&A: 引题 kicker naming a regulation in 《》, headline, ——deck …答记者问, byline line 本报记者 X, an intro paragraph, then 问：／答： paragraphs; label 企业之窗 over a paid company feature with ——副题 (——记…公司) and byline line 通讯员 X　Y; item signed （通讯员 X） run in at the end; footer (address, 发行 hotline, 广告许可证)")
    pg.furniture(["政策解读　4",
                  "云衢交通运输报　" + cn_date(2035, 9, 21),
                  "责任编辑：姬望川　　校对：温小舟"], "page header")
    a = Article(
        "a", "农村公路养护实行“路长制”", section="政策解读", kind="interview",
        subtitle="——省交通运输厅有关负责人就《办法》答记者问",
        byline="本报记者　鲍映川", authors=["鲍映川"],
        notes="Q&A under the label 政策解读 (section). The 引题 kicker （《沅川省农村公路养护管理办法》11月1日起施行） is "
              "neither title nor subtitle; the ——deck is the subtitle. Byline line 本报记者 X (the interviewer, the "
              "author). Body: the reporter's intro paragraph, then 问：／答： paragraphs; the official who answers is "
              "not named. Kind interview.",
        paras=[
            "日前，沅川省人民政府印发《沅川省农村公路养护管理办法》（以下简称《办法》），自11月1日起施行。《办法》出台的背景是什么？有哪些亮点？记者就此采访了省交通运输厅有关负责人。",
            "问：制定《办法》的主要背景是什么？",
            "答：截至去年底，全省农村公路总里程达到14.6万公里，占公路总里程的81%，建制村通硬化路率达到100%。但随着路网规模不断扩大，“重建轻养”问题逐步显现，部分县乡财政投入不足，养护机构不健全，一些早期建设的农村公路出现了路面破损、安全设施缺失等问题。为建立健全农村公路养护长效机制，我们在总结各地经验的基础上，起草了《办法》。",
            "问：《办法》在养护管理体制上有哪些新规定？",
            "答：《办法》明确全面推行“路长制”，建立县、乡、村三级路长体系。县级路长由县级人民政府负责同志担任，统筹协调本县农村公路建设、管理、养护工作；乡级路长负责辖区内县道、乡道的日常巡查和问题处置；村级路长负责村道的日常管护，可以聘请专职或兼职护路员。《办法》还规定，农村公路养护工作纳入县级人民政府绩效考核。",
            "问：养护资金从哪里来？",
            "答：《办法》规定，省级财政按照县道、乡道、村道每年每公里分别不低于7000元、3500元、1000元的标准安排养护补助资金，市、县两级财政按规定足额配套。同时，鼓励通过沿线资源开发、冠名权转让等方式多渠道筹集养护资金，支持将日常养护岗位作为公益性岗位，优先吸纳农村劳动力就业。",
            "问：对养护质量如何监督？",
            "答：《办法》要求建立农村公路技术状况定期检测评定制度，县道每年检测一次，乡道、村道每两年检测一次，检测结果向社会公开。我们还将开通农村公路养护监督热线，欢迎群众对“路况差、养护慢”等问题进行监督举报。",
        ])
    pg.furniture(["政策解读"], "column label 政策解读")
    pg.kicker(a, "《沅川省农村公路养护管理办法》11月1日起施行")
    pg.headline(a)
    pg.line(a, a.subtitle, "subtitle")
    pg.line(a, a.byline, "byline")
    pg.body(a)
    b = Article(
        "b", "穿山越岭架通途", section="企业之窗",
        subtitle="——记沅川路桥集团第三工程有限公司",
        byline="通讯员　邹晴　卢砚秋", authors=["邹晴", "卢砚秋"],
        notes="**new:** paid company feature under the label 企业之窗 (section), written by the company's 通讯员: "
              "——副题 is the subtitle; byline line 通讯员 X　Y, both are authors. Kind article. The executive quoted "
              "(邵承远) is not an author.",
        paras=[
            "在沅川西部的崇山峻岭间，一座座桥梁跨越深谷，一条条隧道穿山而过。这些工程的建设者中，有一支队伍格外引人注目——沅川路桥集团第三工程有限公司。",
            "公司成立于1998年，现有员工2300余人，具有公路工程施工总承包特级资质，先后承建高速公路、国省干线项目60余个，累计建成桥梁410座、隧道96座。近三年，公司新签合同额年均增长15%以上，2034年实现营业收入58.6亿元。",
            "“桥隧施工是我们的看家本领。”公司总经理邵承远说。在鹤汀至柘原高速公路建设中，公司承建的黑岩峡特大桥主跨达到420米，面对峡谷风大、施工场地狭窄等困难，技术团队自主研发了缆索吊装智能监控系统，将主拱肋合龙精度控制在3毫米以内，该项目获评省级优质工程。",
            "创新驱动发展。公司设立了省级企业技术中心，近五年累计获得国家专利87项、省级工法23项，“山区高墩大跨桥梁快速施工技术”获省科学技术进步奖二等奖。公司还积极推进智慧工地建设，在项目上推广应用BIM技术、智能张拉压浆设备和隧道超前地质预报系统，施工效率和安全管理水平显著提升。",
            "站在新的起点，公司将继续秉持“筑路架桥、造福一方”的理念，以更高标准、更优品质，为加快建设交通强省贡献力量。",
        ])
    pg.furniture(["企业之窗"], "column label 企业之窗")
    pg.headline(b)
    pg.line(b, b.subtitle, "subtitle")
    pg.line(b, b.byline, "byline")
    pg.body(b)
    c = Article(
        "c", "鹤汀至柘原高速公路启用ETC自由流收费",
        byline="（通讯员　宁越）", authors=["宁越"], tail="（通讯员　宁越）",
        notes="Credit （通讯员 X） run in at the end is the byline, excluded from last.",
        paras=[
            "9月19日起，鹤汀至柘原高速公路正式启用ETC自由流收费系统，车辆通过主线门架时无需减速即可完成扣费。这是我省首条全线采用自由流收费的高速公路。据测算，启用新系统后，该路段主线通行能力可提高约30%，每年可减少车辆怠速排放二氧化碳约1.2万吨。",
        ])
    pg.headline(c)
    pg.body(c)
    pg.furniture(["地址：澜州市通衢路18号　邮编：650××1　发行热线：0871-6608××××",
                  "广告经营许可证：沅工商广字第0××号"], "footer")
    return pg


PAGES = [kq01, kq02, kq03, kq04]
