"""Organizations: the full name as printed, and the short name the text uses for it.

Chinese print names a body as [place][proper name][trade][form]: 天津 易鼎丰 动力科技
有限公司, 中国 中医药学会, 工信部 电子标准院. The name ends in an organization word
(公司, 集团, 银行, 大学, 研究院, 委员会, 局 …, data/entities.yml `org_words`) and is
read backwards from it over the words a name is made of, as far as they go;
it must hold a proper word (a place, a brand jieba does not know, a Latin
name), so 上市公司, 商业银行 or 集团公司 are never organizations. A company
name stops at the district or city printed before it (山东枣庄经济开发区 泉为科技).

Companies are also printed bare in lists closed by 等企业 / 等平台 / 等厂商
(时代思康、晶旭半导体、龙合智能等企业). Later mentions use a short name, the name
without place, form and trade words (众远新材料 for 宁波众远新材料科技有限公司),
or one given with 简称; they count for the full name, which is listed once.
"""
from __future__ import annotations

import re
from collections import Counter

from .people import AUTHOR_NOTE, Token, Tokens, positioned
from ..regex_cache import compile as rx

PLACE_FLAGS = frozenset("ns nt".split())
# Words jieba's dictionary holds as names: often brands (华润, 浙商), sometimes not (高水平, 新一轮).
SOFT_BRAND_FLAGS = frozenset("nz nr nrt nrfg".split())
NAME_VERBS = frozenset("发展 建设 改革 投资 服务 管理 研究".split())  # verbs that do sit inside names (国家发展改革委)
INNER_FLAGS = PLACE_FLAGS | SOFT_BRAND_FLAGS | {"x", "eng", "n", "vn", "an", "b", "ng"}
STOP_WORDS = frozenset("旗下 下属 所属 等 及 和 与".split())
NATIONAL = ("中国", "国家", "全国", "中华", "中央", "国际", "世界")
COMPANY_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司", "股份")
TRADE_WORDS = ("科技", "技术", "发展", "实业", "控股", "股份", "电子", "动力", "网络", "信息", "智能", "国际", "中国")
TRADE_HEADS = ("科技", "证券", "药业", "控股", "股份")
FUNCTION_CHARS = "从以在对向与和由被把为将据及让给地这是有前该"
DIRECTIONS = set("东西南北中内外上下前后左右全局总")
# jieba glues a neighbouring function word onto an unknown word (这是, 三是, 从康弘, 企在).
GLUED_START = set("最很更都也还就再又才已将被把从向在对和与的了是这那该本各每其新一二三四五六七八九十多全年月日贷由过之")
GLUED_END = set("在的了是也还都就将被把和与等")
ACRONYM = rx(r"^[A-Z]{1,3}$")  # AI, EDA, GPT: a trade's acronym, not a company's name
AREA_END = rx(r"(?:市|县|区|镇|省)$")
LIST_KINDS = ("企业", "公司", "机构", "平台", "厂商", "银行", "车企", "药企", "券商", "巨头", "科技企业",
              "互联网企业", "电商平台", "头部企业", "龙头企业", "金融机构", "险企", "基金公司", "高校", "院校")
SHORTNAME = rx(r"简称[“\"「]?([\u3400-\u9fffA-Za-z0-9]{2,10})[”\"」]?")
BOOK_TITLE = rx(r"《[^》]{1,30}》")
NAME_CHARS = rx(r"[\u3400-\u9fffA-Za-z0-9]+")


