"""Pages n05-n08: texts (invented) and how each page is laid out."""
from layout import FW, Article, Cross, Page, cn_date


def n05() -> Page:
    """新京报-like city/business page: one headline printed after its body, credits
    line with editor and proofreader, a caption-only photo."""
    p = Page("n05.txt", cols=18, indent="  ", blanks="para", colbreak=21, seed=105,
             style="新京报-like city/business page")
    p.furniture(["新京报", cn_date(2024, 12, 5), "A10", "北京新闻·经济"],
                "page header: masthead, date, page, section")
    p.blank()
    bm = Article(
        "bm", "今年北京新建便民网点超千个",
        byline="新京报讯（记者 吴婷婷 通讯员 刘畅）", authors=["吴婷婷", "刘畅"],
        lead="新京报讯（记者 吴婷婷 通讯员 刘畅）",
        notes="Dateline run in at the start of the body, excluded from first; 通讯员 counted as an author. "
              "Credits line 新京报记者 吴婷婷 编辑 张磊 校对 赵琳 after the body: editor and proofreader "
              "are not authors.",
        paras=[
            "12月4日，记者从北京市商务局获悉，今年以来全市新建和规范提升蔬菜零售、便利店、早餐、家"
            "政等基本便民商业网点1160个，新增12个“一刻钟便民生活圈”示范社区，城市社区便民商业服务"
            "基本实现全覆盖。",
            "据介绍，今年北京重点补齐老旧小区和回天地区、城南地区等人口密集区域的便民服务短板，在丰"
            "台区、昌平区试点“一店多能”模式，鼓励便利店叠加快递收发、维修、缴费等服务。朝阳区一位"
            "社区居民说，以前修个鞋要跑两站地，现在楼下的便利店就能办。",
            "市商务局相关负责人表示，明年北京将继续推进便民生活圈建设，计划再新增和提升便民网点1000"
            "个左右，并推动更多连锁品牌进社区。",
        ])
    p.headline(bm)
    p.gap()
    p.body(bm)
    p.line(bm, "新京报记者 吴婷婷 编辑 张磊 校对 赵琳", "credit")
    p.gap()

    rb = Article(
        "rb", "首批人形机器人在亦庄物流园“上岗”",
        head=["首批人形机器人", "在亦庄物流园“上岗”"],
        byline="新京报讯（记者 周帆）", authors=["周帆"], lead="新京报讯（记者 周帆）",
        notes="Headline printed AFTER its body (two lines, joined). Dateline run in at the start of "
              "the body, excluded from first.",
        paras=[
            "12月3日，20台人形机器人在北京经济技术开发区一家物流园正式“上岗”，承担货箱搬运、分拣和"
            "上架等工作。这是北京首次在物流场景中批量部署人形机器人。",
            "记者在现场看到，这些身高约1.7米的机器人能够识别不同规格的货箱，将其从传送带上取下后码放"
            "到指定货架。据园区负责人介绍，单台机器人每小时可搬运货箱约300个，准确率超过99%，可实现"
            "24小时轮班作业。",
            "北京经济技术开发区相关负责人表示，亦庄已集聚人形机器人产业链企业140余家，明年将在汽车制"
            "造、医药物流等领域开放更多应用场景。",
        ])
    p.body(rb)
    p.gap()
    p.headline(rb)
    p.gap()

    dt = Article(
        "dt", "老旧小区加装电梯今年已开工1128部",
        byline="新京报记者 庞晓彤", authors=["庞晓彤"],
        notes="Byline line under the headline; two crossheads inside the body; credits line "
              "编辑 陈思 校对 柳宝庆 after the body (not authors).",
        paras=[
            "记者12月4日从北京市住房和城乡建设委员会获悉，今年以来，全市老旧小区加装电梯已开工1128"
            "部，完工817部，均超额完成年度任务。",
            Cross("“一梯一策”破解协调难"),
            "加装电梯难，难在协调。西城区展览路街道一个建于上世纪80年代的小区，3个单元曾因低层住户反"
            "对搁置多年。今年，街道引入第三方设计单位，为每个单元“量身定制”方案，对采光受影响的住户给"
            "予适当补偿，最终3部电梯全部开工。",
            Cross("“以租代售”降低前期投入"),
            "为减轻居民出资压力，北京今年在多个区推广“以租代售”模式，由企业投资建设并负责维保，居民按"
            "次或按月缴纳使用费。据测算，这一模式可使居民前期出资减少七成以上。",
            "市住建委相关负责人表示，明年将继续推动老旧小区加装电梯“能装尽装”，同时加强对已投用电梯"
            "的安全监管。",
        ])
    p.headline(dt)
    p.line(dt, dt.byline, "byline")
    p.gap()
    p.body(dt)
    p.line(dt, "编辑 陈思 校对 柳宝庆", "credit")
    p.gap()

    photo = Article(
        "photo", None, kind="brief", byline="图/新京报记者 王飞", authors=["王飞"],
        notes="Photo news: only a caption, no headline; credit line 图/新京报记者 王飞 after it "
              "(photographer recorded as author, as in the shared gold's photo briefs).",
        paras=[
            "12月4日，朝阳公园冰场开始浇冰造冰，工作人员在冰面上洒水。据了解，今冬北京将开放各类冰雪"
            "场地200余处，朝阳公园冰场预计12月中旬迎客。",
        ])
    p.body(photo)
    p.line(photo, "图/新京报记者 王飞", "credit")
    p.gap()

    gn = Article(
        "gn", "供暖首周12345供热诉求同比下降21%",
        byline="新京报讯（记者 马骁）", authors=["马骁"], lead="新京报讯（记者 马骁）",
        notes="Dateline run in at the start of the body, excluded from first.",
        paras=[
            "11月15日北京正式供暖以来，12345市民服务热线共受理供热类诉求1.6万件，同比下降21%。12月4"
            "日，北京市城市管理委员会通报了供暖首周运行情况。",
            "据介绍，今年供暖季前，全市对3.2万余个供热单元进行了打压试水和设备检修，提前处置供热管网"
            "隐患1900余处。对于市民反映的室温不达标问题，各供热单位实行“接诉即办”，一般问题24小时内"
            "上门处置。",
        ])
    p.headline(gn)
    p.gap()
    p.body(gn)
    p.gap()
    p.furniture(["A10 北京新闻 责编 王丹 美编 李晶 校对 吴兴发"],
                "page footer: page, section, editor credits")
    return p


