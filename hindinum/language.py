"""A language pack compiled into the look-ups the engine reads.

:class:`Language` takes a :class:`~hindinum.pack.Pack` (words as written) and builds what the
number reader and the recognizer consult on every token: folded word sets, the class of every
number word (:class:`WordClass`, with its value), and multi-word phrases indexed by their first
word. :data:`HINDI` is the Hindi pack compiled; every public function reads with it unless it
is given another language.

>>> HINDI.words["लाख"]
Word(cls=<WordClass.SCALE: 'scale'>, value=None, power=5)
>>> HINDI.words[fold("साढ़े")].cls, HINDI.words[fold("साढ़े")].value
(<WordClass.PREFIX: 'prefix'>, Decimal('0.5'))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from hindinum.lexicon import HINDI as HINDI_PACK
from hindinum.pack import Pack
from hindinum.text import fold
from hindinum.tokenize import raw_tokens

TYPE_CHECKING = False  # typing costs 2.5 ms to import and is needed by type checkers only
if TYPE_CHECKING:
    from typing import Final

__all__ = ["HINDI", "Language", "Phrase", "Word", "WordClass"]


class WordClass(str, enum.Enum):
    """What a number word does to the number being read; the reader has a handler for each."""

    UNIT = "unit"  #: a number 0-99 (तीन, पच्चीस)
    ENGLISH = "english"  #: an English number word (फाइव, twenty)
    SCALE = "scale"  #: a power of ten (सौ, हज़ार, लाख, करोड़, million)
    FRACTION = "fraction"  #: a fraction that is a number (आधा, डेढ़, ढाई)
    PREFIX = "prefix"  #: adjusts the number after it (साढ़े, सवा, पौने)
    PART = "part"  #: divides the number before it (चौथाई, तिहाई)
    ORDINAL = "ordinal"  #: an ordinal word (पहला, पाँचवाँ, सौवां)
    POINT = "point"  #: the decimal point word (दशमलव)
    OVER = "over"  #: X बटा Y
    MIXED = "mixed"  #: A सही X बटा Y
    AND = "and"  #: joins parts of one number (और)
    MINUS = "minus"  #: makes the number negative (माइनस)
    DOZEN = "dozen"  #: times twelve (दर्जन)
    MULTIPLE = "multiple"  #: so many times as much, a number alone (दुगना, तिगुनी)

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Word:
    """A number word: its class, its value (units, fractions, the delta of a prefix, the
    divisor of a part, an ordinal's value) and the power of ten of a scale or scale ordinal."""

    cls: WordClass
    value: Decimal | None = None
    power: int | None = None


#: A phrase of a look-up table: its token keys, its value, and for each junction between two
#: tokens whether the table writes them glued (``us$``: the two must touch in the text too).
Phrase = tuple[tuple[str, ...], str, tuple[bool, ...]]


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _phrases(table: dict[str, tuple[str, ...]]) -> dict[str, list[Phrase]]:
    """Index multi-token phrases (value -> phrases) by their first key, longest first."""
    index: dict[str, list[Phrase]] = {}
    for value, phrases in table.items():
        for phrase in phrases:
            toks = raw_tokens(phrase)
            if toks.n:
                keys = tuple(toks.key)
                glued = tuple(a == b for a, b in zip(toks.end, toks.start[1:]))
                index.setdefault(keys[0], []).append((keys, value, glued))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _by_meaning(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """``{written: meaning}`` -> ``{meaning: (written, ...)}``, the form :func:`_phrases` takes."""
    out: dict[str, list[str]] = {}
    for written, meaning in table.items():
        out.setdefault(meaning, []).append(written)
    return {k: tuple(v) for k, v in out.items()}


def _key_phrases(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    """``{written: meaning}`` -> ``{keys of its tokens: meaning}``, the longest first, for a
    look-up of the phrase that ends at a token."""
    phrases = [(tuple(raw_tokens(k).key), v) for k, v in table.items()]
    return dict(sorted(phrases, key=lambda e: -len(e[0])))


def _whole_words(index: dict[str, list[Phrase]]) -> frozenset[str]:
    """The keys of an index that are a phrase by themselves (``से`` of ``से.`` is not)."""
    return frozenset(k for k, entries in index.items() if any(len(e[0]) == 1 for e in entries))


def _invert(table: dict[tuple[str, ...], str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for words, value in table.items():
        out.setdefault(value, []).append(" ".join(words))
    return {k: tuple(v) for k, v in out.items()}


class _WordTable:
    """Builds the class of every number word; the first class given to a word wins."""

    def __init__(self) -> None:
        self.words: dict[str, Word] = {}

    def add(self, words: Iterable[str], word: Word) -> None:
        for w in words:
            self.words.setdefault(fold(w), word)

    def keys_of(self, cls: WordClass) -> list[tuple[str, Word]]:
        return [(k, w) for k, w in self.words.items() if w.cls is cls]


def _number_words(pack: Pack) -> dict[str, Word]:
    """Every number word of ``pack`` with its class, in the order that settles a word listed
    twice: units, scales, fractions, prefixes, parts, the function words, English words,
    irregular ordinals, then the regular ordinals made from units and scales."""
    table = _WordTable()
    for value, word in enumerate(pack.units):
        table.add((word,), Word(WordClass.UNIT, Decimal(value)))
    for value, variants in pack.unit_variants.items():
        table.add(variants, Word(WordClass.UNIT, Decimal(value)))
    units = table.keys_of(WordClass.UNIT)
    for word, power in pack.scales.items():
        table.add((word,), Word(WordClass.SCALE, power=power))
    scales = table.keys_of(WordClass.SCALE)
    for word, text in pack.fractions.items():
        table.add((word,), Word(WordClass.FRACTION, Decimal(text)))
    for word, text in pack.fraction_prefixes.items():
        table.add((word,), Word(WordClass.PREFIX, Decimal(text)))
    for word, divisor in pack.parts.items():
        table.add((word,), Word(WordClass.PART, Decimal(divisor)))
    table.add(pack.point_words, Word(WordClass.POINT))
    table.add(pack.over_words, Word(WordClass.OVER))
    table.add(pack.mixed_words, Word(WordClass.MIXED))
    table.add(pack.and_words, Word(WordClass.AND))
    table.add(pack.minus_words, Word(WordClass.MINUS))
    table.add(pack.dozen_words, Word(WordClass.DOZEN))
    for word, times in pack.multiple_words.items():
        table.add((word,), Word(WordClass.MULTIPLE, Decimal(times)))
    for word, value in pack.english_units.items():
        table.add((word,), Word(WordClass.ENGLISH, Decimal(value)))
    for word, value in pack.ordinal_words.items():
        table.add((word,), Word(WordClass.ORDINAL, Decimal(value)))
    suffixes = tuple(dict.fromkeys(fold(s) for s in pack.ordinal_suffixes))
    for key, unit in units:
        table.add((key + s for s in suffixes), Word(WordClass.ORDINAL, unit.value))
    for key, scale in scales:
        if not key.isascii():
            table.add((key + s for s in suffixes), Word(WordClass.ORDINAL, power=scale.power))
    return table.words


#: Word classes that can open a number.
OPENING_CLASSES: Final = frozenset({WordClass.UNIT, WordClass.ENGLISH, WordClass.FRACTION,
                                    WordClass.PREFIX, WordClass.SCALE, WordClass.ORDINAL,
                                    WordClass.MINUS, WordClass.PART, WordClass.MULTIPLE})


class Language:
    """A :class:`~hindinum.pack.Pack` compiled for the engine: every word folded, number words
    classed, phrases indexed. Attributes are named after the pack's tables."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.name = pack.name
        self._numbers(pack)
        self._money(pack)
        self._context(pack)
        self._open_text(pack)
        self._counts(pack)
        self._sums(pack)
        self._measures(pack)
        self.cue_words = self._cue_words()
        #: the words of the digits 0-9 (every spelling): four or more in a row are a number
        #: said digit by digit (rules.spoken_digits)
        self.digit_words = frozenset(
            k for k, w in self.words.items() if w.cls is WordClass.UNIT and w.value is not None
            and w.value == w.value.to_integral_value() and 0 <= w.value <= 9)
        #: the words for the digit zero (शून्य, ज़ीरो): a number said digit by digit leads
        #: with one
        self.zero_words = frozenset(k for k in self.digit_words if self.words[k].value == 0)
        self.openers = self._openers()
        #: every key a suffix after a number starts with (a percent sign or word, a currency,
        #: a subunit, a code; ``-`` before one glued): one look-up for the usual word after
        self.suffix_starts = frozenset({"-", "%"}) | self.percent_words | frozenset(self.currency) \
            | frozenset(self.subunits) | frozenset(self.iso_codes)
        self._settling()

    def _numbers(self, pack: Pack) -> None:
        self.words = _number_words(pack)
        self.bare_scales = _folded(pack.bare_scales)
        self.words_only_scales = _folded(pack.words_only_scales)
        self.digits_only_scales = _folded(pack.digits_only_scales)
        self.scale_not_before = {fold(k): _folded(v) for k, v in pack.scale_not_before.items()}
        self.prefixes_alone = _folded(pack.prefixes_alone)
        self.shy_english = _folded(pack.shy_english)
        self.shy_before_units = _folded(pack.shy_before_units)
        self.irregular_ordinals = _folded(pack.ordinal_words)
        self.multiple_words = _folded(pack.multiple_words)
        self.english_ordinal_units = _folded(pack.english_ordinal_units)
        self.digit_ordinal_suffixes = _folded(pack.digit_ordinal_suffixes)
        self.spaced_ordinal_suffixes = _folded(pack.spaced_ordinal_suffixes)
        self.percent_words = _folded(pack.percent_words)
        self.percent_idioms = _phrases(_by_meaning(pack.percent_idioms))
        self.of_words = _folded(pack.of_words)
        self.part_nouns = _folded(pack.part_nouns)

    def _money(self, pack: Pack) -> None:
        currency = _phrases(pack.currency_names)
        for sym, iso in pack.currency_symbols.items():
            for key in raw_tokens(sym).key[:1]:
                currency.setdefault(key, []).append(((key,), iso, ()))
        self.currency = currency
        self.currency_words = frozenset(
            k for k, entries in currency.items() if any(len(e[0]) == 1 for e in entries))
        #: one-character signs: ₹ $ € ...
        self.signs = frozenset(k for k in self.currency_words if len(k) == 1 and not k.isalnum())
        self.bare_dollar = pack.bare_dollar
        self.currency_needs_number = _folded(pack.currency_needs_number)
        #: the ISO code of every currency that has no name of that spelling, by its key: read
        #: after a number when written in capitals (``100 BYN``: normalize writes the codes,
        #: and ``100 top`` is no paʻanga)
        codes = [code for code in pack.currency_names
                 if len(code) == 3 and code.isalpha() and code.isupper()]
        self.iso_codes = {code.lower(): code for code in codes
                          if code.lower() not in currency and code not in pack.word_codes}
        #: the codes that no text reads back as their currency (``100 ALL``): normalize reads
        #: back an amount in one of them, and so keeps it as written
        self.unreadable_codes = frozenset(
            code for code in codes if code.lower() not in currency and code in pack.word_codes)
        self.priced_goods = _folded(pack.priced_goods)
        self.money_verbs = _folded(pack.money_verbs)
        self.money_verb_links = _folded(pack.money_verb_links)
        self.sale_verbs = _folded(pack.sale_verbs)
        self._abbreviations(pack)
        self._subunits(pack)
        self._notes(pack)
        self.dash_currency = pack.dash_currency
        self.implied_currency = pack.implied_currency
        self.money_nouns = _folded(pack.money_nouns)
        #: the phrases of a change, folded word by word and joined by one space
        self.change_links = frozenset(" ".join(fold(w) for w in p.split())
                                      for p in pack.change_links)
        self.figure_ends = _folded(pack.figure_ends)
        self.cash_nouns = _folded(pack.cash_nouns)
        self.cash_counted = _folded(pack.cash_counted)
        self.money_nouns_not_of_years = _folded(pack.money_nouns_not_of_years)
        self.money_nouns_before = _folded(pack.money_nouns_before)
        self.copulas = _folded(pack.copulas)
        self.priced_units = pack.priced_units  # unit symbols, not written forms
        self.list_links = _folded(pack.list_links)
        self.dial_after = _folded(pack.dial_after)
        self.dial_to = _folded(pack.dial_to)
        #: what ends a list of numbers called (rules.number_called looks for one first)
        self.call_markers = self.dial_after | _folded(pack.number_nouns) | self.dial_to
        self.purity_words = _folded(pack.purity_words)
        self.score_words = _folded(pack.score_words)
        self.score_links = _folded(pack.score_links)
        self._names(pack)
        self.call_words = _folded(pack.call_words)
        self.phone_words = _folded(pack.phone_words)
        self.emergency_numbers = pack.emergency_numbers  # digits, as written
        self.lead_words = _folded(pack.lead_words)
        self.trail_words = _folded(pack.trail_words)
        self.call_verbs = _folded(pack.call_verbs)
        self.rate_after = _phrases({"rate": pack.rate_after})
        self.money_scales = {fold(k): v for k, v in pack.money_scales.items()}

    def _abbreviations(self, pack: Pack) -> None:
        """The marks after an abbreviated currency and the abbreviated names (``रु.``)."""
        self.abbreviation_marks = frozenset(pack.abbreviation_marks)
        self.abbreviated_names = _folded(pack.abbreviated_names)

    def _names(self, pack: Pack) -> None:
        """The words about names: not a name, of a person, of films and shows."""
        self.not_names = _folded(pack.not_names)
        self.person_cues = _folded(pack.person_cues)
        self.report_cues = _folded(pack.report_cues)
        self.surnames = _folded(pack.surnames)
        self.title_cues = _folded(pack.title_cues)
        self.phone_nouns = _folded(pack.phone_nouns)
        self.score_nouns = _folded(pack.score_nouns)
        self.title_followers = _folded(pack.title_followers)
        self.title_not_names = _folded(pack.title_not_names)
        self.title_events = _folded(pack.title_events)

    def _notes(self, pack: Pack) -> None:
        """The words of bank notes, their denominations, and the words before a student's."""
        self.note_nouns = _folded(pack.note_nouns)
        self.note_values = frozenset(Decimal(v) for v in pack.note_values)
        self.note_not_after = _folded(pack.note_not_after)

    def _subunits(self, pack: Pack) -> None:
        self.subunits = {fold(k): v for k, v in pack.subunits.items()}
        self.subunits_after_main = {fold(k): v for k, v in pack.subunits_after_main.items()}
        self.paise_currencies = pack.paise_currencies
        self.converted_alone = pack.converted_alone

    def _context(self, pack: Pack) -> None:
        self.approx_before = _phrases(_invert(pack.approx_before))
        self.approx_after = _phrases(_invert(pack.approx_after))
        self.range_words = _folded(pack.range_words)
        self.range_symbols = frozenset(pack.range_symbols)
        self.range_continuations = _folded(pack.range_continuations)
        self.id_list_links = _folded(pack.id_list_links)
        self.falling_words = _folded(pack.falling_words)
        self.min_max_words = _folded(pack.min_max_words)
        self.flat_words = _folded(pack.flat_words)
        self.between = tuple(fold(w) for w in pack.between)
        self.range_and_words = _folded(pack.range_and_words)
        self.months = _folded(pack.months)
        self.year_before = _folded(pack.year_before)
        self.year_after = _folded(pack.year_after)
        self.not_year_after = _phrases({"out of": pack.not_year_after})
        self.recent_year_nouns = _folded(pack.recent_year_nouns)
        self.since_now = _phrases({"since": pack.since_now})
        self.act_words = _folded(pack.act_words)
        self.decade_words = _folded(pack.decade_words)
        self.id_before = _folded(pack.id_before)
        self.code_words = _folded(pack.code_words)
        self.time_after = _folded(pack.time_after)
        self.weak_alone = _folded(pack.weak_alone)
        self.article_words = _folded(pack.article_words)
        self.measures = _folded(pack.measures)
        self.bread_words = _folded(pack.bread_words)
        self.weight_words = _folded(pack.weight_words)
        self.bare_pounds = _folded(pack.bare_pounds)
        self.before_ordinals = _folded(pack.before_ordinals)
        self.before_ordinal_not_before = _folded(pack.before_ordinal_not_before)
        self.before_ordinal_then = _folded(pack.before_ordinal_then)
        self.before_ordinal_nouns = _folded(pack.before_ordinal_nouns)
        self.before_ordinal_not_after = _folded(pack.before_ordinal_not_after)
        self.colon_endings = pack.colon_endings
        self.ordinary_words = _folded(pack.ordinary_words)
        #: the first words and signs of a range's link (a cheap test before the link is read)
        self.range_link_keys = self.range_words | self.range_and_words | self.range_symbols
        self.particles = _folded(pack.particles)
        self.unit_ordinals = _folded(pack.unit_ordinals)
        self.verb_numbers = _folded(pack.verb_numbers)
        self.verb_stems = _folded(pack.verb_stems)
        self.verb_particles = _folded(pack.verb_particles)
        self.infinitive_endings = tuple(fold(e) for e in pack.infinitive_endings)
        self.plural_endings = tuple(fold(e) for e in pack.plural_endings)
        self.agent_pronouns = _folded(pack.agent_pronouns)
        self.idioms = _phrases({"idiom": pack.idioms})
        self.id_words = _folded(pack.id_words)
        self.number_nouns = _folded(pack.number_nouns)
        self.id_nouns = _folded(pack.id_nouns)
        self.model_words = _folded(pack.model_words)
        self.count_nouns = _folded(pack.count_nouns)
        self.compound_ends = _folded(pack.compound_ends)
        self.version_words = _folded(pack.version_words)
        self.year_nouns = _folded(pack.year_nouns)
        self.law_words = _folded(pack.law_words)
        self.under_words = _folded(pack.under_words)
        self.vague_words = _folded(pack.vague_words)
        self.year_words = self.year_before | self.year_after | self.decade_words | self.year_nouns

    def _open_text(self, pack: Pack) -> None:
        """The words of the rules for open text: frequencies, ages, days of an unsaid month,
        ranks, resolutions, sums too large to count and words of a count, the rupees of other
        lands, verbs of a cost, choices between numbers called, centuries, verbs of making, points
        in a score, the numbers of roads, codes of law and the lists of sections, the short
        codes of public services."""
        self.road_words = _folded(pack.road_words)
        self.law_codes = _folded(pack.law_codes)
        self.train_words = _folded(pack.train_words)
        self.id_weak_links = _folded(pack.id_weak_links)
        #: what may follow an identifier after a weak link: a postposition, a code of law
        self.id_weak_link_ends = _folded(pack.id_weak_link_ends) | self.law_codes
        #: the short codes of services as the keys of their digit tokens
        self.service_keys = frozenset(str(n) for n in pack.service_numbers)
        self.service_words = _folded(pack.service_words)
        self.helpline_words = _folded(pack.helpline_words)
        self.road_after = _folded(pack.road_after)
        self.sum_floor = Decimal(pack.sum_floor)
        self.context_sum_floor = Decimal(pack.context_sum_floor)
        self.clause_words = _folded(pack.clause_words)
        self.tally_words = _folded(pack.tally_words)
        self.against_words = _folded(pack.against_words)
        self.rupee_lands = {fold(k): v for k, v in pack.rupee_lands.items()}
        self.rupee_land_links = _folded(pack.rupee_land_links)
        self.rupee_words = _folded(pack.rupee_words)
        self.cost_verbs = _folded(pack.cost_verbs)
        self.make_verbs = _folded(pack.make_verbs)
        self.score_units = _folded(pack.score_units)
        self.choice_links = _folded(pack.choice_links)
        self.century_words = _folded(pack.century_words)
        self.frequency_words = _folded(pack.frequency_words)
        self.frequency_not_before = _folded(pack.frequency_not_before)
        self.age_words = _folded(pack.age_words)
        self.date_words = _folded(pack.date_words)
        self.date_words_before = _folded(pack.date_words_before)
        self.date_day_after = _folded(pack.date_day_after)
        self.title_year_words = _folded(pack.title_year_words)
        self.question_words = _folded(pack.question_words)
        self.rank_words = _folded(pack.rank_words)
        self.resolution_marks = _folded(pack.resolution_marks)
        self.screen_words = _folded(pack.screen_words)
        self.times_signs = _folded(pack.times_signs)
        self.pixel_words = _folded(pack.pixel_words)
        self.measured_before = {fold(k): v for k, v in pack.measured_before.items()}
        self.measure_links = _folded(pack.measure_links)
        self.night_words = _folded(pack.night_words)
        self.night_of_date_after = _folded(pack.night_of_date_after)

    def _sums(self, pack: Pack) -> None:
        """The words of sums that leave their currency unsaid and of the price of one: the
        head and end of a sum in a sentence of rupees, nouns of a sum and of a unit's price,
        words of "only", of a purpose, of getting or costing and of giving; and the words around
        a noun of a year's time (``year_noun_skipped``, ``year_noun_not_before``)."""
        self.sum_head_words = _folded(pack.sum_head_words)
        self.sum_head_skipped = _folded(pack.sum_head_skipped)
        self.sum_end_words = _folded(pack.sum_end_words)
        self.price_in_words = _folded(pack.price_in_words)
        self.out_of_words = _folded(pack.out_of_words)
        self.figure_nouns = _folded(pack.figure_nouns)
        self.sum_nouns = _folded(pack.sum_nouns)
        self.give_verbs = _folded(pack.give_verbs)
        self.recipient_marks = _folded(pack.recipient_marks)
        self.give_auxiliaries = _folded(pack.give_auxiliaries)
        self.participle_tails = _folded(pack.participle_tails)
        self.only_words = _folded(pack.only_words)
        self.purpose_words = _folded(pack.purpose_words)
        self.one_price_ends = _folded(pack.one_price_ends)
        self.price_verbs = _folded(pack.price_verbs)
        self.unit_price_nouns = _folded(pack.unit_price_nouns)
        self.year_noun_skipped = _folded(pack.year_noun_skipped)
        self.year_noun_not_before = _folded(pack.year_noun_not_before)

    def _counts(self, pack: Pack) -> None:
        """The words that make the article word a count: a list of counts (``count_links``),
        one each (``each_cues``), and the places in an order (grades and ranks)."""
        self.count_links = _folded(pack.count_links)
        self.count_list_stops = _folded(pack.count_list_stops)
        self.one_not_counting_before = _folded(pack.one_not_counting_before)
        self.every_single_after = _folded(pack.every_single_after)
        self.each_cues = _folded(pack.each_cues)
        self.each_count_nouns = _folded(pack.each_count_nouns)
        self.parallel_cases = _folded(pack.parallel_cases)
        self.title_cue_phrases = {fold(k): _folded(v) for k, v in pack.title_cue_phrases.items()}
        self.type_nouns = _folded(pack.type_nouns)
        self.type_hyphen_nouns = {fold(k): _folded(v) for k, v in pack.type_hyphen_nouns.items()}
        self.pehle_place_nouns = _folded(pack.pehle_place_nouns)
        self.pehle_place_after = _folded(pack.pehle_place_after)
        self.pehle_noun_cases = _folded(pack.pehle_noun_cases)
        self.pehle_weekdays = _folded(pack.pehle_weekdays)
        self.pehle_weekday_of = _folded(pack.pehle_weekday_of)
        self.pehle_since_spans = _folded(pack.pehle_since_spans)
        self.pehle_already_verbs = _folded(pack.pehle_already_verbs)
        self.before_this = _folded(pack.before_this)
        self.each_plural_after = _folded(pack.each_plural_after)
        self.predicate_openers = _folded(pack.predicate_openers)
        self.other_ordinals = _folded(pack.other_ordinals)
        self.other_place_nouns = _folded(pack.other_place_nouns)
        self.sequence_words = _folded(pack.sequence_words)
        self.every_words = _folded(pack.every_words)
        self.grade_words = _folded(pack.grade_words)
        self.grade_top = Decimal(pack.grade_top)
        self.rank_nouns = _folded(pack.rank_nouns)
        self.rank_top = Decimal(pack.rank_top)
        self.rank_before = _folded(pack.rank_before)
        self.rank_scopes = _folded(pack.rank_scopes)
        self.grade_not_after = _folded(pack.grade_not_after)

    def _measures(self, pack: Pack) -> None:
        self.measure_units = _phrases(_by_meaning(pack.measure_units))
        self.exact_case_units = pack.exact_case_units
        self.exact_case_keys = _folded(pack.exact_case_units)
        self.zero_sides = {fold(k): v for k, v in pack.zero_sides.items()}
        self.case_units = pack.case_units
        self.written_units = frozenset(pack.measure_units) | pack.exact_case_units
        self.duration_units = _phrases(_by_meaning(pack.duration_units))
        self.lower_case_units = _folded(pack.lower_case_units)
        self.inch_marks = frozenset(pack.inch_marks)
        self.verb_like_units = _folded(pack.verb_like_units)
        self.rate_period_units = _folded(pack.rate_period_units)
        self.duration_multiples = {fold(k): v for k, v in pack.duration_multiples.items()}
        self.month_numbers = {fold(k): v for k, v in pack.month_numbers.items()}
        self.other_months = {fold(k): v for k, v in pack.other_months.items()}
        self.other_year_words = _folded(pack.other_year_words)
        self.day_parts = {fold(k): v for k, v in pack.day_parts.items()}
        self.clock_hour_after = _folded(pack.clock_hour_after)
        #: the parts of the day of several words, by their keys (``der raat``)
        self.day_part_phrases = {keys: v for keys, v in _key_phrases(pack.day_parts).items()
                                 if len(keys) > 1}
        #: the last keys of those phrases: one of them ends at a token, or none does
        self.day_part_phrase_ends = frozenset(keys[-1] for keys in self.day_part_phrases)
        self.day_part_links = _folded(pack.day_part_links)
        self.day_list_words = _folded(pack.day_list_words)
        self.clock_words = _folded(pack.clock_words)
        self.am_pm = _phrases(_by_meaning(pack.am_pm))
        self.per_words = _folded(pack.per_words)
        self.per_unit_words = {fold(k): v for k, v in pack.per_unit_words.items()}
        self.per_nouns = _phrases(_by_meaning(pack.per_nouns))
        self.energy_unit_words = _folded(pack.energy_unit_words)
        self.electricity_words = _folded(pack.electricity_words)
        #: the ``per`` of a price per energy unit (``6.10 रुपये प्रति यूनिट``: ``unit``)
        self.energy_pers = frozenset(pack.per_nouns[w] for w in pack.energy_unit_words
                                     if w in pack.per_nouns)
        self.energy_rate_max = pack.energy_rate_max
        #: the words (and the slash) a rate may open with after an amount
        self.rate_openers = self.per_words | frozenset(self.per_unit_words) | {"/"}
        self.eras = _phrases(_by_meaning(pack.eras))
        #: the words before a year of another calendar, by their keys (``vi . sam .``)
        self.other_year_phrases = _key_phrases(dict.fromkeys(pack.other_year_words, ""))
        self.other_year_phrase_ends = frozenset(keys[-1] for keys in self.other_year_phrases)
        #: the first word of every unit: a weak number word before one is a number
        self.measures = self.measures | _whole_words(self.measure_units) \
            | _whole_words(self.duration_units) | frozenset(self.duration_multiples)
        self.one_unit_after = _folded(pack.one_unit_after)
        self.months = self.months | frozenset(self.month_numbers) | frozenset(self.other_months)
        #: the words a reader of a measure looks for right after a number and right before it
        self.kind_after = self.measures | frozenset(self.measure_units) | self.energy_unit_words \
            | frozenset(self.duration_units) | self.clock_words | frozenset(self.am_pm) \
            | self.months \
            | frozenset(self.eras) | self.year_after | self.of_words | self.date_words
        self.kind_before = self.months | frozenset(self.day_parts) | self.day_part_links \
            | self.day_part_phrase_ends \
            | self.year_before | self.of_words | self.age_words | self.date_words_before \
            | self.title_year_words

    def _cue_words(self) -> frozenset[str]:
        """The words next to an amount that may change how its rendering reads (a number
        written in digits beside a month, a clock word, a postal-code word, an identifier or
        model word, a currency ...); ``normalize`` checks the rendering of an amount beside
        one. Function words that only cue numbers written in words (का, से, में) and
        qualifiers (which read the same before digits) are not among them; year words count
        only for a value that could be a year (``Language.year_words``)."""
        keys = set(self.percent_words) | self.months | self.time_after | self.id_before \
            | self.code_words | self.weight_words | self.bare_pounds | self.signs \
            | self.subunits.keys() | self.subunits_after_main.keys() | self.before_ordinals \
            | self.id_words | self.road_words | self.service_words | self.number_nouns \
            | self.id_nouns | self.model_words | self.vague_words | self.measures \
            | self.clock_words | self.am_pm.keys() | self.day_parts.keys() | self.per_words \
            | self.eras.keys() | self.call_verbs | self.iso_codes.keys() | self.frequency_words \
            | self.age_words
        return frozenset(keys | set(self.currency))  # the first words of currency names

    def _settling(self) -> None:
        """The word sets ``normalize`` asks whether an amount's neighbours are ordinary words
        (``recognize.Scanner._settled``). Cue words that change a rendering only after it
        (units, percent and clock words, eras: ``5 किलो``) are ordinary words before an amount
        (``लीटर हो गया, 57%``), and those that change it only before it (identifier, code and
        model words: ``iPhone 15``) after one; a word in sets of both kinds stays a cue."""
        after = self.measures | frozenset(self.percent_words) | self.time_after \
            | self.bare_pounds | frozenset(self.eras)
        before = self.model_words | self.id_nouns | self.id_before | self.code_words \
            | self.vague_words | self.call_verbs
        both = self.cue_words - after - before
        # a currency word is a cue before an amount whatever else it is (पाउंड 1050: pounds),
        # and a number word on both sides (करोड़ों is vague before a scale, and a scale after
        # digits: 25000000 करोड़ों)
        number_words = frozenset(self.words)
        after_only = after - before - both - frozenset(self.currency) - number_words
        before_only = before - after - both - number_words
        # qualifiers read the same before digits, and after और the next token is checked
        inert = frozenset(self.approx_before) \
            | {k for k, w in self.words.items() if w.cls is WordClass.AND}
        unsettling = (frozenset(self.words) | self.openers | self.cue_words) - inert
        #: words that keep a rendering from being settled when they stand before it / after it
        self.unsettling_before = unsettling - after_only
        self.unsettling_after = unsettling - before_only
        #: after money or a percentage, which end in their own unit (a currency code, ``%``),
        #: a unit or percent word no longer attaches (``90 रुपये लीटर``)
        self.unsettling_after_unit = self.unsettling_after - after_only
        #: model words that are no other cue, number word or opener: they change only a
        #: rendering of up to three digits after them (rules.model_name)
        self.model_only = self.model_words - (unsettling - self.model_words) - frozenset(self.words)
        #: inert words that a rule reads across (qualifiers, और, से, तक, के बीच, का)
        self.links = inert | self.range_words | self.range_and_words \
            | self.range_continuations | frozenset(self.between) | self.of_words \
            | self.list_links
        #: every word the settled test asks about beyond its being a word: any other word
        #: in Devanagari is a plain word there, found with one look-up
        self.settling_words = self.unsettling_before | self.unsettling_after | self.links \
            | self.year_words | self.dial_after | self.purity_words | self.dial_to \
            | self.flat_words | self.resolution_marks | self.times_signs | self.pixel_words \
            | self.screen_words | self.score_links

    def _openers(self) -> frozenset[str]:
        """Every word key at which an amount can start, one set for the scanner's loop."""
        keys = {k for k, w in self.words.items() if w.cls in OPENING_CLASSES}
        return frozenset(keys | set(self.currency) | set(self.approx_before) | set(self.subunits)
                         | set(self.percent_idioms))

    def __repr__(self) -> str:
        return f"<Language {self.name!r}: {len(self.words)} number words>"


#: Hindi, the language every function reads unless told otherwise.
HINDI: Final = Language(HINDI_PACK)