class OrgReader:
    def __init__(self, org_words: list[str], titles: tuple[str, ...], company_words: list[str],
                 brand_words: list[str], predicates: frozenset[str] = frozenset(),
                 generic: frozenset[str] = frozenset()) -> None:
        self.heads = tuple(sorted(org_words, key=len, reverse=True))
        self.company = tuple(company_words)
        self.need_brand = frozenset(brand_words)
        self.trade = frozenset(TRADE_HEADS)
        self.titles = titles
        self.predicates = predicates
        self.generic = generic
        self.words: dict[str, list[Token]] = {}  # name -> its words as read

    def _head_word(self, word: str) -> str:
        if not word.endswith(self.heads):
            return ""
        return next(h for h in self.heads if word.endswith(h))

    def _head(self, t: Token) -> bool:
        """An organization word, or a word jieba knows as an organization name ending in one
        (工信部, 国家统计局), not a direction (中西部, 内外部), a title (常委) or a kind of body (上市公司)."""
        if not t.word.endswith(self.heads) or t.word in self.generic or t.word.endswith(self.titles):
            return False
        if t.word in self.heads:
            return True
        head = self._head_word(t.word)
        if not head or not (t.flag in ("nt", "j") or (t.flag == "x" and len(t.word) >= 3)):
            return False
        prefix = t.word[: -len(head)]
        return not set(prefix) <= DIRECTIONS and not self._glued(t)

    def _glued(self, t: Token) -> bool:
        return t.flag == "x" and (t.word[0] in GLUED_START or t.word[-1] in GLUED_END)

    def _brand(self, t: Token, soft: bool = True) -> bool:
        """A word that can only be a name: one jieba does not know (泉为), a Latin name,
        a number; with `soft`, also a word jieba's dictionary holds as a name (华润)."""
        if t.word.isdigit():
            return True
        if not NAME_CHARS.fullmatch(t.word) or self._glued(t) or ACRONYM.match(t.word):
            return False
        if t.flag in ("x", "eng"):
            return True
        # 智能化, 综合性: an adjective jieba's dictionary happens to hold as a name
        return soft and t.flag in SOFT_BRAND_FLAGS and not t.word.endswith(("化", "性", "型"))

    def _proper(self, t: Token) -> bool:
        return self._brand(t) or t.flag in PLACE_FLAGS or t.word.startswith(NATIONAL)

    def _inner(self, t: Token) -> bool:
        if not NAME_CHARS.fullmatch(t.word) or t.word.endswith(self.titles) or self._glued(t) or t.word in STOP_WORDS:
            return False
        if t.word in self.predicates and t.word not in NAME_VERBS:
            return False
        if t.word.isdigit():
            return False  # a number only opens a name, right before its organization word (360集团)
        return t.flag in INNER_FLAGS or t.word.startswith(NATIONAL) or (t.flag == "a" and len(t.word) == 1)

    def _walk_back(self, tokens: Tokens, i: int) -> int | None:
        """Index of the first word of the name that ends with tokens[i], or None when there is none."""
        head = tokens[i]
        company = head.word.endswith(self.company)
        head_word = self._head_word(head.word)
        if head.word in self.trade and (i == 0 or not self._brand(tokens[i - 1])):
            return None  # 科技, 证券, 药业 end a name only after a brand: 泉为科技, not 中国科技
        if i > 0 and tokens[i - 1].word.isdigit():
            return i - 1 if company else None  # 360集团, but not 10部
        whole = head.flag == "nt" and len(head.word) >= 4  # a name jieba knows whole: only a place may precede it
        j = i
        while j > 0 and i - j < 8:
            prev = tokens[j - 1]
            if prev.word in (")", "）") and j >= 3 and tokens[j - 3].word in ("(", "（") and tokens[j - 2].flag == "ns":
                j -= 3  # 沃飞长空科技(成都)有限公司: the seat printed inside the name
                continue
            # a verb inside a name sits between two names (微深联创科技, 华为开发者创新中心)
            inside_verb = prev.flag == "v" and len(prev.word) >= 2 and j >= 2 and self._brand(tokens[j - 2])
            if not (self._inner(prev) or inside_verb) or whole and not (prev.flag == "ns" or prev.word.startswith(NATIONAL)):
                break
            if company and (AREA_END.search(prev.word) and prev.flag in ("ns", "n") or prev.word.endswith(("开发区", "园区", "新区"))):
                break  # the district or city a company sits in is not part of its name
            j -= 1
        while j < i and (not self._proper(tokens[j]) or tokens[j].word in ("(", "（", ")", "）")):  # a name opens with a proper word
            j += 1
        closing = [k for k in range(j, i) if tokens[k].word in (")", "）")]
        if closing and not any(tokens[k].word in ("(", "（") for k in range(j, closing[0])):
            j = closing[0] + 1  # 上海)事务所: the name starts after the seat
        name_words = tokens[j:i + 1]
        if head_word in self.need_brand and head.word == head_word:
            if not any(self._brand(t) for t in name_words[:-1]):
                return None  # 上市公司, 中小银行, 研发中心: a kind of body, not a body
            if not any(self._brand(t, soft=False) for t in name_words[:-1]) and not self._ends_name(tokens, i + 1):
                return None  # 高水平科技自立自强, 新一轮科技革命: a dictionary word before a noun phrase
        if j == i and head.flag not in ("nt", "j", "x"):
            return None
        if j == i and (head.word in self.heads or len(head.word) - len(self._head_word(head.word)) < 2):
            return None  # a bare organization word, or 非银行
        return j

    def _ends_name(self, tokens: Tokens, k: int) -> bool:
        """Whether what follows can close a name: punctuation, a function word, a title, a verb."""
        if k >= len(tokens):
            return True
        t = tokens[k]
        if not NAME_CHARS.fullmatch(t.word):
            return True
        return t.flag not in ("n", "vn", "nz", "x", "eng", "an", "i", "l", "ng") or t.word.endswith(self.titles)

    def _clean_left(self, tokens: Tokens, j: int) -> bool:
        """A bare organization word jieba knows (建设银行) needs a clean edge before it:
        in 合作建设银行专属大模型 it is the verb 建设 and the noun 银行."""
        if j == 0:
            return True
        prev = tokens[j - 1]
        if not NAME_CHARS.match(prev.word):
            return True
        return prev.flag not in ("v", "vn", "n", "a", "ad", "d", "x", "nr", "nz")

    def full_names(self, text: str, tokens: Tokens, skip) -> Counter:
        names: Counter = Counter()
        heads = self.heads
        for i in tokens.where(lambda pair: pair[0].endswith(heads)):
            t = tokens[i]
            if not self._head(t) or skip(t.start):
                continue
            j = self._walk_back(tokens, i)
            if j is None:
                continue
            if j == i and not self._clean_left(tokens, j):
                continue
            if i + 1 < len(tokens) and tokens[i + 1].word.startswith("院士"):
                continue  # 中国科学院院士 is a title
            name = text[tokens[j].start: t.end]
            if len(name) >= 3:
                names[name] += 1
                self.words.setdefault(name, tokens[j:i + 1])
        return names

    def listed(self, tokens: Tokens, skip) -> Counter:
        """Names listed before 等企业 / 等平台 …: 谷歌、META等厂商."""
        names: Counter = Counter()
        for k in tokens.where(lambda pair: pair[0] == "等"):
            t = tokens[k]
            if k + 1 >= len(tokens) or tokens[k + 1].word not in LIST_KINDS or skip(t.start):
                continue
            items: list[list[Token]] = []
            item: list[Token] = []
            j = k - 1
            while j >= 0:
                prev = tokens[j]
                if prev.word in ("、", "和", "及", "与", "以及", ",", "，") and item:
                    items.append(item)
                    item = []
                    if prev.word in (",", "，"):
                        break
                elif self._inner(prev) or self._brand(prev) or prev.flag == "v" and item:
                    item.insert(0, prev)
                else:
                    break
                j -= 1
            if item:
                items.append(item)
            if len(items) < 2:
                continue
            for words in items:
                while len(words) > 1 and (words[0].flag == "v" or AREA_END.search(words[0].word) and words[0].flag == "ns"):
                    words = words[1:]  # the verb before the list, the city a company sits in
                name = "".join(w.word for w in words)
                if 2 <= len(name) <= 12 and any(self._brand(w) for w in words) and name not in self.generic:
                    names[name] += 1
                    self.words.setdefault(name, words)
        return names


