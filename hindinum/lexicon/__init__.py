"""The Hindi language pack: number words, scales, fractions, currencies and every cue list the
rules consult, as Python literals.

Nothing here is read from files at run time, and nothing here is code: the tables are in
:mod:`~hindinum.lexicon.numbers`, :mod:`~hindinum.lexicon.currencies` and
:mod:`~hindinum.lexicon.context`, each naming where its facts come from, and :data:`HINDI`
gathers them into a :class:`hindinum.pack.Pack`, the form every language takes
(docs/architecture.md, "Adding a language").
"""

from __future__ import annotations

from hindinum.lexicon import context, currencies, numbers
from hindinum.pack import Pack

__all__ = ["HINDI"]

HINDI = Pack(
    name="hi",
    units=numbers.CANONICAL,
    unit_variants=numbers.VARIANTS,
    scales={word: numbers.SCALES[canon] for word, canon in numbers.SCALE_WORDS.items()},
    bare_scales=numbers.BARE_SCALES,
    words_only_scales=numbers.WORDS_ONLY_SCALES,
    digits_only_scales=numbers.DIGITS_ONLY_SCALES,
    scale_not_before=numbers.SCALE_NOT_BEFORE,
    fractions=numbers.FRACTION_WORDS,
    fraction_prefixes=numbers.FRACTION_PREFIXES,
    prefixes_alone=numbers.PREFIXES_ALONE,
    parts=numbers.PART_WORDS,
    point_words=numbers.POINT_WORDS,
    over_words=numbers.OVER_WORDS,
    mixed_words=numbers.MIXED_WORDS,
    and_words=numbers.AND_WORDS,
    minus_words=numbers.MINUS_WORDS,
    dozen_words=numbers.DOZEN_WORDS,
    english_units=numbers.ENGLISH_UNITS,
    shy_english=numbers.SHY_ENGLISH,
    ordinal_words=numbers.ORDINAL_WORDS,
    english_ordinal_units=numbers.ENGLISH_ORDINAL_UNITS,
    ordinal_suffixes=numbers.ORDINAL_SUFFIXES,
    digit_ordinal_suffixes=numbers.DIGIT_ORDINAL_SUFFIXES,
    percent_words=numbers.PERCENT_WORDS,
    of_words=context.OF_WORDS,
    part_nouns=context.PART_NOUNS,
    currency_names=currencies.NAMES,
    currency_symbols=currencies.SYMBOLS,
    bare_dollar=currencies.BARE_DOLLAR,
    currency_needs_number=currencies.NEEDS_NUMBER_BEFORE,
    abbreviation_marks=currencies.ABBREVIATION_MARKS,
    subunits=currencies.SUBUNITS,
    subunit_words=currencies.SUBUNIT_WORDS,
    converted_alone=currencies.CONVERTED_ALONE,
    approx_before=context.APPROX_BEFORE,
    approx_after=context.APPROX_AFTER,
    range_words=context.RANGE_WORDS,
    range_symbols=context.RANGE_SYMBOLS,
    range_continuations=context.RANGE_CONTINUATIONS,
    range_and_words=context.RANGE_AND_WORDS,
    between=context.BETWEEN,
    months=context.MONTHS,
    year_before=context.YEAR_BEFORE,
    year_after=context.YEAR_AFTER,
    decade_words=context.DECADE_WORDS,
    id_before=context.ID_BEFORE,
    code_words=context.CODE_WORDS,
    time_after=context.TIME_AFTER,
    weak_alone=context.WEAK_ALONE,
    measures=context.MEASURES,
    bread_words=context.BREAD_WORDS,
    weight_words=context.WEIGHT_WORDS,
    bare_pounds=context.BARE_POUNDS,
    before_ordinals=context.BEFORE_ORDINALS,
    before_ordinal_not_after=context.PEHLE_NOT_ORDINAL_AFTER,
    before_ordinal_not_before=context.PEHLE_NOT_ORDINAL_BEFORE,
    colon_endings=context.COLON_ENDINGS,
    ordinary_words=context.ORDINARY_WORDS,
    unit_ordinals=context.UNIT_ORDINALS,
    verb_numbers=context.VERB_NUMBERS,
    verb_stems=context.VERB_STEMS,
    verb_particles=context.VERB_PARTICLES,
    infinitive_endings=context.INFINITIVE_ENDINGS,
    agent_pronouns=context.AGENT_PRONOUNS,
    idioms=context.IDIOMS,
    word_scales=numbers.WORD_SCALES,
    hundred_word=numbers.HUNDRED_WORD,
    minus_word=numbers.MINUS_WORD,
    point_word=numbers.POINT_WORD,
    crore_word=numbers.CRORE_WORD,
    ordinal_endings=numbers.ORDINAL_ENDINGS,
    regular_ordinal_endings=numbers.REGULAR_ORDINAL_ENDINGS,
    regular_ordinal_written=numbers.REGULAR_ORDINAL_WRITTEN,
    feminine_marks=numbers.FEMININE_MARKS,
    oblique_marks=numbers.OBLIQUE_MARKS,
    nasal_marks=numbers.NASAL_MARKS,
)
