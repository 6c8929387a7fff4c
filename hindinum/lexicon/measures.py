"""Units of measure and of time, month names, clock and calendar words, as Hindi writes them.

The words the kinds ``quantity``, ``duration``, ``time`` and ``date`` are read with (see
:class:`hindinum.types.Amount`): each table maps a written form to what it means. Written forms
are written naturally (with nukta where it is usual, with their dots: ``कि.ग्रा.``); look-ups
fold nukta, chandrabindu, ZWJ/ZWNJ and Latin case (:func:`hindinum.text.fold`), so
``फ़ॉरेनहाइट``/``फॉरेनहाइट`` or ``KG``/``kg`` need no second entry. A form of several words is
written with single spaces (``डिग्री सेल्सियस``); the longest form wins (``वर्ग मीटर`` beats
``मीटर``, ``किलोमीटर प्रति घंटा`` beats ``किलोमीटर``).

Sources, each read for its Hindi spellings (the tables are ours; no text is copied):

- Microsoft Recognizers-Text, ``Patterns/Hindi/Hindi-NumbersWithUnit.yaml``: the age, area,
  information, length, speed, temperature, volume and weight suffix lists, and its lists of
  ambiguous units (``से.``, ``फ़ॉ.``, ``के.``, ``इं``, ``पीएम``), which we leave out too;
- NVIDIA NeMo-text-processing, ``text_normalization/hi/data/measure/unit.tsv`` (symbol ->
  Hindi name) and ``inverse_text_normalization/hi/data/measure/measurements.tsv`` (the spoken
  names the ITN grammar reads: ``किलो ग्राम``, ``मिलिग्राम``, ``डेसिग्राम``, ``कैल्विन``,
  ``माइक्रॉन``, ``वर्गसेंटीमीटर``, ``क्यूबिकमिलीमीटर``), and ``hi/data/time``, ``hi/data/date``;
- facebook/duckling, ``Duckling/Temperature/HI`` (``सेल्सीयस``, ``°``), ``Duckling/Duration/HI``
  and ``Duckling/TimeGrain/HI`` (``दिवस``, ``माह``, ``मास``, ``बरस``, ``क्षण``, ``पखवाड़ा``);
- CLDR's Hindi unit names (``units.json``: ``{0} प्रति {1}`` for rates) and the WordPress
  Hindi style guide's table of unit abbreviations (``कि.ग्रा.``, ``कि.मी.``, ``मि.ली.``,
  ``से.मी.``, ``मि.मी.``);
- Hindi news usage for the units Indian news writes most: ``क्विंटल``/``कुंतल``, ``बीघा``,
  ``क्यूसेक``, ``मेगावाट``, ``मिलियन यूनिट``, ``mAh``, ``मेगापिक्सल``, ``Mbps``, ``सीसी``.

Decisions (the engine reads what these tables say; the tests hold the tables to them):

- One canonical symbol per unit (:data:`UNIT_SYMBOLS`): SI where there is one (``kg``,
  ``km/h``, ``°C``, ``mL``), else the usual English abbreviation (``acre``, ``bigha``,
  ``quintal``, ``mph``, ``ft³/s`` for a cusec). A plain degree (``45 डिग्री``, ``85°``) is
  ``°``: a temperature or an angle, the text does not say which.
- Counted things stay plain numbers: ``रन``, ``विकेट``, ``ओवर``, ``अंक`` (index points),
  ``सीट``, ``यूनिट``. ``यूनिट`` is a kilowatt-hour in an electricity bill (``200 यूनिट
  बिजली``) but a unit of blood, a flat, a vehicle or a generating set elsewhere: it is ``kWh``
  right before a word of electricity (:data:`ENERGY_UNIT_WORDS`, :data:`ELECTRICITY_WORDS`),
  or in a tariff's slab, before a price per unit in its sentence (``0 से 100 यूनिट तक 3.65
  रुपए प्रति यूनिट``: the scanner's pass over its amounts), a count elsewhere. After a rate
  word it is the denominator ``unit`` (:data:`PER_NOUNS`: ``5 रुपये प्रति यूनिट`` is 5 INR per
  ``unit``). ``मिलियन यूनिट`` (the grid's MU) is exact and is ``GWh``.
- A bare pound is sterling (:mod:`hindinum.lexicon.currencies`); it is a weight only next to
  a weight word (``context.WEIGHT_WORDS``): :data:`WEIGHT_POUNDS` holds those forms apart so
  that no form means two things in one table. ``lb``/``lbs`` are always weights.
- ``दर्जन`` (dozen) is a number word (``डेढ़ दर्जन`` = 18), not a unit.

Left out on purpose, because after a number they are more often something else:

- ``से.`` alone (the postposition से before a full stop; ``डिग्री से.`` is kept as one form),
  ``फ़ॉ.`` and ``के.`` alone (Recognizers-Text lists them as ambiguous), ``डि`` without its dot;
- ``इं``/``इं.`` (inch in Recognizers-Text; इंजीनियर, इंडिया in news), ``मि.`` (मिनट in some
  style guides, but मिस्टर in news: ``मि. शर्मा``), ``अंश`` (an angle's degree in CLDR, but
  "part" in ``PART_NOUNS``), ``ओम`` (ohm, but the name and the syllable), ``कैरेट`` is
  read as purity, ``kt`` (``22 कैरेट सोना``: 22 parts in 24 of gold), not as a mass;
- Latin ``K`` (``10K`` is ten thousand far more often than ten kelvin), ``st`` (the ordinal
  suffix: ``21 st``), ``pts`` (index points), ``pm`` (afternoon: ``2 pm``; Recognizers-Text's
  picometer), ``dm`` (a direct message, a district magistrate), ``nm`` in lower case as a
  torque (it is the nanometre; ``Nm`` as written is the newton metre, :data:`CASE_UNITS`),
  ``MP`` (Madhya Pradesh, members of parliament), ``B`` (billion), ``s`` (``1990s``).

Read by their case (:data:`CASE_UNITS`): ``Mb``/``Gb`` (megabit, gigabit) fold to ``MB``/``GB``
(megabyte, gigabyte) and ``MBps`` to ``Mbps``; each is read as written, the lower-case forms
as bytes (``mb``, ``gb``) and bits a second (``mbps``), as chat writes them.

Kept although they have other readings, because after a number they are units: ``मी`` and
``मी.`` (``100 मी. दौड़``), ``मिली`` (also "was found"), ``गज`` (also an elephant; a plot of
``100 गज`` is square yards in Delhi usage, but the text says yards), ``m``, ``g`` (``5G`` is a
network: :data:`EXACT_CASE` lists the Latin symbols the engine should match only in the case
written and only apart from the digits when a letter follows), ``in``, ``t``, ``A``, ``V``.
"""