def short_names(name: str, tokens: Tokens | list[Token], company: tuple[str, ...] = ()) -> list[str]:
    """Shorter forms of a company name, longest first: without place, form and trade
    words, and its brand alone. Other bodies (大学, 局) have no short form but their 简称."""
    brand = next((t.word for t in tokens if t.flag != "ns" and t.word not in ("(", "（")), "")
    brand_ok = len(brand) >= 2 and (brand.isdigit() or any(t.word == brand and t.flag in ("x", "nz", "eng", "j") for t in tokens))
    if not name.endswith(company):
        return [brand] if brand_ok and brand != name else []
    words = [t.word for t in tokens]
    while len(words) > 1 and (words[0] in ("(", "（") or any(t.word == words[0] and t.flag == "ns" for t in tokens)):
        words = words[1:]
    core = "".join(words)
    core = rx(r"[(（][^)）]*[)）]").sub("", core)
    for form in COMPANY_FORMS:
        if core.endswith(form) and len(core) > len(form) + 1:
            core = core[: -len(form)]
            break
    out = []
    while len(core) >= 2:
        if core != name:
            out.append(core)
        for trade in TRADE_WORDS:
            if core.endswith(trade) and len(core) > len(trade) + 1:
                core = core[: -len(trade)]
                break
        else:
            break
    if brand_ok and brand not in out and brand != name:
        out.append(brand)  # the brand alone: 安天 of 安天科技集团
    return out


