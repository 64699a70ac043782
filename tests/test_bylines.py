import pytest

from generator.split.bylines import closing_byline, parse_byline, signature_alone, split_dateline, split_photo_credit, split_trailing_byline


@pytest.mark.parametrize("line,authors", [
    ("本报记者 谭志娟 北京报道", ["谭志娟"]),
    ("本报记者　舒望川　By SHU WANGCHUAN", ["舒望川"]),  # a bilingual page's byline, the name again in English
    ("By LAN QIUSHI　本报记者　蓝秋实", ["蓝秋实"]),
    ("文／［阿尔德里亚］托马斯·贝克曼　　译／姚知夏", ["托马斯·贝克曼", "姚知夏"]),  # the translator wrote the words printed
    ("露西•哈特菲尔　文　　宁远舟　译", ["露西•哈特菲尔", "宁远舟"]),
    ("（译／宁远舟）", ["宁远舟"]),
    ("文并摄　邰小舟", ["邰小舟"]),  # who wrote the piece and took its pictures
    ("本报记者 孟 珂 韩 昱 郭冀川", ["孟珂", "韩昱", "郭冀川"]),
    ("文 / 崔冰 何颖 崔柔", ["崔冰", "何颖", "崔柔"]),
    ("■ 贾 丽", ["贾丽"]),
    ("新华社记者 魏玉坤 韩佳诺", ["魏玉坤", "韩佳诺"]),
    ("本报记者 顾梦轩 夏欣 广州", ["顾梦轩", "夏欣"]),
    ("檀志扬 潘庆谊 摄", ["檀志扬", "潘庆谊"]),
    ("郭冀川/摄", ["郭冀川"]),
    ("◎ 盛来运 刘桂平", ["盛来运", "刘桂平"]),
    ("□ 欧阳明", ["欧阳明"]),
    ("总编辑 曾纯", ["曾纯"]),
    # papers whose names end otherwise than in 报
    ("每日经济新闻记者 唐婷 袁怡秀", ["唐婷", "袁怡秀"]),
    ("21世纪经济报道记者 熊雯琳", ["熊雯琳"]),
    # after 文/ or 作者： a name stands though the dictionary knows it as a place
    ("文 / 龙阳", ["龙阳"]),
    ("作者：龙阳", ["龙阳"]),
    # one reporter wrote the piece and took its pictures
    ("文·图／本报记者　岑晓棠", ["岑晓棠"]),
    ("图文／本报记者　岑晓棠", ["岑晓棠"]),
    ("文·摄／祁望舒", ["祁望舒"]),
])
def test_byline_forms(line, authors):
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize("line", ["记者手记", "记者注意到，", "中国经济顶住多重压力实现量的合理增长",
                                  # marked crossheads: their words are not names
                                  "●转型破局", "■利率倒挂", "◆科技强省", "■向下、向下、再向下",
                                  # a marked place name is a crosshead; after 文/ four characters are no name
                                  "■龙阳", "文/转型破局"])
def test_words_that_only_start_like_bylines(line):
    assert parse_byline(line) is None


def test_role_alone_waits_for_names():
    assert parse_byline("新华社记者").needs_names


def test_inline_datelines():
    byline, rest = split_dateline("新华社北京2月29日电(记者 吴雨 张千千)中国人民银行29日表示")
    assert byline.authors == ["吴雨", "张千千"] and rest.startswith("中国人民银行")
    byline, rest = split_dateline("本报讯(记者 李将辉)2024年2月29日，国家自然科学基金委员会发布")
    assert byline.authors == ["李将辉"]


def test_headline_and_byline_printed_on_one_line():
    assert split_trailing_byline("疏通特色产业集群发展堵点本报记者 孟 珂") == ("疏通特色产业集群发展堵点", "本报记者 孟 珂")


def test_photo_credit_at_end_of_caption():
    caption, credit = split_photo_credit("带动周边30余人稳定就业增收。 檀志扬 潘庆谊 摄")
    assert caption.endswith("增收。") and credit.authors == ["檀志扬", "潘庆谊"]


def test_a_role_first_photo_credit_at_the_end_of_a_caption():
    caption, credit = split_photo_credit("▲工人在车间查看装配线的运行数据。　摄影/雷鸣远")
    assert caption.endswith("数据。") and credit.authors == ["雷鸣远"] and credit.photo
    assert split_photo_credit("他说这是我们的意图：张三") is None
    assert parse_byline("编辑/李四 美编/王五") is None  # staff alone: no byline