from __future__ import annotations

#: Every canonical unit symbol a quantity may carry, with what it measures. The values of
#: :data:`UNITS`, :data:`WEIGHT_POUNDS` and the ``per`` of a rate come from these keys.
UNIT_SYMBOLS: dict[str, str] = {
    # mass
    "µg": "mass", "mg": "mass", "cg": "mass", "dg": "mass", "g": "mass", "kg": "mass",
    "quintal": "mass", "t": "mass", "lb": "mass", "oz": "mass", "st": "mass", "tola": "mass",
    # the purity of gold, in 24ths (``24 कैरेट``)
    "kt": "purity",
    # length
    "pm": "length", "nm": "length", "µm": "length", "mm": "length", "cm": "length",
    "dm": "length", "m": "length", "km": "length", "in": "length", "ft": "length",
    "yd": "length", "mi": "length", "ly": "length",
    # area
    "mm²": "area", "cm²": "area", "m²": "area", "km²": "area", "in²": "area", "ft²": "area",
    "yd²": "area", "mi²": "area", "µm²": "area", "ha": "area", "acre": "area", "bigha": "area",
    "biswa": "area", "kanal": "area", "marla": "area",
    # volume
    "mL": "volume", "cL": "volume", "dL": "volume", "L": "volume", "kL": "volume",
    "mm³": "volume", "cm³": "volume", "m³": "volume", "in³": "volume", "ft³": "volume",
    "yd³": "volume", "gal": "volume", "qt": "volume", "pt": "volume", "bbl": "volume",
    "cup": "volume", "tbsp": "volume", "tsp": "volume", "glass": "volume",  # a recipe's
    # flow (a cusec is a cubic foot a second; a cumec a cubic metre)
    "ft³/s": "flow", "m³/s": "flow",
    # speed
    "km/h": "speed", "m/s": "speed", "km/s": "speed", "mph": "speed", "kn": "speed",
    # a vehicle's mileage, and a torque
    "km/L": "fuel economy", "Nm": "torque",
    # temperature; "°" is a degree the text does not name (a temperature or an angle)
    "°C": "temperature", "°F": "temperature", "K": "temperature", "°": "degree",
    # power and energy
    "W": "power", "kW": "power", "MW": "power", "GW": "power", "hp": "power",
    "Wh": "energy", "kWh": "energy", "MWh": "energy", "GWh": "energy", "kcal": "energy",
    "J": "energy",
    # electricity, frequency, sound
    "V": "voltage", "kV": "voltage", "A": "current", "mA": "current", "mAh": "charge",
    "Hz": "frequency", "kHz": "frequency", "MHz": "frequency", "GHz": "frequency",
    "dB": "sound",
    # information and data rates; camera resolution
    "bit": "data", "B": "data", "KB": "data", "MB": "data", "GB": "data", "TB": "data",
    "PB": "data", "Mbit": "data", "Gbit": "data",
    "kbps": "data rate", "Mbps": "data rate", "Gbps": "data rate", "MBps": "data rate",
    "GBps": "data rate",
    "MP": "resolution",
    # an earthquake's magnitude (on the Richter scale or the moment scale: news says which
    # seldom), a number with no dimension
    "magnitude": "seismic",
    # a dose of a vitamin or a hormone in international units (``600 आईयू विटामिन डी``)
    "IU": "dose",
}

