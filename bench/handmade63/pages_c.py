"""Pages lg09-lg12 of handmade63 (development set; all papers, firms, names, places and figures invented)."""
from __future__ import annotations

from layout import FW, Article, Cross, Page, Raw, cn_date, justify, spaced, wrap

RUNIN = ("kicker", "headline", "subtitle", "body")  # run-in byline: no byline line printed


# ---------------------------------------------------------------------------
def lg09() -> Page:
    """Business daily 品牌·消费 专题 page (老字号): brand story with letter-spaced headline; ◆ award list; 软文
    marked 广告 with a headline on two lines, slogan and contact box; ordinary 消费季 news with run-in dateline."""
    pg = Page("lg09.txt", cols=24, indent=FW, blanks="arts", seed=6309,
              style="business daily 品牌·消费 专题 page (老字号新活力), blank lines only between blocks: header on three lines (paper + date with weekday; 第5版; 专题 name 老字号新活力); brand story with its headline letter-spaced with single spaces and byline line 本报记者 X; ◆ award list of the third batch of 老字号 (not an article); advertorial marked 广告 on a line of its own with a headline on two lines, a slogan line and a contact box (地址、电话); ordinary 消费季 news with run-in 本报讯（记者 X　实习生 Y）; footer")
    pg.furniture(["棠城商报　" + cn_date(2032, 8, 12),
                  "第5版",
                  "专题·老字号新活力"], "page header")
    pg.blank()
    a = Article(
        "a", "百年“福顺斋”的新滋味",
        byline="本报记者　沐小芸", authors=["沐小芸"],
        notes="Brand story on the 老字号 专题 page written by the paper's reporter (no 广告 mark): article. The "
              "headline is letter-spaced with single spaces (quotation marks spaced too); title written unspaced. "
              "The shop's heir quoted is not an author.",
        paras=[
            "创立于1908年的福顺斋，是棠城人记忆里的糕点老字号。桂花糕、绿豆酥、椒盐饼，几代人的童年都少不了这一口。",
            "这几年，福顺斋的第四代传人汤以安带着年轻团队，推出低糖版桂花糕和联名文创礼盒，还把老店后院改成了可以现场观看制作的“糕点工坊”。“老手艺不能丢，但口味要跟上年轻人。”汤以安说。",
            "去年，福顺斋线上销售额首次超过线下，达到6800万元，门店客流中35岁以下的顾客占到一半以上。",
        ])
    pg.article(a, sep=" ")
    pg.blank()
    pg.furniture(["第三批“棠城老字号”名单",
                  "◆福顺斋（糕点）",
                  "◆春和堂（中医药）",
                  "◆陈记铜器（手工艺）",
                  "◆德源酱园（调味品）",
                  "◆万和楼（餐饮）"], "◆ award list (not an article)")
    pg.blank()
    pg.furniture(["广告"], "the mark 广告 over the advertorial (not part of it)")
    b = Article(
        "b", "春和堂：守正创新传承中医药文化",
        head=["春和堂：守正创新", "传承中医药文化"],
        notes="**new** Advertorial marked 广告 on the line above: headline on two lines (joined), a slogan line "
              "under it (neither subtitle nor body), running prose, no byline: an article with no authors. The "
              "contact box after it (地址、电话) is not body.",
        paras=[
            "春和堂始创于清光绪年间，至今已有一百四十余年历史。百余年来，春和堂坚持“炮制虽繁必不敢省人工，品味虽贵必不敢减物力”的古训，传统饮片炮制技艺入选省级非物质文化遗产名录。",
            "如今，春和堂在棠城拥有门店32家，并建成现代化中药饮片生产基地，年产饮片1200吨。",
        ])
    pg.headline(b)
    pg.line(b, "百年春和　仁心济世", "slogan")
    pg.body(b)
    pg.furniture(["总店地址：棠城市鼓楼街116号",
                  "咨询电话：0×××-2261××××"], "contact box of the advertiser (not body)")
    pg.blank()
    c = Article(
        "c", "2032棠城老字号消费季启动",
        byline="本报讯（记者　沐小芸　实习生　章北辰）", authors=["沐小芸", "章北辰"],
        lead="本报讯（记者　沐小芸　实习生　章北辰）",
        notes="Ordinary news on the 专题 page. Run-in 本报讯（记者 X　实习生 Y） excluded from first; both authors.",
        paras=[
            "8月11日，2032棠城老字号消费季在鼓楼历史街区启动。活动持续至10月底，全市86家老字号企业将推出满减优惠、非遗展演、老字号夜市等300余场活动，市商务局同步发放老字号专属消费券500万元。",
        ])
    pg.article(c, order=RUNIN)
    pg.blank()
    pg.furniture(["本版编辑：冼一舟　　美编：单小茉"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg10() -> Page:
    """Evening paper 区县专版 in a very narrow column: display slogan; interview with the county head (——副题
    访…); label 企业风采 over a co-operative's profile with slogan and phone line; ordinary news; QR caption;
    本版由…协办."""
    pg = Page("lg10.txt", cols=18, indent=FW, blanks="para", seed=6310,
              style="evening paper 区县专版 in a very narrow column, blank lines between paragraphs and blocks: header on three lines; display slogan over two lines (奋进新时代 / 建设新白沙) and the line 白沙县专版 (furniture); interview with the county head: headline with a quoted phrase, ——副题 访…, byline line 本报记者 X, intro and 问：／答： paragraphs; label 企业风采 over a co-operative's profile (headline = its name over two lines, slogan line, 订购电话 line after the body); ordinary news item with run-in 本报讯（通讯员 X）; QR-code caption; footer with 本版由…协办")
    pg.furniture(["楠溪晚报",
                  cn_date(2035, 7, 3) + "　A15",
                  "区县专版"], "page header")
    pg.blank()
    pg.furniture(["奋进新时代", "建设新白沙", "——白沙县专版"], "display slogan over the page (not an article)")
    pg.blank()
    a = Article(
        "a", "让“小县城”长出“大产业”", kind="interview",
        subtitle="——访白沙县县长唐允之",
        byline="本报记者　封子墨", authors=["封子墨"],
        notes="Interview with the county head on a county's sponsored page (本版由…协办): kind interview; the "
              "reporter is the author, the county head who answers (唐允之) is not. ——副题 访… is the subtitle. "
              "The intro paragraph and the 问：／答： paragraphs are body.",
        paras=[
            "白沙县地处楠溪西部山区，近年来县域经济增速连续三年位居全市前列。日前，记者专访了白沙县县长唐允之。",
            "问：白沙发展的底气在哪里？",
            "答：在产业。我们聚焦蓝莓、竹木加工和康养旅游三大产业，去年三大产业产值达到126亿元，占全县经济总量的六成。",
            "问：下一步有什么打算？",
            "答：今年我们要建成蓝莓精深加工园，把鲜果变成果汁、果酒和冻干产品，让农民在产业链上多赚一份钱。",
        ])
    pg.article(a)
    pg.blank()
    pg.furniture(["企业风采"], "column label 企业风采")
    b = Article(
        "b", "白沙县青岚蓝莓专业合作社", section="企业风采",
        head=["白沙县青岚蓝莓", "专业合作社"],
        notes="Profile of a co-operative under the label 企业风采 (section): its name printed as the headline over "
              "two lines is the title (joined); the slogan line is neither subtitle nor body; no byline; the "
              "订购电话 line after the body is not body.",
        paras=[
            "青岚蓝莓专业合作社成立于2029年，现有社员412户，种植蓝莓8600亩，去年鲜果销售额1.3亿元，社员户均增收3.2万元。合作社的蓝莓今年首次出口东南亚。",
        ])
    pg.headline(b)
    pg.line(b, "一颗蓝莓　甜了山乡", "slogan")
    pg.gap()
    pg.body(b)
    pg.furniture(["订购电话：", "0×××-7012××××"], "订购电话 lines of the profile (not body)")
    pg.blank()
    c = Article(
        "c", "白沙竹博会吸引客商300余家",
        byline="本报讯（通讯员　韦书遥）", authors=["韦书遥"], lead="本报讯（通讯员　韦书遥）",
        notes="Ordinary news item on the county page. Run-in 本报讯（通讯员 X） excluded from first.",
        paras=[
            "7月1日，第五届白沙竹产业博览会开幕，吸引了来自全国的300余家客商参展采购，首日意向成交额达到2.6亿元。",
        ])
    pg.article(c, order=RUNIN)
    pg.blank()
    pg.furniture(["（二维码）", "扫码游白沙"], "QR-code caption (not an article)")
    pg.blank()
    pg.furniture(["本版由中共白沙县委宣传部协办", "编辑：柴青　校对：米川"], "footer with sponsor line")
    return pg


# ---------------------------------------------------------------------------
def lg11() -> Page:
    """Business weekly 企业风采 page, NO indent and NO blank line: label 董事长寄语 over the chairman's message signed
    at the END (right-aligned post + name, then a right-aligned date); brand history feature; 荣誉资质 award list;
    contact box; ordinary industry news with byline line."""
    pg = Page("lg11.txt", cols=34, indent="", blanks="never", seed=6311,
              style="business weekly 企业风采 page for a group's 30th anniversary, NO indent and NO blank line anywhere: header on two lines; display slogan line 三十而立　扬帆再启航 (furniture); label 董事长寄语 over the chairman's message signed at its END (post + name right-aligned on a line of its own, then a right-aligned date line); brand-history feature with kicker and byline line 本刊记者 X; 荣誉资质 award list of ● lines; contact box (地址、电话、网址); ordinary textile-export news with byline line 本刊记者 X; footer")
    pg.furniture(["澜桥商业周刊　2036年6月30日　第26期",
                  "企业风采·华骏集团成立三十周年特刊"], "page header")
    pg.furniture(["三十而立　扬帆再启航"], "display slogan over the page (not an article)")
    pg.furniture(["董事长寄语"], "column label 董事长寄语")
    a = Article(
        "a", "同心三十载奋楫再出发", section="董事长寄语",
        head=["同心三十载　奋楫再出发"],
        byline="澜桥华骏集团董事长　司徒远", authors=["司徒远"],
        notes="**new** The chairman's message (寄语) on the group's sponsored anniversary page, under the label "
              "董事长寄语 (section): an article whose author is the chairman, who signs it at its END (post + name "
              "right-aligned on a line of its own, written without the leading U+3000s; the right-aligned date "
              "line after it is not body). Headline of two phrases parted by U+3000 joined.",
        paras=[
            "三十年前，华骏从澜桥河畔的一间小作坊起步，12台织机、20多名工人，是我们全部的家当。三十年后，华骏已经成长为拥有1.2万名员工、年营业收入超过200亿元的纺织服装集团。",
            "三十年风雨兼程，我们始终相信：品质是企业的生命，创新是发展的动力，员工是最宝贵的财富。站在新的起点上，华骏将坚定走好智能化、绿色化、品牌化之路，与全体员工、合作伙伴一道，书写下一个三十年的精彩篇章。",
        ])
    pg.headline(a)
    pg.body(a)
    pg.line(a, FW * 21 + a.byline, "byline")
    pg.line(a, FW * 27 + "2036年6月", "date")
    b = Article(
        "b", "从一间小作坊到行业领跑者",
        byline="本刊记者　闻人秋", authors=["闻人秋"],
        notes="Brand-history feature on the anniversary page, written by the weekly's reporter: article. The 引题 "
              "kicker 华骏三十年 is neither title nor subtitle. The chairman and workers named are not authors.",
        paras=[
            "2006年，华骏集团的前身澜桥第三织布厂在城郊挂牌。那时候，厂里生产的白坯布只能卖给周边的小服装厂。",
            "转折发生在2012年。华骏在全省同行中率先引进无梭织机，产品档次大幅提升，并开始为国际品牌代工。2020年后，华骏又创立了自有服装品牌“骏尚”，如今在全国开设门店460家。",
            "近三年，集团投入18亿元建设智能工厂，生产效率提升35%，单位产品能耗下降22%，先后获评国家级绿色工厂和智能制造示范工厂。",
        ])
    pg.article(b, kicker="华骏三十年")
    pg.furniture(["荣誉资质",
                  "●国家级绿色工厂",
                  "●国家智能制造示范工厂",
                  "●中国纺织服装行业百强企业",
                  "●省长质量奖"], "荣誉资质 award list (not an article)")
    pg.furniture(["澜桥华骏集团有限公司",
                  "地址：澜桥市经济开发区华骏大道1号",
                  "电话：0×××-8700××××　网址：www.huajun-group.com"], "contact box of the group (not an article)")
    c = Article(
        "c", "5月纺织服装出口额同比增长6.8%",
        byline="本刊记者　闻人秋", authors=["闻人秋"],
        notes="Ordinary industry news on the anniversary page; byline line 本刊记者 X (the same reporter as the "
              "feature).",
        paras=[
            "海关澜桥分关数据显示，5月份澜桥市纺织服装出口额达到38.6亿元，同比增长6.8%，连续三个月保持正增长。其中，对东盟出口增长15.2%，功能性面料和户外服装出口增势明显。",
        ])
    pg.article(c)
    pg.furniture(["责任编辑：百里青　　美术编辑：应小舟"], "footer")
    return pg


# ---------------------------------------------------------------------------
def lg12() -> Page:
    """Economic daily 专题报道 page with column breaks: 园区 feature whose body is cut in two by a ▲ photo caption;
    label 企业风采 over two ● company profiles with slogan run in after the name and a phone line; ordinary news with
    run-in dateline; 协办 line and QR caption at the foot."""
    pg = Page("lg12.txt", cols=26, indent="  ", blanks="some", colbreak=10, seed=6312, p_para=0.4, p_gap=0.8,
              style="economic daily 专题报道 page, blank lines sometimes plus column breaks (a blank line every 10 body lines, also inside paragraphs): header on two lines; 园区 feature with headline, ——副题 and byline line 本报记者 X　通讯员 Y whose body is CUT IN TWO by a ▲ photo caption with credit; label 企业风采 over two company profiles, each a ● headline (the company name) over a slogan line, body and a 联系电话 line; ordinary news with run-in 本报讯（记者 X）; footer with 本版由…协办 and a QR-code caption")
    pg.furniture(["溪州经济日报　" + cn_date(2031, 12, 4) + "　第8版",
                  "专题报道　　编辑：孔令仪　　美编：邬小川"], "page header")
    pg.blank()
    a = Article(
        "a", "光谷新城的“追光”之路",
        subtitle="——溪州光电产业园建设发展纪实",
        byline="本报记者　茅一涵　通讯员　邰晴", authors=["茅一涵", "邰晴"],
        notes="专题 feature on the sponsored page (本版由…协办): article. ——副题 is the subtitle; byline line 本报记者 X　"
              "通讯员 Y, both authors. The ▲ photo caption with its credit printed between two paragraphs is not "
              "body (body in pieces); the photographer of the caption is not an author.",
        paras=[
            "冬日的溪州光电产业园，塔吊林立，机器轰鸣。总投资56亿元的星辰光电二期项目主体厂房已经封顶，预计明年一季度投产。",
            "五年前，光电产业园还只有3家企业。如今，园区已集聚光电企业87家，形成了从光学材料、芯片到模组、整机的完整产业链，今年前10个月实现产值412亿元，同比增长26%。",
            "“产业链完整了，企业之间‘上下楼就是上下游’。”园区一家模组企业负责人说。园区还建成光电共性技术研究院，为中小企业提供检测、中试等服务，累计服务企业1600余次。",
        ])
    pg.article(a, order=("headline", "subtitle", "byline"))
    pg.gap()
    pg.body(a, end=2)
    pg.furniture(["▲溪州光电产业园一角。", "本报记者　茅一涵　摄"], "photo caption with credit between two paragraphs (not body)")
    pg.body(a, start=2)
    pg.blank()
    pg.furniture(["企业风采"], "column label 企业风采")
    b = Article(
        "b", "溪州星辰光电科技有限公司", section="企业风采",
        notes="Company profile under the label 企业风采 (section): ● headline (the company name; the ● is not part of "
              "the title), slogan line under it (neither subtitle nor body), no byline; the 联系电话 line after the "
              "body is not body.",
        paras=[
            "星辰光电成立于2024年，主要从事激光显示光学引擎研发制造，产品市场占有率位居国内前三。公司拥有授权专利420项，今年营业收入有望突破30亿元。",
        ])
    pg.headline(b, pad="●")
    pg.line(b, "点亮每一块屏", "slogan")
    pg.body(b)
    pg.furniture(["联系电话：0×××-3318××××"], "联系电话 line of the profile (not body)")
    pg.gap()
    c = Article(
        "c", "溪州睿视光学材料有限公司", section="企业风采",
        notes="Second ● company profile under the same label 企业风采: as the first; the slogan line and the "
              "联系电话 line are not body; no authors.",
        paras=[
            "睿视光学专注于光学级薄膜材料，打破了高端增亮膜依赖进口的局面，产品供应国内多家面板龙头企业。公司去年入选国家级专精特新“小巨人”企业名单。",
        ])
    pg.headline(c, pad="●")
    pg.line(c, "以膜为媒　光耀未来", "slogan")
    pg.body(c)
    pg.furniture(["联系电话：0×××-3326××××"], "联系电话 line of the profile (not body)")
    pg.blank()
    d = Article(
        "d", "全市光电产业链招商推介会举行",
        byline="本报讯（记者　茅一涵）", authors=["茅一涵"], lead="本报讯（记者　茅一涵）",
        notes="Ordinary news on the sponsored page. Run-in 本报讯（记者 X） excluded from first.",
        paras=[
            "12月3日，溪州市光电产业链招商推介会举行，现场签约项目19个，总投资142亿元，涉及光学材料、激光器件、智能终端等领域。",
        ])
    pg.article(d, order=RUNIN)
    pg.blank()
    pg.furniture(["本版由溪州光电产业园管委会协办",
                  "（二维码）扫码查看园区招商政策"], "footer: sponsor line and QR-code caption")
    return pg


PAGES = [lg09, lg10, lg11, lg12]
