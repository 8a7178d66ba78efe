"""Russian grammar for enactments: the wordings of a law signed, adopted, approved,
published, in force or tightening a penalty (rules in enactments.py; the rest of the
grammar in grammar.py, which re-exports these names)."""

from __future__ import annotations

import re

_SPAN = r"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\bст)\.|(?<=\bч)\.)"
"""A character within one statement: no full stop, save in «275.1», «ст.», «ч.»."""


_SUBJECT = r"\b(?:закон|поправк|изменени|норм|приговор|решени)"
"""What «вступил в силу» can be said of: the law's wordings, and a verdict or ruling."""

_SIGNED = r"\b(?:подписал[аи]?|подписан[аоы]?|подписанн[а-яё]+|утвердил[аи]?|утвержден[аоы]?)\b"
_LAW = r"\b(?:закон|поправк|законопроект|документ)[а-яё]*\b"
_IT = r"\s+(?:его|её|ее|их)(?=\s*(?:[,.;]|\d|(?:в|во|на|уже|лишь|только|единогласно|затем)\b))"
"""«Совет Федерации одобрил его 17 апреля»: the law of the sentence before; not a possessive
(«одобрил его ходатайство»)."""
_ADOPTED = (
    r"\b(?:принял[аи]?|принят[аоы]?|одобрил[аи]?|одобрен[аоы]?|опубликовал[аи]?|"
    r"опубликован[аоы]?|принят(?:ый|ая|ое|ые|ого|ому|ым)|(?:одобрен|опубликован)"
    r"н(?:ый|ая|ое|ые|ого|ому|ым))\b"
)
"""The other dates of a law: the Duma adopts («приняла в третьем чтении», «закон, принятый
Госдумой 16 декабря»), the Federation Council approves («одобрил», «одобренный»), the law
is published («опубликован»)."""

_SENATORS_BACKED = (
    r"\b(?:сенатор[а-яё]*|Совет[а-яё]*\s+Федерации|СФ)\s+(?:[а-яё]+\s+){0,2}?поддержал[аи]?\b"
)
"""«сенаторы поддержали их», «Совет Федерации поддержал закон»: the Federation Council
approves (the Duma «поддержала» a bill in a first reading, which enacts nothing)."""

_RAISED = r"(?:увеличил[аи]?|повысил[аи]?|поднял[аи]?|увеличен[аоы]?|повышен[аоы]?|поднят[аоы]?)"
_TERM_WORD = (
    r"(?:максимальн|минимальн|верхн|нижн)[а-яё]*\s+(?:срок|наказани|границ|планк|предел)[а-яё]*"
)
"""A raised bound of a penalty («максимальный срок ... увеличили»): a law's change."""

ENACTMENT_VERB = re.compile(
    rf"{_SIGNED}|{_ADOPTED}|\bподдержал[аи]?\b|\bвступ(?:ил[аои]?|ает|ают|ят|ит|ивш[а-яё]+)\b|\bужесточ[а-яё]*|\bввел[аи]?\b|\bвведен[аы]?\b"
    r"|\b(?:действу|применя)[а-яё]+\s+с\b"
    rf"|\b{_RAISED}\b|\bпоявил[аи]сь\b",
    re.IGNORECASE,
)
"""The verb of an enactment: its date is the one nearest to it («опубликован 14 июля 2022
года, а вступил в силу 25 июля»: two dates, two verbs)."""