#: Units of measure: written form -> canonical symbol (a key of :data:`UNIT_SYMBOLS`). Read
#: after a number (``5 किलो``, ``40°C``, ``120 किमी प्रति घंटा``); units of time are in
#: :data:`DURATION_UNITS`, never here.
UNITS: dict[str, str] = {
    # --- mass
    "किलो": "kg", "किलोग्राम": "kg", "किलो ग्राम": "kg", "किग्रा": "kg", "किग्रा.": "kg",
    "कि.ग्रा.": "kg", "कि. ग्रा.": "kg", "केजी": "kg", "kg": "kg", "kgs": "kg", "kilo": "kg",
    "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "कैरेट": "kt", "कैरट": "kt", "karat": "kt", "carat": "kt", "kt": "kt",
    "ग्राम": "g", "ग्रा.": "g", "g": "g", "gm": "g", "gms": "g", "gram": "g", "grams": "g",
    "मिलीग्राम": "mg", "मिलिग्राम": "mg", "मिली ग्राम": "mg", "मिलि ग्राम": "mg",
    "मीलीग्राम": "mg", "मिग्रा": "mg", "मि.ग्रा.": "mg", "एमजी": "mg", "mg": "mg",
    "milligram": "mg", "milligrams": "mg",
    "माइक्रोग्राम": "µg", "माइक्रो ग्राम": "µg", "µg": "µg", "μg": "µg", "mcg": "µg",
    "सेंटीग्राम": "cg", "सेंटी ग्राम": "cg", "cg": "cg",
    "डेसीग्राम": "dg", "डेसिग्राम": "dg", "डेसि ग्राम": "dg", "dg": "dg",
    "टन": "t", "मीट्रिक टन": "t", "t": "t", "tonne": "t", "tonnes": "t", "ton": "t",
    "tons": "t", "metric ton": "t", "metric tons": "t", "मेट्रिक टन": "t",
    "क्विंटल": "quintal", "कुंतल": "quintal", "क्विंटलों": "quintal", "q": "quintal",
    "qtl": "quintal", "qtls": "quintal", "quintal": "quintal", "quintals": "quintal",
    "lb": "lb", "lbs": "lb",
    "आउंस": "oz", "आउन्स": "oz", "औंस": "oz", "oz": "oz", "ounce": "oz", "ounces": "oz",
    "तोला": "tola", "तोले": "tola",
    # --- length
    "मीटर": "m", "मी.": "m", "मी": "m", "मिटर": "m", "m": "m", "meter": "m", "meters": "m",
    "metre": "m", "metres": "m", "mtr": "m", "mtrs": "m",
    "किलोमीटर": "km", "किलो मीटर": "km", "कीलोमीटर": "km", "किलोमिटर": "km", "किमी": "km",
    "किमी.": "km", "कि.मी.": "km", "कि. मी.": "km", "km": "km", "kms": "km",
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "सेंटीमीटर": "cm", "सेंटिमीटर": "cm", "सेन्टीमीटर": "cm", "सेण्टीमीटर": "cm",
    "सेंटी मीटर": "cm", "सेमी": "cm", "सेमी.": "cm", "से.मी.": "cm", "से. मी.": "cm",
    "cm": "cm", "centimeter": "cm", "centimeters": "cm", "centimetre": "cm",
    "centimetres": "cm",
    "मिलीमीटर": "mm", "मिलिमीटर": "mm", "मीलीमीटर": "mm", "मिली मीटर": "mm", "मिमी": "mm",
    "मिमी.": "mm", "मि.मी.": "mm", "मि. मी.": "mm", "mm": "mm", "millimeter": "mm",
    "millimeters": "mm", "millimetre": "mm", "millimetres": "mm",
    "डेसीमीटर": "dm", "डेसिमीटर": "dm", "डेसि मीटर": "dm",
    "माइक्रोमीटर": "µm", "माइक्रो मीटर": "µm", "माइक्रोन": "µm", "माइक्रॉन": "µm",
    "µm": "µm", "μm": "µm", "micron": "µm", "microns": "µm",
    "नैनोमीटर": "nm", "नैनो मीटर": "nm", "nm": "nm",
    "पिकोमीटर": "pm", "पीकोमीटर": "pm", "पिको मीटर": "pm",
    "फुट": "ft", "फ़ुट": "ft", "फीट": "ft", "ft": "ft", "feet": "ft", "foot": "ft",
    "इंच": "in", "in": "in", "inch": "in", "inches": "in",
    # the inch mark: the double prime, and the straight quote that keyboards type for it
    # (1.4" डिस्प्ले; read glued to digits only, and not as a closing quote: INCH_MARKS)
    "″": "in", '"': "in",
    "गज": "yd", "यार्ड": "yd", "yd": "yd", "yds": "yd", "yard": "yd", "yards": "yd",
    "मील": "mi", "माइल": "mi", "माइल्स": "mi", "mi": "mi", "mile": "mi", "miles": "mi",
    "प्रकाश वर्ष": "ly", "लाइट ईयर": "ly", "light year": "ly", "light years": "ly",
    # --- area
    "वर्ग मिलीमीटर": "mm²", "वर्गमिलीमीटर": "mm²", "वर्ग मिमी": "mm²", "वर्ग मि.मी.": "mm²",
    "mm²": "mm²", "mm2": "mm²", "sq mm": "mm²",
    "वर्ग सेंटीमीटर": "cm²", "वर्गसेंटीमीटर": "cm²", "वर्ग सेमी": "cm²", "वर्ग से.मी.": "cm²",
    "cm²": "cm²", "cm2": "cm²", "sq cm": "cm²",
    "वर्ग मीटर": "m²", "वर्गमीटर": "m²", "स्क्वायर मीटर": "m²", "स्क्वेयर मीटर": "m²",
    "वर्ग मी.": "m²", "m²": "m²", "m2": "m²", "sq m": "m²", "sqm": "m²", "sq mtr": "m²",
    "square meter": "m²", "square meters": "m²", "square metre": "m²", "square metres": "m²",
    "वर्ग किलोमीटर": "km²", "वर्गकिलोमीटर": "km²", "वर्ग किमी": "km²", "वर्ग कि.मी.": "km²",
    "स्क्वायर किलोमीटर": "km²", "km²": "km²", "km2": "km²", "sq km": "km²",
    "square kilometer": "km²", "square kilometers": "km²", "square kilometre": "km²",
    "square kilometres": "km²",
    "वर्ग इंच": "in²", "sq in": "in²",
    "वर्ग फुट": "ft²", "वर्ग फीट": "ft²", "वर्गफुट": "ft²", "वर्गफीट": "ft²",
    "स्क्वायर फुट": "ft²", "स्क्वायर फीट": "ft²", "स्क्वेयर फुट": "ft²", "स्क्वेयर फीट": "ft²",
    "ft²": "ft²", "sq ft": "ft²", "sqft": "ft²", "sq. ft.": "ft²", "square feet": "ft²",
    "square foot": "ft²",
    "वर्ग गज": "yd²", "वर्ग यार्ड": "yd²", "वर्गगज": "yd²", "sq yd": "yd²", "sq yards": "yd²",
    "square yards": "yd²",
    "वर्ग मील": "mi²", "sq mi": "mi²", "square miles": "mi²",
    "वर्ग माइक्रोमीटर": "µm²",
    "हेक्टेयर": "ha", "हैक्टेयर": "ha", "हेक्टर": "ha", "ha": "ha", "hectare": "ha",
    "hectares": "ha",
    "एकड़": "acre", "एकड़ों": "acre", "ac": "acre", "acre": "acre", "acres": "acre",
    "बीघा": "bigha", "बीघे": "bigha", "बीघों": "bigha", "bigha": "bigha", "bighas": "bigha",
    "बिस्वा": "biswa", "कनाल": "kanal", "मरला": "marla",
    # --- volume
    "लीटर": "L", "लिटर": "L", "ली.": "L", "L": "L", "ltr": "L", "ltrs": "L", "litre": "L",
    "litres": "L", "liter": "L", "liters": "L",
    "मिलीलीटर": "mL", "मिलीलिटर": "mL", "मिली लीटर": "mL", "मि.ली.": "mL", "मिली": "mL",
    "एमएल": "mL", "mL": "mL", "millilitre": "mL", "millilitres": "mL", "milliliter": "mL",
    "milliliters": "mL",
    "सेंटीलीटर": "cL", "cL": "cL", "डेसीलीटर": "dL", "dL": "dL",
    # a recipe's measures: कप, बड़ा चम्मच (a tablespoon), छोटा चम्मच (a teaspoon)
    "कप": "cup", "cup": "cup", "cups": "cup", "गिलास": "glass", "ग्लास": "glass",
    "glass": "glass", "glasses": "glass",
    "बड़ा चम्मच": "tbsp", "बड़े चम्मच": "tbsp", "बड़ी चम्मच": "tbsp", "टेबलस्पून": "tbsp",
    "टेबल स्पून": "tbsp",
    "tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
    "छोटा चम्मच": "tsp", "छोटे चम्मच": "tsp", "छोटी चम्मच": "tsp", "चम्मच": "tsp",
    "टीस्पून": "tsp", "टी स्पून": "tsp", "tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp",
    "किलोलीटर": "kL", "kL": "kL",
    "घन मिलीमीटर": "mm³", "क्यूबिक मिलीमीटर": "mm³", "क्यूबिकमिलीमीटर": "mm³", "mm³": "mm³",
    "घन सेंटीमीटर": "cm³", "क्यूबिक सेंटीमीटर": "cm³", "क्यूबिकसेंटीमीटर": "cm³",
    "सीसी": "cm³", "cc": "cm³", "cm³": "cm³",
    "घन मीटर": "m³", "क्यूबिक मीटर": "m³", "क्यूबिकमीटर": "m³", "m³": "m³", "m3": "m³",
    "cubic meter": "m³", "cubic metres": "m³", "cubic meters": "m³",
    "घन इंच": "in³", "घनइंच": "in³", "क्यूबिक इंच": "in³",
    "घन फीट": "ft³", "घन फुट": "ft³", "घनफुट": "ft³", "घनफीट": "ft³", "क्यूबिक फीट": "ft³",
    "क्यूबिक फुट": "ft³", "ft³": "ft³", "cubic feet": "ft³", "cubic foot": "ft³",
    "घन गज": "yd³", "घन यार्ड": "yd³", "क्यूबिक यार्ड": "yd³",
    "गैलन": "gal", "gal": "gal", "gallon": "gal", "gallons": "gal",
    "क्वार्ट": "qt", "qt": "qt", "quart": "qt", "quarts": "qt",
    "पिंट": "pt", "pt": "pt", "pint": "pt", "pints": "pt",
    "बैरल": "bbl", "bbl": "bbl", "barrel": "bbl", "barrels": "bbl",
    # --- flow
    "क्यूसेक": "ft³/s", "क्यूसेक्स": "ft³/s", "cusec": "ft³/s", "cusecs": "ft³/s",
    "क्यूमेक": "m³/s", "क्यूमेक्स": "m³/s", "cumec": "m³/s", "cumecs": "m³/s",
    # --- speed
    "किलोमीटर प्रति घंटा": "km/h", "किलोमीटर प्रति घंटे": "km/h", "किमी प्रति घंटा": "km/h",
    "किमी प्रति घंटे": "km/h", "कि.मी. प्रति घंटा": "km/h", "किलोमीटर/घंटा": "km/h",
    "किलोमीटर / घंटा": "km/h", "किमी/घंटा": "km/h", "किमी/घंटे": "km/h", "किमी/घं": "km/h",
    "किलोमीटर प्रतिघंटा": "km/h", "किमी प्रतिघंटा": "km/h",
    "km/h": "km/h", "km/hr": "km/h", "kmph": "km/h", "kmh": "km/h", "kph": "km/h",
    "km per hour": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "मील प्रति घंटा": "mph", "मील प्रति घंटे": "mph", "mph": "mph", "mi/h": "mph",
    "mi/hr": "mph", "miles per hour": "mph",
    # --- fuel economy (a mileage: ``27.62 kmpl``) and torque (``8.7 न्यूटन मीटर``, ``69 Nm``;
    # ``nm`` in lower case stays a nanometre)
    "kmpl": "km/L", "केएमपीएल": "km/L", "km/L": "km/L", "km/l": "km/L",
    "किमी प्रति लीटर": "km/L", "किलोमीटर प्रति लीटर": "km/L", "किमी/लीटर": "km/L",
    "किलोमीटर/लीटर": "km/L", "km per litre": "km/L", "kilometres per litre": "km/L",
    "न्यूटन मीटर": "Nm", "न्यूटन-मीटर": "Nm", "newton metre": "Nm", "newton meter": "Nm",
    "मीटर प्रति सेकंड": "m/s", "मीटर प्रति सेकेंड": "m/s", "मीटर/सेकंड": "m/s",
    "मीटर/सेकेंड": "m/s", "m/s": "m/s", "m/sec": "m/s",
    "किलोमीटर प्रति सेकंड": "km/s", "किलोमीटर प्रति सेकेंड": "km/s", "km/s": "km/s",
    "नॉट": "kn", "knot": "kn", "knots": "kn",
    # --- temperature
    "तीव्रता": "magnitude", "रिक्टर": "magnitude", "रिक्टर स्केल": "magnitude",
    "richter": "magnitude", "magnitude": "magnitude",
    "डिग्री सेल्सियस": "°C", "डिग्री सेल्सीयस": "°C", "डिग्री सेल्सयस": "°C",
    "डिग्रीज़ सेल्सियस": "°C", "डि. सेल्सियस": "°C", "डिग्री से.": "°C", "डि. से.": "°C",
    "डिग्री सै.": "°C", "डिग्री सें.": "°C",
    "डिग्री सेंटीग्रेड": "°C", "डिग्री सेंटिग्रेड": "°C", "डिग्री सेंटिग्रेट": "°C",
    "सेल्सियस": "°C", "सेल्सीयस": "°C", "सेल्सयस": "°C", "सेंटीग्रेड": "°C",
    "सेंटिग्रेड": "°C", "सेंटिग्रेट": "°C", "°से": "°C", "°से.": "°C",
    "° सेल्सियस": "°C", "° सेल्सीयस": "°C", "°C": "°C", "° C": "°C", "ºC": "°C", "℃": "°C",
    "degree celsius": "°C", "degrees celsius": "°C", "celsius": "°C", "centigrade": "°C",
    "deg c": "°C",
    "डिग्री फ़ॉरेनहाइट": "°F", "डिग्री फ़ारेनहाइट": "°F", "डिग्री फेरनहाइट": "°F",
    "डिग्री फ़ैरनहाइट": "°F", "डिग्री फ़ॅरेनहाइट": "°F", "डिग्रीज़ फ़ॉरेनहाइट": "°F",
    "डि. फ़ॉरेनहाइट": "°F", "डिग्री फ़ॉ.": "°F", "डि. फ़ॉ.": "°F", "डिग्रीज़ फ़ॉ.": "°F",
    "फ़ॉरेनहाइट": "°F", "फ़ारेनहाइट": "°F", "फेरनहाइट": "°F", "फ़ैरनहाइट": "°F",
    "फ़ॅरेनहाइट": "°F", "°फ़ॉ": "°F", "° फ़ारेनहाइट": "°F", "° फ़ॉरेनहाइट": "°F",
    "°F": "°F", "° F": "°F", "ºF": "°F", "℉": "°F", "degree fahrenheit": "°F",
    "degrees fahrenheit": "°F", "fahrenheit": "°F", "deg f": "°F",
    "केल्विन": "K", "कैल्विन": "K", "kelvin": "K",
    "डिग्री": "°", "डिग्रीज़": "°", "डि.": "°", "°": "°", "º": "°", "degree": "°",
    "degrees": "°",
    # --- power and energy
    "वाट": "W", "W": "W", "watt": "W", "watts": "W",
    "किलोवाट": "kW", "kW": "kW", "kilowatt": "kW", "kilowatts": "kW",
    "मेगावाट": "MW", "मेगा वाट": "MW", "MW": "MW", "megawatt": "MW", "megawatts": "MW",
    "गीगावाट": "GW", "गिगावाट": "GW", "GW": "GW", "gigawatt": "GW", "gigawatts": "GW",
    "हॉर्सपावर": "hp", "हॉर्सपॉवर": "hp", "हॉर्स पावर": "hp", "बीएचपी": "hp", "hp": "hp",
    "bhp": "hp", "horsepower": "hp",
    "वाट घंटा": "Wh", "Wh": "Wh",
    "किलोवाट घंटा": "kWh", "किलोवाट-घंटा": "kWh", "किलोवाट आवर": "kWh", "kWh": "kWh",
    "मेगावाट घंटा": "MWh", "मेगावाट-घंटा": "MWh", "MWh": "MWh",
    "गीगावाट घंटा": "GWh", "GWh": "GWh", "मिलियन यूनिट": "GWh",
    "कैलोरी": "kcal", "किलोकैलोरी": "kcal", "kcal": "kcal", "calories": "kcal",
    "जूल": "J", "joule": "J", "joules": "J",
    "आईयू": "IU", "आई.यू.": "IU", "IU": "IU",
    # --- electricity, frequency, sound
    "वोल्ट": "V", "V": "V", "volt": "V", "volts": "V",
    "किलोवोल्ट": "kV", "kV": "kV",
    "एम्पियर": "A", "एंपियर": "A", "ऐंपीयर": "A", "एम्पीयर": "A", "A": "A", "amp": "A",
    "amps": "A", "ampere": "A", "amperes": "A",
    "मिलीएम्पियर": "mA", "mA": "mA",
    "एमएएच": "mAh", "mAh": "mAh",
    "हर्ट्ज़": "Hz", "Hz": "Hz", "hertz": "Hz",
    "किलोहर्ट्ज़": "kHz", "kHz": "kHz", "मेगाहर्ट्ज़": "MHz", "MHz": "MHz",
    "गीगाहर्ट्ज़": "GHz", "GHz": "GHz",
    "डेसिबल": "dB", "डेसीबल": "dB", "dB": "dB", "decibel": "dB", "decibels": "dB",
    # --- information, data rates, camera resolution
    "बिट": "bit", "बिट्स": "bit", "bit": "bit", "bits": "bit",
    "बाइट": "B", "बाईट": "B", "byte": "B", "bytes": "B",
    "किलोबाइट": "KB", "केबी": "KB", "KB": "KB", "kilobyte": "KB", "kilobytes": "KB",
    "मेगाबाइट": "MB", "मेगाबाईट": "MB", "एमबी": "MB", "MB": "MB", "megabyte": "MB",
    "megabytes": "MB",
    "गीगाबाइट": "GB", "गिगाबाइट": "GB", "गीगाबाईट": "GB", "जीबी": "GB", "GB": "GB",
    "gigabyte": "GB", "gigabytes": "GB",
    "टेराबाइट": "TB", "टीबी": "TB", "TB": "TB", "terabyte": "TB", "terabytes": "TB",
    "पेटाबाइट": "PB", "PB": "PB",
    "मेगाबिट": "Mbit", "Mbit": "Mbit", "megabit": "Mbit", "megabits": "Mbit",
    "गीगाबिट": "Gbit", "Gbit": "Gbit", "gigabit": "Gbit", "gigabits": "Gbit",
    "केबीपीएस": "kbps", "kbps": "kbps", "एमबीपीएस": "Mbps", "Mbps": "Mbps",
    "जीबीपीएस": "Gbps", "Gbps": "Gbps",
    "मेगाबाइट प्रति सेकंड": "MBps", "गीगाबाइट प्रति सेकंड": "GBps",
    "मेगापिक्सल": "MP", "मेगापिक्सेल": "MP", "मेगा पिक्सल": "MP", "megapixel": "MP",
    "megapixels": "MP",
}

