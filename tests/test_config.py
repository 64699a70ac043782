"""Settings and data files against their schema: every wrong key, type or file
is one line naming the file, the line and the key; the defaults are kept."""
import shutil
from pathlib import Path

import pytest
import yaml

from generator.config import DEFAULTS, load_config
from generator.errors import ConfigError

from conftest import ROOT, run

WRONG_VALUES = [None, "abc", 5, 2.5, True, [1], {"a": 1}, -1, ""]


def _leaves(tree: dict, prefix: tuple = ()) -> list[tuple[tuple, object]]:
    out = []
    for key, value in tree.items():
        out += _leaves(value, prefix + (key,)) if isinstance(value, dict) else [(prefix + (key,), value)]
    return out


def _accepted(key: tuple, default: object, value: object) -> bool:
    """Values a setting may legitimately take (type of its default; a number
    for a float; nothing or text for the cache path)."""
    if key == ("cache",):
        return value is None or isinstance(value, str)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return type(value) is int and value >= 0
    if isinstance(default, float):
        return type(value) in (int, float) and value >= 0
    if isinstance(default, str):
        return isinstance(value, str) and value != ""
    return False


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    for folder in ("data", "templates"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "generator.yml", tmp_path / "generator.yml")
    (tmp_path / "seeds").mkdir()
    return tmp_path


def _nested(key: tuple, value: object) -> dict:
    tree: object = value
    for part in reversed(key):
        tree = {part: tree}
    return tree


def _error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as err:
        load_config(path)
    return str(err.value)


def test_the_defaults_are_those_of_the_shipped_settings_file():
    shipped = yaml.safe_load((ROOT / "generator.yml").read_text(encoding="utf-8"))
    assert load_config(ROOT / "generator.yml").settings == DEFAULTS
    assert {k: v for k, v in DEFAULTS.items() if k in shipped} == shipped
    assert DEFAULTS["tags"] == {"min": 3, "max": 8} and DEFAULTS["summary"]["max_chars"] == 160


@pytest.mark.parametrize("key,default", _leaves(DEFAULTS), ids=lambda x: ".".join(x) if isinstance(x, tuple) else None)
def test_every_setting_with_every_wrong_type_is_one_line_with_file_line_and_key(settings_dir, key, default):
    path = settings_dir / "generator.yml"
    tried = 0
    for value in WRONG_VALUES:
        if _accepted(key, default, value) or (key == ("tags", "min") and value == 5):  # 5 > tags.max: caught below
            continue
        # A comment line first, so that the line number is not 1 by chance.
        path.write_text("# settings\n" + yaml.safe_dump(_nested(key, value), allow_unicode=True), encoding="utf-8")
        message = _error_of(path)
        line = 1 + len(key)  # each level of the key on its own line, after the comment
        assert message.startswith(f"{path}:{line}: key '{'.'.join(key)}': "), (value, message)
        assert "\n" not in message
        tried += 1
    assert tried >= 4


@pytest.mark.parametrize("text,expected", [
    ("tags: 5\n", "generator.yml:1: key 'tags': expected a mapping, got 5"),
    ("tags:\n  min: abc\n", "generator.yml:2: key 'tags.min': expected an integer, got 'abc'"),
    ("related:\n  max: five\n", "generator.yml:2: key 'related.max': expected an integer, got 'five'"),
    ("summary:\n  max_chars: null\n", "generator.yml:2: key 'summary.max_chars': expected an integer, got null"),
    ("summary:\n  max_chars:\n", "generator.yml:2: key 'summary.max_chars': expected an integer, got null"),
    ("topics:\n  max: null\n", "generator.yml:2: key 'topics.max': expected an integer, got null"),
    ("data:\n  userdict: 5\n", "generator.yml:2: key 'data.userdict': expected a string, got 5"),
    ("output: [x]\n", "generator.yml:1: key 'output': expected a string, got a list"),
    ("output: ../elsewhere\n", "generator.yml:1: key 'output': must be a plain folder name"),
    ("seeds: x\ntagz:\n  min: 1\n", "generator.yml:2: key 'tagz': unknown key (did you mean 'tags'?)"),
    ("tags:\n  mni: 1\n", "generator.yml:2: key 'tags.mni': unknown key (did you mean 'min'?)"),
    ("tags:\n  min: 9\n  max: 2\n", "generator.yml:1: key 'tags': 'max' (2) is below 'min' (9)"),
    ("topics:\n  min_score: .nan\n", "generator.yml:2: key 'topics.min_score': expected a finite number"),
    ("- seeds\n", "generator.yml:1: expected a mapping, got a list"),
    ("seeds: [unclosed\n", "generator.yml:2: malformed YAML"),
    ("templates: nowhere\n", "generator.yml:1: key 'templates':"),
    ("data:\n  taxonomy: nowhere.yml\n", "generator.yml:2: key 'data.taxonomy':"),
])
def test_wrong_settings_are_named_by_line_and_key(settings_dir, text, expected):
    path = settings_dir / "generator.yml"
    path.write_text(text, encoding="utf-8")
    assert _error_of(path).startswith(f"{settings_dir}/{expected}")