def n06() -> Page:
    """半月谈-like magazine: table of contents, then one short piece (卷首语)."""
    p = Page("n06.txt", cols=30, indent=FW * 2, blanks="some", seed=106, p_para=0.5, p_gap=0.9,
             style="半月谈-like magazine contents page + one short piece")
    p.furniture(["半月谈", "BANYUETAN", "2024年第23期 12月10日出版"], "page header: magazine name, issue")
    p.blank()
    p.furniture([
        "目  录",
        "CONTENTS",
        "",
        "卷首语",
        "1  让更多“小而美”被看见",
        "",
        "时政",
        "4  县域经济如何跑出“加速度” …………… 本刊记者 何磊 章丽",
        "8  以改革激发基层科技创新活力 ………………………… 陈志远",
        "12 从“一碗面”看县域消费新动能 ……… 本刊记者 程颖",
        "",
        "经济",
        "16 专精特新企业的“突围”之路 ……… 本刊记者 周一鸣",
        "20 跨境电商综试区扩容之后 …………………………… 吴佳琪",
        "",
        "社会",
        "24 “银发列车”开往何处 ………………… 本刊记者 郑蕾",
        "28 乡村学校的“小而优”探索 ………………………… 刘文博",
        "",
        "文化",
        "32 非遗工坊里的“新手艺人” ……………… 本刊记者 孟蕾",
        "36 一座小城的戏曲记忆 ……………………………… 赵一丹",
    ], "table of contents (titles, page numbers, author names): not articles")
    p.blank(2)
    a = Article(
        "juan", "让更多“小而美”被看见", kind="commentary", section="卷首语",
        byline="文｜宋晓薇", authors=["宋晓薇"],
        notes="Editorial foreword; label 卷首语 on the line above the headline. The same title also "
              "appears in the table of contents (line of 卷首语 1), which is not the headline.",
        paras=[
            "在浙江的一座小城，一家只有二十几名员工的工厂，生产的微型轴承占据了全球细分市场近三成的"
            "份额；在贵州的山村，一间由老粮仓改造的咖啡馆，一年接待游客上万人次。它们规模不大，却各有"
            "绝活，撑起了一方经济的活力。",
            "这些“小而美”的经营主体，往往不在聚光灯下。它们没有响亮的品牌，也很少出现在排行榜上，却"
            "是稳就业、促创新、惠民生的重要力量。我国中小企业数量已超过5200万户，贡献了50%以上的税收、"
            "60%以上的国内生产总值和80%以上的城镇劳动就业。",
            "让更多“小而美”被看见，需要政策的阳光照得更均匀一些。融资、用地、人才等方面的支持，不能只"
            "盯着大项目、大企业；政府采购、场景开放等机会，也应当给中小企业留出足够的空间。",
            "让更多“小而美”被看见，也需要全社会多一些耐心和包容。小企业成长有快有慢，有成功也会有失败。"
            "给它们时间，给它们舞台，千千万万个“小而美”，终将汇聚成高质量发展的大气象。",
        ])
    p.kicker(a, "卷首语")
    p.headline(a)
    p.line(a, a.byline, "byline")
    p.gap()
    p.body(a)
    p.gap()
    p.furniture(["半月谈 2024.23", "1"], "page footer: magazine and issue, page number")
    return p


