"""What a person sees against what the bytes say (issue 12, point 4).

A mail can be built so that the words the worker reads differ from the words a person
reads: invisible format characters inside a word ("ni\u200bcht", "nicht" with a soft
hyphen), letters of another script that look Latin (Cyrillic "і", "с", "т" in "nicht"),
text in the HTML part that no mail program shows (`hidden`, `display:none`,
`font-size:0`, white on white), or a text/plain part that says something else than the
HTML part beside it. Text is normalised before anything reads it (NFKC, format
characters removed); what normalising cannot settle is reported, so that such a mail
goes to staff and nothing of it is recorded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from rules.classify import classify_intent

__all__ = [
    "has_hidden_html_text",
    "mixed_script_words",
    "normalise_text",
    "say_different_things",
]

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def normalise_text(text: str) -> str:
    """NFKC (fullwidth and mathematical letters, ligatures become plain letters) without
    Unicode format characters (category Cf: soft hyphen, zero-width space/joiners, word
    joiner, BOM, bidi controls) and without combining marks NFKC could not join to their
    letter, so that "ni\u00adcht", "ｎｉｃｈｔ" and "nic\u0331ht" read "nicht"."""
    if not _NON_ASCII.search(text):
        return text
    text = unicodedata.normalize("NFKC", text)
    invisible = {
        ord(char): None
        for char in set(_NON_ASCII.findall(text))
        if unicodedata.category(char) in ("Cf", "Mn")
    }
    return text.translate(invisible) if invisible else text


# Letters of other scripts that a reader takes for Latin ones (Unicode confusables, the
# ones fonts draw alike); a word made only of them reads as a Latin word.
_LOOKALIKES = frozenset(
    "аеорсухіјѕһԁԛԝӏтАВЕКМНОРСТХІЈЅ"  # Cyrillic
    "οαινκρυΑΒΕΖΗΙΚΜΝΟΡΤΧΥ"  # Greek
)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


# Latin letters that read as another one ("nıcht" with a dotless i, "ṅicht"), mapped to
# it; a word whose look-alike reading is a word the rules decide on is flagged.
_LATIN_LOOKALIKES = str.maketrans(
    {"ı": "i", "ɩ": "i", "ɪ": "i", "ȷ": "j", "ʜ": "h", "ᴄ": "c", "ɴ": "n", "ᴛ": "t", "ʟ": "l",
     "ᴋ": "k", "ᴇ": "e", "ᴏ": "o", "ꜱ": "s", "ɡ": "g", "ſ": "s"}
)  # fmt: skip
_DECIDING_WORDS = frozenset(
    {"nicht", "nich", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nein", "niemand",
     "not", "no", "never", "nobody", "abgesagt", "ausgefallen", "storniert", "stattgefunden",
     "geklappt", "statt", "bestaetige", "bestatige", "bestaetigt", "bestatigt", "ja", "yes"}
)  # fmt: skip


def _reads_as(word: str) -> str:
    """The plain ASCII word a reader takes `word` for (accents and look-alikes dropped)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_LATIN_LOOKALIKES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mixed_script_words(text: str) -> tuple[str, ...]:
    """Words that mix Latin letters with letters of another script ("niсht" with a
    Cyrillic "с"), words made only of Latin look-alikes from another script ("сосо"),
    and words that only look like a word the rules decide on ("nıcht" with a dotless i,
    "ṅicht"); at most five, for the audit trail. Umlauts and accented names ("Grüße",
    "Yıldız") are none of these."""
    if not _NON_ASCII.search(text):
        return ()
    found: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.isascii():
            continue
        scripts = {_script(char) for char in word}
        if (
            ("LATIN" in scripts and len(scripts) > 1)
            or (len(word) > 1 and "LATIN" not in scripts and all(c in _LOOKALIKES for c in word))
            or (not _umlauts(word).isascii() and _reads_as(_umlauts(word)) in _DECIDING_WORDS)
        ):
            found.append(word)
            if len(found) >= 5:
                break
    return tuple(found)


def _umlauts(word: str) -> str:
    """German spelling without umlauts, as the rules fold it ("bestätige" -> "bestaetige")."""
    return word.lower().translate(_UMLAUTS)


