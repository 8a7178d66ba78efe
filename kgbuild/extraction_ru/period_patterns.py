"""Russian period wordings: the pattern list (name, regex, example) and each pattern's
literal gate. :mod:`.periods` resolves what they match to inclusive bounds.
"""

from __future__ import annotations

import re

_MONTHS = (
    "январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр",
    "октябр", "ноябр", "декабр",
)  # fmt: skip
_MONTH_STEMS = "|".join(_MONTHS)
_MONTH = "(?P<m>" + _MONTH_STEMS + r")[а-яё]*"
_Y = r"(?P<y>(?:19[5-9]|20\d)\d)"
_YEAR_WORD = r"(?:\s*(?:год[а-яё]*|гг?\.))"
_S = "(?=[" + "".join(chr(c) for c in range(0x2000) if re.fullmatch("с", chr(c), re.I)) + "])"
"""A lookahead for «с» in any case: a pattern that starts with a character class is looked
for with a fast scan, one that starts with ``\\b`` is tried at every position."""
_NOT_COMPARED = r"(?<!сравнению\s)(?<!сравнении\s)"
"""«по сравнению с 2022 годом» is a baseline (see :data:`.periods._COMPARISON`), never a span from
2022 to the publication date."""

_ASIDE = r"(?:,(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?,)?"
"""An aside between a span's ends («с марта 2022 года, когда в УК появилась статья 207.3, и
до конца 2025 года»): no full stop, save in an article number."""

_SINCE_EVENT = (
    r"(?:(?:(?:момента|тех\s+пор,?\s+как|того\s+момента,?\s+как)\s+(?:[а-яё]+\s+){0,8}?|"
    r"«[^»]{1,60}»\s+(?:[а-яё]+\s+){0,2}?)(?:в|во)\s+)?"
)
"""An event between «с» and its month («с момента ее появления в июле 2022 года», «С тех
пор как в марте 2022 года в УК появилась статья», «за три года, прошедшие с «референдумов» в
сентябре 2022 года»): the span starts that month."""

_N_MONTHS_BARE = (
    r"дв[ау]х|два|тр[её]х|три|четыр[её]х|четыре|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|"
    r"девят[ьи]|десят[ьи]|одиннадцат[ьи]|\d{1,2}"
)
"""A count of months in words or figures («за те же восемь месяцев»)."""
_N_MONTHS = f"(?:{_N_MONTHS_BARE})"

_ROMAN_QUARTER = r"IV(?=\s)|I{1,3}(?=\s)|[1-4](?=-(?:й|м|го|ом)\s)"
"""A quarter by its Roman numeral («в III квартале») or its figure with an ending («в 3-м
квартале»); the ending is read as an ordinal's."""