def n07() -> Page:
    """County daily with two neighbouring columns whose pieces alternate in the text."""
    p = Page("n07.txt", cols=14, indent=FW * 2, blanks="some", seed=107, p_para=0.25, p_gap=0.8,
             style="county daily, interleaved columns")
    p.furniture(["湄江日报", cn_date(2024, 12, 6), "第2版  综合新闻"], "page header")
    p.blank()
    wheat = Article(
        "wheat", "我县冬小麦播种面积稳中有增",
        byline="记者 谢文涛 通讯员 黄倩", authors=["谢文涛", "黄倩"],
        notes="Byline line under the headline; 通讯员 counted as an author.",
        paras=[
            "眼下，全县58万亩冬小麦已全部播种完毕，播种面积较去年增加1.2万亩。连日来，县农业农村局组织"
            "20支技术服务队深入田间地头，指导农户开展苗情监测和冬前管理。",
            "在白沙镇高标准农田示范区，种粮大户刘长贵正在查看麦苗出苗情况。“今年用上了宽幅精播机，一亩"
            "地能省种子两三斤，出苗也更齐。”他说。",
            "据了解，今年我县新建高标准农田3.6万亩，推广小麦良种良法配套技术面积40万亩，为明年夏粮丰收"
            "打下了基础。",
        ])
    p.headline(wheat)
    p.line(wheat, wheat.byline, "byline")
    p.gap()
    p.body(wheat)
    p.gap()

    tea = Article(
        "tea", "茶园冬管正当时",
        byline="记者 罗静", authors=["罗静"],
        notes="Column A of two neighbouring columns that the extraction read alternately: its body "
              "comes in three pieces interleaved with the hospital article (column B). "
              "body_start/body_end span all pieces and so include column-B lines.",
        paras=[
            "初冬时节，走进湄江镇万亩茶园，茶农们正忙着修剪茶树、施基肥、清理沟渠。“冬天管得好，明年春"
            "茶才能发得早、发得壮。”茶农陈玉兰一边给茶树培土一边说。",
            "湄江镇现有茶园面积1.8万亩，年产干茶2100吨，茶产业综合产值超过6亿元。今年以来，镇里推广茶"
            "园绿色防控技术，安装太阳能杀虫灯600余盏，病虫害发生率明显下降。",
            "镇农业服务中心负责人介绍，入冬以来，中心已举办茶园管护培训班8期，培训茶农900多人次，并组织"
            "农技人员分片包干，逐户指导冬季管护。",
        ])
    hosp = Article(
        "hosp", "县人民医院远程会诊中心投用",
        byline="本报讯（通讯员 孙悦 记者 王浩）", authors=["孙悦", "王浩"],
        lead="本报讯（通讯员 孙悦 记者 王浩）",
        notes="Column B, read alternately with column A (the tea-garden article): body in three "
              "pieces. Dateline run in at the start of the body, excluded from first.",
        paras=[
            "12月4日，县人民医院远程会诊中心正式投入使用。患者在县医院就能接受省、市三甲医院专家的远程"
            "会诊，免去了往返奔波之苦。",
            "当天上午，一名68岁的心脏病患者通过远程会诊系统，接受了省人民医院心内科专家的诊断。专家通过"
            "高清视频查看患者的影像资料和检查报告，与县医院医生共同制定了治疗方案。",
            "据介绍，远程会诊中心由县财政投入380万元建设，已与省内5家三级医院建立协作关系，可开展远程会"
            "诊、影像诊断、心电诊断和远程教学等服务，预计每年可服务患者3000人次以上。",
        ])
    ta = p.chunks(p.render_body(tea), [7, 8])
    hb = p.chunks(p.render_body(hosp), [6, 8])
    p.headline(tea)
    p.line(tea, tea.byline, "byline")
    p.emit(tea, ta[0])
    p.gap()
    p.headline(hosp)
    p.emit(hosp, hb[0])
    p.gap()
    p.emit(tea, ta[1])
    p.gap()
    p.emit(hosp, hb[1])
    p.gap()
    p.emit(tea, ta[2])
    p.gap()
    p.emit(hosp, hb[2])
    p.gap()

    fire = Article(
        "fire", "全县开展冬季消防安全大排查",
        byline="本报讯（记者 李俊）", authors=["李俊"], lead="本报讯（记者 李俊）",
        notes="Dateline run in at the start of the body, excluded from first.",
        paras=[
            "为切实做好冬季火灾防控工作，近日，县消防救援大队联合应急管理、住建、市场监管等部门，在全县"
            "范围内开展为期两个月的冬季消防安全大排查大整治行动。",
            "此次行动重点围绕人员密集场所、高层建筑、“九小场所”和居民小区等，排查电气线路老化、消防通道"
            "堵塞、电动自行车违规充电等突出问题。截至目前，已检查单位和场所1260家，督促整改火灾隐患2300"
            "余处。",
        ])
    p.headline(fire)
    p.gap()
    p.body(fire)
    p.gap()
    p.furniture(["责任编辑：何丽萍  校对：王倩", "湄江日报社出版"], "page footer: credits, publisher")
    return p


