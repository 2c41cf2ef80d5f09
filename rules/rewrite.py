"""A text the readers see rewritten, and the writer's own words found back for staff.

Some mails are read best in other words than they were written: a relative's "mein Mann
hatte seine Behandlung" as the patient's "ich hatte die Behandlung" (rules.behalf), a
patient's "am 14., nein, am 21." as "am 21." (rules.corrections). The readers see the new
text; staff, and the evidence of a confirmation, must see what the patient wrote.
`Rewrite` keeps both texts and where they differ, `restore_decision` puts the writer's
words back into a decision taken on the new text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rules.classify import written_sentences
from rules.doubt import sentences_of
from rules.models import MailDecision


@dataclass(frozen=True, slots=True, kw_only=True)
class Rewrite:
    """A text as the readers see it, and how to find the writer's words back."""

    original: str
    text: str
    # (start, end) in the original and (start, end) in the new text of each change
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def restore(self, written: str) -> str:
        """The writer's own words for a piece of the rewritten text (its words joined by
        single spaces, as the readers quote sentences); any other text unchanged."""
        if not self.edits:
            return written
        head, sep, tail = written.partition(" [")  # a note appended to an evidence
        restored = self._restore_piece(head)
        return restored + sep + tail if sep else restored

    def _restore_piece(self, written: str) -> str:
        words = written.split()
        if not words:
            return written
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", self.text)]
        tokens = [self.text[a:b] for a, b in spans]
        for index in range(len(tokens) - len(words) + 1):
            if tokens[index : index + len(words)] == words:
                start = self._back(spans[index][0], end=False)
                end = self._back(spans[index + len(words) - 1][1], end=True)
                return " ".join(self.original[start:end].split())
        return written

    def _back(self, position: int, *, end: bool) -> int:
        """A position in the new text as one in the original (a position inside a
        change stretches to that change's whole original)."""
        shift = 0
        for o_start, o_end, n_start, n_end in self.edits:
            if position < n_start or (end and position == n_start):
                break
            if position < n_end or (not end and position == n_end and n_start == n_end):
                return o_end if end else o_start
            shift = o_end - n_end
        return position + shift


def restore_decision(decision: MailDecision, rewrite: Rewrite) -> MailDecision:
    """The decision with the writer's own words where it quotes the rewritten text: the
    evidence of each confirmation, the sentences of the days named, staff's quotes."""
    if not rewrite.edits:
        return decision
    sentences = {
        " ".join(sentence.split())
        for sentence in (*sentences_of(rewrite.text), *written_sentences(rewrite.text))
    }
    changed = sorted(
        (
            (sentence, restored)
            for sentence in sentences
            if (restored := rewrite.restore(sentence)) != sentence
        ),
        key=lambda pair: -len(pair[0]),
    )

    def quoted(reason: str) -> str:
        for sentence, restored in changed:
            reason = reason.replace(sentence, restored)
            if len(sentence) > 160:
                reason = reason.replace(sentence[:160], restored[:160])
        return reason

    return replace(
        decision,
        confirmations=tuple(
            replace(c, evidence=rewrite.restore(c.evidence)) for c in decision.confirmations
        ),
        dates=tuple(replace(m, sentence=rewrite.restore(m.sentence)) for m in decision.dates),
        staff_reasons=tuple(quoted(r) for r in decision.staff_reasons),
    )