_UMLAUTS = {ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue", ord("ß"): "ss"}


# --- hidden HTML text -------------------------------------------------------------------

_HIDING_STYLE = re.compile(
    r"display:none|visibility:hidden|visibility:collapse|mso-hide:all|color:transparent"
    r"|(?:font-size|opacity|max-height):0*(?:\.0*)?(?:px|pt|em|rem|%)?(?:;|!|$)"
    r"|font-size:(?:0*\.\d+|1(?:\.\d*)?)(?:px|pt)(?:;|!|$)"  # under 2px: unreadable
    r"|(?:text-indent|left|top|margin-left):-\d{3,}",  # moved off the screen
)
_WHITE = re.compile(r"(?:^|;)color:(?:white|#fff(?:fff)?|rgb\(255,255,255\))(?:;|!|$)")
_BACKGROUND = re.compile(r"background")
_NOT_SHOWN = frozenset({"head", "style", "script", "title", "template", "noscript"})
_VISIBLE_TEXT = re.compile(r"[^\W_]")


def has_hidden_html_text(html: str) -> bool:
    """Whether the HTML holds words a mail program does not show: an element with the
    `hidden` attribute, or styled display:none, visibility:hidden, font-size/opacity 0,
    or white text without a background of its own (white on white)."""
    from lxml import etree
    from lxml import html as lxml_html  # imported here, like inscriptis: only for HTML mail

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError, TypeError):
        return False
    except Exception:  # noqa: BLE001 - lxml raises assorted errors on hostile HTML
        return False
    checked: set[object] = set()  # hidden elements without text: their subtree has none
    backgrounds: set[object] = set()
    hiding = _hiding_selectors(root)
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        parent = element.getparent()
        if parent in checked:
            checked.add(element)
            continue
        if tag.lower() in _NOT_SHOWN:
            continue
        style = re.sub(r"\s+", "", (element.get("style") or "").lower())
        if parent in backgrounds or _BACKGROUND.search(style) or element.get("bgcolor"):
            backgrounds.add(element)
        color = (element.get("color") or "").strip().lower()
        hidden = (
            element.get("hidden") is not None
            or bool(_HIDING_STYLE.search(style))
            or _matches(element, tag.lower(), hiding)
            or (
                element not in backgrounds
                and (bool(_WHITE.search(style)) or color in {"white", "#fff", "#ffffff"})
            )
        )
        if not hidden:
            continue
        if _VISIBLE_TEXT.search(_shown_text(element)):
            return True
        checked.add(element)
    return False


# One CSS rule of a <style> block: selectors { declarations }. It starts only at the start
# or after a "}", so a long run without braces is scanned once, not from every position.
_CSS_RULE = re.compile(r"(?:^|(?<=\}))([^{}]*)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$")


def _hiding_selectors(root: object) -> set[tuple[str, str]]:
    """("tag"|"class"|"id", name) of the simple selectors a <style> block hides
    (".x{display:none}", "span.x, #y {font-size:0}")."""
    found: set[tuple[str, str]] = set()
    for style in root.iter("style"):  # type: ignore[attr-defined]
        css = re.sub(r"\s+", " ", (style.text or "").lower())
        # unconditional media blocks apply always: read their rules as top-level ones (a
        # media query with a condition is a responsive layout, not followed)
        css = re.sub(r"@media ?(?:all|screen)? ?\{", "}", css)
        for selectors, declarations in _CSS_RULE.findall(css):
            if not _HIDING_STYLE.search(re.sub(r"\s+", "", declarations)):
                continue
            for selector in selectors.split(","):
                # the element the rule applies to is named by the last compound selector
                compound = re.split(r"[\s>+~]+", selector.strip())[-1]
                simple = _SIMPLE_SELECTOR.match(compound)
                if simple is None:
                    continue
                tag, rest = simple.groups()
                if tag and not rest:
                    found.add(("tag", tag))
                for part in re.findall(r"[.#][\w-]+", rest):
                    found.add(("class" if part[0] == "." else "id", part[1:]))
    return found


def _matches(element: object, tag: str, hiding: set[tuple[str, str]]) -> bool:
    if not hiding:
        return False
    get = element.get  # type: ignore[attr-defined]
    classes = (get("class") or "").lower().split()
    return (
        ("tag", tag) in hiding
        or ("id", (get("id") or "").lower()) in hiding
        or any(("class", name) in hiding for name in classes)
    )


def _shown_text(element: object) -> str:
    """The element's text without what style/script/head children hold."""
    parts: list[str] = []
    for node in element.iter():  # type: ignore[attr-defined]
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag.lower() not in _NOT_SHOWN and node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


# --- text/plain against text/html -----------------------------------------------------------

_NEGATIONS = re.compile(
    r"\b(?:nicht|nich|kein\w*|nie|niemals|nein|niemand|not|no|never|nobody|\w+n't"
    r"|ausgefallen|abgesagt|storniert)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
# links and addresses: a mail program shows the link text in HTML and the URL in plain text
_LINK = re.compile(r"https?://|www\.|mailto:|@", re.IGNORECASE)


def _without_links(text: str) -> str:
    # token by token: a pattern like \S*https?://\S* backtracks quadratically
    return " ".join(token for token in text.split() if not _LINK.search(token))


def say_different_things(plain: str, html: str) -> bool:
    """Whether the own words of a text/plain part and of the HTML part beside it differ in
    meaning: other negations, other numbers (dates, times), or another kind of message."""
    plain, html = _without_links(plain), _without_links(html)
    if not plain.strip() or not html.strip():
        return bool(plain.strip()) != bool(html.strip()) and bool(
            _VISIBLE_TEXT.search(plain + html)
        )
    if Counter(w.lower() for w in _NEGATIONS.findall(plain)) != Counter(
        w.lower() for w in _NEGATIONS.findall(html)
    ):
        return True
    if Counter(_NUMBER.findall(plain)) != Counter(_NUMBER.findall(html)):
        return True
    return classify_intent(subject="", own_text=plain, has_attachments=False) != classify_intent(
        subject="", own_text=html, has_attachments=False
    )