#: Words that say on which side of zero a degree counted from it lies: after the unit
#: (``शून्य से 5 डिग्री नीचे``) or after ``शून्य से`` before the number (``शून्य से नीचे 5
#: डिग्री``): -1 below, 1 above. Only a temperature or a plain degree is counted so.
ZERO_SIDES: dict[str, int] = {"नीचे": -1, "ऊपर": 1}

#: Latin symbols whose case alone tells them from a unit of :data:`UNITS` that they fold to:
#: read as written here before the folded look-up. ``10 Mb`` is 10 megabits, ``10 MB`` (and
#: ``10 mb``, as chat writes bytes) 10 megabytes; ``10 MBps`` 10 megabytes a second, ``10
#: Mbps`` (and ``mbps``) 10 megabits.
CASE_UNITS: dict[str, str] = {"Mb": "Mbit", "Gb": "Gbit", "MBps": "MBps", "GBps": "GBps",
                              "Nm": "Nm"}

#: Pound as a weight: read only where a weight word is near (``उसका वजन 150 पौंड है``); a bare
#: pound is sterling (:mod:`hindinum.lexicon.currencies`).
WEIGHT_POUNDS: dict[str, str] = {
    "पाउंड": "lb", "पौंड": "lb", "पाउण्ड": "lb", "पौण्ड": "lb", "pound": "lb", "pounds": "lb",
}