PERIOD_PATTERNS: tuple[tuple[str, str, str], ...] = (
    # (name, pattern, example)
    # «с 1997 года по 24 февраля 2022-го»: to that day (before the day claims its date)
    ("year-to-day", rf"{_S}\bс\s+(?P<a>(?:19|20)\d\d)(?:{_YEAR_WORD})?\s+(?:по|до)\s+"
     rf"(?P<d>[0-3]?\d)\s+{_MONTH}\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "с 1997 года по 24 февраля 2022-го"),
    ("days", rf"{_S}\bс\s+(?P<d1>[0-3]?\d)\s+(?P<m1>{_MONTH_STEMS})[а-яё]*\s+"
     rf"(?:(?P<y1>(?:19|20)\d\d)(?:{_YEAR_WORD})?\s+)?(?:по|до)\s+(?P<d>[0-3]?\d)\s+{_MONTH}\s+"
     rf"{_Y}{_YEAR_WORD}?", "с 1 января по 30 июня 2025 года: from day to day"),
    # a span of days in one month, its year left to the publication date («Неделя в цифрах
    # (3–9 ноября)», «с 16 по 22 марта»): claimed before its figures read as counts
    ("day-span", rf"(?<![\d.,:/])\b(?:(?P<from>с\s+)?(?P<d1>[0-3]?\d)(?(from)\s+(?:по|до)\s+|"
     rf"\s*[–—-]\s*))(?P<d>[0-3]?\d)\s+{_MONTH}\b(?!\s*\d{{4}})",
     "(3–9 ноября), с 16 по 22 марта: those days of the publication's year (of the year "
     "before if still to come)"),
    # a day is a date, not a reference period: claimed first so «2023 года» in it is no year
    ("day", rf"(?=\d)\b[0-3]?\d\s+{_MONTH}\s+{_Y}{_YEAR_WORD}?", "28 апреля 2023 года"),
    # a season: of the year named, else of the year of publication (of the year before if
    # it is still to come; a season not yet over then is none)
    ("season", r"(?=[зЗлЛвВоО])\b(?:за\s+(?P<s>лето|весну|осень|зиму)|(?P<s2>летом|весной|"
     r"осенью|зимой))\b(?!\s+(?:на|в|у|с|после|до)\b)(?:\s+(?:(?P<sy>20\d\d|19\d\d)"
     r"(?:\s*года|-го)?|(?P<rel>этого|текущего|нынешнего|прошлого|минувшего|прошедшего)\s+"
     r"года)\b)?",
     "за лето, летом 2025 года, за весну прошлого года, зимой: June to August, March to May, "
     "September to November, December of the year before to February"),
    ("range", rf"(?P<a>(?:19|20)\d\d)\s*[–—-]\s*(?P<b>(?:19|20)\d\d){_YEAR_WORD}?",
     "за 2013–2023 годы"),
    ("from-to", rf"{_S}\bс\s+(?P<a>(?:19|20)\d\d)(?:{_YEAR_WORD})?\s+по\s+(?P<b>(?:19|20)\d\d)"
     rf"{_YEAR_WORD}?", "с 2013 по 2023 год"),
    ("year-pair", rf"(?P<a>(?:19|20)\d\d)(?:-м)?\s*(?:и|,)\s*(?P<b>(?:19|20)\d\d)"
     rf"(?:{_YEAR_WORD}|-м\b)", "в 2019 и 2020 годах, в 2019-м и 2020-м"),
    ("months-years", rf"{_S}\bс\s+{_SINCE_EVENT}(?P<m1>{_MONTH_STEMS})[а-яё]*\s+"
     rf"(?P<y1>(?:19|20)\d\d)"
     rf"(?:{_YEAR_WORD}|-го\b)?{_ASIDE}\s*(?:и\s+)?(?:по|до)\s+(?:(?:кон[а-яё]+|исход[а-яё]*)\s+)?"
     rf"{_MONTH}\s+{_Y}",
     "с января 2023 года по август 2025 года, с июля 2022-го по июль 2025-го: to that month's "
     "end"),
    ("month-to-year", rf"{_S}\bс\s+{_SINCE_EVENT}(?P<m1>{_MONTH_STEMS})[а-яё]*\s+"
     rf"(?P<y1>(?:19|20)\d\d)"
     rf"(?:{_YEAR_WORD}|-го\b)?{_ASIDE}\s*(?:и\s+)?(?:по(?:\s+(?:конец|исход))?|"
     rf"до\s+(?:кон[а-яё]+|исход[а-яё]*))\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "с марта 2022 года, когда ..., и до конца 2025 года; с мая 2023-го по 2025 год; с февраля "
     "2022 года по конец 2025 года"),
    ("year-to-month", rf"{_S}\bс\s+(?P<a>(?:19|20)\d\d)(?:{_YEAR_WORD})?\s+(?:по|до)\s+"
     rf"(?:(?:кон[а-яё]+|исход[а-яё]*)\s+)?{_MONTH}\s+{_Y}",
     "с 2022 года по конец июля 2025 года, с 2023 года по август 2025 года: to that month's end"),
    ("months-rel", rf"{_S}\bс\s+(?P<m1>{_MONTH_STEMS})[а-яё]*\s+(?:прошлого|минувшего|прошедшего)"
     rf"(?:\s+года)?\s+по\s+{_MONTH}\s+(?:этого|текущего|нынешнего)(?:\s+года)?\b",
     "с ноября прошлого года по октябрь этого, с мая прошлого по апрель текущего года: from "
     "that month of the year before publication to that month of its year"),
    ("months", rf"{_S}\bс\s+(?P<m1>{_MONTH_STEMS})[а-яё]*\s+по\s+{_MONTH}\s+{_Y}",
     "с января по июнь 2025 года"),
    ("months-dash", rf"\b(?P<m1>{_MONTH_STEMS})[а-яё]*\s*[—–-]\s*{_MONTH}\s+{_Y}",
     "за январь — июнь 2025 года"),
    ("half", rf"\b(?:(?P<o>перв|втор|II|I(?=\s))[а-яё]*\s+(?:полугоди|половин)[а-яё]*|"
     rf"(?:за\s+|в\s+)(?:первые\s+)?полгода)\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "в первом полугодии 2024, в первой половине 2024; за полгода 2025 года (the first half)"),
    ("quarter", rf"\b(?P<o>перв|втор|трет|четв|последн|заключительн|{_ROMAN_QUARTER})-?[а-яё]*"
     rf"\s+квартал[а-яё]*\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "в третьем квартале 2024 года, в последнем квартале 2024 года, в III квартале 2026 года, "
     "в 3-м квартале 2026 года"),
    ("part-of-year", r"\b(?:(?P<o>перв|втор|II|I(?=\s))[а-яё]*\s+(?:полугоди|половин)[а-яё]*|"
     rf"(?P<q>перв|втор|трет|четв[её]рт|{_ROMAN_QUARTER})-?[а-яё]*\s+квартал[а-яё]*|"
     r"(?:перв[а-яё]+\s+|(?<=\bза\s)|(?<=\bитогам\s)|(?<=\bитоги\s)|(?<=\bитог\s))(?P<n>дв[ау]х|два|тр[её]х|три|четыр[её]х|четыре|пят[ьи]|шест[ьи]|"
     r"сем[ьи]|восем[ьи]|восьми|девят[ьи]|десят[ьи]|одиннадцат[ьи])\s+месяц[а-яё]*)\b"
     r"(?:\s+(?:(?P<rel>этого|текущего|нынешнего|прошлого|минувшего|прошедшего)\s+)?года\b)?"
     r"(?!\s*(?:\d|года\b))(?!\s+(?:до|после|назад|спустя|с\s+момента|работы|службы|"
     r"деятельности|войны|мобилизации|следствия|заключения)\b)",
     "в первом полугодии, в первом квартале прошлого года, за первые девять месяцев этого "
     "года, за первые восемь месяцев года, за девять месяцев, по итогам девяти месяцев: of "
     "the year of publication (a "
     "part not yet over then: none); not «за шесть месяцев до ареста», «шести месяцев работы»"),
    ("nine-months", rf"\b(?:перв[а-яё]+\s+)?(?P<n>тр[её]х|три|шест[ьи]|девят[ьи]|восем[ьи]|"
     rf"восьми|сем[ьи]|пят[ьи]|четыр[её]х|четыре|дв[ау]х|два|десят[ьи]|одиннадцат[ьи]|\d{{1,2}})\s+"
     rf"месяц[а-яё]*\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "за девять месяцев 2024 года, за первые шесть месяцев 2025 года"),
    ("quarters", rf"\b(?:перв[а-яё]+\s+)?(?P<n>дв[ау]х|два|тр[её]х|три|2|3)\s+"
     rf"квартал[а-яё]*\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "за первые три квартала 2026 года: January to the end of the last quarter counted"),
    ("from-to-aside", rf"{_S}\bс\s+(?:начала\s+)?(?P<a>(?:19|20)\d\d)(?:{_YEAR_WORD})?"
     rf"(?:,[^.;\d]{{0,100}}?,)?\s*(?:и\s+)?(?:по(?:\s+(?:конец|исход))?|до\s+(?:конца|исхода))\s+"
     rf"(?P<b>(?:19|20)\d\d){_YEAR_WORD}?",
     "с 2009 года, когда ..., и до конца 2023 года; с начала 2022 года и до конца 2025 года"),
    ("since-month", rf"{_S}{_NOT_COMPARED}\bс\s+{_SINCE_EVENT}{_MONTH}\s+{_Y}{_YEAR_WORD}?"
     rf"(?!\s+по\b)",
     "с февраля 2022 года"),
    ("since-start-of", rf"\bс\s+начала\s+{_Y}{_YEAR_WORD}", "с начала 2025 года"),
    # the full-scale war against Ukraine: from 24 February 2022 (not «с начала войны в 2014
    # году»: a year of its own follows)
    ("since-invasion", r"\b(?:с\s+(?:момента\s+)?начала|за\s+(?:всё\s+|все\s+)?время)\s+"
     r"(?:полномасштабн[а-яё]+\s+|широкомасштабн[а-яё]+\s+)?(?:войны|вторжения|"
     r"специальной\s+военной\s+операции|СВО|спецоперации)"
     r"(?:\s+(?:России\s+)?(?:против|в|на|с)\s+Украин[а-яё]*)?\b(?!\s+в\s+[12]\d{3})",
     "с начала полномасштабной войны, за время полномасштабного вторжения"),
    ("since-start", r"\bс\s+начала\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года\b",
     "с начала года"),
    ("since", rf"{_S}{_NOT_COMPARED}\bс\s+{_Y}(?!\s*годом){_YEAR_WORD}(?!\s+по\b)", "с 2009 года"),
    ("month", rf"(?<!\d\s)(?<!\d)\b{_MONTH}\s+{_Y}", "в январе 2025 года"),
    ("month-rel", rf"\b{_MONTH}\s+(?P<rel>прошлого|минувшего|прошедшего|этого|текущего|"
     r"нынешнего)\s+года\b", "в марте прошлого года, в январе этого года"),
    ("month-bare", rf"(?=[свзнСВЗН])\b(?:(?P<since>с)|в|во|за|(?<=(?:шлось|шелся|шёлся|шлась|"
     rf"шлись)\s)на)\s+{_MONTH}\b(?!\s*(?:\d{{4}}|"
     r"\d{1,3}(?:[ \u00a0]\d{3})*+(?!\d)(?![ \t\u00a0]*(?:человек|приговор|осужд|дел|раз\b))|"
     r"[а-яё]+\s+год|"
     rf"(?:по|до)\s+(?:{_MONTH_STEMS})))",
     "в августе, за март, с января, в апреле 12 человек, пришелся на март: that month of the "
     "year named before (in the sentence or the one before), else of the year of publication; "
     "«с января» to the publication date; not before a figure with no unit of a count («в мае "
     "2025», «в мае 3 года назад»)"),
    ("month-heading", rf"(?P<since>(?!x)x)?\b(?P<head>[Ии]тоги\s+)?{_MONTH}"
     r"(?(head)\b(?!\s*(?:\d|[а-яё]+\s+год))|(?:\s+в\s+цифрах\b|(?=\s*:\s*\d)))",
     "Октябрь в цифрах, Итоги октября, Август: 27 новых дел: a digest's month, as «за "
     "октябрь»"),
    ("month-title", rf"(?P<since>(?!x)x)?(?<![\w,]\s)(?<![\w,])\b{_MONTH}(?<=[ьтйЬТЙ])"
     r"(?=\s*:[^\d.!?;]{3,60}$)",
     "⚡️ Июнь: шпионская статистика (a heading line, the list after it): «за июнь»"),
    ("month-line", rf"(?P<since>(?!x)x)?(?:(?<=\n)|(?<![\s\S]))[^\w\n]{{0,8}}{_MONTH}"
     r"(?<=[ьтйЬТЙ])(?=[ \t]*(?:\n|$|[—–-][ \t]|:[ \t]*(?:\n|$)))",
     "📌 Сентябрь, 🗓 Октябрь: (a month opening its line, alone, before a colon ending the "
     "line or before a dash, the list after it; a "
     "list item on a dash wrapped onto it): «за сентябрь»"),
    ("period-of-year", rf"\b(?:за|в)\s+(?:аналогичн|т(?:от|о|ом)\s+же|так(?:ой|ом)\s+же)[а-яё]*\s+"
     rf"(?:период|полугоди|квартал)[а-яё]*\s+{_Y}(?:{_YEAR_WORD}|-го\b)?",
     "за тот же период 2024 года: the months named before, in 2024"),
    ("year", rf"(?=[12])(?<![\d.,–—-]){_Y}(?:{_YEAR_WORD}|-(?:м|й|го|ом)\b|(?=\s*[—–]\s*"
     r"(?:(?:около|более|свыше|почти|менее|примерно|порядка)\s+)?\d))",
     "в 2023 году, в 2023-м; a bare year before a dash and its figure: «2023 — 19; 2024 — 38», "
     "«2025 — свыше 1,2 тыс.»"),
    ("period-year-before",
     r"\b(?:за|в)\s+(?:аналогичн[а-яё]+|т(?:от|о|ом|е)\s+же|так(?:ой|ом)\s+же)\s+"
     rf"(?:период[а-яё]*|полугоди[а-яё]*|квартал[а-яё]*|{_N_MONTHS}\s+месяц[а-яё]*)\s+"
     r"(?:прошлого|предыдущего|минувшего)\s+года\b",
     "за аналогичный период прошлого года, за те же три месяца прошлого года"),
    ("years-preceding", r"\b(?:(?P<n>\d{1,2}|[а-яё]+)\s+предыдущ[а-яё]+|предыдущ[а-яё]+\s+"
     r"(?P<n2>\d{1,2}|[а-яё]+))\s+(?:года|лет)\b",
     "за три предыдущих года, за предыдущие пять лет: the full years before the period named"),
    ("year-before-last", r"\bпозапрошл[а-яё]+(?:\s+год[а-яё]*)?", "в позапрошлом году"),
    ("last-year", r"\b(?:прошл|минувш|предыдущ)[а-яё]+\s+год[а-яё]*", "в прошлом году"),
    ("this-year", r"\b(?:этом|текущем|нынешнем|этот|текущий)\s+году?\b", "в этом году"),
    ("year-before", r"\b(?:годом\s+(?:ранее|раньше)|за\s+год\s+до\s+этого|(?<!\d\s)год\s+назад)",
     "годом ранее, год назад"),
    ("month-before", r"\b(?:месяцем\s+(?:ранее|раньше)|за\s+месяц\s+до\s+этого)",
     "месяцем ранее, за месяц до этого: the month before the one named before"),
    ("years-before", r"\b(?P<n>двумя|тремя|четырьмя|пятью|\d)\s+годами\s+(?:ранее|раньше)",
     "двумя годами ранее"),
    ("years-after", r"\b(?P<n>двумя|тремя|четырьмя|пятью|\d)\s+годами\s+(?:позже|позднее|спустя)",
     "двумя годами позже"),
    ("years-later", r"\b(?:(?:спустя|через)\s+(?P<n>два|три|четыре|пять|шесть|\d)\s+(?:года|лет)\b"
     r"|(?P<n2>два|три|четыре|пять|шесть|\d)\s+(?:года|лет)\s+спустя)",
     "спустя три года, через два года, три года спустя"),
    ("year-after", r"\b(?:годом\s+(?:позже|позднее|спустя)|(?:в|на)\s+следующ[а-яё]+\s+год"
     r"[а-яё]*|через\s+год)", "годом позже, в следующем году"),
    ("same", r"\b(?:тогда\s+же|в\s+том\s+же\s+году|за\s+(?:тот\s+же|то\s+же|этот\s+же|этот|тот)\s+"
     r"(?:период|полугоди[ея]|квартал)\b|(?:за|в)\s+(?:тот|этот)\s+же\s+год\b|за\s+(?:то\s+же|это\s+же|это)\s+время\b|"
     r"за\s+(?:те\s+же|эти)\s+(?P<n>"
     rf"{_N_MONTHS_BARE})\s+"
     r"месяц[а-яё]*)", "тогда же, за то же полугодие, за то же время, за те же девять месяцев"),
)  # fmt: skip
"""Period wordings, most specific first; the first pattern to claim a stretch keeps it."""

_MONTH_GATE = (
    "январ", "феврал", "март", "апрел", "май", "мая", "мае", "июн", "июл", "август",
    "сентябр", "октябр", "ноябр", "декабр",
)  # fmt: skip
_YEAR_PIECE = "\0year"
"""Stands in the present pieces for a year in figures («2023»), which every pattern
naming a year needs besides its gate: «по», «20» and the dashes open most sentences."""
_MONTH_PIECE = "\0month"
"""Stands for any of the :data:`_MONTH_GATE` pieces: one scan instead of fourteen."""
_GATES: dict[str, tuple[str, ...]] = {
    "range": ("–", "—", "-"), "year-pair": (_YEAR_PIECE,), "from-to": ("по",),
    "season": ("лето", "летом", "весн", "осен", "зим"),
    "months": (_MONTH_PIECE,), "months-rel": (_MONTH_PIECE,), "months-dash": (_MONTH_PIECE,),
    "months-years": (_MONTH_PIECE,),
    "year-to-month": (_MONTH_PIECE,), "month-to-year": (_MONTH_PIECE,),
    "half": ("полугод", "полгода", "половин"), "quarter": ("квартал",),
    "nine-months": ("месяц",), "quarters": ("квартал",), "since-start-of": ("начал",),
    "since-start": ("начал",),
    "since-invasion": ("войн", "вторжени", "операци", "сво"), "year-to-day": (_MONTH_PIECE,),
    "since": (_YEAR_PIECE,), "month": (_MONTH_PIECE,), "year": (_YEAR_PIECE,),
    "month-rel": (_MONTH_PIECE,), "month-bare": (_MONTH_PIECE,),
    "month-heading": ("цифрах", "итоги", ":"), "month-title": (":",),
    "month-line": (_MONTH_PIECE,),
    "day": (_MONTH_PIECE,), "days": (_MONTH_PIECE,), "day-span": (_MONTH_PIECE,),
    "from-to-aside": ("по", "конца", "исхода"), "since-month": (_MONTH_PIECE,),
    "period-year-before": ("период", "полугод", "квартал", "месяц"),
    "period-of-year": ("период", "полугод", "квартал"),
    "years-before": ("годами",), "years-after": ("годами",), "years-later": ("спустя", "через"),
    "years-preceding": ("предыдущ",), "year-before-last": ("позапрошл",),
    "last-year": ("прошл", "минувш", "предыдущ"),
    "this-year": ("этом", "текущ", "нынешн", "этот"),
    "year-before": ("годом", "этого", "назад"), "year-after": ("годом", "следующ", "через"),
    "month-before": ("месяц",),
    "same": ("тогда", "том", "период", "полугод", "квартал", "месяц", "время", "же год"),
    "part-of-year": ("полугод", "половин", "квартал", "месяц"),
}  # fmt: skip
"""Pieces of text of which each pattern needs one (in lower case): a sentence with none
skips the pattern. ``tests/test_extraction_ru_speed.py`` checks that the gates change
nothing."""
