"""Generator configuration (generator.yml) and the user's data files."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ConfigError

DEFAULTS: dict = {
    "seeds": "seeds", "docs": "docs", "output": "library", "templates": "templates", "cache": ".cache/generator",
    "data": {"userdict": "data/userdict.txt", "stopwords": "data/stopwords.txt",
             "synonyms": "data/synonyms.yml", "taxonomy": "data/taxonomy.yml", "entities": "data/entities.yml"},
    "tags": {"min": 3, "max": 8}, "topics": {"max": 3, "min_score": 2.0},
    "related": {"max": 5}, "summary": {"max_sentences": 3, "max_chars": 160},
}


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

    @property
    def out_dir(self) -> Path:
        return self.docs / self.output

    @property
    def cache_dir(self) -> Path | None:
        folder = self.settings.get("cache")
        return (self.root / folder) if folder else None


def load_yaml(path: Path) -> object:
    """YAML with errors that name the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: malformed YAML ({problem})") from None


def key_line(path: Path, key: str) -> int:
    """1-based line of a top-level key in a YAML mapping file (1 when unknown)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return 1
    for key_node, _ in getattr(node, "value", []) if isinstance(node, yaml.MappingNode) else []:
        if str(key_node.value) == str(key):
            return key_node.start_mark.line + 1
    return 1


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return out


def load_stopwords(path: Path) -> frozenset[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip().startswith("#"):
            words.update(line.split())
    return frozenset(words)


def load_synonyms(path: Path) -> dict[str, str]:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping of canonical tag -> list of variants")
    out: dict[str, str] = {}
    for canonical, variants in data.items():
        if not isinstance(variants, list):
            raise ConfigError(f"{path}:{key_line(path, canonical)}: '{canonical}' must map to a list of variants")
        for variant in variants:
            out[str(variant)] = str(canonical)
    return out


def load_taxonomy(path: Path) -> dict[str, list[str]]:
    data = load_yaml(path) or {}
    if not isinstance(data, dict) or not data:
        raise ConfigError(f"{path}:1: expected a mapping of topic -> {{keywords: [...]}}")
    out: dict[str, list[str]] = {}
    for topic, body in data.items():
        keywords = body.get("keywords") if isinstance(body, dict) else None
        if not isinstance(keywords, list) or not keywords:
            raise ConfigError(f"{path}:{key_line(path, topic)}: topic '{topic}' needs a non-empty 'keywords' list")
        out[str(topic)] = [str(k) for k in keywords]
    return out


def check_userdict(path: Path) -> None:
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if parts and len(parts) > 1 and not parts[1].isdigit():
            raise ConfigError(f"{path}:{no}: expected 'word [frequency] [tag]', frequency must be a whole number")


def _mapping(path: Path) -> dict:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: expected a mapping")
    return data


def load_config(path: Path | None = None, seeds: Path | None = None) -> Config:
    path = path or Path("generator.yml")
    root = path.parent.resolve() if path.exists() else Path.cwd()
    raw = load_yaml(path) if path.exists() else {}
    if raw is not None and not isinstance(raw, dict):
        raise ConfigError(f"{path}:1: expected a mapping of settings")
    settings = _merge(DEFAULTS, raw or {})
    data = {k: root / v for k, v in settings["data"].items()}
    for key, file in data.items():
        if not file.exists():
            raise ConfigError(f"{file}: data file '{key}' not found")
    check_userdict(data["userdict"])
    vocabulary = Vocabulary(userdict=data["userdict"], stopwords=load_stopwords(data["stopwords"]),
                            synonyms=load_synonyms(data["synonyms"]), taxonomy=load_taxonomy(data["taxonomy"]),
                            entities=_mapping(data["entities"]))
    output = str(settings["output"])
    if not output or "/" in output or output.startswith("."):
        raise ConfigError(f"{path}: 'output' must be a plain folder name under docs/")
    return Config(root=root, seeds=(seeds or root / settings["seeds"]), docs=root / settings["docs"], output=output,
                  templates=root / settings["templates"], vocabulary=vocabulary, settings=settings)
