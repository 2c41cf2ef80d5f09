"""Which patient form each attachment of a mail is.

Patients name their files in every way ("Anamnesebogen ausgefüllt.pdf",
"datenschutzerklaerung_mueller.PDF", "Scan 03.02.2026.pdf", "IMG_4711.jpeg"); the
practice's keywords from the config decide. What cannot be told from the name goes to
staff as "unclassified" rather than being filed under a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

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
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUTS_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def match_forms(mail: InboundMail, policy: FormsPolicy) -> tuple[FormFinding, ...]:
    """Map each attachment of a mail to the practice form it is, or to "unclassified".

    Practice rule: the file name decides, by the configured keywords (case and umlaut
    spelling do not matter); a name may carry several forms (one scan of all pages).
    Files whose names tell nothing (a scan, camera photos "IMG_4711.jpg") take their form
    from the subject and the patient's own words, the forms they name that no file name
    already carries: a single such document takes every form named (one scan of all); a
    photo only when the words say it is a photo or scan, and several photos only the one
    form named (its pages). Anything less clear, and files of a
    type no form comes in (programs, archives, web pages), are "unclassified": staff look
    at them. Tiny images are signature logos and are not forms at all.
    """
    keywords = _fold_keywords(policy.keywords)
    attachments = [a for a in mail.attachments if not _is_decoration(a, keywords)]
    by_name = {a.index: _keys_named(_strip_extension(a.filename), keywords) for a in attachments}
    unmatched = [a for a in attachments if not by_name[a.index] and _file_kind(a) is not None]
    said_keys: tuple[str, ...] = ()
    if unmatched:
        named_by_files = {key for keys in by_name.values() for key in keys}
        said = [
            key
            for key in _keys_named(f"{mail.subject}\n{mail.own_text}", keywords)
            if key not in named_by_files
        ]
        photographed = _PHOTO_WORDS.search(f"{mail.subject}\n{mail.own_text}") is not None
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
        kind = _file_kind(attachment)
        if kind is None:
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


def _is_decoration(attachment: Attachment, keywords: Mapping[str, tuple[str, ...]]) -> bool:
    return (
        _normalised_type(attachment.sniffed_type) in _IMAGE_TYPES
        and attachment.size < DECORATION_MAX_BYTES
        and not _keys_named(_strip_extension(attachment.filename), keywords)
    )


def resolve_by_required(
    findings: tuple[FormFinding, ...], mail: InboundMail, required: Iterable[str]
) -> tuple[FormFinding, ...]:
    """An unclassified document whose name carries the leading word of exactly one form
    the patient needs is that form: "Datenschutz.pdf" is `datenschutz` for a new patient
    and `datenschutz_video` for an existing one with a video appointment. Anything less
    clear stays unclassified for staff."""
    stems = {key: fold_text(key.split("_")[0]) for key in dict.fromkeys(required)}
    by_index = {a.index: a for a in mail.attachments}
    resolved = []
    for finding in findings:
        attachment = by_index.get(finding.attachment_index)
        if finding.form_key == UNCLASSIFIED and attachment is not None:
            name = fold_text(_strip_extension(attachment.filename))
            if not is_refused_type(attachment):
                matches = [
                    key
                    for key, words in stems.items()
                    if any(word and word in variant for word in words for variant in name)
                ]
                if len(matches) == 1:
                    finding = FormFinding(
                        attachment_index=finding.attachment_index, form_key=matches[0]
                    )
        resolved.append(finding)
    return tuple(resolved)
