"""Which patient form each attachment of a mail is.

Patients name their files in every way ("Anamnesebogen ausgefüllt.pdf",
"datenschutzerklaerung_mueller.PDF", "Scan 03.02.2026.pdf", "IMG_4711.jpeg",
"consent.pdf", "EV.pdf"); the practice's keywords from the config decide, and beside
them a small built-in lexicon of the English and abbreviated names patients use (it
extends the keywords, never replaces them). What cannot be told from the name or the
patient's words goes to staff as "unclassified" rather than being filed under a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rules.models import Attachment, FormFinding, FormsPolicy, InboundMail

UNCLASSIFIED = "unclassified"

# Signature logos and inline icons: an image this small cannot hold a legible form page,
# and the parsed Attachment carries no Content-Disposition, so size and name decide.
DECORATION_MAX_BYTES = 15_000

_DOCUMENT_TYPES = frozenset({"pdf", "docx", "doc", "odt", "rtf", "pages"})
_IMAGE_TYPES = frozenset({"jpeg", "png", "heic", "heif", "tiff", "gif", "webp", "bmp"})
_TYPE_ALIASES = {"jpg": "jpeg", "tif": "tiff", "heics": "heic"}
# Container formats whose magic bytes are a zip: trusted by their extension only.
_ZIP_BASED_DOCUMENTS = frozenset({"docx", "odt", "pages"})  # "pages": Apple Pages
# Never filed as a form, whatever the name: staff look at these by hand.
_REFUSED_EXTENSIONS = frozenset(
    {
        "exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll", "jar", "js", "jse", "vbs",
        "vbe", "wsf", "ps1", "sh", "lnk", "iso", "img", "zip", "rar", "7z", "gz", "tgz",
        "tar", "bz2", "xz", "cab", "html", "htm", "xhtml", "svg", "hta", "docm", "xlsm",
        "pptm",
    }
)  # fmt: skip

# A photo or scan is filed by the patient's words only when they say it is one: an
# "IMG_0815.HEIC" under "Anbei das Formular" may be anything.
_PHOTO_WORDS = re.compile(
    r"\b(?:foto|fotos|photo|photos|bild|bilder|picture|pictures|aufnahme|aufnahmen|scan|scans)\b"
    r"|fotografiert|eingescannt|gescannt|abgelichtet|handyfoto|scanned",
    re.IGNORECASE,
)


# The built-in lexicon: what a form is about, in the words patients use beside the
# practice's own. A concept reaches the configured forms through its anchors (found in a
# form's key, keywords or display name), so it works for any key the practice chose.
@dataclass(frozen=True)
class _Concept:
    anchors: tuple[str, ...]  # in a configured form's key, keywords or name: it is this form
    in_names: tuple[str, ...]  # anywhere in a file name
    name_tokens: tuple[str, ...]  # a whole word of a file name only ("EV.pdf", not "Review")
    in_text: tuple[str, ...]  # in the subject or the patient's own words


_LEXICON: dict[str, _Concept] = {
    "anamnesis": _Concept(
        anchors=("anamnes", "fragebogen", "patientenbogen"),
        in_names=("anamnes", "fragebogen", "patientenbogen", "medicalhistory",
                  "krankengeschichte", "questionnaire", "healthform", "gesundheitsbogen"),
        name_tokens=(),
        in_text=("anamnes", "fragebogen", "patientenbogen", "medicalhistory",
                 "krankengeschichte", "questionnaire"),
    ),
    "privacy": _Concept(
        anchors=("datenschutz", "dsgvo", "privacy"),
        in_names=("datenschutz", "dsgvo", "privacy", "dataprotection", "gdpr"),
        name_tokens=("dse",),
        in_text=("datenschutz", "dsgvo", "privacy", "dataprotection", "gdpr"),
    ),
    "consent": _Concept(
        anchors=("einwillig", "einverst", "consent"),
        in_names=("einwillig", "einverst", "consent", "zustimmung"),
        name_tokens=("ev",),
        # not "einverst": "Ich bin einverstanden" is no form
        in_text=("einwillig", "einverstaendnis", "einverstandnis", "consent"),
    ),
    "video": _Concept(
        anchors=("video",),
        in_names=("video",),
        name_tokens=(),
        in_text=("video",),
    ),
}  # fmt: skip
_WORDS = re.compile(r"[a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUTS_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def match_forms(mail: InboundMail, policy: FormsPolicy) -> tuple[FormFinding, ...]:
    """Map each attachment of a mail to the practice form it is, or to "unclassified".

    Practice rule: the file name decides, by the configured keywords (case and umlaut
    spelling do not matter) and the built-in lexicon ("consent.pdf", "EV.pdf",
    "medical_history.pdf"); a name may carry several forms (one scan of all pages).
    Files whose names tell nothing (a scan, camera photos "IMG_4711.jpg") take their form
    from the subject and the patient's own words, the forms they name that no file name
    already carries: a single such document takes every form named (one scan of all); a
    photo only when the words say it is a photo or scan, and several photos only the one
    form named (its pages). Anything less clear, and files of a
    type no form comes in (programs, archives, web pages) or that the practice cannot
    open (Apple Pages), are "unclassified": staff look at them. Files are known by their
    content, not the declared type (a PDF sent as application/octet-stream is a PDF), and
    an image pasted into the text (inline, cid:) counts like an attached one. Tiny images
    are signature logos and are not forms at all.
    """
    keywords = _fold_keywords(policy.keywords)
    lexicon = _LexiconKeys.of(policy, keywords)
    attachments = [a for a in mail.attachments if not _is_decoration(a, keywords, lexicon)]
    by_name = {a.index: _keys_of_name(a.filename, keywords, lexicon) for a in attachments}
    unmatched = [a for a in attachments if not by_name[a.index] and _is_filable(a)]
    said_keys: tuple[str, ...] = ()
    if unmatched:
        named_by_files = {key for keys in by_name.values() for key in keys}
        words = f"{mail.subject}\n{mail.own_text}"
        said = [key for key in _keys_of_text(words, keywords, lexicon) if key not in named_by_files]
        photographed = _PHOTO_WORDS.search(words) is not None
        images = [a for a in unmatched if _file_kind(a) in _IMAGE_TYPES]
        if len(unmatched) == 1 and said and (not images or photographed):
            # "Anamnese, Datenschutz und Einwilligung" over one scan: all of them in it
            # (decide asks staff to check a file filed under several forms).
            said_keys = tuple(said)
        elif len(said) == 1 and photographed and len(images) == len(unmatched):
            # "Fotos vom Anamnesebogen" over IMG_4711.jpg and IMG_4712.jpg: its pages.
            said_keys = tuple(said)

    findings: list[FormFinding] = []
    for attachment in attachments:
        if not _is_filable(attachment):
            keys: Iterable[str] = (UNCLASSIFIED,)
        elif by_name[attachment.index]:
            keys = by_name[attachment.index]
        elif said_keys:
            keys = said_keys
        else:
            keys = (UNCLASSIFIED,)
        findings.extend(FormFinding(attachment_index=attachment.index, form_key=k) for k in keys)
    return tuple(findings)


def is_refused_type(attachment: Attachment) -> bool:
    """True for a file no patient form comes as (program, archive, web page, unknown)."""
    return _file_kind(attachment) is None


def is_unreadable_document(attachment: Attachment) -> bool:
    """True for a document the practice cannot open: Apple Pages (a zip bundle only
    Pages reads). It is never filed as a form; staff ask the patient for a PDF."""
    return _file_kind(attachment) == "pages"


def _is_filable(attachment: Attachment) -> bool:
    return not is_refused_type(attachment) and not is_unreadable_document(attachment)


@dataclass(frozen=True)
class _LexiconKeys:
    """The configured forms each lexicon concept stands for."""

    by_concept: Mapping[str, tuple[str, ...]]
    concepts_of: Mapping[str, frozenset[str]]  # form key -> its concepts

    @classmethod
    def of(cls, policy: FormsPolicy, keywords: Mapping[str, tuple[str, ...]]) -> _LexiconKeys:
        concepts_of: dict[str, frozenset[str]] = {}
        for key, words in keywords.items():
            described = (*fold_text(key), *fold_text(policy.names.get(key, "")), *words)
            concepts_of[key] = frozenset(
                concept
                for concept, entry in _LEXICON.items()
                if any(anchor in text for anchor in entry.anchors for text in described)
            )
        by_concept = {
            concept: tuple(key for key, found in concepts_of.items() if concept in found)
            for concept in _LEXICON
        }
        return cls(by_concept=by_concept, concepts_of=concepts_of)

    def keys(
        self, concepts: frozenset[str], *, covered: Iterable[str] = (), among: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """The one form each concept names (the one sharing most of the other concepts
        found: "Datenschutz Video" is the video form); a concept that fits several forms
        equally names none, unless `among` (the forms a patient needs) leaves one.
        Concepts a `covered` form already carries add nothing."""
        covered_concepts = {c for key in covered for c in self.concepts_of.get(key, ())}
        wanted = set(among)
        found: list[str] = []
        for concept in sorted(concepts - covered_concepts):
            candidates = self.by_concept.get(concept, ())
            if wanted:
                candidates = tuple(key for key in candidates if key in wanted)
            if not candidates:
                continue
            score = {key: len(self.concepts_of[key] & concepts) for key in candidates}
            best = max(score.values())
            top = [key for key in candidates if score[key] == best]
            if len(top) == 1:
                found.append(top[0])
        return tuple(dict.fromkeys(found))


def _concepts_in_name(filename: str) -> frozenset[str]:
    stem = _strip_extension(filename)
    variants = fold_text(stem)
    spaced = _CAMEL.sub(" ", unicodedata.normalize("NFC", stem)).casefold()
    tokens = set(_WORDS.findall(spaced.translate(_UMLAUTS_SPELLED)))
    return frozenset(
        concept
        for concept, entry in _LEXICON.items()
        if any(word in variant for word in entry.in_names for variant in variants)
        or tokens.intersection(entry.name_tokens)
    )


def _concepts_in_text(text: str) -> frozenset[str]:
    variants = fold_text(text)
    return frozenset(
        concept
        for concept, entry in _LEXICON.items()
        if any(word in variant for word in entry.in_text for variant in variants)
    )


def _keys_of_name(
    filename: str, keywords: Mapping[str, tuple[str, ...]], lexicon: _LexiconKeys
) -> tuple[str, ...]:
    configured = _keys_named(_strip_extension(filename), keywords)
    extra = lexicon.keys(_concepts_in_name(filename), covered=configured)
    return tuple(dict.fromkeys((*configured, *extra)))


def _keys_of_text(
    text: str, keywords: Mapping[str, tuple[str, ...]], lexicon: _LexiconKeys
) -> tuple[str, ...]:
    configured = _keys_named(text, keywords)
    extra = lexicon.keys(_concepts_in_text(text), covered=configured)
    return tuple(dict.fromkeys((*configured, *extra)))


def fold_text(text: str) -> tuple[str, ...]:
    """Lower-case letters and digits only, umlauts both spelled out (ae) and plain (a)."""
    composed = unicodedata.normalize("NFC", text).casefold()
    return tuple(
        dict.fromkeys(
            _NOT_ALNUM.sub("", composed.translate(table))
            for table in (_UMLAUTS_SPELLED, _UMLAUTS_PLAIN)
        )
    )


def _fold_keywords(keywords: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    folded: dict[str, tuple[str, ...]] = {}
    for key, words in keywords.items():
        variants = {variant for word in words for variant in fold_text(word) if variant}
        folded[key] = tuple(sorted(variants))
    return folded


def _keys_named(text: str, keywords: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    variants = fold_text(text)
    return tuple(
        key
        for key, words in keywords.items()
        if any(word in variant for word in words for variant in variants)
    )


def _strip_extension(filename: str) -> str:
    stem, dot, _ = filename.rpartition(".")
    return stem if dot and stem else filename


def _extension(filename: str) -> str:
    _, dot, extension = filename.rpartition(".")
    return extension.lower() if dot else ""


def _normalised_type(name: str | None) -> str | None:
    if not name:
        return None
    bare = name.lower().lstrip(".")
    return _TYPE_ALIASES.get(bare, bare)


def _file_kind(attachment: Attachment) -> str | None:
    """The allowed kind of file this is by its content, or None when no form comes so."""
    extension = _normalised_type(_extension(attachment.filename)) or ""
    if extension in _REFUSED_EXTENSIONS:
        return None
    sniffed = _normalised_type(attachment.sniffed_type)
    if sniffed == "zip" and extension in _ZIP_BASED_DOCUMENTS:
        return extension
    if sniffed in _DOCUMENT_TYPES or sniffed in _IMAGE_TYPES:
        return sniffed
    return None


def _is_decoration(
    attachment: Attachment, keywords: Mapping[str, tuple[str, ...]], lexicon: _LexiconKeys
) -> bool:
    return (
        _normalised_type(attachment.sniffed_type) in _IMAGE_TYPES
        and attachment.size < DECORATION_MAX_BYTES
        and not _keys_of_name(attachment.filename, keywords, lexicon)
    )


def resolve_by_required(
    findings: tuple[FormFinding, ...],
    mail: InboundMail,
    required: Iterable[str],
    policy: FormsPolicy | None = None,
) -> tuple[FormFinding, ...]:
    """An unclassified document whose name carries the leading word of exactly one form
    the patient needs is that form: "Datenschutz.pdf" is `datenschutz` for a new patient
    and `datenschutz_video` for an existing one with a video appointment; so is
    "privacy.pdf" by the built-in lexicon (given the `policy`). Anything less clear stays
    unclassified for staff."""
    needed = tuple(dict.fromkeys(required))
    stems = {key: fold_text(key.split("_")[0]) for key in needed}
    lexicon = _LexiconKeys.of(policy, _fold_keywords(policy.keywords)) if policy else None
    by_index = {a.index: a for a in mail.attachments}
    resolved = []
    for finding in findings:
        attachment = by_index.get(finding.attachment_index)
        if finding.form_key == UNCLASSIFIED and attachment is not None:
            name = fold_text(_strip_extension(attachment.filename))
            if _is_filable(attachment):
                matches = [
                    key
                    for key, words in stems.items()
                    if any(word and word in variant for word in words for variant in name)
                ]
                if not matches and lexicon is not None and needed:
                    matches = list(
                        lexicon.keys(_concepts_in_name(attachment.filename), among=needed)
                    )
                if len(matches) > 1:
                    matches = _plainest(matches, attachment.filename, policy)
                if len(matches) == 1:
                    finding = FormFinding(
                        attachment_index=finding.attachment_index, form_key=matches[0]
                    )
        resolved.append(finding)
    return tuple(resolved)


def _plainest(matches: list[str], filename: str, policy: FormsPolicy | None) -> list[str]:
    """Of several needed forms a name fits by their leading word, the one it is: the form
    whose blank file ([forms.files]) has this very name (patients send back the file we
    sent them), else the one whose key adds no word the name lacks ("Datenschutz.pdf"
    is `datenschutz`, not `datenschutz_video`). Still several: all of them (staff)."""
    if policy is not None:
        sent_as = [
            key
            for key in matches
            if (path := policy.files.get(key))
            and fold_text(_strip_extension(path.rpartition("/")[2]))
            == fold_text(_strip_extension(filename))
        ]
        if len(sent_as) == 1:
            return sent_as
    name = fold_text(_strip_extension(filename))
    plain = [
        key
        for key in matches
        if all(
            any(part in variant for variant in name)
            for word in key.split("_")[1:]
            for part in fold_text(word)
            if part
        )
    ]
    return plain if len(plain) == 1 else matches
