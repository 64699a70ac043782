"""Generator configuration (generator.yml) and the user's data files.

Both are checked against a schema (pydantic models below) before anything is
built: an unknown key, a value of the wrong type, a null where a value is
needed, a data file that is a folder, binary or not UTF-8 all stop the build
with one line naming the file, the line and the key. The defaults are the
models' defaults; `load_config(path, seeds=None)` is the one entry point
(the command line, watch and the MkDocs plugins call it).
"""
from __future__ import annotations

import difflib
import json
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator

from .errors import ConfigError, shown

DEFAULT_PATH = Path("generator.yml")


class _Section(BaseModel):
    # strict: "5" is not a number and 1 is not a string; a float setting takes a whole number.
    model_config = ConfigDict(extra="forbid", strict=True)


Count = Annotated[int, Field(ge=0)]
Text = Annotated[str, Field(min_length=1)]
Score = Annotated[float, Field(ge=0, allow_inf_nan=False)]


class DataFiles(_Section):
    userdict: Text = "data/userdict.txt"  # jieba user dictionary: terms kept whole
    stopwords: Text = "data/stopwords.txt"  # words never used as tags
    synonyms: Text = "data/synonyms.yml"  # near-duplicate tags merged into one
    taxonomy: Text = "data/taxonomy.yml"  # broad topics and their keywords
    entities: Text = "data/entities.yml"  # clues for person and organisation names


class TagSettings(_Section):
    min: Count = 3
    max: Count = 8

    @model_validator(mode="after")
    def _max_not_below_min(self) -> "TagSettings":
        if self.max < self.min:
            raise ValueError(f"'max' ({self.max}) is below 'min' ({self.min})")
        return self


class TopicSettings(_Section):
    max: Count = 3
    min_score: Score = 2.0  # keyword hits per 1,000 characters needed for a topic


class RelatedSettings(_Section):
    max: Count = 5


class SummarySettings(_Section):
    max_sentences: Count = 3
    max_chars: Count = 160


class Settings(_Section):
    """generator.yml. Paths are relative to the file."""

    seeds: Text = "seeds"
    docs: Text = "docs"
    output: Text = "library"  # generated pages live only in docs/<output>/
    templates: Text = "templates"
    cache: str | None = ".cache/generator"  # empty or null: no cache
    follow_links: bool = False  # read files that links in the seeds folder point to outside it
    data: DataFiles = DataFiles()
    tags: TagSettings = TagSettings()
    topics: TopicSettings = TopicSettings()
    related: RelatedSettings = RelatedSettings()
    summary: SummarySettings = SummarySettings()


class Topic(_Section):
    keywords: Annotated[list[Text], Field(min_length=1)]


class Taxonomy(RootModel[Annotated[dict[Text, Topic], Field(min_length=1)]]):
    model_config = ConfigDict(strict=True)


class Synonyms(RootModel[dict[Text, list[Text]]]):
    model_config = ConfigDict(strict=True)


class EntityClues(_Section):
    surnames: str = ""  # single-character surnames, as one string
    compound_surnames: list[Text] = []
    titles: list[Text] = []
    speech: list[Text] = []
    org_generic_prefixes: list[Text] = []
    org_words: list[Text] = []  # words an organization's name ends with
    company_words: list[Text] = []
    org_words_after_a_brand: list[Text] = []
    kinds_of_bodies: list[Text] = []  # 上市公司, 商业银行: kinds of body, never a name
    places: list[Text] = []
    predicates: list[Text] = []  # verbs and adverbs that open no subject term


DEFAULTS: dict = Settings().model_dump()


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
        return yaml.safe_load(text), yaml.compose(text)
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
    while True:
        if typing.get_origin(kind) is Annotated:
            kind = typing.get_args(kind)[0]
        elif isinstance(kind, type) and issubclass(kind, RootModel):
            kind = kind.model_fields["root"].annotation
        else:
            return kind


def _known_keys(model: object, loc: tuple) -> list[str]:
    """The keys allowed beside the unknown one at `loc`: the fields of the model there."""
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


def validated(model: type[BaseModel], data: Any, path: Path, node: yaml.Node | None) -> BaseModel:
    """`data` checked against `model`; the first problem (by line) as one line
    'file:LINE: key 'a.b': expected …, got …'."""
    try:
        return model.model_validate(data)
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
    groups = validated(Synonyms, data if data is not None else {}, path, node).root
    return {variant: canonical for canonical, variants in groups.items() for variant in variants}


def load_taxonomy(path: Path) -> dict[str, list[str]]:
    data, node = load_yaml(path, "taxonomy")
    topics = validated(Taxonomy, data if data is not None else {}, path, node).root
    return {name: list(topic.keywords) for name, topic in topics.items()}


def load_entities(path: Path) -> dict:
    data, node = load_yaml(path, "entity clues")
    return validated(EntityClues, data if data is not None else {}, path, node).model_dump()


# jieba reads 'word [frequency] [tag]' with single spaces, the tag in lower case;
# anything else it silently takes as part of the word.
USERDICT_LINE = re.compile(r"[^\s]+( [0-9]+)?( [a-z]+)?")


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
    settings = validated(Settings, raw if raw is not None else {}, path, node).model_dump()

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
