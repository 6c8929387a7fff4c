"""A seeded generator of news-like Hindi text with gold annotations for every amount.

The generator writes paragraphs (one per line) of sentences drawn from templates in four
registers: finance, government, sports and social posts. A knob, ``share``, sets the share of
sentences that hold at least one amount (0.0 .. 1.0); the rest are sentences without numbers,
some with the article ``एक`` ("a"), which is not a number.

Every generated amount comes with a :class:`Gold` record (offsets into the whole text, exact
``Decimal`` value, kind, ISO 4217 currency, upper bound of a range), so extraction can be scored.
Amounts are drawn from the full grammar a news reader meets: ASCII and Devanagari digits, Indian
(``1,50,000``) and western (``1,500,000``) grouping, decimals with a scale (``9.2 करोड़``), number
words, fractions (साढ़े/सवा/पौने/डेढ़/ढाई), currencies before or after (₹, Rs, $, रुपये, डॉलर,
यूरो), percentages, ordinals, ranges (``10-12 लाख``) and qualifiers (करीब, से अधिक) that stay
outside the span. Years (``साल 2019``) are generated as *ignored* regions: they are numbers, but
whether a year is an amount is a policy, so no library is scored on them.

Number words come half from ``hindinum.to_words`` (when hindinum is importable) and half from
the small independent table below, which also varies spellings (पाँच/पांच, हज़ार/हजार,
करोड़/करोड). So the gold is not only hindinum's own renderer read back.

    >>> c = generate(4000, share=1.0, seed=1)
    >>> all(c.text[g.start:g.end] == g.text for g in c.gold)
    True
    >>> len(c.text.encode()) >= 4000
    True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["Corpus", "Gold", "generate", "to_words_fallback"]

#: Hindi number words 0..99, one standard spelling each.
_ONES_TEXT = (
    "शून्य एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह "
    "उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस इकतीस बत्तीस "
    "तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस तैंतालीस चवालीस "
    "पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरेपन चौवन पचपन छप्पन सत्तावन "
    "अट्ठावन उनसठ साठ इकसठ बासठ तिरेसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर "
    "बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी अस्सी इक्यासी बयासी तिरासी "
    "चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी नब्बे इक्यानवे बानवे तिरानवे चौरानवे पचानवे "
    "छियानवे सत्तानवे अट्ठानवे निन्यानवे"
)
_ONES = _ONES_TEXT.split()
assert len(_ONES) == 100

#: Spelling variants met in real text, applied at random by the fallback renderer.
_VARIANTS = {"पाँच": "पांच", "हज़ार": "हजार", "करोड़": "करोड", "छह": "छः"}

_SCALES = (("करोड़", 10**7), ("लाख", 10**5), ("हज़ार", 10**3), ("सौ", 100))

_DEVA_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")

_CURRENCY_WORDS = {"INR": ("रुपये", "रुपए", "रुपया"), "USD": ("डॉलर",), "EUR": ("यूरो",)}
_CURRENCY_SYMBOLS = {"INR": ("₹", "Rs ", "Rs.", "₹ "), "USD": ("$",), "EUR": ("€",)}

_ORDINAL_STEMS = {
    2: "दूसर", 3: "तीसर", 4: "चौथ", 5: "पांचव", 6: "छठ", 7: "सातव", 8: "आठव", 9: "नौव", 10: "दसव",
}
#: Ordinal endings by gender/case: masculine direct, feminine, masculine oblique.
_ORDINAL_ENDINGS = {"m": ("ा", "ां"), "f": ("ी", "ीं"), "o": ("े", "ें")}


def to_words_fallback(n: int, rng: random.Random | None = None) -> str:
    """Hindi words for ``0 <= n < 10**12`` in the Indian system (independent of hindinum).

    >>> to_words_fallback(1250000)
    'बारह लाख पचास हज़ार'
    >>> to_words_fallback(2500000000)
    'दो सौ पचास करोड़'
    """
    if n < 0 or n >= 10**12:
        raise ValueError(f"out of range: {n}")
    if n < 100:
        words = [_ONES[n]]
    else:
        words = []
        rest = n
        for word, size in _SCALES:
            q, rest = divmod(rest, size)
            if q:
                words.append(to_words_fallback(q) if size == 10**7 else _ONES[q])
                words.append(word)
        if rest:
            words.append(_ONES[rest])
    text = " ".join(words)
    if rng is not None:
        for a, b in _VARIANTS.items():
            if a in text and rng.random() < 0.4:
                text = text.replace(a, b)
    return text


def hindinum_words() -> Callable[[int], str] | None:
    try:
        import hindinum
    except ImportError:
        return None
    fn = getattr(hindinum, "to_words", None)
    if fn is None:
        return None

    def render(n: int) -> str:
        return str(fn(n))

    return render


@dataclass(frozen=True, slots=True)
class Gold:
    """One generated amount: ``text == corpus.text[start:end]``."""

    text: str
    start: int
    end: int
    value: Decimal
    kind: str = "number"  # number | money | percent | ordinal
    currency: str | None = None
    value_max: Decimal | None = None
    form: str = ""  # which grammar form made it (for per-form accuracy)


@dataclass(slots=True)
class Corpus:
    """Generated text with its gold amounts, ignored regions and sentence spans."""

    text: str
    gold: list[Gold] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    number_sentences: int = 0

    @property
    def lines(self) -> list[str]:
        """Paragraphs, one per line."""
        return self.text.split("\n")

    def sentence_texts(self) -> list[str]:
        """Every sentence as its own string."""
        return [self.text[a:b] for a, b in self.sentences]


@dataclass(slots=True)
class _Piece:
    """A rendered amount before placement: its surface and gold fields."""

    text: str
    value: Decimal
    kind: str
    currency: str | None = None
    value_max: Decimal | None = None
    form: str = ""
    prefix: str = ""  # qualifier before, outside the span
    suffix: str = ""  # qualifier after, outside the span


# --------------------------------------------------------------------------- amount renderers


def _group_indian(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join([*parts, tail])


class _Amounts:
    """Draws amounts of every grammar form with a seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.hn_words = hindinum_words()

    # numbers -------------------------------------------------------------------------------
    def words(self, n: int) -> str:
        if self.hn_words is not None and self.rng.random() < 0.5:
            try:
                return self.hn_words(n)
            except (ValueError, TypeError, ArithmeticError, KeyError):  # a core bug: fall back
                return to_words_fallback(n, self.rng)
        return to_words_fallback(n, self.rng)

    def number(self) -> tuple[str, Decimal, str]:
        """A bare quantity in one of the grammar's forms: (surface, value, form)."""
        r = self.rng
        form = r.choice(("digits", "digits", "deva", "indian", "western", "decimal_scale",
                         "digits_scale", "words", "words", "fraction", "lakh_crore"))
        if form == "digits":
            n = r.choice((r.randint(2, 99), r.randint(100, 9999), r.randint(10, 500) * 100))
            return str(n), Decimal(n), form
        if form == "deva":
            n = r.randint(2, 99999)
            return str(n).translate(_DEVA_DIGITS), Decimal(n), form
        if form == "indian":
            n = r.randint(1000, 99_99_99_999)
            return _group_indian(n), Decimal(n), form
        if form == "western":
            n = r.randint(1000, 999_999_999)
            return f"{n:,}", Decimal(n), form
        if form == "decimal_scale":
            word, size = r.choice(_SCALES[:3])
            whole, frac = r.randint(1, 99), r.randint(1, 9)
            num = f"{whole}.{frac}"
            if r.random() < 0.2:
                num = num.translate(_DEVA_DIGITS)
            return f"{num} {word}", Decimal(f"{whole}.{frac}") * size, form
        if form == "digits_scale":
            word, size = r.choice(_SCALES[:3])
            n = r.randint(1, 999)
            return f"{n} {word}", Decimal(n * size), form
        if form == "words":
            n = r.choice((r.randint(2, 99), r.randint(1, 99) * 100 + r.randint(0, 99),
                          r.randint(1, 99) * 1000,
                          r.randint(1, 99) * 100000 + r.randint(0, 99) * 1000,
                          r.randint(1, 999) * 10**7))
            return self.words(n), Decimal(n), form
        if form == "fraction":
            kind = r.choice(("साढ़े", "सवा", "पौने", "डेढ़", "ढाई"))
            word, size = r.choice((*_SCALES, ("", 1)))
            if kind in ("डेढ़", "ढाई"):
                base = Decimal("1.5") if kind == "डेढ़" else Decimal("2.5")
                text = kind
            else:
                n = r.randint(3 if kind == "साढ़े" else 2, 20)
                base = (
                    Decimal(n)
                    + {"साढ़े": Decimal("0.5"), "सवा": Decimal("0.25"), "पौने": Decimal("-0.25")}[kind]
                )
                text = f"{kind} {_ONES[n]}"
            if not word:  # bare fractions only with a scale; "साढ़े तीन" alone reads as time
                word, size = "लाख", 10**5
            return f"{text} {word}", base * size, form
        # lakh crore: 2.5 लाख करोड़ = 2.5 * 10**12
        whole, frac = r.randint(1, 40), r.randint(0, 9)
        num = f"{whole}.{frac}" if frac else str(whole)
        return f"{num} लाख करोड़", Decimal(num) * 10**12, form

    def money(self) -> _Piece:
        r = self.rng
        cur = r.choice(("INR", "INR", "INR", "USD", "USD", "EUR"))
        text, value, form = self.number()
        symbol_ok = form in ("digits", "indian", "western", "decimal_scale", "digits_scale",
                             "lakh_crore") or (form == "deva" and cur == "INR")
        if symbol_ok and r.random() < 0.45:
            sym = r.choice(_CURRENCY_SYMBOLS[cur])
            text = f"{sym}{text}"
            form = f"{form}+symbol"
        else:
            text = f"{text} {r.choice(_CURRENCY_WORDS[cur])}"
            form = f"{form}+word"
        piece = _Piece(text, value, "money", cur, form=form)
        self.qualify(piece)
        return piece

    def count(self) -> _Piece:
        text, value, form = self.number()
        piece = _Piece(text, value, "number", form=form)
        self.qualify(piece)
        return piece

    def small_count(self) -> _Piece:
        r = self.rng
        n = r.randint(2, 99)
        if r.random() < 0.5:
            return _Piece(self.words(n), Decimal(n), "number", form="words")
        return _Piece(str(n), Decimal(n), "number", form="digits")

    def percent(self) -> _Piece:
        r = self.rng
        if r.random() < 0.25:
            n = r.randint(2, 40)
            text, value, form = f"साढ़े {_ONES[n]}", Decimal(n) + Decimal("0.5"), "fraction"
        elif r.random() < 0.5:
            whole, frac = r.randint(0, 99), r.randint(1, 9)
            text, value, form = f"{whole}.{frac}", Decimal(f"{whole}.{frac}"), "decimal"
        else:
            n = r.randint(1, 99)
            text, value, form = ((self.words(n), Decimal(n), "words") if r.random() < 0.3
                                 else (str(n), Decimal(n), "digits"))
        if form in ("decimal", "digits") and r.random() < 0.4:
            text = f"{text}%"
        else:
            text = f"{text} {r.choice(('प्रतिशत', 'फीसदी', 'फ़ीसदी'))}"
        return _Piece(text, value, "percent", form=f"percent_{form}")

    def ordinal(self, gender: str) -> _Piece:
        r = self.rng
        short, long_ = _ORDINAL_ENDINGS[gender]
        if r.random() < 0.5:
            n = r.randint(2, 10)
            stem = _ORDINAL_STEMS[n]
            ending = short if n in (2, 3, 4, 6) else long_
            return _Piece(stem + ending, Decimal(n), "ordinal", form="ordinal_words")
        n = r.randint(5, 150)
        return _Piece(f"{n}व{long_}", Decimal(n), "ordinal", form="ordinal_digits")

    def range_money(self) -> _Piece:
        r = self.rng
        word, size = r.choice(_SCALES[:3])
        lo = r.randint(1, 50)
        hi = lo + r.randint(1, 10)
        cur = "INR" if r.random() < 0.8 else "USD"
        text = f"{lo}-{hi} {word} {r.choice(_CURRENCY_WORDS[cur])}"
        return _Piece(text, Decimal(lo * size), "money", cur, Decimal(hi * size), form="range")

    def qualify(self, piece: _Piece) -> None:
        r = self.rng.random()
        if r < 0.12:
            piece.prefix = self.rng.choice(("करीब ", "लगभग ", "तकरीबन "))
        elif r < 0.22:
            piece.suffix = self.rng.choice((" से अधिक", " से ज्यादा", " से कम"))