def test_a_staff_credit_names_the_writers_of_a_package():
    assert parse_byline("本篇文章均由本报记者石健采写").authors == ["石健"]
    assert parse_byline("本版文字由记者王小明、李四撰写").authors == ["王小明", "李四"]
    assert parse_byline("本版图片由新华社提供") is None


@pytest.mark.parametrize("line, names", [
    ("王小明/文", ["王小明"]),
    ("王小明 李四 文/图", ["王小明", "李四"]),
    ("撰文/王小明 摄影/李四", ["王小明"]),  # the writer is the author; the photographer is credited for the pictures
    ("文/王小明 图/李四", ["王小明"]),
    ("编辑｜李四　文｜本刊记者　王小明　赵六　图｜视界图库", ["王小明", "赵六"]),  # the editor first; the writers' title before them
    ("采访、撰文｜本刊记者　王小明　　编辑｜李四　　摄影｜赵六", ["王小明"]),
    ("文｜王小明　制图｜李四", ["王小明"]),
    ("摄影｜赵六　编辑｜李四", ["赵六"]),  # a photo story: no one credited for words
    ("文/王小明\u3000编辑/李四", ["王小明"]),  # a magazine's credits line: the editor is staff
    ("文｜王小明　责编｜李四", ["王小明"]),
    ("分析师：王小明（执业证书编号：S0830521070002）", ["王小明"]),  # a broker's analyst signs a stock review
])
def test_bylines_that_name_the_writer_before_the_role_or_pair_roles_with_names(line, names):
    assert parse_byline(line).authors == names


def test_readers_writing_together_and_a_reader_signing_run_in():
    from generator.split.bylines import reader_signature
    assert reader_signature("屏溪县　读者　杜春燕　潘立").authors == ["杜春燕", "潘立"]
    assert reader_signature("屏溪县 读者 杜春燕 潘立").authors == ["杜春燕", "潘立"]  # as cleaned: one space each
    assert reader_signature("读者 王 强").authors == ["王强"]  # a letter-spaced name stays one
    assert closing_byline("…让它真正发挥作用。（萧原　读者　庞秋）").authors == ["庞秋"]


def test_a_letter_signed_with_the_readers_district_and_occupation():
    """'（棠溪区　退休教师　宋怀瑾）': a letter signed with where the reader
    lives and what the reader does, then the name, run in at its end."""
    assert closing_byline("…能在更多菜场推广开来。（棠溪区　退休教师　宋怀瑾）").authors == ["宋怀瑾"]
    assert closing_byline("…希望早日解决。（市民　王芳）").authors == ["王芳"]
    assert closing_byline("…欢度佳节。（教师节）") is None


def test_closing_signatures_with_the_newsroom_or_what_the_reporter_did():
    assert closing_byline("…就业意向。（区融媒体中心　沐晴）").authors == ["沐晴"]
    assert closing_byline("…提交申请。（记者单知微整理）").authors == ["单知微"]
    assert closing_byline("…提交申请。（记者　单知微　整理）").authors == ["单知微"]


def test_an_expert_named_after_the_workplace_and_an_excerpts_writer_are_bylines():
    assert parse_byline("澜江省社会科学院经济研究所　骆小源").authors == ["骆小源"]
    assert parse_byline("（摘自《澜江社会科学》2033年第5期，作者：甘小云）").authors == ["甘小云"]


def test_one_credit_for_all_of_a_columns_items_is_the_pages_not_a_byline():
    from generator.split.lines import EDITOR_CREDIT

    assert EDITOR_CREDIT.match("本栏撰稿｜葛小秋　孙小禾　严小夏") and parse_byline("撰稿：王小五").authors == ["王小五"]


def test_traditional_characters_read_as_the_same_forms():
    """Hong Kong and Taiwan papers print roles and datelines in traditional
    characters; the names come out as printed."""
    assert parse_byline("維港日報記者　龐詠琳").authors == ["龐詠琳"]
    byline, rest = split_dateline("維港日報訊（記者　鄺卓謙）本地新股市場回暖勢頭持續。")
    assert byline.authors == ["鄺卓謙"] and byline.text == "維港日報訊（記者　鄺卓謙）" and rest == "本地新股市場回暖勢頭持續。"
    assert closing_byline("新股上市後的表現亦出現分化。（記者 鄺卓謙）").authors == ["鄺卓謙"]
    assert parse_byline("報告指出，新股集資額大幅回升") is None