#: Latin symbols that the engine should match only in the case written, and not glued to a
#: following letter: folded, they are other words (``5G`` the network, ``10M`` ten million,
#: ``2T``). Their lower-case twins that are listed in :data:`UNITS` (``ml``) are read as usual.
#: The marks typed for an inch (``1.4" डिस्प्ले``, ``55″ टीवी``): a unit only glued to digits,
#: and the straight quote only where it closes no quote opened before it on its line
#: (``उसने कहा "मुझे 5" लोग`` closes a quote).
INCH_MARKS: frozenset[str] = frozenset({'"', "″"})
EXACT_CASE: frozenset[str] = frozenset({"g", "m", "t", "in", "A", "V", "W", "L", "ac", "q", "pt"})

#: Units of time: written form -> one of ``s min h d wk mo yr``. A number before one is a
#: duration (``30 सेकंड``, ``ढाई घंटे``, ``तीन साल``, ``दो हफ़्ते``).
DURATION_UNITS: dict[str, str] = {
    # seconds
    "सेकंड": "s", "सेकेंड": "s", "सैकंड": "s", "सेकण्ड": "s", "सेकेण्ड": "s", "सेकंडों": "s",
    "सेकेंडों": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
    # minutes (Duckling's क्षण, "moment", is a minute to it; in text it is an instant: left out)
    "मिनट": "min", "मिनटों": "min", "मिनिट": "min", "मिनिटों": "min", "min": "min",
    "mins": "min", "minute": "min", "minutes": "min",
    # hours
    "घंटा": "h", "घंटे": "h", "घंटों": "h", "घण्टा": "h", "घण्टे": "h", "घण्टों": "h",
    "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    # days
    "दिन": "d", "दिनों": "d", "दिवस": "d", "दिवसों": "d", "day": "d", "days": "d",
    # nights, as tours and hotels count a stay (5 रात और 6 दिन का पैकेज): a day each; before
    # a number रात is the part of the day (रात 10 बजे), read by the clock's readers
    "रात": "d", "रातें": "d", "रातों": "d", "नाइट": "d", "नाइट्स": "d", "night": "d",
    "nights": "d", "डेज": "d", "डेज़": "d",
    # weeks
    "हफ़्ता": "wk", "हफ़्ते": "wk", "हफ़्तों": "wk", "सप्ताह": "wk", "सप्ताहों": "wk",
    "वीक": "wk", "वीक्स": "wk", "week": "wk", "weeks": "wk", "wk": "wk", "wks": "wk",
    # months
    "महीना": "mo", "महीने": "mo", "महीनों": "mo", "माह": "mo", "माहों": "mo", "मास": "mo",
    "मंथ": "mo", "month": "mo", "months": "mo",
    # years
    "साल": "yr", "सालों": "yr", "वर्ष": "yr", "वर्षों": "yr", "बरस": "yr", "बरसों": "yr",
    "वर्षीय": "yr", "वर्षीया": "yr", "साला": "yr",  # 45 वर्षीय महिला: an age
    "दिवसीय": "d",  # पांच दिवसीय प्रतियोगिता: five days long
    "यर": "yr", "यर्स": "yr", "ईयर": "yr", "ईयर्स": "yr", "year": "yr", "years": "yr",
    "yr": "yr", "yrs": "yr",
}