# --------------------------------------------------------------------------------- templates

_COMPANIES = (
    "टाटा मोटर्स", "रिलायंस", "इंफोसिस", "टिकटॉक", "एयर इंडिया", "अडाणी समूह", "SBI", "HDFC बैंक",
    "ज़ोमैटो", "मारुति सुजुकी", "पेटीएम", "विप्रो",
)
_STATES = (
    "उत्तर प्रदेश", "बिहार", "महाराष्ट्र", "राजस्थान", "मध्य प्रदेश", "केरल", "गुजरात", "दिल्ली",
    "पंजाब", "ओडिशा",
)
_PEOPLE = (
    "वित्त मंत्री", "मुख्यमंत्री", "कंपनी के CEO", "प्रवक्ता", "जिलाधिकारी", "कप्तान", "कोच",
    "विपक्ष के नेता",
)
_TEAMS = ("भारत", "ऑस्ट्रेलिया", "इंग्लैंड", "मुंबई इंडियंस", "चेन्नई सुपर किंग्स", "पाकिस्तान")

# Slots: {M} money, {N} count, {S} small count, {P} percent, {Om}/{Of}/{Oo} ordinal (masculine, feminine, oblique), {R} money range,
# {Y} a year (ignored), {C} company, {ST} state, {PE} person, {T} team.
_NUMBER_TEMPLATES = {
    "finance": (
        "{C} ने चालू वित्त वर्ष की {Of} तिमाही में {M} का शुद्ध मुनाफा दर्ज किया",
        "{C} का राजस्व {P} बढ़कर {M} हो गया",
        "कंपनी ने {M} के निवेश की घोषणा की है, जो पिछले साल से {P} ज्यादा है",
        "शेयर बाजार में {C} के शेयर {P} गिरकर {M} पर बंद हुए",
        "रिपोर्ट के मुताबिक {C} पर {M} का जुर्माना लगाया गया है",
        "निवेशकों को {M} का नुकसान हुआ, जबकि बाजार पूंजीकरण {M} रहा",
        "{C} ने {Y} में {M} का भुगतान कर मामले का निपटारा किया था",
        "इस सौदे की कीमत {M} आंकी गई है",
        "बैंक ने होम लोन की दर {P} कर दी है, जिससे {N} ग्राहकों पर असर पड़ेगा",
        "सोने का भाव {M} के रिकॉर्ड स्तर पर पहुंच गया",
        "नए फ्लैट की कीमत {R} के बीच रहने का अनुमान है",
    ),
    "government": (
        "{ST} सरकार ने {N} किसानों के लिए {M} की योजना को मंजूरी दी",
        "केंद्र ने राज्यों को {M} की राशि जारी की है",
        "{PE} ने कहा कि बजट में शिक्षा के लिए {M} रखे गए हैं",
        "राज्य में बेरोजगारी दर {P} दर्ज की गई",
        "इस योजना से {N} लोगों को फायदा मिलेगा और {M} खर्च होंगे",
        "{Y} की जनगणना के अनुसार जिले की आबादी {N} थी",
        "सरकार ने {S} नए मेडिकल कॉलेज खोलने के लिए {M} मंजूर किए",
        "{PE} ने बताया कि {N} मकान बनाए जा चुके हैं",
        "नई नीति के तहत {R} तक के पैकेज दिए जाएंगे",
        "चुनाव में {P} मतदान हुआ, जो पिछली बार से {P} कम है",
    ),
    "sports": (
        "{T} ने {N} रन बनाए और मैच {S} विकेट से जीत लिया",
        "{T} टूर्नामेंट में {Oo} स्थान पर रहा",
        "विजेता टीम को {M} की इनामी राशि मिलेगी",
        "नीलामी में खिलाड़ी {M} में बिका",
        "{T} के कप्तान ने अपना {Om} शतक लगाया",
        "स्टेडियम में {N} दर्शक मौजूद थे",
        "{T} ने लगातार {Of} बार खिताब जीता और {M} का पुरस्कार पाया",
    ),
    "social": (
        "भाई {M} में मिल गया 😂 #deal",
        "आज पेट्रोल {M} लीटर हो गया, {P} महंगा!!",
        "{N} फॉलोअर्स पूरे हुए, सबका धन्यवाद 🙏",
        "सेल में {P} की छूट, सिर्फ {M} में",
        "किराया {R} महीना, ये कैसे चलेगा?",
        "मेरी सैलरी {M} है और EMI {M} 😭",
    ),
}