@pytest.mark.parametrize("line,authors", [
    # the role and a space, the names alone after it
    ("撰文　钟离思", ["钟离思"]),
    ("作者 温静姝", ["温静姝"]),
    ("撰文｜孔令舟", ["孔令舟"]),
    # a translated piece: the writer, a foreign name, is the author; the translator is not
    ("文｜艾琳·索恩达尔　翻译｜卢一川", ["艾琳·索恩达尔"]),
    # an as-told-to piece: who wrote it down is the author, not who told it
    ("口述｜韦青山（屿南竹业集团董事长）　整理｜本刊记者　戚若", ["戚若"]),
])
def test_magazine_credit_forms(line, authors):
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize("line", ["作者 认为这是", "撰文｜转型破局"])
def test_role_words_before_other_words_are_no_byline(line):
    assert parse_byline(line) is None


def test_all_media_newsrooms_and_county_media_centres():
    assert parse_byline("桐阳日报全媒体记者　季晚舟").authors == ["季晚舟"]
    assert parse_byline("融媒记者　汤问渠").authors == ["汤问渠"]
    byline, rest = split_dateline("雁川融媒讯（记者　苗一禾）10月15日，我县举行重大项目集中签约活动。")
    assert byline.authors == ["苗一禾"] and rest.startswith("10月15日")


def test_as_told_to_credits_on_two_lines():
    """'口述｜X（post）' over '整理｜本刊记者　Y': the first line credits who
    told the story (no author), the second who wrote it down."""
    told = parse_byline("口述｜韦青山（屿南竹业集团董事长）")
    assert told is not None and told.authors == []
    assert parse_byline("整理｜本刊记者　戚若").authors == ["戚若"]


def test_an_office_before_the_name_in_a_closing_credit_is_no_name():
    assert signature_alone("（协会秘书处　倪亦晴）").authors == ["倪亦晴"]
    assert signature_alone("（芦塘镇　韦小溪）").authors == ["韦小溪"]


def test_editors_credits_parted_by_bars():
    from generator.split.lines import EDITOR_CREDIT

    assert EDITOR_CREDIT.match("责任编辑　颜秋白　｜　版面编辑　邝芷")
    assert not EDITOR_CREDIT.match("责任编辑　颜秋白　｜　地方国资“接盘”光伏项目")


def test_two_names_after_their_post():
    assert parse_byline("文／新溯财富研究员　乔砚　宗晚").authors == ["乔砚", "宗晚"]
    assert parse_byline("文／全国政协委员、某大学院长　陶 静 姝").authors == ["陶静姝"]  # one name, letter-spaced


def test_a_supplied_items_credit_names_its_writer_after_the_firm():
    assert parse_byline("供稿：溯川重工　孟一帆").authors == ["孟一帆"]
    assert parse_byline("供稿：溯川重工").authors == []


def test_a_pictures_source_credited_with_a_slash():
    """'本报资料室/图', '受访者/供图' (no photographer named) close a caption, on
    their own line or after its last sentence."""
    for credit in ("本报资料室/图", "受访者/供图", "视觉中国/图"):
        found = parse_byline(credit)
        assert found is not None and found.photo and found.authors == [], credit
    caption, credit = split_photo_credit("西安某公司通过等离子增材设备打印出来的零部件。受访者/供图")
    assert caption.endswith("零部件。") and credit.text == "受访者/供图"
    assert split_photo_credit("他说，这是我们的试验图") is None


def test_a_supplier_credited_after_a_wide_space_closes_a_portrait_caption():
    """'岚信基金总经理柯望舒　　受访者供图' under an interview's headline: the
    caption naming who is pictured, and who supplied the photo."""
    from generator.split.bylines import split_photo_credit

    caption, credit = split_photo_credit("岚信基金总经理柯望舒　　受访者供图")
    assert caption == "岚信基金总经理柯望舒" and credit.photo and credit.authors == []


def test_a_commentators_name_with_post_in_brackets_and_a_compilers_credit_name_the_writer():
    """'郁清和（九州财经大学教授）' under a commentary names its writer; so do
    '（晏秋　编译）' closing a foreign item and '本报记者　晏秋　编译' (编译 is
    what the reporter did, no name)."""
    from generator.split.bylines import closing_byline, parse_byline

    assert parse_byline("郁清和（九州财经大学教授）").authors == ["郁清和"]
    assert closing_byline("食品价格上涨2.8%。（晏秋　编译）").authors == ["晏秋"]
    assert parse_byline("本报记者　晏秋　编译").authors == ["晏秋"]