def test_a_settings_file_that_is_given_must_exist(settings_dir, monkeypatch):
    with pytest.raises(ConfigError, match="missing.yml: settings file not found"):
        load_config(settings_dir / "missing.yml")
    (settings_dir / "folder.yml").mkdir()
    with pytest.raises(ConfigError, match="folder.yml: settings file is a folder"):
        load_config(settings_dir / "folder.yml")
    monkeypatch.chdir(settings_dir)  # no generator.yml here and none given: the defaults
    assert load_config().settings == DEFAULTS


DATA_CASES = [
    ("taxonomy.yml", "宏观经济:\n  keywords: [GDP]\n".encode("gbk"), "taxonomy.yml:1: taxonomy is not UTF-8 text (it looks like GBK"),
    ("taxonomy.yml", "金融:\n  keywords: [银行, 2035]\n".encode(), "taxonomy.yml:2: key '金融.keywords[1]': expected a string, got 2035"),
    ("taxonomy.yml", "金融:\n  keywords: []\n".encode(), "taxonomy.yml:2: key '金融.keywords': expected a non-empty list"),
    ("taxonomy.yml", "金融:\n  keyword: [银行]\n".encode(), "taxonomy.yml:2: key '金融.keyword': unknown key (did you mean 'keywords'?)"),
    ("taxonomy.yml", "金融:\n  keywords: [银行]\n宏观经济: 就是一个字符串\n".encode(), "taxonomy.yml:3: key '宏观经济': expected a mapping"),
    ("taxonomy.yml", b"", "taxonomy.yml:1: expected a non-empty mapping"),
    ("synonyms.yml", "大模型: {AI大模型: 1}\n".encode(), "synonyms.yml:1: key '大模型': expected a list, got a mapping"),
    ("synonyms.yml", "大模型: [AI大模型]\n人工智能: AI\n".encode(), "synonyms.yml:2: key '人工智能': expected a list, got 'AI'"),
    ("entities.yml", "titles: [记者, 5]\n".encode(), "entities.yml:1: key 'titles[1]': expected a string, got 5"),
    ("entities.yml", "title: [记者]\n".encode(), "entities.yml:1: key 'title': unknown key (did you mean 'titles'?)"),
    ("userdict.txt", b"\x00\x01\x02\xff\xfe binary", "userdict.txt: user dictionary is a binary file"),
    ("userdict.txt", "新质生产力 2000 n\n新质生产力 很多 n\n".encode(), "userdict.txt:2: expected 'word [frequency] [tag]'"),
    ("userdict.txt", "新质生产力\t2000\n".encode(), "userdict.txt:1: expected 'word [frequency] [tag]'"),
    ("stopwords.txt", "的 了\n".encode("utf-16"), "stopwords.txt: stop list is a binary file"),
]


@pytest.mark.parametrize("name,data,expected", DATA_CASES)
def test_data_files_are_checked_like_the_settings(settings_dir, name, data, expected):
    (settings_dir / "data" / name).write_bytes(data)
    assert _error_of(settings_dir / "generator.yml").startswith(f"{settings_dir}/data/{expected}")


@pytest.mark.parametrize("name", ["taxonomy.yml", "userdict.txt", "stopwords.txt", "synonyms.yml", "entities.yml"])
def test_a_data_path_that_is_a_folder_is_one_line(settings_dir, name):
    (settings_dir / "data" / name).unlink()
    (settings_dir / "data" / name).mkdir()
    assert "is a folder, expected a file" in _error_of(settings_dir / "generator.yml")


@pytest.mark.parametrize("args,files,expected", [
    (["--config", "missing.yml"], {}, "error: missing.yml: settings file not found"),
    ([], {"generator.yml": b"tags:\n  min: abc\n"}, "error: generator.yml:2: key 'tags.min': expected an integer, got 'abc'"),
    ([], {"generator.yml": b"tagz: 1\n"}, "error: generator.yml:1: key 'tagz': unknown key"),
    ([], {"data/taxonomy.yml": "宏观经济:\n  keywords: [GDP]\n".encode("gbk")}, "error: data/taxonomy.yml:1: taxonomy is not UTF-8"),
    ([], {"data/userdict.txt": bytes(range(256))}, "error: data/userdict.txt: user dictionary is a binary file"),
    (["--jobs", "0"], {}, "error: --jobs: must be 1 or more"),
    (["--jobs", "x"], {}, "error: argument --jobs: invalid int value"),
])
def test_the_command_line_says_it_in_one_line_with_exit_code_2(project, args, files, expected):
    for name, data in files.items():
        (project / name).write_bytes(data)
    out = run(["-m", "generator", "build", *args], project)
    assert out.returncode == 2 and out.stderr.startswith(expected) and out.stderr.count("\n") == 1, out.stderr
    assert not (project / "docs" / "library").exists()