#: Units that are also a verb's form (``मिली``, millilitres, and "got"): read only before a
#: word that is no verb of being, as a measure names what it measures (``5 मिली पानी``, ``10
#: मिली दवा``); ``तारीख 9 मिली है`` and ``उसे 2 मिली`` say what was got.
VERB_LIKE_UNITS: frozenset[str] = frozenset({"मिली"})
#: Units of a period in the singular: after a number of a thousand or more they say "a
#: month", "a week" of a sum (``सैलरी 25000 महीना``, ``5000 हफ्ता मांगता``), no duration.
RATE_PERIOD_UNITS: frozenset[str] = frozenset(
    {"महीना", "हफ्ता", "हफ़्ता", "mahina", "hafta"})

#: Units of time in romanized Hindi, as social posts write them (``3 din, 2 raat``, ``2
#: ghante``, ``5 saal``): read like :data:`DURATION_UNITS`, but only in small letters and
#: after a number below a thousand, since a capital makes a name (``12 Din Dayal Marg``, ``ISO
#: 9001 DIN``) and a larger number a salary or a year (``Salary 25000 mahina``, ``IPL 2024
#: mahina bhar``).
ROMAN_DURATION_UNITS: dict[str, str] = {
    "din": "d", "dino": "d", "dinon": "d", "raat": "d", "raaten": "d", "ghanta": "h",
    "ghante": "h", "ghanton": "h", "hafta": "wk", "hafte": "wk", "mahina": "mo", "mahine": "mo",
    "mahino": "mo", "mahinon": "mo", "saal": "yr", "saalon": "yr", "varsh": "yr",
}

#: The unit symbols of a duration, as ``Amount.unit`` holds them and ``normalize`` writes them
#: (``2.5 h``); the engine reads them after digits as well.
DURATION_SYMBOLS: tuple[str, ...] = ("s", "min", "h", "d", "wk", "mo", "yr")

#: Words after एक and दिन that make them a duration: ``एक दिन में``, ``एक दिन पहले``, ``एक
#: दिन की छुट्टी``. Before any other word, ``एक दिन`` is "one day", some day (``एक दिन आप सफल
#: होंगे``), and stays as written; alone or before punctuation it is a day.
ONE_UNIT_AFTER: frozenset[str] = frozenset(
    {"का", "की", "के", "में", "से", "तक", "पहले", "बाद", "भर", "लिए", "पूर्व", "बीत", "बीते",
     "बीतने", "और", "या", "पुराना", "पुरानी", "पुराने", "बाकी", ",", ".", "।"}
)