def test_a_market_commentators_name_with_an_advisers_or_strategists_post_in_brackets():
    """A securities page signs its market comments with the name and, in
    brackets, the firm and the post of an investment adviser, a strategist
    or a fund manager: the name is the writer's."""
    from generator.split.bylines import parse_byline

    assert parse_byline("邵怀瑾（澜港投资顾问）").authors == ["邵怀瑾"]
    assert parse_byline("蓝秋池（屿湾证券首席策略师）").authors == ["蓝秋池"]
    assert parse_byline("柯望之（澄信基金基金经理）").authors == ["柯望之"]


def test_writers_credited_in_brackets_on_a_line_of_their_own():
    """'（执笔：X　Y）' after a report, '（作者：X）' after an essay: the
    writers; '（作者单位：…）' names no one."""
    assert parse_byline("（执笔：邵怀瑾\u3000蓝秋池）").authors == ["邵怀瑾", "蓝秋池"]
    assert parse_byline("（作者：柯望之）").authors == ["柯望之"]
    assert parse_byline("（作者单位：青岚省委党校）") is None


def test_a_desk_of_the_paper_credited_under_the_headline_is_a_byline_naming_no_one():
    """'本刊研究部' set apart under a headline: the magazine's research desk
    wrote the piece; a byline with no person's name, never the headline's rest."""
    found = parse_byline("本刊研究部")
    assert found is not None and found.authors == []
    assert parse_byline("本刊研究部认为") is None
    assert parse_byline("瀚海经营报研究院").authors == []  # the paper's institute, by the paper's name


def test_a_digests_credit_of_where_it_took_a_piece_from_is_its_byline():
    """'（摘自《北港商报》5月6日　温叙）' set under a reprinted piece: the paper
    it came from and its writer, the author; '（摘自《求是》）' names no one."""
    assert parse_byline("（摘自《北港商报》5月6日\u3000温叙）").authors == ["温叙"]
    assert parse_byline("（摘自《澄阳日报》\u3000宋知白）").authors == ["宋知白"]
    found = parse_byline("（摘自《求是》）")
    assert found is not None and found.authors == []


def test_a_byline_followed_by_where_the_piece_first_ran():
    """'文／柯向晚　原载《南岭工人报》': the writer, then the paper the piece
    first ran in; the writer is the author."""
    assert parse_byline("文／柯向晚\u3000原载《南岭工人报》").authors == ["柯向晚"]
    assert parse_byline("据说 原载《经济日报》") is None


def test_a_bracketed_credit_of_several_roles_names_everyone_credited():
    """'（课题组负责人：X；执笔：Y　Z）', '（执笔人：Y　Z）' under a think-tank
    report: who led the study and who wrote it, its authors."""
    assert parse_byline("（课题组负责人：韦望川；执笔：程听澜　柏书远）").authors == ["韦望川", "程听澜", "柏书远"]
    assert parse_byline("（执笔人：祁晚舟　柯望晴）").authors == ["祁晚舟", "柯望晴"]
    assert parse_byline("（课题组负责人：韦望川；地址：汀阳市）") is None


def test_a_journal_author_line_names_the_writer_before_the_affiliation():
    """'蒙望川（青衡大学　县域经济研究中心，青衡　汀州　410082）' under a
    笔谈 essay's headline: the writer, then where the writer works."""
    assert parse_byline("蒙望川（青衡大学　县域经济研究中心，青衡　汀州　410082）").authors == ["蒙望川"]
    assert parse_byline("高质量（发展研究院报告）") is None


def test_an_expert_signing_with_a_post_in_brackets_is_a_byline():
    """'（蒙望川　青衡大学县域经济研究中心主任）' on its own line after an
    expert's view: who signs it, with the post."""
    assert parse_byline("（蒙望川　青衡大学县域经济研究中心主任）").authors == ["蒙望川"]


def test_who_compiled_a_roundup_signs_it():
    """'…等问题。（郑小满　摘编）': the compiler of a roundup of views signs it."""
    assert closing_byline("等问题。（郑小满　摘编）").authors == ["郑小满"]