_PLAIN_TEMPLATES = (
    "{PE} ने कहा कि सरकार इस मामले पर जल्द फैसला लेगी",
    "एक रिपोर्ट के मुताबिक {C} नए बाजारों में विस्तार की योजना बना रही है",
    "{ST} में भारी बारिश के कारण कई इलाकों में जलभराव हो गया",
    "विशेषज्ञों का मानना है कि आने वाले दिनों में महंगाई कम हो सकती है",
    "{T} की टीम ने शानदार प्रदर्शन करते हुए दर्शकों का दिल जीत लिया",
    "इस फैसले का विपक्ष ने कड़ा विरोध किया है",
    "{C} ने अपने ग्राहकों के लिए एक नई सेवा शुरू की है",
    "पुलिस ने मामले की जांच शुरू कर दी है",
    "{PE} ने अधिकारियों को निर्देश दिए कि काम समय पर पूरा हो",
    "बैठक में कई अहम मुद्दों पर चर्चा हुई",
    "लोगों ने सोशल मीडिया पर इस फैसले की तारीफ की",
    "मौसम विभाग ने {ST} में अलर्ट जारी किया है",
    "एक अधिकारी ने नाम न छापने की शर्त पर यह जानकारी दी",
    "कंपनी ने आरोपों से इनकार किया है और कहा है कि वह जांच में सहयोग करेगी",
    "आज का दिन बहुत अच्छा रहा, सबको शुभकामनाएं 🙏",
    "यह खबर तेजी से वायरल हो रही है",
    "किसानों ने अपनी मांगों को लेकर प्रदर्शन किया",
    "{C} के शेयरों में आज तेजी देखी गई",
)