# ---------------------------------------------------------------- plain reader and models, one declaration

def _values_for(kind) -> "st.SearchStrategy":
    """Values of a model's shape, often right and now and then wrong in any way."""
    from hypothesis import strategies as st

    from generator import config

    wrong = st.one_of(st.none(), st.booleans(), st.integers(-3, 2 ** 60), st.floats(allow_nan=True),
                      st.text(max_size=3), st.lists(st.integers(), max_size=2), st.just({"a": 1}))
    if isinstance(kind, config.Plain):
        keys = list(kind.fields) + ["unknown", 1]
        parts = {name: _values_for(key.kind) for name, key in kind.fields.items()}
        right = st.lists(st.sampled_from(list(kind.fields)), unique=True).flatmap(
            lambda names: st.fixed_dictionaries({n: parts[n] for n in names}))
        extra = st.tuples(right, st.sampled_from(keys), wrong).map(lambda t: {**t[0], t[1]: t[2]})
        return st.one_of(right, right, right, extra, wrong)
    if isinstance(kind, config.PlainList):
        return st.one_of(st.lists(_values_for(kind.item), max_size=3), wrong)
    if isinstance(kind, config.PlainDict):
        keys = st.one_of(st.text(max_size=2), st.integers(0, 2))
        return st.one_of(st.dictionaries(keys, _values_for(kind.item), max_size=3), wrong)
    scalars = {config.TEXT: st.text(max_size=3), config.STR: st.text(max_size=3), config.STR_OR_NULL: st.one_of(st.none(), st.text(max_size=3)),
               config.BOOL: st.booleans(), config.COUNT: st.integers(-2, 2 ** 60),
               config.SCORE: st.one_of(st.integers(-2, 2 ** 60), st.floats(allow_nan=True, allow_infinity=True))}
    return st.one_of(scalars[kind], scalars[kind], wrong)


@pytest.mark.parametrize("name", ["Settings", "Taxonomy", "Synonyms", "EntityClues"])
def test_the_plain_reader_passes_what_the_models_pass_as_pydantic_does(name):
    """config.plain_dump is the happy path of the pydantic models config_schema.py
    builds from the same declaration: whatever it passes, the model passes and
    dumps the same (types too: 2 given for a float setting is 2.0); what it
    leaves, pydantic judges."""
    from hypothesis import given, settings
    from pydantic import ValidationError

    from generator import config, config_schema

    model = getattr(config_schema, name)

    @settings(max_examples=400, deadline=None)
    @given(_values_for(config.PLAIN[name]))
    def check(data):
        plain = config.plain_dump(config.PLAIN[name], data)
        try:
            expected = model.model_validate(data).model_dump()
        except ValidationError:
            assert plain is None, data
            return
        if plain is not None:
            assert repr(plain) == repr(expected), data

    check()


def _check_built(kind, model, where: str) -> None:
    """The model built for `kind` has each declared key, no other, with its
    default and its comment; the same down every section."""
    from pydantic import BaseModel, RootModel

    from generator import config

    if isinstance(kind, config.PlainDict):
        if kind.name:
            assert issubclass(model, RootModel) and model.__name__ == kind.name, where
        return _check_built(kind.item, None, where + ".*")
    if isinstance(kind, config.PlainList):
        return _check_built(kind.item, None, where + "[]")
    if not isinstance(kind, config.Plain):
        return
    from generator import config_schema

    model = model or config_schema.MODELS[kind.name]
    assert issubclass(model, BaseModel) and model.__name__ == kind.name, where
    assert model is getattr(config_schema, kind.name) is config_schema.MODELS[kind.name], where
    assert list(model.model_fields) == list(kind.fields), where
    assert model.__doc__ == (kind.doc or None), where
    assert bool(model.__pydantic_decorators__.model_validators) == (kind.check is not None), where  # tags: max >= min
    for name, key in kind.fields.items():
        info = model.model_fields[name]
        assert (info.description or "") == key.doc, (where, name)
        if key.default is config.REQUIRED:
            assert info.is_required(), (where, name)
        elif isinstance(key.kind, config.Plain):
            assert repr(info.default.model_dump()) == repr(config.plain_dump(key.kind, {})), (where, name)
        else:
            assert repr(info.default) == repr(list(key.default) if isinstance(key.default, tuple) else key.default), (where, name)
        _check_built(key.kind, info.annotation if isinstance(key.kind, config.Plain) else None, f"{where}.{name}")


