"""The pydantic models of generator.yml and the data files (see config.py).

Imported only when a file is not plainly valid (config.plain_dump says which
are) or when the defaults are asked of pydantic: importing pydantic and
building the models costs about a tenth of a second per run.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator


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