_SENTENCE_ENDS = ("।", "।", "।", "।", "?", "!")


class _Writer:
    """Accumulates text and gold with absolute offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.nbytes = 0
        self.corpus = Corpus(text="")

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)
        self.nbytes += len(text.encode())


def _fill(w: _Writer, template: str, amounts: _Amounts, rng: random.Random) -> bool:
    """Write one sentence from ``template``; return whether it holds an amount."""
    had_amount = False
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            w.add(template[i:])
            break
        w.add(template[i:j])
        k = template.index("}", j)
        slot = template[j + 1 : k]
        i = k + 1
        if slot in ("C", "ST", "PE", "T"):
            pool = {"C": _COMPANIES, "ST": _STATES, "PE": _PEOPLE, "T": _TEAMS}[slot]
            w.add(rng.choice(pool))
            continue
        if slot == "Y":
            year = str(rng.randint(1990, 2025))
            w.add("साल ")
            w.corpus.ignore.append((w.pos, w.pos + len(year)))
            w.add(year)
            continue
        piece = {
            "M": amounts.money,
            "N": amounts.count,
            "S": amounts.small_count,
            "P": amounts.percent,
            "Om": lambda: amounts.ordinal("m"),
            "Of": lambda: amounts.ordinal("f"),
            "Oo": lambda: amounts.ordinal("o"),
            "R": amounts.range_money,
        }[slot]()
        w.add(piece.prefix)
        start = w.pos
        w.add(piece.text)
        w.corpus.gold.append(Gold(piece.text, start, w.pos, piece.value, piece.kind,
                                  piece.currency, piece.value_max, piece.form))
        w.add(piece.suffix)
        had_amount = True
    return had_amount


def generate(size_bytes: int = 5_000_000, share: float = 0.4, seed: int = 0) -> Corpus:
    """Generate at least ``size_bytes`` of UTF-8 text; ``share`` of sentences hold amounts.

    The same arguments always give the same text (and the same gold, as long as
    ``hindinum.to_words`` does not change).
    """
    if not 0.0 <= share <= 1.0:
        raise ValueError("share must lie in [0, 1]")
    rng = random.Random(seed)
    amounts = _Amounts(rng)
    w = _Writer()
    domains = list(_NUMBER_TEMPLATES)
    first_line = True
    while w.nbytes < size_bytes:
        if not first_line:
            w.add("\n")
        first_line = False
        for s in range(rng.randint(1, 5)):
            if s:
                w.add(" ")
            start = w.pos
            if rng.random() < share:
                template = rng.choice(_NUMBER_TEMPLATES[rng.choice(domains)])
                w.corpus.number_sentences += _fill(w, template, amounts, rng)
            else:
                _fill(w, rng.choice(_PLAIN_TEMPLATES), amounts, rng)
            w.add(rng.choice(_SENTENCE_ENDS))
            w.corpus.sentences.append((start, w.pos))
    corpus = w.corpus
    corpus.text = "".join(w.parts)
    return corpus


if __name__ == "__main__":  # pragma: no cover - a quick look at the output
    import sys

    c = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 3000, seed=0)
    print(c.text)
    for g in c.gold[:40]:
        print(g)
