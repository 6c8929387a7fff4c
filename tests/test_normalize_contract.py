"""normalize() loses nothing and damages nothing: the defect classes found by trying the
library on real sentences, each held to what a reader expects."""

from __future__ import annotations

import pytest

import hindinum

#: (text, normalize(text)): words outside amounts are kept, ordinary words stay words, digits
#: keep what they say, renderings read well.
CASES = [
    # words outside any amount are never lost
    ("डॉलर के मुकाबले रुपया 35 पैसे गिरकर 83.20 पर बंद हुआ",
     "डॉलर के मुकाबले रुपया 35 पैसे गिरकर 83.20 पर बंद हुआ"),
    ("रुपये रुपये सौ मिलियन", "रुपये रुपये सौ मिलियन"),  # digits there would be money
    # ordinary words stay words
    ("मुझे पानी दो", "मुझे पानी दो"),
    ("जाने दो यार", "जाने दो यार"),
    ("एक लाख रुपये दो", "100000 INR दो"),
    ("शराब का सेवन हानिकारक है", "शराब का सेवन हानिकारक है"),
    ("नो एंट्री", "नो एंट्री"),
    ("30 सेकंड में", "30 सेकंड में"),
    ("लाख कोशिशों के बावजूद", "लाख कोशिशों के बावजूद"),
    ("सौ टका सच", "सौ टका सच"),
    # digits keep what they say
    ("09876543210", "09876543210"),
    ("जेम्स बॉन्ड 007", "जेम्स बॉन्ड 007"),
    ("रोल नंबर 0045", "रोल नंबर 0045"),
    ("₹2,945.50", "2945.50 INR"),
    # renderings people would write
    ("पहली बार", "पहली बार"),
    ("दूसरे नंबर पर", "दूसरे नंबर पर"),
    ("दसवीं कक्षा", "10वीं कक्षा"),
    ("बिल 1,234.56 रु. का", "बिल 1234.56 INR का"),
    ("एक-एक रुपया", "1-1 INR"),
    ("दो-दो हजार रुपये", "2000-2000 INR"),
    # a rendering that would change how a neighbour reads stays as written: a dash after an
    # amount is no sign (-₹500 -₹500), but after a currency code it would be one
    ("खाते में -₹500 -₹500 बचे", "खाते में -₹500 -₹500 बचे"),
    ("घाटा रहा मिलियन −$3.5 −$3.5", "घाटा रहा मिलियन −$3.5 −$3.5"),
    ("घाटा −$3.5 −$3.5 मिलियन रहा", "घाटा −$3.5 −$3.5 मिलियन रहा"),
    # पहले before a currency reads as the ordinal; before digits it means "before"
    ("पहले डॉलर 500", "पहले डॉलर 500"),
    ("MRP Rs 500 पहले Rs450", "MRP 500 INR पहले Rs450"),
    ("वेतन 10 पहले Riyal एक बढ़ा", "वेतन 10 पहले Riyal एक बढ़ा"),
    # a neighbour whose own rendering misreads (खिलाड़ी 52) is kept, not the amount beside it
    ("नीलामी में खिलाड़ी बावन मौजूद बासठ हज़ार रुपये में बिका।",
     "नीलामी में खिलाड़ी बावन मौजूद 62000 INR में बिका।"),
    # clock times are not rewritten
    ("साढ़े तीन बजे", "साढ़े तीन बजे"),
    ("सुबह 10 बजे", "सुबह 10 बजे"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_normalize(text: str, expected: str) -> None:
    assert hindinum.normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_the_output_is_stable_and_reads_back(text: str, expected: str) -> None:
    def meaning(t: str) -> list[tuple[object, ...]]:
        return [(a.value, a.value_max, a.kind, a.currency, a.distributive)
                for a in hindinum.extract(t)]

    assert hindinum.normalize(expected) == expected
    assert meaning(expected) == meaning(text)


def test_irregular_ordinals_in_digits_on_request() -> None:
    assert hindinum.normalize("पहली बार, दूसरे नंबर पर", ordinals="all") == "1ली बार, 2रे नंबर पर"
    with pytest.raises(ValueError, match="ordinals"):
        hindinum.normalize("पहली", ordinals="digits")  # type: ignore[arg-type]
