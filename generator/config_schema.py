"""The pydantic models of generator.yml and the data files, built from the one
declaration of the schema in config.py (SETTINGS, TAXONOMY, SYNONYMS,
ENTITY_CLUES): each key's kind, default and purpose, each section's check.

Imported only when a file is not plainly valid (config.plain_dump says which
are), so that pydantic says what is wrong: importing pydantic and building the
models costs about a tenth of a second per run. The models keep the names the
declaration gives them (Settings, DataFiles, TagSettings, TopicSettings,
RelatedSettings, SummarySettings, Topic, Taxonomy, Synonyms, EntityClues).
"""
from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, RootModel, create_model, model_validator

from .config import (BOOL, COUNT, ENTITY_CLUES, REQUIRED, SCORE, SETTINGS, STR, STR_OR_NULL, SYNONYMS, TAXONOMY, TEXT,
                     Key, Plain, PlainDict, PlainList)


class _Section(BaseModel):
    # strict: "5" is not a number and 1 is not a string; a float setting takes a whole number.
    model_config = ConfigDict(extra="forbid", strict=True)


class _File(RootModel):
    model_config = ConfigDict(strict=True)  # a RootModel takes no 'extra'


Count = Annotated[int, Field(ge=0)]
Text = Annotated[str, Field(min_length=1)]
Score = Annotated[float, Field(ge=0, allow_inf_nan=False)]
SCALAR_TYPES: dict[str, Any] = {TEXT: Text, STR: str, STR_OR_NULL: str | None, BOOL: bool, COUNT: Count, SCORE: Score}

MODELS: dict[str, type[BaseModel]] = {}  # by name, nested sections too


def _type(kind: object) -> Any:
    """The annotation that checks what `kind` describes."""
    if isinstance(kind, Plain):
        return _model(kind)
    if isinstance(kind, (PlainList, PlainDict)):
        inner = list[_type(kind.item)] if isinstance(kind, PlainList) else dict[Text, _type(kind.item)]
        return Annotated[inner, Field(min_length=kind.min_length)] if kind.min_length else inner
    return SCALAR_TYPES[kind]


def _field(key: Key) -> tuple[Any, Any]:
    kind = _type(key.kind)
    description = {"description": key.doc} if key.doc else {}
    if key.default is REQUIRED:
        return kind, Field(**description)
    if isinstance(key.kind, Plain):
        default = kind()  # the section with the defaults of its keys
    elif isinstance(key.default, tuple):
        default = list(key.default)
    else:
        default = key.default
    return kind, Field(default, **description)


def _model(plain: Plain) -> type[BaseModel]:
    if plain.name in MODELS:
        return MODELS[plain.name]
    validators = {}
    if plain.check is not None:
        check = plain.check

        def _check(self: BaseModel) -> BaseModel:
            problem = check({name: getattr(self, name) for name in type(self).model_fields})
            if problem is not None:
                raise ValueError(problem)
            return self

        validators["_check"] = model_validator(mode="after")(_check)
    model = create_model(plain.name, __base__=_Section, __doc__=plain.doc or None, __module__=__name__,
                         __validators__=validators,
                         **{name: _field(key) for name, key in plain.fields.items()})
    MODELS[plain.name] = model
    return model


def _file(kind: PlainDict) -> type[BaseModel]:
    """A whole data file that is a mapping of free keys."""
    model = create_model(kind.name, __base__=_File, __module__=__name__, root=(_type(kind), ...))
    MODELS[kind.name] = model
    return model


Settings = _model(SETTINGS)
Taxonomy = _file(TAXONOMY)
Synonyms = _file(SYNONYMS)
EntityClues = _model(ENTITY_CLUES)
DataFiles, TagSettings, TopicSettings, RelatedSettings, SummarySettings, Topic = (
    MODELS[name] for name in ("DataFiles", "TagSettings", "TopicSettings", "RelatedSettings", "SummarySettings", "Topic"))
