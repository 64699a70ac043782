"""Generator configuration (generator.yml) and the user's data files.

Both are checked against a schema, declared once below (SETTINGS and the
data files' shapes: each key's kind, default and purpose), before anything is
built: files with nothing wrong are read plainly, the others by the pydantic
models config_schema.py builds from the same declaration. An unknown key, a
value of the wrong type, a null where a value is needed, a data file that is a
folder, binary or not UTF-8 all stop the build with one line naming the file,
the line and the key. The defaults are those of the declaration;
`load_config(path, seeds=None)` is the one entry point (the command line,
watch and the MkDocs plugins call it).
"""
from __future__ import annotations

import difflib
import json
import math
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import yaml

from .errors import ConfigError, shown
from .regex_cache import compile as rx

DEFAULT_PATH = Path("generator.yml")


# ---------------------------------------------------------------- the schema

# The one declaration of the schema of generator.yml and the data files: every
# key's kind, default and what it is for, and each section's own check. Files
# are read by plain_dump below when every value is of exactly the type the
# schema asks for (pydantic runs strict: "5" is no number, 1 no string), and
# passed as pydantic would pass them; anything else goes to the pydantic models
# that config_schema.py builds from this declaration, and pydantic says what is
# wrong. Importing pydantic costs a tenth of a second, more than the rest of
# reading the settings. tests/test_config.py checks that both give the same on
# valid and invalid files alike.
TEXT = "text"  # a non-empty string
STR = "str"  # any string, empty too
STR_OR_NULL = "str or null"
BOOL = "bool"
COUNT = "count"  # a whole number >= 0
SCORE = "score"  # a finite number >= 0 (a whole number is taken as a float)
REQUIRED = object()  # a key without a default


@dataclass(frozen=True)
class Key:
    kind: object  # TEXT, STR, STR_OR_NULL, BOOL, COUNT or SCORE; a Plain, a PlainList or a PlainDict
    default: object = REQUIRED  # a section's default (None) is that of its keys; a list's is a tuple
    doc: str = ""


@dataclass(frozen=True)
class Plain:
    """A mapping with known keys: a pydantic model (name) of config_schema.py."""
    name: str
    fields: dict[str, Key]
    doc: str = ""
    check: typing.Callable[[dict], str | None] | None = None  # what is wrong with valid values together, or None


@dataclass(frozen=True)
class PlainList:
    item: object
    min_length: int = 0


@dataclass(frozen=True)
class PlainDict:
    item: object  # keys are TEXT
    min_length: int = 0
    name: str = ""  # a whole file: the RootModel of config_schema.py


def _max_not_below_min(values: dict) -> str | None:
    return f"'max' ({values['max']}) is below 'min' ({values['min']})" if values["max"] < values["min"] else None


TEXTS = PlainList(TEXT)
SETTINGS = Plain("Settings", doc="generator.yml. Paths are relative to the file.", fields={
    "seeds": Key(TEXT, "seeds", "input folder"),
    "docs": Key(TEXT, "docs", "MkDocs docs_dir"),
    "output": Key(TEXT, "library", "generated pages live only in docs/<output>/"),
    "templates": Key(TEXT, "templates", "folder of the page templates"),
    "cache": Key(STR_OR_NULL, ".cache/generator", "per-file results; empty or null: no cache"),
    "follow_links": Key(BOOL, False, "read files that links in the seeds folder point to outside it"),
    "data": Key(Plain("DataFiles", {
        "userdict": Key(TEXT, "data/userdict.txt", "jieba user dictionary: terms kept whole"),
        "stopwords": Key(TEXT, "data/stopwords.txt", "words never used as tags"),
        "synonyms": Key(TEXT, "data/synonyms.yml", "near-duplicate tags merged into one"),
        "taxonomy": Key(TEXT, "data/taxonomy.yml", "broad topics and their keywords"),
        "entities": Key(TEXT, "data/entities.yml", "clues for person and organisation names"),
    }), None, "the user's data files"),
    "tags": Key(Plain("TagSettings", {
        "min": Key(COUNT, 3, "tags an article gets at least (fewer when it has fewer terms)"),
        "max": Key(COUNT, 8, "tags an article gets at most"),
    }, check=_max_not_below_min), None),
    "topics": Key(Plain("TopicSettings", {
        "max": Key(COUNT, 3, "topics an article gets at most"),
        "min_score": Key(SCORE, 2.0, "keyword hits per 1,000 characters needed for a topic"),
    }), None),
    "related": Key(Plain("RelatedSettings", {
        "max": Key(COUNT, 5, "related articles listed at most"),
    }), None),
    "summary": Key(Plain("SummarySettings", {
        "max_sentences": Key(COUNT, 3, "sentences of an article's summary at most"),
        "max_chars": Key(COUNT, 160, "characters of an article's summary at most"),
    }), None),
})
TAXONOMY = PlainDict(Plain("Topic", {"keywords": Key(PlainList(TEXT, 1))}), 1, "Taxonomy")  # topic -> its keywords
SYNONYMS = PlainDict(TEXTS, 0, "Synonyms")  # canonical tag -> its variants
ENTITY_CLUES = Plain("EntityClues", {
    "surnames": Key(STR, "", "single-character surnames, as one string"),
    "compound_surnames": Key(TEXTS, ()),
    "titles": Key(TEXTS, ()),
    "speech": Key(TEXTS, ()),
    "org_generic_prefixes": Key(TEXTS, ()),
    "org_words": Key(TEXTS, (), "words an organization's name ends with"),
    "company_words": Key(TEXTS, ()),
    "org_words_after_a_brand": Key(TEXTS, ()),
    "kinds_of_bodies": Key(TEXTS, (), "上市公司, 商业银行: kinds of body, never a name"),
    "places": Key(TEXTS, ()),
    "predicates": Key(TEXTS, (), "verbs and adverbs that open no subject term"),
})
PLAIN: dict[str, object] = {"Settings": SETTINGS, "Taxonomy": TAXONOMY, "Synonyms": SYNONYMS, "EntityClues": ENTITY_CLUES}