#: Units of time that are a multiple of another: written form -> (how many, unit). ``एक
#: पखवाड़ा`` is 2 weeks (Duckling: 14 days), ``दो दशक`` 20 years. After an ordinal they are
#: not durations (``21वीं सदी``, ``1990 के दशक``: a century, a decade named).
DURATION_MULTIPLES: dict[str, tuple[int, str]] = {
    "पखवाड़ा": (2, "wk"), "पखवाड़े": (2, "wk"), "पखवाड़ों": (2, "wk"), "fortnight": (2, "wk"),
    "दशक": (10, "yr"), "दशकों": (10, "yr"), "decade": (10, "yr"), "decades": (10, "yr"),
    "सदी": (100, "yr"), "सदियों": (100, "yr"), "शताब्दी": (100, "yr"),
    "शताब्दियों": (100, "yr"), "century": (100, "yr"), "centuries": (100, "yr"),
}

#: Gregorian month names: written form -> month number. Hindi names with their spellings,
#: English names and abbreviations (an abbreviation's dot is read by the engine).
#: ``जन`` (people: ``जन आंदोलन``) and ``मार`` are left out; ``मई`` and ``may`` are kept (next to
#: a number they are the month).
MONTHS: dict[str, int] = {
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "एप्रिल": 4,
    "मई": 5, "जून": 6, "जुलाई": 7, "जुलाय": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "सिंतबर": 9,
    "सेप्टेंबर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "अक्तुबर": 10, "अकटूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "नंवबर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # abbreviations seen in Hindi datelines
    "जन.": 1, "फ़र.": 2, "फर.": 2, "अप्रै.": 4, "अग.": 8, "सित.": 9, "अक्टू.": 10, "नव.": 11,
    "दिस.": 12,
    # English
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

#: The months of the Vikram Samvat (lunisolar) year, in its order from चैत्र: written form ->
#: 1..12. They name a month of the Hindu calendar, which does not map to one Gregorian month
#: (a Samvat month spans two, and the year is ~57 years ahead): the engine reads no date with
#: them and gives them no ``iso``; digits beside one are no amount, as beside any month they
#: make no date with (``चैत्र 2080``, ``15 कार्तिक`` give nothing). ``जेठ`` is also a
#: husband's elder brother; next to a number or a year it is the month.
SAMVAT_MONTHS: dict[str, int] = {
    "चैत्र": 1, "चैत": 1,
    "वैशाख": 2, "बैसाख": 2, "बैशाख": 2,
    "ज्येष्ठ": 3, "जेठ": 3, "जेष्ठ": 3,
    "आषाढ़": 4, "आषाढ": 4, "असाढ़": 4,
    "श्रावण": 5, "सावन": 5, "श्रावन": 5,
    "भाद्रपद": 6, "भादों": 6, "भादो": 6, "भाद्र": 6,
    "आश्विन": 7, "क्वार": 7, "कुआर": 7, "आसोज": 7,
    "कार्तिक": 8, "कातिक": 8,
    "मार्गशीर्ष": 9, "अगहन": 9,
    "पौष": 10, "पूस": 10,
    "माघ": 11,
    "फाल्गुन": 12, "फागुन": 12,
}

#: Words before a year of the Vikram Samvat (``संवत 2080``, ``वि.सं. 2080``): the year is a
#: Samvat year, not converted and no date: the number said, whatever cue follows it
#: (``संवत 2080 में`` is the number 2080).
SAMVAT_YEAR_WORDS: frozenset[str] = frozenset({"संवत", "संवत्", "विक्रम संवत", "वि.सं.", "वि. सं."})

#: Parts of the day before a clock time: written form -> ``early``, ``morning``,
#: ``afternoon``, ``evening`` or ``night``; a form of several words (``देर रात``, ``दोपहर
#: बाद``) is read whole and is in the span (``देर रात 11 बजे``: T23:00). The engine turns
#: the hour said (1-12) into a 24-hour one by this rule:
#:
#: - early (तड़के, भोर) and morning: 1-11 as said, 12 -> 00 for early, 12 stays for morning
#:   (``सुबह 12 बजे`` is noon in usage);
#: - afternoon (दोपहर): 12 stays, 1-6 -> +12 (``दोपहर 3 बजे`` = 15:00), 7-11 as said;
#: - evening (शाम): 1-11 -> +12 (``शाम 7 बजे`` = 19:00), 12 stays;
#: - night (रात): 6-11 -> +12 (``रात 10:30`` = 22:30), 12 -> 00, 1-5 as said (``रात 2 बजे``
#:   = 02:00).
#: Words after hours and minutes written as a clock's and a word of hours that make them a
#: point in time, the official style of a time (``10:30 घंटे पर``, ``07:00 घंटे से``), not a
#: duration (``7:30 घंटे की देरी``).
CLOCK_HOUR_AFTER: frozenset[str] = frozenset({"पर", "से", "तक", "बजे"})
DAY_PARTS: dict[str, str] = {
    "तड़के": "early", "भोर": "early", "अलसुबह": "early", "अल सुबह": "early",
    "तड़के सुबह": "early", "सुबह तड़के": "early",
    "सुबह": "morning", "सवेरे": "morning", "सवेरा": "morning", "प्रातः": "morning",
    "प्रात:": "morning", "प्रात": "morning", "सुबह सुबह": "morning", "सुबह-सुबह": "morning",
    "प्रातःकाल": "morning",
    "दोपहर": "afternoon", "दोपहर बाद": "afternoon", "दुपहर": "afternoon",
    "शाम": "evening", "सायं": "evening", "सांय": "evening", "संध्या": "evening",
    "संध्याकाल": "evening", "सायंकाल": "evening", "देर शाम": "evening",
    "रात": "night", "रात्रि": "night", "देर रात": "night", "आधी रात": "night",
    "मध्यरात्रि": "night",
}

#: Words after an hour that make it a clock time (``सात बजे``, ``दो बजकर ग्यारह मिनट``).
CLOCK_WORDS: frozenset[str] = frozenset({"बजे", "बज", "बजकर", "बजके", "बजें", "बजने"})

#: The words that may join a part of the day and the clock time (``रात के 10 बजे``,
#: ``सुबह को 7 बजे``).
DAY_PART_LINKS: frozenset[str] = frozenset({"के", "को"})

#: Words between two days of one month (``13 और 17 फरवरी``, ``12 या 13 सितम्बर``): the
#: first is a date of the month after the second.
DAY_LIST_WORDS: frozenset[str] = frozenset({"और", "या", "व", "एवं", ","})

#: Words after the minutes of ``दो बजकर ग्यारह मिनट`` (and ``एक बजे सात मिनट``).
MINUTE_AFTER: frozenset[str] = frozenset({"मिनट", "मिनिट"})

#: Words after the seconds of ``दस बजकर चौवन मिनट आठ सेकंड``.
SECOND_AFTER: frozenset[str] = frozenset({"सेकंड", "सेकेंड", "सैकंड"})

#: A.M. and P.M. after a clock time: written form -> ``am`` or ``pm`` (``5 PM`` = T17:00).
#: Latin ``pm`` is read only after a time-like number, never as a unit (picometre).
AM_PM: dict[str, str] = {
    "am": "am", "a.m.": "am", "a.m": "am", "एएम": "am", "ए.एम.": "am", "पूर्वाह्न": "am",
    "pm": "pm", "p.m.": "pm", "p.m": "pm", "पीएम": "pm", "पी.एम.": "pm", "अपराह्न": "pm",
}

#: Words before a number that mark it as a year (``सन् 1947``, ``साल 2019``, ``वर्ष 2019``).
#: साल and वर्ष after a number are a duration (``तीन साल``: :data:`DURATION_UNITS`).
YEAR_WORDS_BEFORE: frozenset[str] = frozenset({"सन्", "सन", "साल", "वर्ष", "ईस्वी सन्", "year"})

#: Era words after a year: written form -> ``CE`` or ``BCE`` (``1920 ई.``, ``३४०० ई.पू.``).
ERA_AFTER: dict[str, str] = {
    "ई.": "CE", "ई": "CE", "ईस्वी": "CE", "ईसवी": "CE", "ई. सन्": "CE", "AD": "CE",
    "A.D.": "CE", "CE": "CE",
    "ई.पू.": "BCE", "ई. पू.": "BCE", "ईसा पूर्व": "BCE", "ईसापूर्व": "BCE", "BC": "BCE",
    "B.C.": "BCE", "BCE": "BCE",
}

#: The units goods are weighed or measured by: a plain number before प्रति and one of them
#: (a number may stand between) is a price (``सोना 97,350 प्रति 10 ग्राम``, ``टमाटर 40 प्रति
#: किलो``); a length, an area or a time is not (``382 प्रति वर्ग किलोमीटर`` is a density).
PRICED_UNITS: frozenset[str] = frozenset(
    symbol for symbol, what in UNIT_SYMBOLS.items() if what in ("mass", "volume"))

#: Words between an amount and the unit it is counted against (``₹40 प्रति लीटर``,
#: ``Rs.500/kg``, ``120 किमी प्रति घंटा``). हर and प्रत्येक ("every") count only when a unit of
#: :data:`UNITS`, :data:`DURATION_UNITS` or :data:`PER_NOUNS` follows (``5 किलो हर किसी को``
#: is no rate). पर ("on") is left out: ``मीटर पर सेकेंड`` is rare and पर is everywhere.
PER_WORDS: frozenset[str] = frozenset({"प्रति", "फी", "per", "/", "हर", "प्रत्येक"})

#: A rate word and its unit in one word: written form -> the ``per`` unit
#: (``500,000 बैरल प्रतिदिन``: per ``d``; ``10 लाख रुपये सालाना``: per ``yr``).
PER_UNIT_WORDS: dict[str, str] = {
    "प्रतिदिन": "d", "रोज़ाना": "d", "रोजाना": "d", "दैनिक": "d", "daily": "d",
    "प्रतिघंटा": "h",
    "प्रतिसप्ताह": "wk", "साप्ताहिक": "wk", "weekly": "wk",
    "प्रतिमाह": "mo", "मासिक": "mo", "माहवार": "mo", "monthly": "mo",
    "प्रतिवर्ष": "yr", "सालाना": "yr", "वार्षिक": "yr", "annually": "yr",
}

#: The words for nights among :data:`DURATION_UNITS`, and the words after one that make a
#: number before it the night of a date, no stay (``12 रात को``; a range, ``19-20 रात को``,
#: is the night between two dates).
NIGHT_WORDS: frozenset[str] = frozenset(
    {"रात", "रातें", "रातों", "नाइट", "नाइट्स", "night", "nights"}
)
NIGHT_OF_DATE_AFTER: frozenset[str] = frozenset({"को"})

#: Words of a measure that a number within two words after them is read in, its unit left
#: unsaid: ``तापमान 45 पार`` (°C), ``पारा पहुंचा 45 के करीब``, ``भूकंप की तीव्रता 3.4``. A number
#: above 100 either way is none of them.
MEASURED_BEFORE: dict[str, str] = {
    "तापमान": "°C", "पारा": "°C", "temperature": "°C", "तीव्रता": "magnitude",
}
#: The words that may stand between such a word and its number: adverbs and verbs of
#: reaching (``तापमान अभी 43``, ``पारा पहुंचा 45``); any other word (``पारा शिक्षकों ने 5``,
#: ``तापमान बढ़ने से 3``) ends the measure.
MEASURE_LINKS: frozenset[str] = frozenset(
    {"अभी", "आज", "भी", "ही", "फिर", "करीब", "लगभग", "पहुंचा", "पहुँचा", "पहुंची", "पहुँची",
     "रहा", "रही"}
)

#: ``यूनिट`` counts kilowatt-hours right before one of these words (``150 यूनिट बिजली``);
#: elsewhere it counts blood, flats, vehicles or a plant's generating units: a number.
ENERGY_UNIT_WORDS: frozenset[str] = frozenset({"यूनिट", "यूनिटों", "units"})
#: The highest price per unit a kilowatt-hour has in a tariff (Indian tariffs run from nothing
#: to about 12 rupees; ``1500 रुपये प्रति यूनिट`` is blood, ``30 लाख रुपये प्रति यूनिट`` a flat).
ENERGY_RATE_MAX = 20
ELECTRICITY_WORDS: frozenset[str] = frozenset(
    {"बिजली", "विद्युत", "electricity", "पावर", "टैरिफ", "बिजलीघर"}
)

#: Counted things that may follow a rate word though they are no unit of measure: written
#: form -> the ``per`` value (``5 रुपये प्रति यूनिट``: per ``unit``; ``₹100 प्रति व्यक्ति``).
PER_NOUNS: dict[str, str] = {
    "यूनिट": "unit", "unit": "unit", "व्यक्ति": "person", "person": "person",
    "शेयर": "share", "share": "share", "पीस": "piece", "piece": "piece",
}