def test_a_study_team_under_a_headline_is_a_byline_naming_no_one():
    """'青衡省发展研究中心企业研究所课题组' under a report's headline: the team
    that wrote it, no person named."""
    found = parse_byline("青衡省发展研究中心企业研究所课题组")
    assert found is not None and found.authors == []


def test_a_signature_may_name_the_writers_unit_first():
    """'…。（养护公司　邝小川）': a company paper's item signed with the unit
    the writer works in, then the name; the name is the author."""
    assert closing_byline("处置时间缩短。（养护公司　邝小川）").authors == ["邝小川"]
    assert closing_byline("一站式服务。（智慧交通公司　晏书远）").authors == ["晏书远"]


def test_a_unit_or_firm_before_the_writers_name_is_no_author():
    """'（西南大区　戚远川）', '（雁浦机器人　司徒明）', '□ 营销中心　樊若川':
    the writer's unit or firm (longer than a name runs), then the writer."""
    assert closing_byline("级订单。（西南大区　戚远川）").authors == ["戚远川"]
    assert closing_byline("修服务。（雁浦机器人　司徒明）").authors == ["司徒明"]
    assert parse_byline("□ 营销中心　樊若川").authors == ["樊若川"]
    assert closing_byline("级订单。（张小川　李望舒）").authors == ["张小川", "李望舒"]


def test_a_readers_signature_keeps_the_place_before_the_role():
    """'（浙江杭州　读者　陈丽川）': the place is no unit to drop; the byline
    keeps it, the reader is the author."""
    found = closing_byline("发挥作用。（浙江杭州　读者　陈丽川）")
    assert found.text.startswith("浙江杭州") and found.authors == ["陈丽川"]


@pytest.mark.parametrize("line,authors", [("（学生记者　贺一舟　摄）", ["贺一舟"]), ("（校园记者 林鹿鸣 通讯员 温禾）", ["林鹿鸣", "温禾"])])
def test_a_campus_papers_student_reporter_is_a_role_not_a_name(line, authors):
    """University papers credit 学生记者 and 校园记者: the role, not a name '学生'."""
    assert signature_alone(line).authors == authors


def test_a_closing_credit_of_writer_and_photographer_after_slashes_signs_the_text():
    """'…40余个。（文／学生记者　林鹿鸣　图／学生记者　贺一舟）': the writer signs;
    the photographer took the pictures."""
    assert closing_byline("孵化学生创业项目40余个。（文／学生记者　林鹿鸣　图／学生记者　贺一舟）").authors == ["林鹿鸣"]
    assert signature_alone("（文/本报记者 王小明 图/李华）").authors == ["王小明"]


def test_paired_credits_read_apart_when_the_cleaned_text_glued_them():
    """'文／记者林鹿鸣图／记者贺一舟' (the space between the credits squeezed
    out): the next role and its slash end the writer's name."""
    assert parse_byline("文／学生记者林鹿鸣图／学生记者贺一舟").authors == ["林鹿鸣"]
    assert parse_byline("文／林鹿鸣图／贺一舟").authors == ["林鹿鸣"]


@pytest.mark.parametrize("line,name", [("［塔维里亚］伊莎贝拉·蒙特罗", "伊莎贝拉·蒙特罗"), ("（美）约翰·史密斯", "约翰·史密斯"),
                                       ("文／［德］汉斯·米勒", "汉斯·米勒")])
def test_a_foreign_writer_with_the_country_in_brackets_is_a_byline(line, name):
    """Papers credit a foreign contributor with the country in brackets and the
    name in transliteration: '［美］约翰·史密斯'."""
    assert parse_byline(line).authors == [name]
    assert parse_byline("［评论］中国经济") is None


@pytest.mark.parametrize("line,authors", [("記者黃柏霖／台北報導", ["黃柏霖"]), ("特派員盧思穎／維斯堡報導", ["盧思穎"]),
                                          ("【編譯孫立婷／綜合外電報導】", ["孫立婷"]), ("记者黄柏霖/台北报导", ["黄柏霖"]),
                                          ("【華匯社北京十日電】", [])])