def read_orgs(text: str, tokens: Tokens, people: list[str], org_words: list[str],
              company_words: list[str], titles: tuple[str, ...], tokenize, brand_words: list[str] = (),
              predicates: frozenset[str] = frozenset(), generic: frozenset[str] = frozenset()) -> tuple[list[str], dict[str, str]]:
    """Organizations of one article, most mentioned first, each under its full
    printed name; and the other names the article uses for them (name -> full name)."""
    hidden = [m.span() for m in AUTHOR_NOTE.finditer(text)] + [m.span() for m in BOOK_TITLE.finditer(text)]

    def skip(at: int) -> bool:
        return any(a <= at < b for a, b in hidden)

    reader = OrgReader(org_words, titles, company_words, brand_words, predicates, generic)
    found = reader.full_names(text, tokens, skip)
    found.update(reader.listed(tokens, skip))
    for name in list(found):
        bare = name
        while bare and bare[0] in FUNCTION_CHARS:
            bare = bare[1:]  # 从康弘药业, 这是…: jieba glued the preposition to an unknown name
        if bare != name:
            n = found.pop(name)
            if len(bare) >= 3 and bare not in org_words:
                found[bare] += n
    for name in list(found):
        if any(p in name for p in people) or name.endswith(titles):
            del found[name]
    # A name seen only inside a longer one is that one's piece (国家自然科学基金委员会 of its 中心).
    for name in sorted(found, key=len):
        longer = [other for other in found if other != name and name in other]
        if longer and text.count(name) <= sum(text.count(o) for o in longer):
            del found[name]
    # Short names: the text's own 简称, then forms without place, form and trade words.
    mentions: Counter = Counter()
    groups: dict[str, str] = {}
    company = tuple(company_words)
    for name in sorted(found, key=lambda n: (-text.count(n), -len(n), n)):  # the most printed name owns the group
        shorts = short_names(name, reader.words.get(name) or positioned(tokenize(name)), company)
        owner = next((groups[s] for s in shorts if s in groups), name)
        groups.setdefault(name, owner)
        for short in shorts:
            groups.setdefault(short, owner)
        mentions[owner] += text.count(name)
    for match in SHORTNAME.finditer(text):
        before = text[max(0, match.start() - 40): match.start()]
        owner = next((groups[n] for n in sorted(found, key=len, reverse=True) if n in before), None)
        if owner:
            groups.setdefault(match.group(1), owner)
    for short, owner in groups.items():
        if short not in found:
            mentions[owner] += max(0, text.count(short) - sum(text.count(n) for n in found if short in n))
    aliases = {short: owner for short, owner in groups.items() if short != owner and short in text}
    return sorted(mentions, key=lambda n: (-mentions[n], n)), aliases