@pytest.mark.parametrize("name", ["Settings", "Taxonomy", "Synonyms", "EntityClues"])
def test_the_models_are_built_from_the_one_declaration(name):
    from generator import config, config_schema

    _check_built(config.PLAIN[name], getattr(config_schema, name), name)


def test_the_plain_reader_gives_the_models_defaults_and_passes_the_shipped_files():
    from generator import config, config_schema

    assert repr(config.DEFAULTS) == repr(config_schema.Settings().model_dump())
    for name, file in (("Taxonomy", "taxonomy.yml"), ("Synonyms", "synonyms.yml"), ("EntityClues", "entities.yml")):
        data = yaml.safe_load((ROOT / "data" / file).read_text(encoding="utf-8"))
        assert repr(config.plain_dump(config.PLAIN[name], data)) == repr(getattr(config_schema, name).model_validate(data).model_dump())
    shipped = yaml.safe_load((ROOT / "generator.yml").read_text(encoding="utf-8"))
    assert config.plain_dump(config.PLAIN["Settings"], shipped) is not None  # no pydantic for the shipped files


def test_valid_files_are_read_without_importing_pydantic(settings_dir):
    """pydantic (and the models) cost about a tenth of a second: only a file with
    something wrong needs them, to say what."""
    code = ("import sys; from pathlib import Path; from generator.config import load_config; "
            "from generator.errors import ConfigError\n"
            "try:\n    load_config(Path(sys.argv[1]))\nexcept ConfigError as exc:\n    print(exc)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core') or m.endswith('config_schema')))")
    out = run(["-c", code, str(settings_dir / "generator.yml")], ROOT)
    assert out.returncode == 0 and out.stdout == "[]\n", out.stdout + out.stderr
    (settings_dir / "generator.yml").write_text("tags:\n  min: abc\n", encoding="utf-8")
    out = run(["-c", code, str(settings_dir / "generator.yml")], ROOT)
    assert "key 'tags.min': expected an integer, got 'abc'" in out.stdout and "'pydantic'" in out.stdout, out.stdout + out.stderr


LEAF_VALUES = [None, True, False, 0, 1, 7, 9, -1, 2 ** 53 - 1, 2 ** 60, 0.0, -0.0, 2.5, -2.5, float("inf"), float("nan"),
               "", "a", " ", [], ["a"], [""], [1], {}, {"a": 1}, {"keywords": ["a"]}]


def _settings_with(key: tuple, value) -> dict:
    from generator.config import DEFAULTS

    tree = yaml.safe_load(yaml.safe_dump(DEFAULTS))  # a deep copy
    node = tree
    for part in key[:-1]:
        node = node[part]
    node[key[-1]] = value
    return tree


@pytest.mark.parametrize("key", [k for k, _ in _leaves(DEFAULTS)] + [("data",), ("tags",), ("extra",), ("tags", "extra")],
                         ids=lambda k: ".".join(k))
def test_the_plain_reader_judges_every_setting_as_pydantic_does(key):
    from pydantic import ValidationError

    from generator import config, config_schema

    for value in LEAF_VALUES:
        data = _settings_with(key, value)
        plain = config.plain_dump(config.PLAIN["Settings"], data)
        try:
            expected = repr(config_schema.Settings.model_validate(data).model_dump())
        except ValidationError:
            assert plain is None, (key, value)
            continue
        assert plain is None or repr(plain) == expected, (key, value)
        if key[-1] != "extra" and type(value) in (bool, int, float, str) and value == value and value != 2 ** 60:
            assert plain is not None, (key, value)  # a plainly valid value stays on the plain path (2**60: a float's, not)


@pytest.mark.parametrize("name,make", [
    ("Taxonomy", lambda v: {"topic": {"keywords": v}}), ("Taxonomy", lambda v: {"topic": v}), ("Taxonomy", lambda v: v),
    ("Taxonomy", lambda v: {v if isinstance(v, (str, int)) else "k": {"keywords": ["a"]}}),
    ("Synonyms", lambda v: {"a": v}), ("Synonyms", lambda v: v), ("Synonyms", lambda v: {"a": [v]}),
    ("EntityClues", lambda v: {"surnames": v}), ("EntityClues", lambda v: {"titles": v}), ("EntityClues", lambda v: {"titles": [v]}),
    ("EntityClues", lambda v: v), ("EntityClues", lambda v: {"extra": v})])
def test_the_plain_reader_judges_the_data_files_as_pydantic_does(name, make):
    from pydantic import ValidationError

    from generator import config, config_schema

    for value in LEAF_VALUES:
        data = make(value)
        plain = config.plain_dump(config.PLAIN[name], data)
        try:
            expected = repr(getattr(config_schema, name).model_validate(data).model_dump())
        except ValidationError:
            assert plain is None, value
            continue
        assert plain is None or repr(plain) == expected, value