class _NotPlain(Exception):
    """A value for pydantic to judge."""


def plain_dump(kind: object, value: Any) -> Any:
    """What `model.model_validate(value).model_dump()` gives for the model
    `kind` describes, or None when the value is not plainly valid."""
    try:
        return _plain(kind, value)
    except _NotPlain:
        return None


def _plain(kind: object, value: Any) -> Any:
    if isinstance(kind, Plain):
        if type(value) is not dict or any(key not in kind.fields for key in value):
            raise _NotPlain
        out = {name: _plain(key.kind, value[name]) if name in value else _default(key)
               for name, key in kind.fields.items()}
        if kind.check is not None and kind.check(out) is not None:
            raise _NotPlain
        return out
    if isinstance(kind, (PlainList, PlainDict)):
        plain = list if isinstance(kind, PlainList) else dict
        if type(value) is not plain or len(value) < kind.min_length:
            raise _NotPlain
        if plain is list:
            return [_plain(kind.item, v) for v in value]
        return {_plain(TEXT, k): _plain(kind.item, v) for k, v in value.items()}
    return _scalar(kind, value)


def _scalar(kind: object, value: Any) -> Any:
    if kind == SCORE and type(value) is int and 0 <= value < 2 ** 53:
        return float(value)  # a float setting takes a whole number
    ok = (type(value) is str and value != "" if kind == TEXT else
          type(value) is str if kind == STR else
          value is None or type(value) is str if kind == STR_OR_NULL else
          type(value) is bool if kind == BOOL else
          type(value) is int and value >= 0 if kind == COUNT else
          type(value) is float and math.isfinite(value) and value >= 0 if kind == SCORE else False)
    if not ok:
        raise _NotPlain
    return value


def _default(key: Key) -> Any:
    if key.default is REQUIRED:
        raise _NotPlain
    if isinstance(key.kind, Plain):
        return _plain(key.kind, {})
    return list(key.default) if isinstance(key.default, tuple) else key.default


DEFAULTS: dict = plain_dump(SETTINGS, {})


@dataclass(frozen=True)
class Vocabulary:
    """User-editable word lists, loaded at build time."""

    userdict: Path
    stopwords: frozenset[str]
    synonyms: dict[str, str]  # variant -> canonical
    taxonomy: dict[str, list[str]]  # topic -> keywords
    entities: dict = field(default_factory=dict)  # clues for people and organisations


@dataclass(frozen=True)
class Config:
    root: Path
    seeds: Path
    docs: Path
    output: str
    templates: Path
    vocabulary: Vocabulary
    settings: dict = field(default_factory=dict)
    path: Path | None = None  # the settings file, None when there was none

    @property
    def out_dir(self) -> Path:
        return self.docs / self.output

    @property
    def cache_dir(self) -> Path | None:
        folder = self.settings.get("cache")
        return (self.root / folder) if folder else None

    @property
    def follow_links(self) -> bool:
        return bool(self.settings.get("follow_links"))

    def digest(self) -> str:
        """The settings as they were understood (comments and defaults do not count)."""
        return json.dumps(self.settings, sort_keys=True, ensure_ascii=False)


# ---------------------------------------------------------------- reading files

