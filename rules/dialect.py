"""Dialect forms of the few function words the rules read, in one place.

Patients write as they speak: Bavarian "heid" for heute, "ned" for nicht, "mei Frau" for
meine Frau; Low German "hüüt", "nich"; Alemannic "hüt", "nit". Every rule that reads
"today", a negation or "my" takes these words from here, so a dialect word added for one
reading (a day) is never missing from another (a denial): a dialect word for "today" that
is read as a day while "ned" is not read as "nicht" records a denied session.
"""

from __future__ import annotations

__all__ = ["ALSO", "NEGATIONS", "POSSESSIVES", "TODAY"]

# "today": Bavarian "heid" / "hiat", Low German "hüüt", Alemannic "hüt"
TODAY = ("heid", "hiat", "hüüt", "hüt")
# "nicht" / "nichts": Bavarian and Swabian "ned", "net", Alemannic/Rhenish "nit", "nix"
NEGATIONS = ("ned", "net", "nit", "nix")
# "mein" / "meine": Bavarian "mei", "meim"
POSSESSIVES = ("mei", "meim")
# "auch": Berlin "ooch", Bavarian "aach" (not "och" or "aa": a sigh, a letter)
ALSO = ("ooch", "aach")