def test_taiwan_and_hong_kong_bylines_and_bracketed_datelines(line, authors):
    """Taiwan papers sign '記者X／台北報導' (where the report was filed after the
    slash), Hong Kong papers open with a bracketed dateline '【華匯社北京十日電】'."""
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize("text,authors,rest", [("【本報訊】記者霍啟源報道：匯嶺置業昨晚發出公告", ["霍啟源"], "匯嶺置業昨晚發出公告"),
                                                ("【記者陳冠宇／台北報導】國內電動車零組件廠", ["陳冠宇"], "國內電動車零組件廠"),
                                                ("【華匯社北京十日電】金融監管部門十日發布通知", [], "金融監管部門十日發布通知")])
def test_a_bracketed_dateline_run_into_the_text_opens_it(text, authors, rest):
    byline, after = split_dateline(text)
    assert byline.authors == authors and after == rest


def test_staff_named_after_the_papers_news_mark_without_brackets_are_its_authors():
    """'本报讯　记者　庄言　实习生　米可　６月１３日，…': the reporter and the intern
    named after 讯 with full-width spaces between, no brackets round them."""
    byline, rest = split_dateline("本报讯　记者　庄言　实习生　米可　６月１３日，记者从桐溪市邮政管理局了解到")
    assert byline.authors == ["庄言", "米可"] and rest.startswith("６月１３日")


def test_words_like_a_role_or_a_dateline_in_brackets_name_no_one():
    """'（科技特派员）' is what the experts are, no signature; '【合作社来电】' is a
    column's label, no agency's dateline (that names its day: '【X社北京十日電】')."""
    assert closing_byline("…选派了一批农业专家下乡指导。（科技特派员）") is None
    assert parse_byline("【合作社来电】") is None


def test_an_interviews_credits_name_the_interviewer_and_the_moderator():
    """'采访｜本刊记者 X　整理｜实习记者 Y': who put the questions wrote the piece
    with who wrote it down; '主持人：本报记者 X' over a round table is the
    paper's moderator. A moderator's turn of the talk is no byline."""
    assert parse_byline("采访｜本刊记者　程远舟　整理｜实习记者　白露").authors == ["程远舟", "白露"]
    assert parse_byline("采访／本刊记者　程远舟").authors == ["程远舟"]
    assert parse_byline("采访／本刊记者　程远舟　摄影／柏青").authors == ["程远舟"]
    assert parse_byline("主持人：本报记者　欧阳知秋").authors == ["欧阳知秋"]
    assert parse_byline("主持人：谢谢各位嘉宾") is None


def test_a_photo_credit_run_in_in_brackets_names_the_photographer():
    """'…近两成。（本报记者邢楚摄）' (spaces squeezed out): the name is 邢楚,
    and the credit is a photo's."""
    found = closing_byline("今年前5个月，该企业出口订单同比增长近三成。（本报记者邢楚摄）")
    assert found.authors == ["邢楚"] and found.photo
    assert not closing_byline("今年前5个月，该企业出口订单同比增长近三成。（记者　邢楚）").photo


def test_a_translators_credit_and_a_foreign_outlets_bracketed_source():
    """'（编译／孟栖）' closing a retold item names its translator;
    '【北岬《北方经济评论》周刊5月6日一期文章】' opens a retold piece as an
    agency's bracketed dateline does."""
    assert closing_byline("全球需求放缓仍是该国经济面临的主要风险。（编译／孟栖）").authors == ["孟栖"]
    assert parse_byline("编译／孟栖").authors == ["孟栖"]
    found = split_dateline("【北岬《北方经济评论》周刊5月6日一期文章】题：跨国电网的新时代")
    assert found is not None and found[1].startswith("题：")
    assert split_dateline("【美国《华尔街日报》网站5月6日报道】据报道，…") is not None


def test_an_analyst_named_after_the_word_analyst_signs_the_comment():
    """'分析师　潘栖梧' and '■分析师　鲍千帆' over or under a market comment
    name the analyst; '分析师认为后市…' is a sentence, no byline."""
    assert parse_byline("分析师　潘栖梧").authors == ["潘栖梧"]
    assert parse_byline("■分析师　鲍千帆").authors == ["鲍千帆"]
    assert parse_byline("分析师认为后市") is None


def test_an_engineers_workplace_then_name_signs_the_piece():
    """'沅川能源集团芷陵发电公司　韦知远': a trade paper's technical piece signed
    with where the writer works, then the name; a headline naming a firm
    and what it did is no byline."""
    found = parse_byline("沅川能源集团芷陵发电公司　韦知远")
    assert found is not None and found.authors == ["韦知远"]
    assert parse_byline("澜川设计研究院　祝映川　邵禾") .authors == ["祝映川", "邵禾"]
    assert parse_byline("国家电网公司 发布报告") is None