def read_text(path: Path, what: str) -> str:
    """A user's text file as UTF-8, or one line saying why it cannot be used."""
    name = shown(path)
    if path.is_dir():
        raise ConfigError(f"{name}: {what} is a folder, expected a file")
    if not path.exists():
        raise ConfigError(f"{name}: {what} not found")
    if not path.is_file():
        raise ConfigError(f"{name}: {what} is not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{name}: cannot read {what} ({exc.strerror})") from None
    if b"\0" in data:
        raise ConfigError(f"{name}: {what} is a binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = "it looks like GBK/GB18030; " if _decodes(data, "gb18030") else ""
        raise ConfigError(f"{name}:{line}: {what} is not UTF-8 text ({hint}save it as UTF-8)") from None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def load_yaml(path: Path, what: str = "YAML file") -> tuple[Any, yaml.Node | None]:
    """(data, node tree for line numbers), with errors that name the file and the line."""
    text = read_text(path, what)
    try:
        loader = yaml.SafeLoader(text)  # one parse: yaml.safe_load's data, built from the node tree it reads
        try:
            node = loader.get_single_node()
            return (loader.construct_document(node) if node is not None else None), node
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{shown(path)}{where}: malformed YAML ({problem})") from None


# ---------------------------------------------------------------- schema errors

def _node_line(node: yaml.Node | None, loc: tuple) -> int:
    """1-based line of the deepest key or item of `loc` present in the YAML tree."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def key_line(path: Path, key: str) -> int:
    """1-based line of a top-level key in a YAML mapping file (1 when unknown)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return 1
    return _node_line(node, (key,))


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _shown_value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return str(value)


EXPECTED = {
    "int_type": "expected an integer", "int_parsing": "expected an integer", "int_from_float": "expected an integer",
    "float_type": "expected a number", "float_parsing": "expected a number", "finite_number": "expected a finite number",
    "string_type": "expected a string", "bool_type": "expected true or false", "bool_parsing": "expected true or false",
    "model_type": "expected a mapping", "model_attributes_type": "expected a mapping", "dict_type": "expected a mapping",
    "list_type": "expected a list",
}


def _problem(error: dict, known: list[str]) -> str:
    kind, value = error["type"], error.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(error["loc"][-1]), known, n=1)
        return "unknown key" + (f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(known)})")
    if kind == "missing":
        return "required key missing"
    if kind == "greater_than_equal":
        return f"expected a number >= {error['ctx']['ge']}, got {_shown_value(value)}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in ("too_short", "string_too_short"):
        return "expected a non-empty " + ("mapping" if isinstance(value, dict) else "list" if isinstance(value, list) else "string")
    if kind in EXPECTED:
        return f"{EXPECTED[kind]}, got {_shown_value(value)}"
    return f"{error['msg']}, got {_shown_value(value)}"


def _unwrap(kind: object) -> object:
    """The type under Annotated[...] and RootModel."""
    from pydantic import RootModel

    while True:
        if typing.get_origin(kind) is Annotated:
            kind = typing.get_args(kind)[0]
        elif isinstance(kind, type) and issubclass(kind, RootModel):
            kind = kind.model_fields["root"].annotation
        else:
            return kind


def _known_keys(model: object, loc: tuple) -> list[str]:
    """The keys allowed beside the unknown one at `loc`: the fields of the model there."""
    from pydantic import BaseModel

    kind = _unwrap(model)
    for part in loc[:-1]:
        if isinstance(kind, type) and issubclass(kind, BaseModel) and str(part) in kind.model_fields:
            kind = kind.model_fields[str(part)].annotation
        elif typing.get_origin(kind) in (dict, list):
            kind = typing.get_args(kind)[-1]
        else:
            return []
        kind = _unwrap(kind)
    return list(kind.model_fields) if isinstance(kind, type) and issubclass(kind, BaseModel) else []


def validated(name: str, data: Any, path: Path, node: yaml.Node | None) -> Any:
    """`data` checked against the model `name` of config_schema.py, as that
    model dumps it; the first problem (by line) as one line
    'file:LINE: key 'a.b': expected …, got …'."""
    plain = plain_dump(PLAIN[name], data)
    if plain is not None:
        return plain
    from pydantic import ValidationError

    from . import config_schema

    model = getattr(config_schema, name)
    try:
        return model.model_validate(data).model_dump()
    except ValidationError as exc:
        errors = exc.errors()
    # A missing key is told last: an unknown key beside it is usually its misspelling.
    placed = sorted((e["type"] == "missing", _node_line(node, _key_loc(e["loc"])), n) for n, e in enumerate(errors))
    _, line, first = placed[0]
    error = errors[first]
    loc = _key_loc(error["loc"])
    more = f" (and {len(placed) - 1} more)" if len(placed) > 1 else ""
    if error["loc"] and error["loc"][-1] == "[key]":
        problem = f"a key must be a string, got {_shown_value(loc[-1])}"
        loc = loc[:-1] + (str(loc[-1]),)
    else:
        problem = _problem(error, _known_keys(model, loc))
    key = f"key '{_dotted(loc)}': " if loc else ""
    raise ConfigError(f"{shown(path)}:{line}: {key}{problem}{more}")


