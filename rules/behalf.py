"""A mail written on the patient's behalf, read as the patient's own words.

A husband, a daughter or a care home often answers from the patient's registered address:
"ich schreibe für meinen Mann Klaus", "hier schreibt die Tochter von Frau Yıldız", "die
Verwaltung ... betreut für Frau Berger den E-Mail-Verkehr". A careful employee reads "er
hatte seine Behandlung" or "meine Mutter hatte ihre Behandlung" in such a mail as the
patient's own session, and "er sagt, es hilft ihm" or "laut Dokumentation unserer
Pflegekräfte" as the writer passing on what the patient or the carers said, not as a doubt.

`written_for` finds the one patient (of those registered at the sender's address) whom the
text names right beside a relation or a "für" ("meinen Mann Klaus", "meiner Mutter, Frau
Gisela Neumann", "für Frau Berger"): a name only in a signature, a relative named by
another name, or a relation named without the name make no such mail.
`as_the_patients_words` rewrites the text so that every reader sees the patient where the
writer wrote "mein Mann", "seine Behandlung" or "er sagt"; a sentence that also speaks of
another relative ("unser Sohn ... seine Behandlung") keeps its pronouns. `Rewrite.restore`
gives back the writer's own words for what is kept (a confirmation's evidence, the
sentences staff read).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rules.models import Patient
from rules.rewrite import Rewrite

# The relations a writer names the patient by, each with its forms and the patient's sex
# ("m"/"f"): "meines Mannes", "meinem Vater".
_FAMILIES: dict[str, tuple[str, str]] = {
    "mann": (r"(?:ehe)?mann(?:e?s|e)?|gatten?", "m"),
    "frau": (r"(?:ehe)?frau|gattin", "f"),
    "mutter": (r"mutter|mama|mami|mutti", "f"),
    "vater": (r"vaters?|papa|papi|vati", "m"),
    "schwiegermutter": (r"schwiegermutter|schwiegermama", "f"),
    "schwiegervater": (r"schwiegervaters?|schwiegerpapa", "m"),
    "sohn": (r"sohn(?:e?s|e)?", "m"),
    "tochter": (r"tochter", "f"),
    "oma": (r"oma|omi|gro(?:ss|ß)mutter", "f"),
    "opa": (r"opas?|gro(?:ss|ß)vaters?", "m"),
    "schwester": (r"schwester", "f"),
    "bruder": (r"bruders?", "m"),
    "tante": (r"tante", "f"),
    "onkel": (r"onkels?", "m"),
    "partnerin": (r"partnerin|lebensgef(?:ä|ae)hrtin|freundin", "f"),
    "partner": (r"partners?|lebensgef(?:ä|ae)hrten?|freund(?:e?s)?", "m"),
}
# The writer as the patient's relative or carer ("die Tochter von Frau Yıldız") and the
# relations that then name the patient ("meine Mutter").
_WRITER_AS: dict[str, tuple[str, ...]] = {
    r"tochter|sohn|kind": ("mutter", "vater"),
    r"schwiegertochter|schwiegersohn": ("schwiegermutter", "schwiegervater"),
    r"enkelin|enkel": ("oma", "opa"),
    r"(?:ehe)?frau|gattin": ("mann",),
    r"(?:ehe)?mann|gatte": ("frau",),
    r"nichte|neffe": ("tante", "onkel"),
    r"schwester|bruder": ("schwester", "bruder"),
    r"partnerin|partner|lebensgef(?:ä|ae)hrtin|lebensgef(?:ä|ae)hrte": ("partner", "partnerin"),
    r"betreuerin|betreuer|pflegerin|pfleger|pflegekraft|nachbarin|nachbar": (),
}
_ANY_RELATION = "|".join(forms for forms, _ in _FAMILIES.values())
# The family words said without "mein" of a parent or grandparent: "Mama sagt, ...", "Oma
# hat Ihre Mails nicht gesehen" (blind IV iv01 iv02 iv23).
_BARE_KIN: dict[str, str] = {
    "mama": "mutter", "mami": "mutter", "mutti": "mutter", "papa": "vater", "papi": "vater",
    "vati": "vater", "oma": "oma", "omi": "oma", "opa": "opa", "opi": "opa",
}  # fmt: skip
_POSSESSIVE = (
    r"(?:mein|meine|meinem|meinen|meiner|meines|mei|meim|unser|unsere|unserem|unseren"
    r"|unserer|unseres)"
)
# Another person of the family beside the patient: "unser Sohn", "sein Bruder", "die
# Nachbarin"; in its sentence "seine"/"ihre" may be that person's.
_ANOTHER_PERSON = (
    rf"\b(?:{_POSSESSIVE}|sein\w*|ihr\w*)\s+(?:{_ANY_RELATION}|kind\w*|enkel\w*|neffe|nichte"
    r"|nachbar\w*|schwieger\w*)\b|\b(?:der|die)\s+(?:nachbar\w*|freund\w*)\b"
)
# Someone whose word "er sagt" / "sie sagt" may report: the therapist, a doctor, a carer.
_ANOTHER_SPEAKER = (
    r"\b(?:der|die|ein|eine|unser\w*|ihr\w*|sein\w*)\s+(?:\w+\s+)?(?:therapeut\w*"
    r"|physiotherapeut\w*|arzt|aerztin|ärztin|doktor|pfleger\w*|pflegekraft|betreuer\w*)\b"
)
_TITLE = r"(?:frau|herrn?|hr\.|fr\.)"
_LETTER = r"[^\W\d_]"
_SESSION = (
    r"(?:behandlung\w*|therapie\w*|termin\w*|sitzung\w*|stunde\w*|telefonat\w*|anruf\w*"
    r"|video\w*|telefon\w*|krankengymnastik|physio\w*|kg)"
)
# The patient's belief, not knowledge: "er glaubt", "sie meint".
_HEDGES = r"(?:glaubt|glaubte|denkt|vermutet|meint|meinte)\b"
# What a carer reports from the care records: "Laut Dokumentation unserer Pflegekräfte".
# Only "laut" goes: the records themselves are the carers' words.
_CARE_RECORDS = (
    r"\blaut\s+(?=(?:der\s+|unserer\s+|unseren\s+|den\s+)?(?:pflege)?(?:dokumentation|doku\b"
    r"|unterlagen|pflegekr(?:ä|ae)ft))"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Behalf:
    """Whom the mail is written for, and how the writer names that patient."""

    patient: Patient
    relations: frozenset[str]  # keys of _FAMILIES the writer calls the patient by
    sex: str | None  # "m"/"f" when the relation or "Frau"/"Herr" says it
    writer_is_other: bool  # the writer named a relation: "ich" is never the patient


def written_for(text: str, members: tuple[Patient, ...], closing: str = "") -> Behalf | None:
    """The one patient registered at the sender's address whom the text names as the
    relative or the person it is written for ("für meinen Mann Klaus", "die Tochter von
    Frau Yıldız", "für Frau Berger (Zimmer 114)", or in the `closing`: "Inge Zimmermann
    (für Klaus Zimmermann)"), or None: none or several of them."""
    found = [
        b
        for member in members
        if (b := _behalf_of(f"{text}\n\n{_signature(closing)}", member)) is not None
    ]
    return found[0] if len(found) == 1 else None


# A writer who writes or cares for someone: "ich schreibe für", "betreut für".
_WRITING = re.compile(
    r"\b(?:schreib|antwort|meld|betreu|verwalt|kuemmer|kümmer)\w*\b[^.!?\n]*$", re.IGNORECASE
)
# A closing formula: the lines under it are the writer's signature.
_CLOSING = re.compile(
    r"^\W*(?:(?:viele|liebe|beste|herzliche|freundliche|mit\s+freundlichen)\s+)?"
    r"(?:gr(?:u|ü|ue)(?:ß|ss)(?:e|en)?|lg|vg|mfg|bg)\b",
    re.IGNORECASE,
)


def _signature(cut_text: str) -> str:
    """The signature of what the mail program or the reader cut from the text: up to three
    unquoted lines right under a closing formula ("Grüße\nInge (für Klaus Zimmermann)")."""
    lines = cut_text.splitlines()
    for index, line in enumerate(lines):
        if closing := _CLOSING.match(line.strip()):
            # the name on the formula's own line: "LG Derya" (blind IV iv07)
            same_line = line.strip()[closing.end() :].strip(" ,;:-")
            return "\n".join(
                [
                    *([same_line] if same_line else []),
                    *(
                        rest
                        for rest in lines[index + 1 : index + 4]
                        if not rest.lstrip().startswith(">")
                    ),
                ]
            )
    return ""


# A person's name as a signature line: "Julia Brandt", "T. Becker", "Anja" (no digits, no
# company or department words: those are no person).
_PERSON_NAME = re.compile(r"(?:[A-ZÄÖÜ][^\W\d_]*\.?[\s-]+){0,2}[A-ZÄÖÜ][^\W\d_]+")
_NOT_A_PERSON = re.compile(
    r"\b(?:gmbh|ag|kg|familie|family|ihr|ihre|euer|eure|dein|deine|your)\b"
    r"|team|praxis|verwaltung|station|haus|heim|pflege|steuerberatung|kanzlei|büro|buero",
    re.IGNORECASE,
)


_SIGNED_AS = re.compile(r"\s*(?:\([^()]*\)|,\s*(?:die|der|ihre?|seine?)\s+[^\W\d_]+)\s*$")


def signature_name(cut_text: str) -> str:
    """The name the writer signs with under a closing formula ("Viele Grüße\nJulia
    Brandt"), or "" when the first line there is no person's name."""
    for line in _signature(cut_text).splitlines():
        # "Lea, die Enkelin", "Finn (Enkel von Gisela Neumann)": the name before the remark
        line = _SIGNED_AS.sub("", line).strip()
        if not line:
            continue
        if _PERSON_NAME.fullmatch(line) and not _NOT_A_PERSON.search(line):
            return line
        return ""
    return ""


def named_by_relation(text: str, patient: Patient) -> Behalf | None:
    """For a mail signed by someone else from the patient's own address ("Viele Grüße\nJulia
    Brandt" for Lukas Brandt): the one relation the text names with "mein"/"unser" ("mein
    Sohn hat die Stunde gemacht") is the patient. None when it names none or several, or
    the relation with another name ("mein Sohn Jonas")."""
    name = _name_pattern(patient.name) or r"(?!)"
    families: set[str] = set()
    for found in re.finditer(
        rf"\b{_POSSESSIVE}\s+(?P<relation>{_ANY_RELATION})(?!{_LETTER})", text, re.IGNORECASE
    ):
        if _names_another(text, found.end(), name):
            return None
        families.add(_family(found["relation"]))
    # "Oma hat Ihre Mails nicht gesehen": written with a capital, as the name it is used as
    for found in re.finditer(rf"\b(?P<kin>{'|'.join(_BARE_KIN).title()})\b", text):
        if _names_another(text, found.end(), name):
            return None
        families.add(_BARE_KIN[found["kin"].lower()])
    if len(families) != 1:
        return None
    family = families.pop()
    return Behalf(
        patient=patient,
        relations=frozenset({family}),
        sex=_FAMILIES[family][1],
        writer_is_other=True,
    )


def _behalf_of(text: str, patient: Patient) -> Behalf | None:
    name = _name_pattern(patient.name)
    if name is None:
        return None
    relations: set[str] = set()
    sexes: set[str] = set()
    writer_is_other = False
    relative = re.compile(
        rf"\b{_POSSESSIVE}\s+(?P<relation>{_ANY_RELATION})(?:\s*[,(]\s*|\s+)"
        rf"(?:{_TITLE}\s+)?(?:{name})(?!{_LETTER})",
        re.IGNORECASE,
    )
    for found in relative.finditer(text):
        if _names_another(text, found.end(), r"(?!)"):
            continue  # "mein Mann Klaus Peter": another Klaus
        family = _family(found["relation"])
        relations.add(family)
        sexes.add(_FAMILIES[family][1])
        writer_is_other = True
    writer = re.compile(
        # ("ich bin Tochter von Elena Popescu", blind IV iv20)
        rf"\b(?:die|der|als|ich\s+bin)\s+(?P<writer>{'|'.join(_WRITER_AS)})\s+von\s+(?:{name})"
        rf"(?!{_LETTER})",
        re.IGNORECASE,
    )
    for found in writer.finditer(text):
        if _names_another(text, found.end(), r"(?!)"):
            continue  # "mein Mann Klaus Peter": another Klaus
        sex = _sex_of_title(found.group())
        key = next(k for k in _WRITER_AS if re.fullmatch(k, found["writer"], re.IGNORECASE))
        added = {f for f in _WRITER_AS[key] if sex is None or _FAMILIES[f][1] == sex}
        relations |= added
        sexes.update({_FAMILIES[f][1] for f in added} if sex is None else {sex})
        writer_is_other = True
    # "für Frau Berger", "im Auftrag von Herrn Zimmermann"; written by someone else when
    # a writing or caring verb goes before ("ich schreibe für", "betreut für"), in the
    # name of, or in parentheses ("Inge Zimmermann (für Klaus Zimmermann)")
    for_whom = re.compile(
        rf"(?:\b(?P<mandate>im\s+(?:auftrag|namen))\s+(?:von\s+)?|\b(?:für|fuer)\s+)"
        rf"(?:{name})(?!{_LETTER})",
        re.IGNORECASE,
    )
    named_for = False
    for found in for_whom.finditer(text):
        if _names_another(text, found.end(), r"(?!)"):
            continue  # "mein Mann Klaus Peter": another Klaus
        named_for = True
        before = text[max(0, found.start() - 60) : found.start()]
        writer_is_other = writer_is_other or bool(
            found["mandate"] or before.rstrip().endswith("(") or _WRITING.search(before)
        )
        if sex := _sex_of_title(found.group()):
            sexes.add(sex)
    if not (relations or named_for or writer_is_other):
        return None
    # "meine Tochter Lea" for the patient and "meine Tochter Anna" beside it: "meine
    # Tochter" alone may be either, so it is nobody's name for the patient
    relations = {
        family
        for family in relations
        if not any(
            _names_another(text, found.end(), name)
            for found in re.finditer(
                rf"\b{_POSSESSIVE}\s+(?:{_FAMILIES[family][0]})(?!{_LETTER})", text, re.IGNORECASE
            )
        )
    }
    return Behalf(
        patient=patient,
        relations=frozenset(relations),
        sex=next(iter(sexes)) if len(sexes) == 1 else None,
        writer_is_other=writer_is_other,
    )


def as_the_patients_words(text: str, behalf: Behalf) -> Rewrite:
    """The text as the patient's own words: the relation that names the patient ("mein
    Mann Klaus", "meiner Mutter") becomes the patient's name, the patient's "seine"/"ihre"
    before a session an article ("seine Behandlung" -> "die Behandlung"), and what the
    patient or the care records say is no hearsay ("er sagt", "laut Dokumentation unserer
    Pflegekräfte" are dropped) while the patient's belief stays one ("er glaubt" -> "ich
    glaube"). A text that also names another relative keeps its
    pronouns and hearsay."""
    name = _name_pattern(behalf.patient.name) or r"(?!)"
    sexes = (behalf.sex,) if behalf.sex else ("m", "f")
    relation = "|".join(_FAMILIES[f][0] for f in sorted(behalf.relations)) or r"(?!)"
    pronoun = "|".join(p for s in sexes for p in ((r"er",) if s == "m" else (r"sie",)))
    possessive = "|".join(
        p for s in sexes for p in ((r"sein(?:e[snmr]?)?",) if s == "m" else (r"ihr(?:e[snmr]?)?",))
    )
    bare = "|".join(k for k, family in _BARE_KIN.items() if family in behalf.relations) or r"(?!)"
    changes = re.compile(
        # "meinen Mann Klaus", "meiner Mutter, Frau Gisela Neumann", "meine Mutter", "Oma"
        rf"(?P<relative>(?:\b{_POSSESSIVE}\s+(?:{relation})|\b(?:{bare}))(?!{_LETTER})"
        rf"(?:(?:\s*,\s*|\s+)(?:{_TITLE}\s+)?(?:{name})(?!{_LETTER})"
        # "mein Vater (Mehmet Aydın) sagt" (blind IV iv39)
        rf"|\s*\(\s*(?:{_TITLE}\s+)?(?:{name})\s*\))?)"
        # "Mama sitzt neben mir und sagt, ...", "Oma lässt ausrichten, dass ..."
        rf"(?:(?:\s+sitzt\s+neben\s+mir\s+und)?\s+(?:sagte?|l(?:ä|ae)sst\s+(?:ihnen\s+)?"
        rf"ausrichten)\b,?(?:\s+dass\b)?)?"
        # "seine Mutter", "ihrem Sohn": the patient's relative, "meine Mutter" in the
        # patient's words
        rf"|(?P<kin>\b(?:{possessive}))(?=\s+(?:{_ANY_RELATION}|kind\w*|enkel\w*)(?!{_LETTER}))"
        # "seine Behandlung", "ihre Telefonbehandlung"
        rf"|(?P<possessive>\b(?:{possessive}))(?=\s+(?:{_LETTER}+\s+)?{_SESSION}\b)"
        # "er glaubt", "Klaus meint": the patient unsure, in the patient's words
        rf"|(?P<hedge>\b(?:{pronoun})\s+{_HEDGES})"
        rf"|(?P<named_hedge>(?<={_LETTER})\s+{_HEDGES})"
        # "er sagt", "sagt er", "Klaus sagt"
        rf"|(?P<says>\b(?:(?:{pronoun})\s+sagte?|sagte?\s+(?:{pronoun}))\b,?\s*)"
        rf"|(?P<named_says>(?<={_LETTER})\s+sagte?\b,?)"
        rf"|(?P<records>{_CARE_RECORDS})",
        re.IGNORECASE,
    )
    # another relative named anywhere: "seine"/"ihre" and "er sagt" may be theirs
    another = _speaks_of_another(
        text, re.compile(rf"\b{_POSSESSIVE}\s+(?:{relation})(?!{_LETTER})", re.IGNORECASE)
    )
    # "der Therapeut ... er sagt": not the patient's word
    another_speaker = another or re.search(_ANOTHER_SPEAKER, text, re.IGNORECASE) is not None
    patient_name = behalf.patient.name
    edits: list[tuple[int, int, int, int]] = []
    pieces: list[str] = []
    done = shift = 0
    for found in changes.finditer(text):
        start, end = found.span()
        if found["relative"] is not None and re.search(r"sagte?\b|ausrichten", found.group()):
            # "Oma sagt, der Dienstag war gut": the patient's word, said as hers
            if _names_another(text, found.end("relative"), name):
                continue
            new = ""
            if end < len(text) and text[end:].lstrip()[:1].islower():
                rest = len(text[end:]) - len(text[end:].lstrip())
                end, new = end + rest + 1, text[end + rest].upper()
        elif found["relative"] is not None:
            if _names_another(text, found.end("relative"), name):
                continue
            new = patient_name.lower() if found["relative"].islower() else patient_name
        elif found["kin"] is not None:
            word = found["kin"]
            new = "mein" + word.lower().removeprefix("sein").removeprefix("ihr")
            new = new.capitalize() if word[0].isupper() else new
        elif found["possessive"] is not None:
            if another:
                continue
            word = found["possessive"]
            ending = word.lower().removeprefix("sein").removeprefix("ihr")
            new = _ARTICLE.get(ending[-1:], "der")
            new = new.capitalize() if word[0].isupper() else new
        elif found["hedge"] is not None:
            new = "Ich glaube" if found["hedge"][0].isupper() else "ich glaube"
        elif found["named_hedge"] is not None:
            if not re.search(rf"(?:{name})$", text[:start], re.IGNORECASE):
                continue
            new = " glaube"
        elif found["named_says"] is not None:
            if not re.search(rf"(?:{name})$", text[:start], re.IGNORECASE):
                continue
            new = ""
        else:  # "er sagt", "laut Dokumentation": dropped
            if found["says"] is not None and another_speaker:
                continue
            new = ""
            if (
                found.group()[:1].isupper()
                and end < len(text)
                and text[end].islower()
                and re.search(r"(?:^|[.!?\n])\s*$", text[:start])
            ):
                end, new = end + 1, text[end].upper()  # the sentence still starts big
        pieces += [text[done:start], new]
        edits.append((start, end, start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        done = end
    pieces.append(text[done:])
    return Rewrite(original=text, text="".join(pieces), edits=tuple(edits))


# "seine"/"ihre" by its ending as the article of the same case: "seinen Termin" -> "den"
_ARTICLE = {"e": "die", "n": "den", "m": "dem", "r": "der", "s": "des"}


def _speaks_of_another(text: str, patients: re.Pattern[str]) -> bool:
    """Whether the text also names another relative than the patient (whom `patients`
    finds): then "seine"/"ihre" and "er sagt" may be that person's."""
    return re.search(_ANOTHER_PERSON, patients.sub(" ", text), re.IGNORECASE) is not None


def _names_another(text: str, position: int, name: str) -> bool:
    """Whether a relation ending at `position` goes on with a name that is not the
    patient's ("meine Tochter Anna", "mein Sohn, Herr Jan Kühn"); in a line written in
    lower case any word but a verb or a small word may be a name."""
    after = re.match(
        rf"\s*,?\s*(?:{_TITLE}\s+)?(?P<word>{_LETTER}+)", text[position:], re.IGNORECASE
    )
    if after is None or re.match(rf"(?:{name})(?!{_LETTER})", text[position:].lstrip(" ,"), re.I):
        return False
    word = after["word"]
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if word[:1].isupper():
        return True
    return line == line.lower() and word.lower() not in _NOT_A_NAME


# Words that follow "meine Mutter" in a sentence without naming anyone.
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        "hatte hat hatten haben war waren ist sind wurde wurden wird kann konnte koennte könnte "
        "muss musste will wollte sagt sagte meint meinte schreibt schrieb kommt kam geht ging "
        "bekam erhielt am an im in bei mit und oder aber auch noch schon ja nicht "
        "nich kein keine leider selbst heute gestern vorgestern der die das den dem des ein eine "
        "einen einem sich es er sie",
    )
)


def _family(word: str) -> str:
    return next(
        family
        for family, (forms, _) in _FAMILIES.items()
        if re.fullmatch(forms, word, re.IGNORECASE)
    )


def _sex_of_title(phrase: str) -> str | None:
    """The patient's sex by "Frau"/"Herr" in the phrase that names the patient."""
    title = re.search(rf"\b{_TITLE}(?=\s)", phrase, re.IGNORECASE)
    if title is None:
        return None
    return "f" if title.group().lower().startswith("f") else "m"


def _name_pattern(name: str) -> str | None:
    """The ways a text names the patient: the full name, a first name, or "Frau"/"Herr"
    with the surname (with or without first names); "ı"/"i", "ü"/"ue" and a hyphen or
    space between parts of a first name alike."""
    words = [
        w
        for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
        if len(w) >= 2 and w.lower() not in _NO_NAME
    ]
    if not words:
        return None
    *given, surname = words
    spelled = [_spelled(w) for w in words]
    space = r"\s+"
    alternatives = [space.join(spelled)]
    if given:
        alternatives += [
            rf"{_TITLE}\s+(?:{space.join(spelled[:-1])}\s+)?{spelled[-1]}",
            *spelled[:-1],
        ]
    else:
        alternatives.append(rf"{_TITLE}\s+{_spelled(surname)}")
    return "|".join(f"(?:{a})" for a in alternatives)


# Titles and particles in a registered name that name nobody alone: "Dr. Hans von Meier".
_NO_NAME = frozenset({"dr", "prof", "med", "dipl", "ing", "von", "van", "de", "der", "zu"})

_VARIANTS = {
    "ä": "(?:ä|ae|a)",
    "ö": "(?:ö|oe|o)",
    "ü": "(?:ü|ue|u)",
    "ß": "(?:ß|ss)",
    "ı": "[ıi]",
    "i": "[ıiİ]",
    "-": r"[-\s]?",
}


def _spelled(word: str) -> str:
    out = []
    for char in word.lower():
        if char in _VARIANTS:
            out.append(_VARIANTS[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        out.append(f"[{re.escape(char)}{re.escape(base)}]" if base != char else re.escape(char))
    return "".join(out)