def test_a_papers_bureau_beside_its_reporter_is_no_author():
    """'本报记者　泓州分社　宁小帆': the bureau the reporter files from is no person."""
    assert parse_byline("本报记者　泓州分社　宁小帆").authors == ["宁小帆"]
    assert parse_byline("本报记者　宁小帆　泓州分社").authors == ["宁小帆"]


def test_a_sponsors_piece_signed_with_the_role_the_sponsor_and_the_writer():
    """'文／图　泓州农商银行　宁小帆': on a sponsored page the writer's role,
    the bank that sponsors the page, then the writer: only the writer is an author."""
    assert parse_byline("文／图　泓州农商银行　宁小帆").authors == ["宁小帆"]
    assert parse_byline("文　岚江恒远重工集团有限公司　聂晚晴").authors == ["聂晚晴"]
    assert parse_byline("图　中国银行") is None


def test_a_closing_source_in_brackets_names_no_writer():
    """'…（据瀚海社）': the agency the item came from closes it; it is no name."""
    for text in ("医疗服务业就业人数增长较快。（据瀚海社）", "增长较快。（据新华社电）"):
        found = closing_byline(text)
        assert found is not None and found.authors == []


def test_reporters_named_after_a_dateline_without_brackets_are_its_byline():
    """'本报阿尔维多6月8日电　记者　岳临川　伊斯帕拉贸易部8日宣布…': the reporters
    named after the dateline, set apart by spaces, then the text."""
    byline, rest = split_dateline("本报塔兰城6月10日电　记者　潘一诺　季长风　第三届经贸合作论坛10日在塔兰城开幕，签约额超120亿美元。")
    assert byline.authors == ["潘一诺", "季长风"] and rest.startswith("第三届经贸合作论坛")
    byline, rest = split_dateline("新华社北京2月29日电　中国人民银行29日表示，将会同有关部门补齐短板。")
    assert byline.authors == [] and rest.startswith("中国人民银行")


def test_a_translators_name_then_the_word_for_it_signs_a_retold_piece():
    """'韦听澜　编译' under a piece retold from a foreign outlet: who translated it;
    a phrase that is no name before 编译 signs nothing."""
    assert parse_byline("韦听澜　编译").authors == ["韦听澜"]
    assert parse_byline("王小明　李华　编译").authors == ["王小明", "李华"]
    assert parse_byline("全球经济　编译") is None


def test_a_desk_with_its_writer_and_a_reporter_with_the_place_after_a_bar():
    """'本报数据新闻部　覃一帆': the paper's desk, then who there wrote it;
    '本刊记者　卓书遥｜曲港报道': the reporter, a bar, where the report was filed."""
    assert parse_byline("本报数据新闻部　覃一帆").authors == ["覃一帆"]
    assert parse_byline("本报数据新闻部").authors == []
    assert parse_byline("本刊记者　卓书遥｜曲港报道").authors == ["卓书遥"]


def test_overseas_papers_credit_the_reporter_as_reporting_and_the_columnist_as_column_writer():
    """'报道：林明辉' under a headline, '（报道：叶家伟）' closing an item,
    '专栏作者：陈嘉豪' over a column: the way overseas Chinese papers sign."""
    assert parse_byline("报道：林明辉").authors == ["林明辉"]
    assert parse_byline("（报道：叶家伟）").authors == ["叶家伟"]
    assert parse_byline("专栏作者：陈嘉豪").authors == ["陈嘉豪"] and parse_byline("特约作者：王一帆").authors == ["王一帆"]
    assert parse_byline("报道：本地多家银行") is None
    assert closing_byline("…协助厂方培训本地技术人员。（报道：叶家伟）").authors == ["叶家伟"]


def test_a_role_word_run_into_a_verb_signs_no_reader():
    """'市民卡新增' (over '图书借阅功能') is a headline's first line: 市民 run
    into 卡 and the verb 新增 names no reader; '市民王先生', '读者 陈丽华' do."""
    from generator.split.bylines import reader_signature
    assert reader_signature("市民卡新增") is None
    assert reader_signature("市民王先生").authors == ["王先生"] and reader_signature("读者 陈丽华").authors == ["陈丽华"]