def _key_loc(loc: tuple) -> tuple:
    # RootModel errors start with 'root'; dict key errors end with '[key]'.
    return tuple(p for p in loc if p not in ("root", "[key]"))


# ---------------------------------------------------------------- data files

def load_stopwords(path: Path) -> frozenset[str]:
    words: set[str] = set()
    for line in read_text(path, "stop list").splitlines():
        if not line.strip().startswith("#"):
            words.update(line.split())
    return frozenset(words)


def load_synonyms(path: Path) -> dict[str, str]:
    data, node = load_yaml(path, "synonym list")
    groups = validated("Synonyms", data if data is not None else {}, path, node)
    return {variant: canonical for canonical, variants in groups.items() for variant in variants}


def load_taxonomy(path: Path) -> dict[str, list[str]]:
    data, node = load_yaml(path, "taxonomy")
    topics = validated("Taxonomy", data if data is not None else {}, path, node)
    return {name: list(topic["keywords"]) for name, topic in topics.items()}


def load_entities(path: Path) -> dict:
    data, node = load_yaml(path, "entity clues")
    return validated("EntityClues", data if data is not None else {}, path, node)


# jieba reads 'word [frequency] [tag]' with single spaces, the tag in lower case;
# anything else it silently takes as part of the word.
USERDICT_LINE = rx(r"[^\s]+( [0-9]+)?( [a-z]+)?")


def check_userdict(path: Path) -> None:
    for no, line in enumerate(read_text(path, "user dictionary").splitlines(), 1):
        line = line.strip()
        if line and not USERDICT_LINE.fullmatch(line):
            raise ConfigError(f"{shown(path)}:{no}: expected 'word [frequency] [tag]' separated by single spaces, "
                              f"frequency a whole number, tag in lower-case letters; got {line[:40]!r}")


def check_templates(folder: Path) -> None:
    """Every template is a UTF-8 text file (Jinja would fail on the first
    page that uses it, without naming it)."""
    if not folder.is_dir():
        raise ConfigError(f"{shown(folder)}: templates folder not found")
    for path in sorted(folder.rglob("*.j2")):
        read_text(path, "template")


# ---------------------------------------------------------------- settings

def load_config(path: Path | None = None, seeds: Path | None = None) -> Config:
    """Settings and data files, checked. `path` None: generator.yml in the
    current folder if there is one, else the defaults; a path that is given
    must exist. `seeds` replaces the input folder of the settings."""
    given = path is not None
    path = Path(path) if given else DEFAULT_PATH
    if path.exists() or given:
        raw, node = load_yaml(path, "settings file")
        root = path.parent.resolve()
    else:
        raw, node, root = None, None, Path.cwd()
    settings = validated("Settings", raw if raw is not None else {}, path, node)

    def at(*loc: str) -> str:
        return f"{shown(path)}:{_node_line(node, loc)}"

    output = settings["output"]
    if "/" in output or "\\" in output or output.startswith("."):
        raise ConfigError(f"{at('output')}: key 'output': must be a plain folder name under docs/, got {output!r}")
    templates = root / settings["templates"]
    if not templates.is_dir():
        raise ConfigError(f"{at('templates')}: key 'templates': {shown(templates)} is not a folder")
    docs = root / settings["docs"]
    if docs.exists() and not docs.is_dir():
        raise ConfigError(f"{at('docs')}: key 'docs': {shown(docs)} is not a folder")
    data = {key: root / value for key, value in settings["data"].items()}
    for key, file in data.items():
        if not file.exists():
            raise ConfigError(f"{at('data', key)}: key 'data.{key}': {shown(file)} not found")
    check_userdict(data["userdict"])
    vocabulary = Vocabulary(userdict=data["userdict"], stopwords=load_stopwords(data["stopwords"]),
                            synonyms=load_synonyms(data["synonyms"]), taxonomy=load_taxonomy(data["taxonomy"]),
                            entities=load_entities(data["entities"]))
    return Config(root=root, seeds=(seeds or root / settings["seeds"]), docs=docs, output=output,
                  templates=templates, vocabulary=vocabulary, settings=settings, path=path if path.exists() else None)
