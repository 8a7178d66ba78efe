"""Line breaks inside a paragraph, in both languages: which of them end a line of a wrapped
text (a space between two words of one sentence) and which end a heading, a list item or
a paragraph.

Text copied from e-mail, PDFs, plain-text archives and some news feeds is wrapped at a
fixed width, so a sentence runs over two or three lines: «Приговоры по статье о
госизмене\\nполучили 58 человек.», "courts convicted\\n16 people of treason". A break is
*soft* (read as a space) when

- the line before ends inside a sentence: with a lower-case letter, a digit, a comma, a
  hyphen, a dash or an opening bracket or quote, and the next line goes on with a
  lower-case letter, a digit or punctuation; or the line before ends with a comma, a
  hyphen, a dash or an opening bracket, whatever follows;
- the line before ends a sentence (``.``, ``!``, ``?``, ``…``): the sentence splitter
  then cuts there as within a line, or does not after an abbreviation («ст.\\n275»);
- the next line starts with a capital after a line that ends inside a sentence, and the
  break is where a greedy wrap breaks: the line before and the next line's first word
  would not fit together within the paragraph's longest line. A heading shorter than the
  text under it («Госизмена\\nВ 2024 году суды ...») keeps its break.

A break stays hard at a blank line, next to a line with a tab (a table row, a menu, a
form's field: «Titel:\\tThe State of ...»), after a link to another story ("Read also:
..."), before a bulleted item («- », «• »), before a numbered one («1) », «2. ») after a
line that ends a sentence, between two lines that open on a dash («— госизмена: 12»), or
on a label, a colon and a figure (short lines: «Госизмена: 58», two running), after a
hashtag alone on its line, after a colon or a semicolon unless the next line goes on in
lower case or with a figure, and at the end of a line that ends a heading. The result has
the text's length, so every offset still indexes the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kgbuild.extraction.related_links import is_related_link

_TERMINAL = frozenset(".!?…")
_CLOSING = frozenset("\"'»”’)]")
_CONTINUING = frozenset(',-–—(«"“‘/')
"""A line that ends with one of these goes on on the next line."""
_BULLET = re.compile(
    # the marks Telegram channels and digests put before items, an emoji's variation
    # selector (U+FE0F) after them: «▪️ 44 приговора ...», «🔹 7 — по делам о шпионаже»;
    # any pictograph opens an item too («⚖️ 23 приговора ...», «🔒 реальные сроки ...»,
    # «📈 с февраля 2022 года ...»: symbols U+2600-U+27BF, pictographs U+1F300-U+1FAFF)
    "[ \t]*[-•*▪▫·◾◽◼◻■□►▸▶➖➡✔✅❗🔹🔸🔺🔻🔴🟠🟡🟢🔵🟣🟥🟦🟩🟧🟨⚫⚪📌👉"
    "\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]"
)
_DASH_ITEM = re.compile("[ \t]*[–—][ \t]")
"""A line that opens on a dash: an item when the line before opens on one too (a wrapped
sentence may put a dash at a line's start, but not on two lines running)."""
_LABEL_ITEM = re.compile(r"[ \t]*[^\W\d_][^:\n—–]{0,60}(?::|[ \t][—–])[ \t]*\d")
"""A line that opens on a label, a colon (or a dash) and a figure («Госизмена: 58
приговоров», "Treason: 145", «Оправданных — 0»): an item when the line next to it is one
too (a digest's list)."""
_FIGURE_ITEM = re.compile(r"[ \t]*\d[\d,.]*(?:[ \t]*%|[ \t]+[^\W\d_]+){0,2}[ \t]+[—–][ \t]+\S")
"""A line that opens on a figure and a dash ("9 — treason verdicts handed down in
October", "31% — share of them ...", "700,000 roubles — the largest fine"): an item when
the line next to it is one too (a newsletter's figures)."""
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*\r?$")
"""A line that opens and closes on a pipe: a row of a Markdown table."""
_PIPE_ROW = re.compile(r"[^\n|]*[^\s|][ \t]+\|[ \t]+\d[^\n|]*(?:\|[^\n]*)?\r?$")
"""A line of cells parted by pipes, a figure after the first («Шпионаж (ст. 276) | 64»,
"Treason | 145 | 98"): a row of a table typed in text."""
_HASHTAG_LINE = re.compile(r"[ \t]*#[^\W\d][\w-]*[ \t]*\r?$")
"""A line that is a hashtag alone («#итоги_мая»): a heading over what follows."""
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
"""A numbered item («1) », «2. ») after a line that ends a sentence, a colon or a semicolon
(after a line that ends inside a sentence, «их было\\n96. Почти все ...» is a wrap)."""
_FIRST_WORD = re.compile(r"\S+")

_NO_END = 1 << 62  # sorts after every end offset, in the binary search of `within`


_OPEN_WORDS = frozenset(
    {
        *("the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by"),
        *("from", "at", "as", "than", "that", "which", "who"),
        *("и", "в", "во", "на", "о", "об", "по", "с", "со", "к", "ко", "из", "за", "от"),
        *("до", "для", "при", "что", "как"),
    }
)
"""A line that ends with one of these words ends inside a sentence ("... more than in any
year since the\nSoviet era"): a wrap, never a heading."""


def _ends_open(line: str) -> bool:
    words = line.rsplit(None, 1)
    return bool(words) and words[-1].lower() in _OPEN_WORDS


def _next_line(text: str, end: int) -> str:
    """The line after the line end at ``end`` (empty at the text's end)."""
    stop = text.find("\n", end + 1)
    return text[end + 1 : stop if stop >= 0 else len(text)]


def _label_item(line: str) -> bool:
    """Whether ``line`` is a digest's item (_LABEL_ITEM), short as items are: a line of
    wrapped prose runs to the wrap's width."""
    return len(line.strip()) <= _ITEM_WIDTH and _LABEL_ITEM.match(line) is not None


_ITEM_WIDTH = 55


def _ends_sentence(line: str) -> bool:
    end = len(line)
    while end > 0 and line[end - 1] in _CLOSING:
        end -= 1
    return end > 0 and line[end - 1] in _TERMINAL


def _soft(before: str, after: str, widest: int) -> bool:
    """Whether the break between the line ``before`` and the line ``after`` (both without
    their line ends; neither blank) is soft; ``widest``: the paragraph's longest line."""
    if _BULLET.match(after) or "\t" in before or "\t" in after:
        return False  # a list item; a table row, a menu or a form's field
    if _TABLE_ROW.match(after) or _TABLE_ROW.match(before):
        return False  # "| Treason | 198 | 349 |": a Markdown table's row
    if ("|" in after and _PIPE_ROW.match(after)) or ("|" in before and _PIPE_ROW.match(before)):
        return False  # «Шпионаж (ст. 276) | 64»: a row of cells parted by pipes
    if is_related_link(before):
        return False  # "Read also: <another story's headline>" is a line of its own
    if _DASH_ITEM.match(after) and _DASH_ITEM.match(before):
        return False  # «— госизмена: 12\n— шпионаж: 5»: a list whose items open on a dash
    if _FIGURE_ITEM.match(after) and _FIGURE_ITEM.match(before):
        return False  # "9 — treason verdicts ...\n2 — acquittals ...": a newsletter's figures
    if _label_item(after) and (_label_item(before) or _HASHTAG_LINE.match(before)):
        return False  # «Госизмена: 58\nДиверсии: 23»: a digest's items, label and figure
    if _HASHTAG_LINE.match(before):
        return False  # «#итоги_мая» over the lines of the digest
    before = before.rstrip()
    after = after.lstrip()
    last, first = before[-1], after[0]
    if last in ":;":  # a list follows, unless the sentence goes on in lower case
        # (a quoted word too: 'two new articles:\n"confidential cooperation" with ...')
        letter = after.lstrip("\"'“‘«(")[:1] or first
        return (letter.islower() or letter.isdigit()) and _NUMBERED.match(after) is None
    if _ends_sentence(before):
        return _NUMBERED.match(after) is None
    if last in _CONTINUING or _ends_open(before):
        return True
    if first.islower() or first.isdigit() or not first.isalpha():
        return True
    # a capital: a wrapped line, if the next word did not fit after this line
    word = _FIRST_WORD.match(after)
    return word is not None and len(before) + 1 + len(word.group(0)) > widest


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the line end of each soft break of ``text`` (see the module):
    a "\\n", or the "\\r\\n" of a CRLF line end."""
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        first = index  # a paragraph: a run of lines that are not blank
        while index < len(lines) and lines[index].strip():
            index += 1
        if index - first < 2:
            continue
        widest = max(len(line.rstrip()) for line in lines[first:index])
        items = _wrapped_dash_items(lines, first, index) | _wrapped_figure_items(
            lines, first, index
        )
        for k in range(first, index - 1):
            if k + 1 in items:
                continue  # "... 9\nMay 2014.\n– 21 July 2014: ...": a dash (figure) list's item
            if k + 2 < index and _DASH_ITEM.match(lines[k + 1]) and _DASH_ITEM.match(lines[k + 2]):
                continue  # «⚡️ Июль\n— госизмена: 49\n— шпионаж: 6»: a dash list's first item
            if (
                k + 2 < index
                and _FIGURE_ITEM.match(lines[k + 1])
                and _FIGURE_ITEM.match(lines[k + 2])
            ):
                continue  # "October in figures\n9 — ...\n2 — ...": the figures' first item
            if k + 2 < index and _label_item(lines[k + 1]) and _label_item(lines[k + 2]):
                continue  # «Итоги мая\nГосизмена: 58\nДиверсии: 23»: a label list's first item
            if _soft(lines[k], lines[k + 1], widest):
                end = starts[k] + len(lines[k]) + 1
                found.append((end - 2 if lines[k].endswith("\r") else end - 1, end))
    return found


def _wrapped_dash_items(lines: list[str], first: int, end: int) -> set[int]:
    """The lines of ``lines[first:end]`` (a paragraph) that open an item of a dash list
    whose items run over several lines: two or more lines open on a dash, and each after
    the first follows a line that ends a sentence or opens on a dash itself ("– 28 December
    2013: a law ... on 9\nMay 2014.\n– 21 July 2014: a law ..."). Empty if there is none."""
    dashes = [k for k in range(first, end) if _DASH_ITEM.match(lines[k])]
    if len(dashes) < 2:
        return set()
    opened = set(dashes)
    if all(k - 1 in opened or _ends_sentence(lines[k - 1].rstrip()) for k in dashes[1:]):
        return opened
    return set()


def _wrapped_figure_items(lines: list[str], first: int, end: int) -> set[int]:
    """The lines of ``lines[first:end]`` (a paragraph) that open a newsletter's figure item
    ("9 — treason verdicts ...") when three or more lines open so: each opens an item, even
    after a wrapped line of the item before ("5 — years handed to a pensioner for\n
    "discrediting" the army\nafter a string of posts\n2,310 — criminal cases ..."). Empty
    if there are fewer."""
    figures = [k for k in range(first, end) if _FIGURE_ITEM.match(lines[k])]
    return set(figures) if len(figures) >= 3 else set()


def soften_line_breaks(text: str) -> str:
    """``text`` with the line ends of its soft breaks turned into spaces: the same length,
    so an offset into the result is an offset into ``text``."""
    if "\n" not in text:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in soft_breaks(text):
        pieces.append(text[cursor:start])
        pieces.append(" " * (end - start))
        cursor = end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


_HEADING_END = frozenset(".!?…:;,([{—–-«“„")
"""A line ending with one of these is no heading: punctuation, or a sentence cut off where
a link or a footnote was taken out ('... since 2015" (', «... заявили в суде (»)."""
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s")
"""A sentence's end within a line: a line that holds one is no heading."""


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each heading of ``text``: a line at the start of a paragraph (the
    document's first line, or after a blank line or another heading) that is one
    sentence, does not end with punctuation, is not a list item and has more text after
    it: a title, a subtitle, a section heading. Its figures are the body's («В России за
    госизмену осудили 70 человек» over «... в первом полугодии 2024 года вынесли
    приговоры 70 лицам ...»), without the period that the body gives. Run on text whose
    soft breaks are spaces already."""
    found: list[tuple[int, int]] = []
    start = 0
    opens = True  # whether the next line starts a paragraph
    content_end = len(text.rstrip())  # text after a line end: that end is before this
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            break  # the last line: nothing after it
        line = text[start:end].strip()
        if not line:
            opens = True
        elif opens:
            bare = line.rstrip("\"'»”’)]")
            heading = (
                len(line) <= 250
                and _SENTENCE_END.search(line) is None
                and bare[-1:] not in _HEADING_END
                and not _BULLET.match(line)
                and not _NUMBERED.match(line)
                # «Госизмена: 58 приговоров» over «Шпионаж: 9»: a digest's item (not «Рекорд:
                # 318 приговоров за диверсии» over the body: a title)
                and not (_label_item(line) and _label_item(_next_line(text, end)))
                # "9 — treason verdicts ..." over "2 — acquittals ...": a newsletter's figure
                and not (_FIGURE_ITEM.match(line) and _FIGURE_ITEM.match(_next_line(text, end)))
                and not _ends_open(line)  # "... any year since the": a sentence cut by a wrap
                and line[0] not in "—–"
                and end < content_end
            )
            if heading:
                lead = len(text[start:end]) - len(text[start:end].lstrip())
                found.append((start + lead, start + lead + len(line)))
            opens = heading
        start = end + 1
    return found


_FIGURE_DASH = re.compile(r"\W{0,3}\d[\d,.]*(?P<dash>[ \t]+[—–])[ \t]+[^\W\d_]")


def figure_item_read(sentence: str) -> str:
    """A newsletter's figure item read without its dash ("9 — treason verdicts handed down
    in October" as "9   treason verdicts ..."), the same length so offsets hold; any other
    sentence as it is."""
    m = _FIGURE_DASH.match(sentence)
    if m is None:
        return sentence
    return sentence[: m.start("dash")] + " " * len(m.group("dash")) + sentence[m.end("dash") :]


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside one of ``spans``, which are sorted and do not
    overlap (as `heading_lines` gives them): a binary search, since a long document has
    a heading for every sentence asked about in the worst case."""
    at = bisect_right(spans, (start, _NO_END)) - 1
    return at >= 0 and end <= spans[at][1]