def n08() -> Page:
    """中国能源报-like industry page: letter-spaced crossheads, data box, chart, ad."""
    p = Page("n08.txt", cols=24, indent="", blanks="para", seed=108,
             style="中国能源报-like industry page")
    p.furniture(["中国能源报", "CHINA ENERGY NEWS", cn_date(2024, 12, 9), "第11版", "储能·新能源"],
                "page header: masthead, date, page, section")
    p.blank()
    lead = Article(
        "ess", "新型储能装机突破7000万千瓦",
        byline="本报记者 卢晓川", authors=["卢晓川"],
        notes="Letter-spaced crossheads (多 元 技 术 路 线 并 进 etc.) inside the body. The data box, "
              "the chart and its 制图 credit that follow are not part of the article.",
        paras=[
            "国家能源局最新数据显示，截至2024年10月底，全国已建成投运新型储能项目累计装机规模达7020万千"
            "瓦/1.63亿千瓦时，较2023年底增长超过80%，平均储能时长2.3小时。",
            "从地区分布看，内蒙古、新疆、山东、江苏、宁夏等5个省区装机规模均超过500万千瓦，西北地区新型"
            "储能装机占全国比重接近三成。",
            Cross("多元技术路线并进", sep=" "),
            "锂离子电池储能仍占据绝对主导地位，装机占比超过95%。与此同时，压缩空气储能、液流电池、钠离"
            "子电池、飞轮储能等新技术加快落地。今年以来，山东、湖北两个30万千瓦级压缩空气储能电站先后并"
            "网，广西首个百兆瓦时级钠离子电池储能电站投入运行。",
            "“技术路线多元化是大势所趋。”中关村储能产业技术联盟一位专家对记者表示，长时储能需求的上升，"
            "将为压缩空气、液流电池等技术提供更大的市场空间。",
            Cross("调用率仍待提升", sep=" "),
            "装机规模快速增长的同时，部分地区新型储能“建而不调”的问题依然突出。据中国电力企业联合会统计，"
            "今年前三季度，电化学储能电站平均等效利用系数为0.27，新能源配建储能的利用水平明显低于独立储"
            "能和用户侧储能。",
            "一位西北地区新能源企业负责人告诉记者，配建储能大多是为了满足并网要求，“建成之后调用次数很少，"
            "一年下来收益很难覆盖成本”。",
            Cross("市场机制亟须完善", sep=" "),
            "业内人士认为，提升新型储能利用水平，关键在于完善市场机制。目前，已有20多个省份出台了新型储能"
            "参与电力市场的相关政策，山东、山西、广东等地的独立储能已能够通过现货市场、容量租赁和辅助服务"
            "获得收益。",
            "国家能源局有关负责人表示，下一步将加快完善新型储能价格机制，推动新型储能公平参与电力市场，促"
            "进新型储能高质量发展。",
        ])
    p.headline(lead)
    p.line(lead, lead.byline, "byline")
    p.gap()
    p.body(lead)
    p.gap()
    p.furniture([
        "数据",
        "■截至2024年10月底",
        "累计装机：7020万千瓦",
        "较2023年底增长：超80%",
        "平均储能时长：2.3小时",
        "■锂离子电池储能占比：95.8%",
        "数据来源：国家能源局",
    ], "data box (label 数据, figures, 数据来源)")
    p.blank()
    p.furniture([
        "图表：2020—2024年新型储能累计装机规模",
        "（单位：万千瓦）",
        "2020年  330",
        "2021年  570",
        "2022年  1270",
        "2023年  3139",
        "2024年10月  7020",
        "制图：吴迪",
    ], "chart title, chart labels and 制图 credit")
    p.blank()

    nm = Article(
        "nm", "内蒙古首个“源网荷储”一体化项目全容量并网",
        byline="本报讯（记者 白若琳）", authors=["白若琳"], lead="本报讯（记者 白若琳）",
        notes="Dateline run in at the start of the body, excluded from first.",
        paras=[
            "12月6日，内蒙古鄂尔多斯市准格尔旗“源网荷储”一体化示范项目实现全容量并网。该项目配置风电50"
            "万千瓦、光伏30万千瓦和储能16万千瓦/64万千瓦时，所发电量主要供给周边的化工园区。",
            "据了解，项目投运后，园区企业的绿电使用比例将提升至60%以上，每年可节约标准煤约70万吨，减少"
            "二氧化碳排放约190万吨。",
        ])
    p.headline(nm)
    p.gap()
    p.body(nm)
    p.gap()

    pv = Article(
        "pv", "光伏组件价格止跌企稳",
        byline="■本报记者 秦瑜", authors=["秦瑜"],
        notes="Byline line with ■ under the headline.",
        paras=[
            "在行业协会倡议和多家龙头企业减产的共同作用下，近期光伏组件价格出现止跌企稳迹象。据多家第三"
            "方机构统计，11月下旬，TOPCon双面组件的主流成交价为每瓦0.68元至0.72元，与10月基本持平。",
            "业内人士指出，经过一年多的价格下跌，组件价格已经接近甚至低于大部分企业的现金成本，行业自律"
            "减产有助于缓解供需失衡。但也有分析认为，在产能整合完成之前，价格明显反弹的可能性不大。",
        ])
    p.headline(pv)
    p.line(pv, pv.byline, "byline")
    p.gap()
    p.body(pv)
    p.gap()

    p.furniture([
        "晟能电气",
        "智慧配电 · 安全可靠 · 绿色高效",
        "——晟能电气股份有限公司",
        "全国服务热线：400-860-2357",
        "地址：江苏省常州市武进区创新大道88号",
    ], "advertisement (company name, slogan, phone, address)")
    p.blank()

    h2 = Article(
        "h2", "氢能重卡示范运营里程突破千万公里",
        byline="本报讯（实习记者 苗青）", authors=["苗青"], lead="本报讯（实习记者 苗青）",
        notes="Dateline run in at the start of the body, excluded from first. Placed after the "
              "advertisement.",
        paras=[
            "记者从北京市经济和信息化局获悉，截至11月底，京津冀燃料电池汽车示范城市群累计推广燃料电池汽"
            "车超过3600辆，其中氢能重卡示范运营总里程突破1000万公里。",
            "据介绍，示范城市群已建成加氢站50余座，氢气终端售价较示范初期下降约三成。下一步，示范城市群"
            "将重点推动氢能重卡在钢铁、港口、冷链物流等场景的规模化应用。",
        ])
    p.headline(h2)
    p.gap()
    p.body(h2)
    p.gap()
    p.furniture(["责任编辑：吕 蕾  美编：张 宇", "中国能源报 第11版"], "page footer: credits")
    return p


PAGES = [n05, n06, n07, n08]
