"""What a language pack holds: every word the reader, recognizer and renderer consult.

A language is data. :class:`Pack` lists the tables a language provides, as written (not
folded), each with what the engine does with it; the Hindi pack is ``hindinum.lexicon.HINDI``.
:class:`hindinum.language.Language` compiles a pack into the look-ups the engine reads, and
every reader and recognizer receives such a compiled language (Hindi by default), so adding a
language means writing a pack, never editing the engine. A pack may leave any table empty:
the rules that consult it then never fire.

Words are written as they appear in text; look-ups fold them with :func:`hindinum.text.fold`
(nukta, chandrabindu, ZWJ/ZWNJ, Latin case), so one spelling per folded form is enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Pack"]


def _none() -> frozenset[str]:
    return frozenset()


@dataclass(frozen=True)
class Pack:
    """The tables of one language. Every table is optional except ``units``."""

    #: The language's code (``"hi"``), for messages and ``explain()``.
    name: str

    # -- number words ---------------------------------------------------------------------
    #: The canonical word for every number 0-99, index = value (fewer is allowed: a pack for
    #: a language whose numbers compose differently lists what it reads as single words).
    units: tuple[str, ...]
    #: Other spellings of those numbers, by value.
    unit_variants: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: Scale words -> power of ten (``{"hundred": 2, "lakh": 5}``), every spelling listed.
    scales: dict[str, int] = field(default_factory=dict)
    #: Scales that may stand alone for their value (``thousand rupees`` = 1000).
    bare_scales: frozenset[str] = field(default_factory=_none)
    #: Scales read after number words only, never after digits.
    words_only_scales: frozenset[str] = field(default_factory=_none)
    #: Scales read after digits only (``5 k``, ``2 cr``), never opening a number.
    digits_only_scales: frozenset[str] = field(default_factory=_none)
    #: Scale word -> words after which it is an ordinary word (Arab countries, not billions).
    scale_not_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Fractions that are numbers by themselves (``half`` = 0.5), value as a decimal string.
    fractions: dict[str, str] = field(default_factory=dict)
    #: Prefixes that adjust the number after them (``sadhe X`` = X + 0.5): the delta.
    fraction_prefixes: dict[str, str] = field(default_factory=dict)
    #: Prefixes that alone stand for one plus their delta (``sava`` = 1.25).
    prefixes_alone: frozenset[str] = field(default_factory=_none)
    #: Parts that divide the number before them (``teen chauthai`` = 3/4): the divisor.
    parts: dict[str, int] = field(default_factory=dict)
    #: Words for the decimal point, read digit by digit after it.
    point_words: frozenset[str] = field(default_factory=_none)
    #: ``X over Y`` = X / Y.
    over_words: frozenset[str] = field(default_factory=_none)
    #: ``A and X over Y`` = A + X / Y (the word that joins a whole and a fraction).
    mixed_words: frozenset[str] = field(default_factory=_none)
    #: Words that join the parts of one number, and the two ends of a range (``X aur Y ke
    #: beech``).
    and_words: frozenset[str] = field(default_factory=_none)
    #: Words that make the number negative.
    minus_words: frozenset[str] = field(default_factory=_none)
    #: Words that multiply by twelve.
    dozen_words: frozenset[str] = field(default_factory=_none)
    #: Words of "so many times as much" -> how many (``dugna`` is 2): a number alone, kept as
    #: written by normalize.
    multiple_words: dict[str, int] = field(default_factory=dict)
    #: English number words (in any script) -> value, 0-19 and the tens.
    english_units: dict[str, int] = field(default_factory=dict)
    #: English number words that are ordinary words of the language when alone: read only
    #: beside another English number word.
    shy_english: frozenset[str] = field(default_factory=_none)
    #: Of those, the ones read before a unit of measure or time too (``six weeks``).
    shy_before_units: frozenset[str] = field(default_factory=_none)
    #: Ordinal words that are no regular number word with a suffix (first, second ...).
    ordinal_words: dict[str, int] = field(default_factory=dict)
    #: Ordinal words that may close an English tens word (``thirty third``).
    english_ordinal_units: frozenset[str] = field(default_factory=_none)
    #: Endings that make an ordinal of a number word (and of a scale word).
    ordinal_suffixes: tuple[str, ...] = ()
    #: Endings written after digits (``21st``).
    digit_ordinal_suffixes: frozenset[str] = field(default_factory=_none)
    #: Endings that make an ordinal of digits even after a space (``41 vein``); the short
    #: ones that are also words (``the``, ``le``) are left out.
    spaced_ordinal_suffixes: frozenset[str] = field(default_factory=_none)
    #: Words after a number that make it a percentage.
    percent_words: frozenset[str] = field(default_factory=_none)
    #: Set phrases that say a percentage with no number word of their own (``shat-pratishat``,
    #: "a hundred per hundred") -> the percentage, as a decimal string.
    percent_idioms: dict[str, str] = field(default_factory=dict)
    #: The genitive words of ``X ka panchvan (bhag)`` = X / 5.
    of_words: frozenset[str] = field(default_factory=_none)
    #: Nouns for "part" that may close ``X ka panchvan bhag``.
    part_nouns: frozenset[str] = field(default_factory=_none)

    # -- money ----------------------------------------------------------------------------
    #: ISO 4217 code -> its names (one or more words each; the longest match wins). The key
    #: ``bare_dollar`` stands for the dollar the caller chooses.
    currency_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Currency symbols -> ISO 4217.
    currency_symbols: dict[str, str] = field(default_factory=dict)
    #: The key of ``currency_names`` that names a bare dollar.
    bare_dollar: str = "$"
    #: Currency names read only after a number (alone they are ordinary words).
    currency_needs_number: frozenset[str] = field(default_factory=_none)
    #: ISO codes that are common words in capitals too (``ALL``, ``TOP``, ``PEN``): never read
    #: as a currency from the code alone.
    word_codes: frozenset[str] = field(default_factory=_none)
    #: Verbs of money right after a number with a scale word of a thousand or more that make it
    #: money of ``implied_currency`` (``200 करोड़ कमाए``, ``606 करोड़ ट्रांसफर``).
    money_verbs: frozenset[str] = field(default_factory=_none)
    #: Verbs of giving: a number of a thousand or more given to someone (a word of
    #: ``recipient_marks`` before it) is money of ``implied_currency``.
    give_verbs: frozenset[str] = field(default_factory=_none)
    #: The auxiliaries of a participle after a verb of giving (``दिए गए``).
    give_auxiliaries: frozenset[str] = field(default_factory=_none)
    #: Words after them that make the participle one before a noun (``दिए जाने वाले``).
    participle_tails: frozenset[str] = field(default_factory=_none)
    #: The marks of a recipient (``को``, ``उन्हें``).
    recipient_marks: frozenset[str] = field(default_factory=_none)
    #: Verbs of buying and selling after such a number and a word of ``money_verb_links``
    #: (``240 करोड़ में खरीदे``).
    sale_verbs: frozenset[str] = field(default_factory=_none)
    money_verb_links: frozenset[str] = field(default_factory=_none)
    #: Verbs of making, right after such a number and a word of ``money_verb_links``
    #: (``170 crore mein bani``: a budget).
    make_verbs: frozenset[str] = field(default_factory=_none)
    #: Counted nouns after एक that make it a count, not the article (``एक गोल``, ``एक रन``).
    count_nouns: frozenset[str] = field(default_factory=_none)
    #: Second words of compounds that begin with a counted noun (``ओवर ब्रिज``, ``वोट बैंक``).
    compound_ends: frozenset[str] = field(default_factory=_none)
    #: Words that join counts in a list; एक before a noun and one of them right after it and
    #: another count is a count (``एक गोल और एक असिस्ट``).
    count_links: frozenset[str] = field(default_factory=_none)
    #: Words that are no noun a listed count counts (postpositions, ``ने``, ``कि``).
    count_list_stops: frozenset[str] = field(default_factory=_none)
    #: Words after एक that make it an adverb, "another" or the article before an adjective
    #: (``एक साथ``, ``एक अन्य``, ``एक बड़ी जीत``).
    one_not_counting_before: frozenset[str] = field(default_factory=_none)
    #: Words after ``एक-एक`` that make it "one by one" or "every single" (``एक-एक करके``).
    every_single_after: frozenset[str] = field(default_factory=_none)
    #: Words before ``एक-एक`` that make it one each (``दोनों टीमों ने एक-एक गोल``).
    each_cues: frozenset[str] = field(default_factory=_none)
    #: Nouns after ``एक-एक`` that make it one each (``एक-एक ओवर``).
    each_count_nouns: frozenset[str] = field(default_factory=_none)
    #: Postpositions that make two sums paired by a list word parallel phrases where both stand
    #: after one of them (``टीम को 5100 तथा उपविजेता टीम को 2100 रूपये``).
    parallel_cases: frozenset[str] = field(default_factory=_none)
    #: Phrases of films whose words alone are not: first word -> the words that may follow it
    #: (``बॉक्स ऑफिस``).
    title_cue_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Nouns that make the whole number before them a type's label (``7 सीटर``, ``चार पहिया``).
    type_nouns: frozenset[str] = field(default_factory=_none)
    #: Nouns that do so glued to the number by a hyphen only, each with the words of the thing
    #: labelled one of which must follow (none: any word): ``4-सिलेंडर इंजन``, ``6-लेन``.
    type_hyphen_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Places in a ranking: पहले before one and a word of ``pehle_place_after`` is "first"
    #: (``पहले स्थान पर``).
    pehle_place_nouns: frozenset[str] = field(default_factory=_none)
    #: The postpositions after such a place (``पर``).
    pehle_place_after: frozenset[str] = field(default_factory=_none)
    #: Postpositions after ``पहले ही`` and a noun of a sequence that make पहले "the very
    #: first" (``पहले ही टेस्ट में``).
    pehle_noun_cases: frozenset[str] = field(default_factory=_none)
    #: Weekdays: पहले before one after a month or a word of ``pehle_weekday_of`` and का/की/के
    #: is "first" (``अगस्त के पहले रविवार``).
    pehle_weekdays: frozenset[str] = field(default_factory=_none)
    #: Words of a month or a year before का/की/के that do so (``महीने के पहले सोमवार``).
    pehle_weekday_of: frozenset[str] = field(default_factory=_none)
    #: Spans of time before से that make ``से पहले स्थान पर`` "first place since".
    pehle_since_spans: frozenset[str] = field(default_factory=_none)
    #: Verbs of "already" after ``पहले ही`` and a noun (``चुकी``).
    pehle_already_verbs: frozenset[str] = field(default_factory=_none)
    #: Words of "before this" before पहले (``इससे पहले``): "before" whatever follows.
    before_this: frozenset[str] = field(default_factory=_none)
    #: Postpositions after a plural that make it a cue of ``each_cues``' kind (``प्रखंडों में``).
    each_plural_after: frozenset[str] = field(default_factory=_none)
    #: Words before एक that make what follows a predicate, the article's (``वह एक पत्नी``).
    predicate_openers: frozenset[str] = field(default_factory=_none)
    #: Words after a plain number that end the phrase of a sum (singular forms of to be and of
    #: a cost's verbs, ``तक``, ``में``): with a sum of its size in ``implied_currency`` in its
    #: sentence it is one too (``जो टिकट 5-6 हजार में मिल रहा था, वह अब 30-40 हजार रुपये``).
    sum_end_words: frozenset[str] = field(default_factory=_none)
    #: The word of "in" after a sum, a price paid (``5-6 हजार में``): no word of its head is
    #: needed before it; before a word of ``out_of_words`` it is a part of a count.
    price_in_words: frozenset[str] = field(default_factory=_none)
    #: Words of "out of" after ``price_in_words`` (``8 हजार में से``).
    out_of_words: frozenset[str] = field(default_factory=_none)
    #: Words that may stand right before such a number (postpositions, pronouns, का/की/के,
    #: words of change); any other is what it counts (``मतदाता 2.5 लाख हैं``).
    sum_head_words: frozenset[str] = field(default_factory=_none)
    #: Words passed over before such a number on the way to that word (``अब``, ``कुल``).
    sum_head_skipped: frozenset[str] = field(default_factory=_none)
    #: The words for "second" that mean "other" as often (``एक दोस्त दूसरे दोस्त से``).
    other_ordinals: frozenset[str] = field(default_factory=_none)
    #: Nouns after a word of ``other_ordinals`` that make it the second of a sequence
    #: (``कोरोना की दूसरी लहर``).
    other_place_nouns: frozenset[str] = field(default_factory=_none)
    #: Words of a sequence that make it the second (``एक छक्के के बाद दूसरा``, ``लगातार दूसरी``).
    sequence_words: frozenset[str] = field(default_factory=_none)
    #: Words of "every": before a word of ``other_ordinals`` it is "every other" (``हर दूसरा``).
    every_words: frozenset[str] = field(default_factory=_none)
    #: Words of "only" before a sum: एक, its noun and one of them before money is the price of
    #: one, a count (``एक चैप्टर मात्र 10 रुपए``).
    only_words: frozenset[str] = field(default_factory=_none)
    #: Words after का/की/के that make a purpose (``के लिए``): एक, its noun, ``के लिए`` and money
    #: is the price of one.
    purpose_words: frozenset[str] = field(default_factory=_none)
    #: Words after a sum of money right after एक and its noun that make it the price of one
    #: (``एक किताब 300 रुपए तक``).
    one_price_ends: frozenset[str] = field(default_factory=_none)
    #: Verbs of getting, selling or costing (and to be) that must follow a word of
    #: ``one_price_ends`` for the sum to be the price of one (``300 रुपए तक हो सकती है``).
    price_verbs: frozenset[str] = field(default_factory=_none)
    #: Nouns of a unit's price: एक, its noun, का/की/के and one of them before a sum
    #: (``एक बेड का किराया 3 हज़ार रुपये``).
    unit_price_nouns: frozenset[str] = field(default_factory=_none)
    #: Goods, and nouns of a price, that make a plain number before ``per_words`` and a unit of
    #: ``priced_units`` a price (``सोना 97,350 प्रति 10 ग्राम``).
    priced_goods: frozenset[str] = field(default_factory=_none)
    #: Marks written after an abbreviated currency (``Rs.``).
    abbreviation_marks: frozenset[str] = field(default_factory=_none)
    #: Abbreviated currency names of the language, which lead number words after a mark
    #: (``रु. तीन लाख``); full names lead digits only.
    abbreviated_names: frozenset[str] = field(default_factory=_none)
    #: The currency that a ``/-`` after bare digits makes them (``100/-`` is rupees).
    dash_currency: str = ""
    #: The currency a number with a scale is in before ``of`` and a noun of money, where the
    #: text leaves it unsaid (``45 lakh ki nakdi``: rupees); none when empty.
    implied_currency: str = ""
    #: The nouns of money of ``implied_currency`` (cash, loan, fine ...).
    money_nouns: frozenset[str] = field(default_factory=_none)
    #: The least sum said with a scale word that is money of ``implied_currency`` with no word
    #: after it to say so (``86000 करोड़ के कर्ज``, ``10459 करोड़ जबकि``): nothing else in the
    #: language's news is counted in thousands of crores. 0: no such sum.
    sum_floor: int = 0
    #: The least such sum read as money where money is named near it (``is budget mein udyog
    #: vibhaag ke liye 815 karod jabki``).
    context_sum_floor: int = 0
    #: Words that open a clause of their own ("that"): a look back for money stops at one.
    clause_words: frozenset[str] = field(default_factory=_none)
    #: Words of a count or a crowd: a number after one (a few words on) or before one (after
    #: ``of``) counts, whatever money is named near it (``sankhya``, ``aabaadi``).
    tally_words: frozenset[str] = field(default_factory=_none)
    #: Words of "against" after a currency (``dollar ke mukaable``): the currency a rate is
    #: counted against.
    against_words: frozenset[str] = field(default_factory=_none)
    #: Lands whose money is also called rupee, and its code: one named right before a sum,
    #: with a word of ``rupee_land_links`` between, makes a word of ``rupee_words`` after the
    #: sum that land's rupee (``nepal ke 1.60 rupaye``: NPR).
    rupee_lands: dict[str, str] = field(default_factory=dict)
    #: The words between such a land and the sum ("of").
    rupee_land_links: frozenset[str] = field(default_factory=_none)
    #: The bare names of the rupee that a land named before them makes its own.
    rupee_words: frozenset[str] = field(default_factory=_none)
    #: Words of bank notes: a number before a word of ``of_words`` and one of them is money of
    #: ``implied_currency`` (``2000 के नोट``).
    note_nouns: frozenset[str] = field(default_factory=_none)
    #: The denominations of notes of ``implied_currency`` (``2000 के नोट``).
    note_values: frozenset[int] = field(default_factory=frozenset)
    #: Words before a number whose notes are a student's (``कक्षा 10 के नोट``).
    note_not_after: frozenset[str] = field(default_factory=_none)
    #: Nouns of cash or of a price, which a number with a scale before them makes money of
    #: ``implied_currency`` with no ``of`` between (``3 करोड़ कैश बरामद``, ``10 लाख से कम
    #: कीमत में``).
    cash_nouns: frozenset[str] = field(default_factory=_none)
    #: Nouns after a noun of cash that make the number before it a count (transactions).
    cash_counted: frozenset[str] = field(default_factory=_none)
    #: Nouns of money that no year stands before: a value a year could have is money before
    #: one (``2000 ki kist``: an instalment of 2000).
    money_nouns_not_of_years: frozenset[str] = field(default_factory=_none)
    #: Words right before a number of a thousand or more (and no year) that make it money of
    #: ``implied_currency`` (the prize, the price: ``इनाम 10 करोड़``, ``इनाम 5,00,000 का``).
    money_nouns_before: frozenset[str] = field(default_factory=_none)
    #: Verbs that may close the clause after such a number: forms of "to be" and "to set"
    #: (``कीमत 55,850 थी``, ``कीमत 8.50 लाख रखी``).
    copulas: frozenset[str] = field(default_factory=_none)
    #: Verbs of what a cost comes to: after a noun of money and a sum they close the clause as
    #: ``copulas`` do (``kharcha 3.5 lakh aata hai``).
    cost_verbs: frozenset[str] = field(default_factory=_none)
    #: Nouns of a figure or an estimate that a noun of money may own before its sum (``बजट का
    #: आंकड़ा 960 से 1000 करोड़``).
    figure_nouns: frozenset[str] = field(default_factory=_none)
    #: Nouns that name a sum of money, which a word of ``figure_nouns`` may stand after.
    sum_nouns: frozenset[str] = field(default_factory=_none)
    #: Unit symbols of what goods are weighed or measured by: a plain number before a rate
    #: word and one of them is a price in ``implied_currency`` (``सोना 97,350 प्रति 10 ग्राम``).
    priced_units: frozenset[str] = field(default_factory=_none)
    #: Words after digits that say they are a number called: ``पर`` in ``112 पर कॉल करें``,
    #: ``108 नंबर पर``; and the words of calling after it.
    dial_after: frozenset[str] = field(default_factory=_none)
    call_words: frozenset[str] = field(default_factory=_none)
    #: Words between digits and a word of calling (``108 को फोन किया``), and the verbs between
    #: a word of calling and the digits (``डायल करें 112``): a number called.
    dial_to: frozenset[str] = field(default_factory=_none)
    #: The words of calling by phone (no complaint or notice) that may follow ``dial_to``.
    phone_words: frozenset[str] = field(default_factory=_none)
    #: Emergency numbers, called with any word of calling after ``dial_to``.
    emergency_numbers: frozenset[str] = field(default_factory=_none)
    #: Words of a lead after a score (``2-0 की बढ़त``): a score only with the first larger.
    lead_words: frozenset[str] = field(default_factory=_none)
    #: Words of trailing after a score (``1-3 से पीछे``): the first number is the smaller.
    trail_words: frozenset[str] = field(default_factory=_none)
    call_verbs: frozenset[str] = field(default_factory=_none)
    #: Words after three or four digits that make them a fineness (``999 प्योरिटी``).
    purity_words: frozenset[str] = field(default_factory=_none)
    #: Words of the highest and the lowest between the members of a list of measures
    #: (``35.2 और न्यूनतम 20.4 डिग्री``).
    min_max_words: frozenset[str] = field(default_factory=_none)
    #: Words of falling before a larger number, से and a smaller amount: a change
    #: (``घटाकर 4.40 से 4 प्रतिशत``).
    falling_words: frozenset[str] = field(default_factory=_none)
    #: Words that join identifiers in a list after their word (``धारा 302 व 353``).
    id_list_links: frozenset[str] = field(default_factory=_none)
    #: Words after one digit that make it a flat's configuration (``2 BHK``).
    flat_words: frozenset[str] = field(default_factory=_none)
    #: The letter glued to the digits of a resolution's name (``4K``).
    resolution_marks: frozenset[str] = field(default_factory=_none)
    #: Words of screens or video after a resolution's name (``4K TV``).
    screen_words: frozenset[str] = field(default_factory=_none)
    #: Signs of a width times a height (``3840 x 2160``).
    times_signs: frozenset[str] = field(default_factory=_none)
    #: Words for pixels after a width times a height (``3840 x 2160 pixel``).
    pixel_words: frozenset[str] = field(default_factory=_none)
    #: Words of winning and losing after two numbers joined by a dash and a word of
    #: ``score_links``: the numbers are a score (``3-1 से हराया``).
    score_words: frozenset[str] = field(default_factory=_none)
    score_links: frozenset[str] = field(default_factory=_none)
    #: Words of points between a score's link and a word of winning (``53-32 ke ankon se``).
    score_units: frozenset[str] = field(default_factory=_none)
    #: Words before a bracketed number that are no name, so the number is no age (``कुल
    #: (56)``, ``रन (56)``).
    not_names: frozenset[str] = field(default_factory=_none)
    #: Words of a person near a bracketed number after a name that make it an age (``शव``,
    #: ``आरोपी``, ``पुत्र``).
    person_cues: frozenset[str] = field(default_factory=_none)
    #: Surnames and the words that end women's names: a report's word in the sentence makes
    #: a bracketed number after one an age (``मंटू यादव (19)``).
    surnames: frozenset[str] = field(default_factory=_none)
    #: Words of a crime, an accident or a court case: anywhere in the sentence they make a
    #: bracketed number after a name an age (``बलात्कार``, ``हादसे``, ``जमानत``).
    report_cues: frozenset[str] = field(default_factory=_none)
    #: Words of films and shows: a small number after a name near one is the title's part.
    title_cues: frozenset[str] = field(default_factory=_none)
    #: Words of phones: six digits or more after one are a phone number.
    phone_nouns: frozenset[str] = field(default_factory=_none)
    #: Nouns of a score (before a zero and a digit word they make two numbers).
    score_nouns: frozenset[str] = field(default_factory=_none)
    #: The words that may follow a title's number (postpositions of its subject and owner).
    title_followers: frozenset[str] = field(default_factory=_none)
    #: Words that name no title (postpositions, pronouns, determiners, conjunctions).
    title_not_names: frozenset[str] = field(default_factory=_none)
    #: The words of films that may follow a title's number (events, not things counted).
    title_events: frozenset[str] = field(default_factory=_none)
    #: Words that link the members of a list (``7 लाख, 5 लाख और 3 लाख रुपये``).
    list_links: frozenset[str] = field(default_factory=_none)
    #: Phrases of a change from one figure to another (``10 se badhakar 15 rupaye``): the
    #: plain number on one side takes the kind of the amount on the other.
    change_links: tuple[str, ...] = ()
    #: The words that may follow the figure a change goes to (``15 par``); after another word
    #: the figure counts something else.
    figure_ends: frozenset[str] = field(default_factory=_none)
    #: Scale abbreviations read only inside money, glued to its digits (``Rs 3.5L``: lakh,
    #: where ``5L`` alone is five litres): folded word -> power of ten.
    money_scales: dict[str, int] = field(default_factory=dict)
    #: Phrases after ``<currency name> <number>`` that make the number that currency's
    #: exchange rate, not an amount of it (``dollar 83 ke paar``).
    rate_after: tuple[str, ...] = ()
    #: Subunit word -> (ISO code of the main unit, subunits per unit, the subunit's name).
    subunits: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    #: Subunit word -> (ISO code, subunits per unit, name), read only right after an amount
    #: in that main unit (a word that is also a name: सेन).
    subunits_after_main: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    #: ISO codes whose subunits take the rupee's subunit words after their main unit.
    paise_currencies: frozenset[str] = field(default_factory=_none)
    #: Subunit name -> the word ``normalize`` writes after an amount kept in it.
    subunit_words: dict[str, str] = field(default_factory=dict)
    #: Subunit names read in the main unit even alone (paise in rupees).
    converted_alone: frozenset[str] = field(default_factory=_none)

    # -- context: qualifiers and ranges ---------------------------------------------------
    #: Qualifiers before an amount: words -> ``Approx`` value (``about``, ``more_than`` ...).
    approx_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: Qualifiers after an amount.
    approx_after: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: Words that join the two ends of a range (``5 se 7``).
    range_words: frozenset[str] = field(default_factory=_none)
    #: Signs that join the two ends of a range (``10-12``).
    range_symbols: frozenset[str] = field(default_factory=_none)
    #: A word that may follow a range word (``se lekar``).
    range_continuations: frozenset[str] = field(default_factory=_none)
    #: The word that joins the ends of ``X and Y between`` and a unit and its subunits
    #: (``char rupaye aur pachas paise``).
    range_and_words: frozenset[str] = field(default_factory=_none)
    #: The two words that close ``X and Y between`` (``ke beech``).
    between: tuple[str, ...] = ()

    # -- context: what is not an amount ---------------------------------------------------
    #: Month names: a number next to one is a date.
    months: frozenset[str] = field(default_factory=_none)
    #: Words before a four-digit number that make it a year (``saal 2019``).
    year_before: frozenset[str] = field(default_factory=_none)
    #: Words after a four-digit number that make it a year (``2019 mein``).
    year_after: frozenset[str] = field(default_factory=_none)
    #: Phrases after a four-digit number that start with a word of ``year_after`` but make no
    #: year (``1500 mein se 300``: out of 1500).
    not_year_after: tuple[str, ...] = ()
    #: Nouns after का/की/के that make a year of four digits from 1950 to 2099.
    recent_year_nouns: frozenset[str] = field(default_factory=_none)
    #: Words passed over before such a noun (``2025 का आधा साल``: half, whole).
    year_noun_skipped: frozenset[str] = field(default_factory=_none)
    #: Words after such a noun that make it "for a year", no year (``साल भर``).
    year_noun_not_before: frozenset[str] = field(default_factory=_none)
    #: Phrases after four digits that make them a year: "since then until now".
    since_now: tuple[str, ...] = ()
    #: The words of an act: a year after one and a comma is its year (``अधिनियम, 2007``).
    act_words: frozenset[str] = field(default_factory=_none)
    #: The word of ``1990 ke dashak`` (the decade).
    decade_words: frozenset[str] = field(default_factory=_none)
    #: Words of a century after an ordinal (``20vin sadi``: the years 1901 to 2000).
    century_words: frozenset[str] = field(default_factory=_none)
    #: Words before digits that make them a postal code (``pincode 226001``).
    id_before: frozenset[str] = field(default_factory=_none)
    #: The word code, which counts only after one of ``id_before`` (``pin code``).
    code_words: frozenset[str] = field(default_factory=_none)
    #: Words after a decimal that make it a clock time.
    time_after: frozenset[str] = field(default_factory=_none)
    #: Number words that alone before an ordinary word are usually something else (an
    #: article, an adjective).
    weak_alone: frozenset[str] = field(default_factory=_none)
    #: The number word that is also the indefinite article: before digits it is the article
    #: (``एक 45 वर्षीय महिला``).
    article_words: frozenset[str] = field(default_factory=_none)
    #: Units of measure: before one, a weak number word is a number.
    measures: frozenset[str] = field(default_factory=_none)
    #: Number words that are also a food or thing when among words (``pav``).
    bread_words: frozenset[str] = field(default_factory=_none)
    #: Words that make a bare pound a weight (``vajan``).
    weight_words: frozenset[str] = field(default_factory=_none)
    #: The word pound alone, a weight as well as sterling.
    bare_pounds: frozenset[str] = field(default_factory=_none)
    #: Ordinal words that also mean "before" (``pehle``).
    before_ordinals: frozenset[str] = field(default_factory=_none)
    #: Words after such an ordinal that make it mean "before" (``pehle hi``).
    before_ordinal_not_after: frozenset[str] = field(default_factory=_none)
    #: Words before such an ordinal that make it mean "before" (``do din pehle``).
    before_ordinal_not_before: frozenset[str] = field(default_factory=_none)
    #: Words of "then" a word or two after it that make that word an adverb, "first" of an
    #: act (``pehle auto phir cycle``).
    before_ordinal_then: frozenset[str] = field(default_factory=_none)
    #: Nouns of the parts of a sequence: the first-word of ``before_ordinals`` after का/की/के
    #: and before one means "first" (``के पहले मैच में``).
    before_ordinal_nouns: frozenset[str] = field(default_factory=_none)
    #: Words of a top list (``top``): digits hyphenated to one are a place, no code.
    rank_words: frozenset[str] = field(default_factory=_none)
    #: Words of a school grade; a whole number from 1 to ``grade_top`` after one is the grade,
    #: an ordinal (``कक्षा 9``).
    grade_words: frozenset[str] = field(default_factory=_none)
    #: The highest grade (12).
    grade_top: int = 0
    #: Words of an orbit or a room: among the three words before a grade word they make it
    #: none (``पृथ्वी की कक्षा 2 में``).
    grade_not_after: frozenset[str] = field(default_factory=_none)
    #: Words of a rank; a whole number from 1 to ``rank_top`` after one is the rank, an
    #: ordinal, after a word of ``rank_before`` (``बना नंबर-1``) or ``rank_scopes`` (``विश्व
    #: की नंबर एक``).
    rank_nouns: frozenset[str] = field(default_factory=_none)
    #: The highest rank read so (10).
    rank_top: int = 0
    #: Words right before the word of a rank that make the number a rank (``बना नंबर-1``).
    rank_before: frozenset[str] = field(default_factory=_none)
    #: Words of what a rank is in, before the word of a rank, ``का/की/के`` between or not.
    rank_scopes: frozenset[str] = field(default_factory=_none)
    #: Words for "date" (``tarikh``): a day of the month before one is that day of an unsaid
    #: month.
    date_words: frozenset[str] = field(default_factory=_none)
    #: Words of a budget or a festival: a year after one, then up to five tokens of a title and
    #: a colon, is a year (``Budget 2024 Section 80C Limit:``).
    title_year_words: frozenset[str] = field(default_factory=_none)
    #: Words of a question (``kitna``): a percent word after one gives no percentage.
    question_words: frozenset[str] = field(default_factory=_none)
    #: Words for "date" before a day of the month whose month is unsaid (``dinank 07 ko``).
    date_words_before: frozenset[str] = field(default_factory=_none)
    #: Words after such a day (``ko``, ``tak``): any other word makes it no day.
    date_day_after: frozenset[str] = field(default_factory=_none)
    #: Words for a person's age (``umr``, ``aayu``): a whole number right after one, with no
    #: unit, is an age in years.
    age_words: frozenset[str] = field(default_factory=_none)
    #: Words of times (``baar``: "twice" is ``do baar``): a number right before one counts
    #: how often, no amount; and the words after one that make it another word (a bar council).
    frequency_words: frozenset[str] = field(default_factory=_none)
    frequency_not_before: frozenset[str] = field(default_factory=_none)
    #: Number words that alone are usually ordinary words (English "no", "consumption"): read
    #: only with a number cue right after them.
    ordinary_words: frozenset[str] = field(default_factory=_none)
    #: Particles of emphasis (``hi``, ``bhi``): an ordinary word opening a clause before one
    #: is the number (``shunya hi 0 hai``).
    particles: frozenset[str] = field(default_factory=_none)
    #: Ordinals that are also a unit of time (``second``): after a number, the unit.
    unit_ordinals: frozenset[str] = field(default_factory=_none)
    #: Number words that are also a verb (``do`` = give): see the four tables after it.
    verb_numbers: frozenset[str] = field(default_factory=_none)
    #: Stems of compound verbs before such a word (``kar do``).
    verb_stems: frozenset[str] = field(default_factory=_none)
    #: Particles after such a word that make it the verb (``jane do yaar``).
    verb_particles: frozenset[str] = field(default_factory=_none)
    #: Endings of an infinitive before such a word (``jane do``: let go).
    infinitive_endings: tuple[str, ...] = ()
    #: Endings of a plural noun in the oblique case: after a verb stem, such a number word
    #: before one counts it (``kar do doctoron``).
    plural_endings: tuple[str, ...] = ()
    #: Words with an infinitive's ending that are agents, not infinitives (``usne``).
    agent_pronouns: frozenset[str] = field(default_factory=_none)
    #: Idioms and names that hold number words but are no amounts (``nau do gyarah``).
    idioms: tuple[str, ...] = ()
    #: Words right before digits that make them an identifier, not an amount (``section
    #: 370``, ``OTP 482913``, ``helpline 1912``).
    id_words: frozenset[str] = field(default_factory=_none)
    #: The short codes of public services (police, ambulance ...): beside a word of
    #: ``service_words`` they are phone numbers (``108 ambulance``).
    service_numbers: frozenset[int] = field(default_factory=frozenset)
    #: Words of a service beside its short code (ambulance, helpline, dial).
    service_words: frozenset[str] = field(default_factory=_none)
    #: Words of a helpline: a short code may stand a word before one (``181 mahila helpline``).
    helpline_words: frozenset[str] = field(default_factory=_none)
    #: Words of a road: digits after one are its number where a word of ``road_after``, a
    #: mark or the end follows them (``highway 53 par``; not ``highway 4 baje``).
    road_words: frozenset[str] = field(default_factory=_none)
    #: The words after a road's number (postpositions, list words), none with a number after.
    road_after: frozenset[str] = field(default_factory=_none)
    #: The words for "number" of an identifier (``number``, ``sankhya``): digits after one are
    #: an identifier when one of ``id_nouns`` stands before it (``train number 12951``).
    number_nouns: frozenset[str] = field(default_factory=_none)
    #: Words that join identifiers only before a word of ``id_weak_link_ends``, a code of law,
    #: a mark or the end (``dhara 302, 307 va 34 ke tahat``).
    id_weak_links: frozenset[str] = field(default_factory=_none)
    id_weak_link_ends: frozenset[str] = field(default_factory=_none)
    #: Abbreviations of codes of law: up to three digits after one are a section (``IPC 302``).
    law_codes: frozenset[str] = field(default_factory=_none)
    #: Words of trains: five digits before a route after one are a train's number.
    train_words: frozenset[str] = field(default_factory=_none)
    #: Words of a choice between numbers called (``102 ya 108 number dial karke``).
    choice_links: frozenset[str] = field(default_factory=_none)
    #: Things that have a number as a name (``train``, ``account``, ``house``): see above.
    id_nouns: frozenset[str] = field(default_factory=_none)
    #: Brand, model and show names (Latin or transliterated) that a small number after them
    #: names a version or a season of (``iPhone 15``, ``Bigg Boss 14``).
    model_words: frozenset[str] = field(default_factory=_none)
    #: Names of software and words of version before a version with a point (``एंड्रॉयड 6.0``).
    version_words: frozenset[str] = field(default_factory=_none)
    #: Nouns after ``of`` that make a four-digit number before them a year (``2011 ki
    #: janganana``, the census of 2011).
    year_nouns: frozenset[str] = field(default_factory=_none)
    #: Words of a law or a scheme, and words of "under": a year between the two (``of``
    #: between the year and "under") is the year in the law's name (``niyam 1989 ke tahat``).
    law_words: frozenset[str] = field(default_factory=_none)
    under_words: frozenset[str] = field(default_factory=_none)
    #: Words of a vague quantity: a bare scale after one is no amount (``kai hazaar``).
    vague_words: frozenset[str] = field(default_factory=_none)
    #: Word endings that stand for a colon (indic-nlp writes ``kimat:`` with a visarga): a
    #: word with one may touch the digits after it.
    colon_endings: tuple[str, ...] = ()

    # -- measures: quantities, durations, clock times and dates ---------------------------
    #: Units of measure as written -> symbol (``kilo`` -> ``kg``, ``degree celsius`` ->
    #: ``°C``): after a number, a quantity. Latin symbols of one or two letters are read after
    #: digits only (``5 g``, ``2 m``).
    measure_units: dict[str, str] = field(default_factory=dict)
    #: Latin unit symbols as written -> symbol, where the case tells them from a unit of
    #: ``measure_units`` they fold to (``Mb`` megabit, ``MB`` megabyte): read first.
    case_units: dict[str, str] = field(default_factory=dict)
    #: Latin unit symbols read only in the case written and not glued to a letter after
    #: them (``5 g`` is grams, ``5G`` the network).
    #: The marks typed for an inch: a unit only glued to digits, and the straight quote only
    #: where it closes no quote (``1.4" डिस्प्ले``).
    inch_marks: frozenset[str] = field(default_factory=_none)
    exact_case_units: frozenset[str] = field(default_factory=_none)
    #: Words after a degree counted from zero (``shunya se 5 degree neeche``), or after zero
    #: and a range word before it, that say its side of zero: -1 below, 1 above.
    zero_sides: dict[str, int] = field(default_factory=dict)
    #: Units of time as written -> ``s``, ``min``, ``h``, ``d``, ``wk``, ``mo`` or ``yr``:
    #: after a number, a duration.
    duration_units: dict[str, str] = field(default_factory=dict)
    #: Units read only in small letters and after a number below a thousand (a language's
    #: words in Latin letters, ``3 din``; ``12 Din Dayal Marg`` is a name, ``25000 mahina`` a
    #: salary).
    lower_case_units: frozenset[str] = field(default_factory=_none)
    #: Units that are also a verb's form (``mili``: millilitres and "got"): read only before a
    #: word that is no verb of being.
    verb_like_units: frozenset[str] = field(default_factory=_none)
    #: Units of a period in the singular (``mahina``): after a number of a thousand or more a
    #: rate of a sum (``salary 25000 mahina``), no duration.
    rate_period_units: frozenset[str] = field(default_factory=_none)
    #: Units of time that are a multiple of one of those -> (how many, unit): ``do dashak``
    #: is 20 years.
    duration_multiples: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: Month names -> 1-12: a day or a year beside one makes a date.
    month_numbers: dict[str, int] = field(default_factory=dict)
    #: Words after ``ek``/``aadha`` and a unit of time that make it a duration (``ek din
    #: mein``, ``ek din pehle``); without one, ``ek din`` is "one day", some day.
    one_unit_after: frozenset[str] = field(default_factory=_none)
    #: Months of another calendar (the Vikram Samvat) -> their place in its year: no date is
    #: read with one (no Gregorian date can be given), and digits beside one are no amount.
    other_months: dict[str, int] = field(default_factory=dict)
    #: Words before a year of that calendar (``samvat 2080``): the year is no date, the number
    #: said.
    other_year_words: frozenset[str] = field(default_factory=_none)
    #: Words between two days of one month (``13 and 17 February``): the first is a date too.
    day_list_words: frozenset[str] = field(default_factory=_none)
    #: Parts of the day -> ``early``, ``morning``, ``afternoon``, ``evening`` or ``night``:
    #: before a clock time, they set its hour of the day (evening 7 = 19:00).
    day_parts: dict[str, str] = field(default_factory=dict)
    #: Words after clock-written hours and a word of hours that make them a time (``10:30
    #: घंटे पर``), not a duration.
    clock_hour_after: frozenset[str] = field(default_factory=_none)
    #: The word that may join a part of the day and the time (``shaam ke 7 baje``).
    day_part_links: frozenset[str] = field(default_factory=_none)
    #: Clock words after an hour (``baje``, ``bajkar``): a time.
    clock_words: frozenset[str] = field(default_factory=_none)
    #: ``am``/``pm`` markers as written -> ``am`` or ``pm``.
    am_pm: dict[str, str] = field(default_factory=dict)
    #: Words of a rate between an amount and the unit it is counted against (``prati``).
    per_words: frozenset[str] = field(default_factory=_none)
    #: A rate word and its unit in one word (``pratidin``: per day) -> the ``per`` unit.
    per_unit_words: dict[str, str] = field(default_factory=dict)
    #: Counted things that may follow a rate word though no unit (``prati vyakti``) -> the
    #: ``per`` value (``person``).
    per_nouns: dict[str, str] = field(default_factory=dict)
    #: A word for "unit" that counts kilowatt-hours in a text about electricity (a word of
    #: ``electricity_words`` or a rate per unit in the stretch), and those words.
    energy_unit_words: frozenset[str] = field(default_factory=_none)
    electricity_words: frozenset[str] = field(default_factory=_none)
    #: Words of a measure (``taapmaan``: temperature) -> the unit of a number up to 100
    #: within two words after one, the unit left unsaid.
    measured_before: dict[str, str] = field(default_factory=dict)
    #: The words for nights among the units of time, and the words after one that make the
    #: number before it a date's night (``12 raat ko``), as a range before one always is.
    night_words: frozenset[str] = field(default_factory=_none)
    night_of_date_after: frozenset[str] = field(default_factory=_none)
    #: Words that may stand between a word of ``measured_before`` and its number.
    measure_links: frozenset[str] = field(default_factory=_none)
    #: The highest price per unit that a kilowatt-hour may have for a tariff's slabs to be
    #: read (in any currency; 0 reads none): a unit of blood or a flat costs far more.
    energy_rate_max: int = 0
    #: Eras after a year -> ``CE`` or ``BCE``.
    eras: dict[str, str] = field(default_factory=dict)

    # -- writing numbers back: to_words() and normalize() ---------------------------------
    #: The scales ``to_words`` names, largest first: (power of ten, word).
    word_scales: tuple[tuple[int, str], ...] = ()
    #: The word ``to_words`` writes for hundred.
    hundred_word: str = ""
    #: The word ``to_words`` writes before a negative number.
    minus_word: str = ""
    #: The word ``to_words`` writes for the decimal point.
    point_word: str = ""
    #: The word of the crore style (``ek lakh crore``) and its power of ten.
    crore_word: str = ""
    #: Ordinal endings ``normalize`` writes after digits, in three forms (masculine,
    #: feminine, oblique/plural), for the values whose ordinals are irregular.
    ordinal_endings: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    #: The three endings for every other value.
    regular_ordinal_endings: tuple[str, str, str] = ("", "", "")
    #: Endings of written ordinals that already are regular (``chhathvan`` keeps its own).
    regular_ordinal_written: tuple[str, ...] = ()
    #: Final vowel signs that mark the feminine form of a written ordinal.
    feminine_marks: tuple[str, ...] = ()
    #: Final vowel signs that mark the oblique/plural form.
    oblique_marks: tuple[str, ...] = ()
    #: Nasal marks that may follow the final vowel sign of an ordinal.
    nasal_marks: tuple[str, ...] = ()

    # -- speaking numbers: verbalize() --------------------------------------------------
    #: ISO code -> the currency's name spoken after the number (other codes: their letters).
    spoken_currency_names: dict[str, str] = field(default_factory=dict)
    #: ISO code -> the singular name spoken after one (``ek rupaya``).
    spoken_currency_one: dict[str, str] = field(default_factory=dict)
    #: ISO code -> (the subunit's spoken name, subunits per unit): ``₹1.50`` speaks its paise.
    spoken_subunits: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: Irregular ordinals spoken: value -> (masculine, feminine, oblique) words.
    spoken_ordinals: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    #: Every spelling of a scale word -> the word spoken for it (``lakh`` -> the Hindi word).
    spoken_scales: dict[str, str] = field(default_factory=dict)
    #: The word spoken between the two ends of a range.
    spoken_range_word: str = ""
    #: The word spoken for ``%``.
    spoken_percent_word: str = ""
    #: The word spoken for the ``/`` of a fraction.
    spoken_over_word: str = ""
    #: The word spoken between a whole number and its fraction.
    spoken_mixed_word: str = ""
    #: The word spoken for the ``+`` before a phone number's country code.
    spoken_plus_word: str = ""
    #: Colloquial speech: values spoken as one fraction word (value as a decimal string).
    spoken_fractions: dict[str, str] = field(default_factory=dict)
    #: Colloquial speech: fractional part -> the prefix word before the whole number.
    spoken_prefixes: dict[str, str] = field(default_factory=dict)
    #: Unit symbol -> the name spoken for a unit written in Latin letters or signs.
    spoken_units: dict[str, str] = field(default_factory=dict)
    #: Unit of time (``s`` ... ``yr``) -> (name after one, after other numbers).
    spoken_durations: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: ``yr`` after a decimal or a whole number from ``spoken_year_formal_from``: this word.
    spoken_year_formal: str = ""
    #: The smallest whole number after which ``yr`` is said ``spoken_year_formal``.
    spoken_year_formal_from: int = 1000
    #: The word spoken for a rate's ``/`` or a Latin rate word.
    spoken_per_word: str = ""
    #: Month number (1-12) -> its spoken name.
    spoken_months: dict[int, str] = field(default_factory=dict)
    #: An era written abbreviated or in Latin letters -> the words spoken.
    spoken_eras: dict[str, str] = field(default_factory=dict)
    #: A clock time's words: ``hour`` (the hour alone), ``past`` (the hour before minutes),
    #: ``minute``, ``second``.
    spoken_clock: dict[str, str] = field(default_factory=dict)
    #: ``am``/``pm`` -> the words spoken for them when written in Latin letters.
    spoken_am_pm: dict[str, str] = field(default_factory=dict)