def test_names_with_a_two_character_surname():
    """'欧阳慧中', '司马光华': the surname is a word of the dictionary, so the
    name reads as two words; it is still a name."""
    assert parse_byline("文／欧阳慧中").authors == ["欧阳慧中"]
    assert parse_byline("作者：司马光华").authors == ["司马光华"]
    assert parse_byline("文／歐陽慧中").authors == ["歐陽慧中"]


@pytest.mark.parametrize("line,authors,rest", [
    # a Taiwan wire's dateline, all in brackets: the place run on after the last name
    ("（環島社記者高子晴瀛北12日電）財政部今天發布", ["高子晴"], "財政部今天發布"),
    ("（中央社记者林书宇、赖品瑄台北15日电）晶圆代工厂今天", ["林书宇", "赖品瑄"], "晶圆代工厂今天"),
    ("（环岛社记者邱家瑜兰斯堡14日专电）北美联储", ["邱家瑜"], "北美联储"),
    ("（环岛社瀛北15日综合外电报导）国际油价", [], "国际油价"),
    # a Taiwan paper's run-in credit in tortoise-shell brackets
    ("〔記者周家豪／嵐港報導〕嵐港自由貿易港區", ["周家豪"], "嵐港自由貿易港區"),
    # a Hong Kong paper's reporter after the bracketed dateline, a space and no colon
    ("【本報訊】記者羅子軒報道　晶嵐科技昨日公布", ["羅子軒"], "晶嵐科技昨日公布"),
])
def test_bracketed_datelines_of_taiwan_and_hong_kong_papers(line, authors, rest):
    byline, text = split_dateline(line)
    assert (byline.authors, text) == (authors, rest) and not byline.text.endswith("\u3000")


def test_a_taiwan_papers_closing_credit_in_tortoise_shell_brackets():
    assert closing_byline("月產能增加3萬片。〔記者葉書豪〕").authors == ["葉書豪"]
    assert closing_byline("月产能增加3万片。〔记者叶书豪〕").authors == ["叶书豪"]


def test_a_plants_or_a_stations_head_is_a_post_a_speaker_holds():
    from generator.split.bylines import post_and_name

    assert post_and_name("瀚原油田采油三厂厂长　萧定远").group("name") == "萧定远"
    assert post_and_name("北坡储运站站长　黎穗").group("name") == "黎穗"


def test_legal_pages_answering_lawyers_and_writing_officials_sign_so():
    """'答疑律师　俞清远（…律师事务所）' under a Q&A's headline; '（律师　符小晴）'
    or '（…律师事务所律师　甄小满）' closing the answer; '文／…政策法规处　谭望秋'
    over an explainer: each names who wrote it."""
    assert parse_byline("答疑律师　俞清远（泓城明律律师事务所）").authors == ["俞清远"]
    assert closing_byline("可以在无理由退货期内申请退货。（律师　符小晴）").authors == ["符小晴"]
    assert closing_byline("还可以要求加付赔偿金。（临皋正衡律师事务所律师　甄小满）").authors == ["甄小满"]
    assert parse_byline("文／岚州市网信办政策法规处　谭望秋").authors == ["谭望秋"]
    assert closing_byline("各方都表示满意。（完）") is None


def test_theory_pages_writers_named_before_their_unit_or_after_their_post_in_the_note():
    """'作者：温敬庭　岚州省委党校经济学教研部' over an essay; '（作者为汀川市社会科学院
    研究员　祁霜）' after one: each names its writer."""
    from generator.split.bylines import noted_authors

    assert parse_byline("作者：温敬庭　岚州省委党校经济学教研部").authors == ["温敬庭"]
    assert noted_authors("（作者为汀川市社会科学院研究员　祁霜）") == ["祁霜"]
    assert noted_authors("（作者系岚州大学教授）") == []
    assert noted_authors("（作者：祝遥　澄江交通大学交通运输学院教授）") == ["祝遥"]


def test_a_reporters_role_then_a_slash_or_a_bar_then_the_names():
    """'记者／邹一川', '本报记者｜X' under a headline: the role, a slash or a
    bar in place of the space, then the names; a second role after the
    slash ('记者/摄影 X') is no name."""
    assert parse_byline("记者／邹一川").authors == ["邹一川"]
    assert parse_byline("本报记者｜柏青禾").authors == ["柏青禾"]
    found = parse_byline("记者/摄影 张三")
    assert found is None or "摄影" not in found.authors