ENACTMENT_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE), example)
    for name, pattern, example in (
        ("enactment.signed",
         rf"{_SIGNED}{_SPAN}*?{_LAW}|{_LAW}{_SPAN}*?{_SIGNED}|{_SIGNED}{_IT}",
         "Путин подписал закон о ...; Закон ... подписан 28 апреля; утвердил поправки"),
        ("enactment.in-force", rf"\b(?:закон|поправк|изменени|норм)[а-яё]*\b(?:(?!{_SUBJECT})"
         rf"{_SPAN})*?\bвступ(?:ил[аои]?|ает|ают|ят|ит|ивш[а-яё]+)\s+в\s+(?:законную\s+)?силу\b"
         r"|\bстать[яи]\s+\d{3}(?:\.\d{1,2})?(?:\s+УК(?:\s+РФ)?)?\s+вступил[аи]?\s+в\s+силу\b"
         # an article named by its subject: «Статья о конфиденциальном сотрудничестве
         # вступила в силу 25 июля 2022 года»
         # (a day of this century: not the Code's own date, which no amending law set)
         rf"|\bстать[яи]\s+(?:УК\s+(?:РФ\s+)?)?об?\s+{_SPAN}{{0,120}}?\bвступил[аи]?\s+в\s+силу"
         r"\s+(?=[0-3]?\d\s+[а-яё]+\s+20\d\d)"
         # the subject after its verb: «9 января вступает в силу закон, который ...»
         # («Вступивший в силу 9 мая закон ...»: a participle, the day between)
         r"|\bвступ(?:ил[аои]?|ает|ают|ят|ит|ивш[а-яё]+)\s+в\s+силу\s+"
         r"(?:[0-3]?\d\s+[а-яё]+(?:\s+20\d\d(?:\s+года)?)?\s+)?(?:(?:новый|федеральный|этот|"
         r"новые|эти)\s+)?(?:закон|поправк|изменени)[а-яё]*\b"
         rf"|\b(?:закон|поправк|изменени|норм|стать)[а-яё]*\b(?:(?!{_SUBJECT}){_SPAN})*?"
         r"\b(?:действу(?:ет|ют)|применя(?:ется|ются))\s+с\s+(?=[0-3]?\d\s)"
         # the day first: «С 9 января 2026 года в УК действует новая часть статьи 338»
         r"|\b[Сс]\s+[0-3]?\d\s+[а-яё]+\s+20\d\d(?:\s+года)?,?\s+(?:[а-яё]+\s+){0,3}?"
         r"(?:действу(?:ет|ют)|применя(?:ется|ются))\s+(?:[а-яё]+\s+){0,2}?(?:закон|поправк|"
         r"изменени|норм|част|стать|редакци)",
         "закон вступил в силу 17 июля 2022 года; статья 275.1 вступила в силу 25 июля 2022 "
         "года; закон действует с 25 июля 2022 года; вступает в силу закон; С 9 января 2026 года "
         "в УК действует новая часть статьи 338; not «приговор вступил в законную силу»"),
        ("enactment.tightened", r"\bужесточ(?:ил[аи]?|ено|ены|ен[аы]?)\b"
         rf"|\b{_RAISED}\b(?=[^.;]{{0,60}}?\b{_TERM_WORD})|{_TERM_WORD}[^.;]{{0,60}}?\b{_RAISED}\b",
         "Наказание за разглашение гостайны ужесточили в 2022 году; в сентябре 2022 года "
         "максимальный срок за самовольное оставление части увеличили с пяти до десяти лет"),
        ("enactment.introduced", rf"\bввел[аи]?\s+(?:уголовную\s+)?(?:ответственность|стать)"
         rf"|\b(?:стать[яю]|ответственность)\b{_SPAN}{{0,120}}?\bвведен[аы]?\b"
         # «Статья 284.2 ... появилась в УК 4 марта 2022 года»
         # (a day only: «появилась в УК летом 2022 года» is no enactment, as the keys hold;
         # nor the Code's own date, 1996-97: articles there from the start had no amending law)
         rf"|\bстать[яи]\b{_SPAN}{{0,120}}?\bпоявил[аи]сь\s+в\s+(?:УК|Уголовном\s+кодексе)"
         r"\s+(?=[0-3]?\d\s+[а-яё]+\s+(?:199[89]|20\d\d))",
         "ввели уголовную ответственность за ...; статья 275.1 ... введена летом 2022 года"),
        ("enactment.law-of", r"\b(?:федеральн[а-яё]+\s+)?закон(?:ом)?\s+от\s+\d{1,2}"
         r"(?:\.\d{1,2}\.\d{4}|\s+[а-яё]+\s+\d{4})",
         "Закон от 28 апреля 2023 года поднял верхнюю планку наказания за теракт (a law is "
         "named by the day it was signed)"),
        ("enactment.adopted",
         rf"{_ADOPTED}{_SPAN}*?{_LAW}|{_LAW}{_SPAN}*?{_ADOPTED}|{_ADOPTED}{_IT}"
         rf"|{_SENATORS_BACKED}(?:{_IT}|{_SPAN}*?{_LAW})",
         "Госдума приняла закон ...; Совет Федерации одобрил поправки (его 21 декабря); "
         "документ опубликован; сенаторы поддержали их 17 апреля"),
    )
)  # fmt: skip
"""Enactment wordings. An enactment needs a date in the same sentence ("signed a law" with
no date is left out) and the offences of its own clause."""

ENACTMENT_GATES: dict[str, tuple[str, ...]] = {
    "enactment.signed": ("подписа", "утвер"),
    "enactment.in-force": (
        "вступ", "действует с", "действуют с", "применяется с", "применяются с", "действует",
        "действуют", "применяется", "применяются",
    ),
    "enactment.tightened": ("ужесточ", "увеличил", "увеличен", "повысил", "повышен", "подня"),
    "enactment.introduced": ("ввел", "введен", "появил"),
    "enactment.adopted": ("принял", "принят", "одобр", "опубликов", "поддерж"),
    "enactment.law-of": ("закон от", "законом от"),
}  # fmt: skip
"""Words (folded, :func:`.morphology.fold`) of which each pattern needs one: a sentence
with none skips the pattern, a regex scan saved."""
