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

from .people import AUTHOR_NOTE, Token, positioned

PROPER_FLAGS = frozenset("ns nr nrt nrfg nz nt x eng j m".split())
INNER_FLAGS = PROPER_FLAGS | {"n", "vn", "an", "b", "l"}
NATIONAL = ("中国", "国家", "全国", "中华", "中央", "国际", "世界")
COMPANY_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司", "股份")
TRADE_WORDS = ("科技", "技术", "发展", "实业", "控股", "股份", "电子", "动力", "网络", "信息", "智能", "国际", "中国")
TRADE_HEADS = ("科技", "证券", "药业", "控股", "股份")
FUNCTION_CHARS = "从以在对向与和由被把为将据及让给"
AREA_END = re.compile(r"(?:市|县|区|镇|省)$")
LIST_KINDS = ("企业", "公司", "机构", "平台", "厂商", "银行", "品牌", "车企", "药企", "券商", "巨头", "科技企业",
              "互联网企业", "电商平台", "头部企业", "龙头企业", "金融机构", "险企", "基金公司", "高校", "院校")
SHORTNAME = re.compile(r"简称[“\"「]?([\u3400-\u9fffA-Za-z0-9]{2,10})[”\"」]?")
BOOK_TITLE = re.compile(r"《[^》]{1,30}》")


class OrgReader:
    def __init__(self, org_words: list[str], titles: tuple[str, ...], company_words: list[str]) -> None:
        self.heads = tuple(sorted(org_words, key=len, reverse=True))
        self.company = tuple(company_words)
        self.trade = frozenset(TRADE_HEADS)
        self.titles = titles

    def _head(self, t: Token) -> bool:
        """An organization word, or a word jieba knows as an organization name ending in one."""
        if t.word in self.heads:
            return True
        return t.word.endswith(self.heads) and (t.flag in ("nt", "j") or (t.flag == "x" and len(t.word) >= 3))

    def _proper(self, t: Token) -> bool:
        if t.flag == "m":
            return t.word.isdigit()
        return t.flag in PROPER_FLAGS or t.word.startswith(NATIONAL)

    def _inner(self, t: Token) -> bool:
        if not re.fullmatch(r"[\u3400-\u9fffA-Za-z0-9]+", t.word) or t.word.endswith(self.titles):
            return False
        return t.flag in INNER_FLAGS or t.word.startswith(NATIONAL) or (t.flag == "a" and len(t.word) == 1)

    def _brand(self, t: Token) -> bool:
        """A word that can only be a name: one jieba does not know, a Latin name, a number."""
        return t.flag in ("x", "nz", "eng", "j") or t.word.isdigit()

    def _walk_back(self, tokens: list[Token], i: int) -> int | None:
        """Index of the first word of the name that ends with tokens[i], or None when there is none."""
        head = tokens[i]
        company = head.word.endswith(self.company)
        if head.word in self.trade and (i == 0 or not self._brand(tokens[i - 1])):
            return None  # 科技, 证券, 药业 end a name only after a brand: 泉为科技, not 中国科技
        j = i
        while j > 0 and i - j < 8:
            prev = tokens[j - 1]
            if prev.word in (")", "）") and j >= 3 and tokens[j - 3].word in ("(", "（") and tokens[j - 2].flag == "ns":
                j -= 3  # 沃飞长空科技(成都)有限公司: the seat printed inside the name
                continue
            inside_verb = prev.flag == "v" and len(prev.word) >= 2 and j >= 2 and self._brand(tokens[j - 2])
            if not (self._inner(prev) or inside_verb):
                break
            if company and (AREA_END.search(prev.word) and prev.flag in ("ns", "n") or prev.word.endswith(("开发区", "园区", "新区"))):
                break  # the district or city a company sits in is not part of its name
            j -= 1
        while j < i and not self._proper(tokens[j]):  # a name opens with a proper word
            j += 1
        if j == i and tokens[i].flag not in ("nt", "j", "x"):
            return None
        if j == i and (tokens[i].word in self.heads or len(tokens[i].word) - len(self._head_word(tokens[i].word)) < 2):
            return None  # a bare organization word, or 非银行
        return j

    def _head_word(self, word: str) -> str:
        return next((h for h in self.heads if word.endswith(h)), "")

    def _clean_left(self, tokens: list[Token], j: int) -> bool:
        """A bare organization word jieba knows (建设银行) needs a clean edge before it:
        in 合作建设银行专属大模型 it is the verb 建设 and the noun 银行."""
        if j == 0:
            return True
        prev = tokens[j - 1]
        if not re.match(r"[\u3400-\u9fffA-Za-z0-9]", prev.word):
            return True
        return prev.flag not in ("v", "vn", "n", "a", "ad", "d", "x", "nr", "nz")

    def full_names(self, text: str, tokens: list[Token], skip) -> Counter:
        names: Counter = Counter()
        for i, t in enumerate(tokens):
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
        return names

    def listed(self, tokens: list[Token], skip) -> Counter:
        """Names listed before 等企业 / 等平台 …: 谷歌、META等厂商."""
        names: Counter = Counter()
        for k, t in enumerate(tokens):
            if t.word != "等" or k + 1 >= len(tokens) or tokens[k + 1].word not in LIST_KINDS or skip(t.start):
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
                elif self._inner(prev) or prev.flag == "v" and item:
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
                    words = words[1:]  # the verb before a list, the city a company sits in
                name = "".join(w.word for w in words)
                if 2 <= len(name) <= 12 and any(self._brand(w) or w.flag in ("nr", "nt") for w in words):
                    names[name] += 1
        return names


def short_names(name: str, tokens: list[Token]) -> list[str]:
    """Shorter forms of a company name, longest first: without place, form and trade words."""
    words = [t.word for t in tokens]
    while len(words) > 1 and (words[0] in ("(", "（") or any(t.word == words[0] and t.flag == "ns" for t in tokens)):
        words = words[1:]
    core = "".join(words)
    core = re.sub(r"[(（][^)）]*[)）]", "", core)
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
    if len(words) >= 2 and len(words[0]) >= 2 and words[0] not in out and words[0] != core:
        out.append(words[0])  # the brand alone: 安天 of 安天科技集团
    return out


def read_orgs(text: str, words: list[tuple[str, str]], people: list[str], org_words: list[str],
              company_words: list[str], titles: tuple[str, ...], tokenize) -> tuple[list[str], dict[str, str]]:
    """Organizations of one article, most mentioned first, each under its full
    printed name; and the other names the article uses for them (name -> full name)."""
    tokens = positioned(words)
    hidden = [m.span() for m in AUTHOR_NOTE.finditer(text)] + [m.span() for m in BOOK_TITLE.finditer(text)]

    def skip(at: int) -> bool:
        return any(a <= at < b for a, b in hidden)

    reader = OrgReader(org_words, titles, company_words)
    found = reader.full_names(text, tokens, skip)
    found.update(reader.listed(tokens, skip))
    for name in list(found):
        bare = name[1:]
        if name[0] in FUNCTION_CHARS and len(bare) >= 3 and text.count(bare) > text.count(name):
            found[bare] += found.pop(name)  # 从康弘药业: jieba glued the preposition to an unknown name
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
    for name in sorted(found, key=lambda n: (-len(n), n)):
        key = next((groups[s] for s in short_names(name, positioned(tokenize(name))) if s in groups), None)
        owner = key or name
        groups.setdefault(name, owner)
        for short in short_names(name, positioned(tokenize(name))):
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
