"""Whether a confirming mail also doubts, denies or conditions what it confirms.

The practice bills on confirmations, so a mail that says "hat stattgefunden" next to
"falls", "hätte", "meint meine Tochter", "nicht", "ohne Therapeut" or "ob" is not a
confirmation the worker may record on its own: a person reads it. Only sentences that
confirm, carried a confirmed day or say more than a yes of an appointment's day are
looked at, so "ich konnte nicht früher schreiben" or "den Termin am 1.4. hatten Sie
abgesagt" beside a clean confirmation does not stop it. What they say is then read clause
by clause (`undenied_confirmations`): the days a doubt touches are never recorded, the
other days a mail plainly confirms are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from rules import dialect
from rules.classify import (
    ABOUT_OUR_PAPERWORK,
    LATE_ANSWER,
    NEW_TO_THE_WRITER,
    NOT_ALL_ANSWERED,
    NOT_AT_HOME_WITH_EMAIL,
    NOT_CONFIRMED_BEFORE,
    fold,
    is_confirmation_sentence,
    written_sentences,
)
from rules.consistency import INSTEAD_OF_ANOTHER_KIND
from rules.date_lexicon import (
    EXCEPTING,
    MONTHS,
    POSITION,
    POSITION_DENIED,
    POSITION_RUN,
    POSITIONS,
    WEEKDAYS_ANY,
    WEEKDAYS_FULL,
    alternation,
    count_of,
    places_of_a_run,
)
from rules.dates import (
    CONCESSION,
    LATE_FOR_AN_ABSENCE,
    THERAPIST_STANDING_IN,
    WRITERS_MAIL_ACCESS,
)
from rules.excepting import excepted_numbers, without_its_reason
from rules.models import ConfirmationFinding
from rules.moves import missed_and_called_again, without_moves_within_the_day
from rules.openers import EMOJI
from rules.the_rest import day_at_place, says_rest_held

# A sentence that says a treatment took place (or confirms one).
_CONFIRMING = re.compile(
    r"sta(?:t+|dt)\s?ge?fun\w*|\bfand(?:en)?\b[^!?]{0,60}\bstatt\b|bestae?tig\w*|bestatig\w*|geklappt|erhalten|teilgenommen"
    r"|wahrgenommen|behandelt|angerufen|telefoniert|durchgefue?hrt|took\s+place|happened"
    r"|confirm\w*|went\s+ahead|attended|\blief\b|gepasst|gklappt|\bworked\b"
    # "Alle drei sind gemacht, aber 9.6. nur 15 Minuten" (blind IU iu14)
    r"|\b(?:sind|waren|wurden|haben\s+wir|hab\s+ich|habe\s+ich)\s+(?:\w+\s+)?(?:gemacht|erledigt)\b"
)
# Unsure of what happened, in a sentence of its own: "Ich bin mir nicht sicher.", "ich weiß
# es nicht mehr genau", "I can't remember".
_UNSURE = re.compile(
    r"\bnicht\s+(?:mehr\s+)?(?:ganz\s+|so\s+|hundertprozentig\s+)?sicher\b"
    r"|\bweiss\s+(?:es\s+|ich\s+|das\s+)?(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:so\s+)?(?:genau|sicher)\b"
    r"|\bnot\s+(?:so\s+|entirely\s+|quite\s+)?sure\b|\b(?:can'?t|cannot|don'?t|do\s+not)\s+remember\b"
    r"|\bkeine\s+ahnung\s+(?:mehr\s+)?(?:ob|wann|welche\w*)\b|\berinnere\s+mich\s+(?:\w+\s+)?nicht\b"
    # "Die anderen weiß ich nicht mehr", "kann mich nicht mehr daran erinnern"
    r"|\bweiss\s+(?:es\s+|ich\s+|das\s+)?(?:(?:ehrlich\s+gesagt|leider|wirklich|echt|gerade)\s+)*"
    r"(?:\w+\s+)?nicht\s+mehr\b(?!\s+weiter)"
    r"|\bkann\s+(?:ich\s+)?mich\s+(?:\w+\s+){0,2}nicht\s+(?:mehr\s+)?(?:daran\s+)?erinnern\b"
)
# Taken back: "bitte meine Bestätigung ... ignorieren", "Den bitte nicht abrechnen",
# "disregard": about a session even without a word for it.
_TAKEN_BACK = (
    r"\bignorier\w*|\bzurue?ck(?:ziehen|nehmen|gezogen|genommen)\b|\bwiderruf\w*"
    r"|\bnicht\s+(?:ab)?(?:ge)?rechne[nt]\b|\bdisregard\w*|\bignore\b|\bretract\w*"
    r"|\bwithdraw\w*|\b(?:do\s+not|don'?t)\s+(?:bill|charge)\b"
)
_IS_TAKEN_BACK = re.compile(_TAKEN_BACK)
# A confirmation put off: "Den 23.2. bestätige ich separat, da muss ich noch in meinen
# Kalender schauen" (blind HG hg40 billed the 23rd). Not "bestätige ich noch nachträglich"
# or "bestätige ich gleich mit": that is now.
_PUT_OFF = (
    r"\bbestae?tige\s+ich\b[^.!?]{0,40}\b(?:separat|gesondert|spae?ter|nachher)\b"
    r"|\b(?:i'?ll|i\s+will)\s+confirm\b[^.!?]{0,40}\b(?:later|separately)\b"
    r"|\bmuss\s+(?:ich\s+)?(?:erst\s+|noch\s+|mal\s+)*(?:\w+\s+){0,4}?(?:nachschauen|nachsehen"
    r"|nachgucken|schauen|gucken|pruefen|checken)\b"
    r"|\b(?:need|have)\s+to\s+check\b"
    # answered elsewhere: "Die Donnerstage schreibe ich separat."
    r"|\b(?:antworte|schreibe)\s+ich\b[^.!?]{0,40}\b(?:separat|gesondert|spae?ter)\b"
)
_PUT_OFF_RE = re.compile(_PUT_OFF)
# Broken off, in a dependent clause: "bis die Verbindung abbrach", "als das Bild einfror".
_BROKE_OFF = (
    r"(?:abbrach|abbrachen|unterbrach|ausfiel|ausfielen|wegbrach|abstue?rzte|einfror|abriss)"
)
# Words that deny, condition, doubt, report or wish.
_DOUBT = re.compile(
    rf"\b(?:{'|'.join(dialect.NEGATIONS)})\b"
    r"|\b(?:nicht|nich|nein|kein\w*|nie|niemals|niemand|nichts|ohne|weder|vergeblich|umsonst"
    r"|verpasst|versaeumt|verschlafen|uebersehen|missed"
    r"|fehlanzeige|falls|sofern|sollte|sollten|wenn|ob|haette|haetten|waere|waeren|wuerde"
    r"|wuerden|koennte|koennten|moechte\s+ich\s+fragen|angeblich|vermutlich|vielleicht"
    r"|eventuell|glaube|glauben|vermute|unsicher|sicher\s+bin|weiss\s+(?:ich\s+)?nicht"
    r"|meint|meinte|sagt|sagte|laut|hoffentlich|hoffe|abgebrochen|unterbrochen|allein"
    # (a dependent clause: "war gut, bis die Verbindung abbrach")
    rf"|{_BROKE_OFF}"
    r"|not|no|never|nobody|nothing|without|if|whether|would|might|maybe|perhaps|apparently"
    r"|supposedly|hope|didn'?t|wasn'?t|hasn'?t|haven'?t|hadn'?t|won'?t|couldn'?t|nope)\b"
    # the patient asks US to confirm (a certificate), which is no confirmation of theirs
    r"|\bbitte\s+bestae?tigen\s+sie\b|\bbestae?tigen\s+sie\s+mir\b|\bbescheinigung\b"
    r"|\bbrauche\s+(?:eine\s+)?bestae?tigung\b|\bplease\s+confirm\b"
    # "Herr H. bittet um eine schriftliche Bestätigung, dass ..." (not "Ihrer Bitte um
    # Bestätigung komme ich nach"), "benötigt eine Bestätigung für die Versicherung"
    r"|(?<!ihrer\s)(?<!eurer\s)(?<!deiner\s)(?<!ihre\s)(?<!eure\s)(?<!deine\s)"
    r"\b(?:bitte[tn]?|bat|baten)\s+(?:sie\s+|euch\s+)?"
    r"um\s+(?:eine\s+|die\s+|ihre\s+)?(?:\w+\s+)?bestae?tigung\b"
    r"|\b(?:brauch(?:t|en)|benoetig\w*)\s+(?:\w+\s+){0,3}bestae?tigung\b"
    r"|\b(?:need|needs|require[sd]?)\s+(?:\w+\s+){0,3}confirmation\b"
    # an exception or a gap in what is confirmed: "all happened except one I skipped",
    # "alle bis auf einen", "außer dem 12.", "I don't remember which"
    # ("bis auf" only before what it excepts: "bis auf Weiteres" is "until further notice")
    rf"|\b(?!bis\s){EXCEPTING}\b|\b(?:skipped|ausgelassen|geschwae?nzt)\b"
    # held in another kind than booked: "Am 15. haben wir statt Video telefoniert" (blind IX
    # ix27 billed it): which kind was billed, a person decides
    rf"|{INSTEAD_OF_ANOTHER_KIND}"
    # (and before a date: "alle haben stattgefunden bis auf 6.4." billed the 6th)
    r"|\bbis\s+auf\s+(?:eine[nms]?|den|dem|die|zwei|drei|\d{1,2}\.(?:\s?\d{1,2}\.)?)(?!\d)"
    r"|\b(?:don|doesn)'?t\b"
    # someone else's treatment: "mein Mann ... sein Termin am 4.11. hat stattgefunden"
    r"|\bsein(?:e|en|er|em)?\s+(?:\w+\s+)?(?:termin|behandlung|sitzung|anruf|telefonat|video\w*)"
    rf"|{_TAKEN_BACK}"
    # cut short: "die Verbindung brach nach zehn Minuten ab"
    r"|\bbrach\b[^.!?]{0,40}\bab\b|\bcut\s+(?:it\s+|things\s+|the\s+\w+\s+)?(?:off|short)\b"
    r"|\bdropped\b"
    # disputed or reported: "Sie schreiben, ... habe stattgefunden - das ist falsch"
    r"|\bfalsch\b|\bstimmt\s+nicht\b|\bnicht\s+(?:richtig|korrekt|wahr)\b|\bwrong\b"
    r"|\bnot\s+true\b|\bsie\s+schreiben\b|\bhabe\s+stattgefunden\b|\byou\s+(?:say|write)\b"
    # ill that day: "Ich bestätige, dass ich gestern krank war"
    r"|\bkrank\b|\berkrankt\b|\bsick\b|\bill\b"
    # a session cut short or complained about: "aber nur 10 Minuten", "Beschwerde"
    r"|\bnur\s+(?:\d+|eine?|zwei|drei|fue?nf|zehn|kurz\w*)\s*(?:minute\w*|min\b)"
    r"|\bnach\s+(?:\d+|eine?r?|zwei|drei|fue?nf|zehn)\s*(?:minute\w*|min\b)"
    r"|\bbeschwerde\w*|\breklamation\w*|\bbeschweren\b|\bzu\s+kurz\b|\bonly\s+\d+\s+minutes?"
    # not yet decided: "ich melde mich, sobald ...", "Bestätigung für den 29.9. folgt"
    r"|\bbestae?tigung\w*\b[^.!?]{0,40}\bfolg(?:t|en)\b"
    r"|\bmelde\s+(?:ich\s+)?mich\b|\bsobald\b|\bget\s+back\b"
    # answered elsewhere: "Zu dem von gestern antworte ich direkt auf Ihre Mail."
    r"|\b(?:antworte|schreibe)\s+ich\b[^.!?]{0,40}\b(?:separat|gesondert|direkt|extra|noch"
    r"|nochmal|spae?ter|gleich)\b|\b(?:i'?ll|i\s+will)\s+(?:reply|answer|write)\b"
    rf"|{_PUT_OFF}"
)
_CONDITION = re.compile(r"\b(?:ob|falls|sofern|wenn|whether|if)\b")
_ABOUT_LATER = re.compile(
    r"\b(?:nae?chste[nrms]?\s+woche|kommende[nrms]?\s+woche|naechstes\s+mal|ue?bermorgen"
    r"|next\s+week|tomorrow)\b"
    # "morgen" is tomorrow, not the morning ("am frühen Morgen", "heute Morgen")
    r"|(?<!heute\s)(?<!gestern\s)(?<!guten\s)(?<!am\s)(?<!fruehen\s)(?<!spaeten\s)(?<!jeden\s)"
    r"\bmorgen\b"
    # "Nächsten Mittwoch hab ich Geburtstag, der Termin bleibt aber"
    r"|\b(?:nae?chste[nrms]?|kommende[nrms]?|next)\s+(?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # an absence to come: "Ab Heiligabend bin ich verreist, bitte keine Termine"
    r"|\bab\s+(?:dem\s+|der\s+)?\w+\s+(?:bin|sind)\s+(?:ich|wir)\b"
    r"|\bbitte\b[^.!?]{0,40}\bkeine\s+(?:termine|behandlungen)\b"
    # appointments yet to be made: "weitere Termine sind ja noch nicht vereinbart"
    r"|\bweitere[n]?\s+(?:termine|behandlungen)\b[^.!?]{0,60}\b(?:vereinbart|ausgemacht"
    r"|geplant|gebucht|vereinbaren|ausmachen|planen|buchen)\b"
)


def sentences_of(own_text: str) -> list[str]:
    """The sentences of the patient's text, split as classify reads them (at line breaks
    the mail program did not wrap, after ! and ?, at a word's full stop before a capital)
    and at semicolons; a writer in all lower case ends them in lower case too."""
    return [
        part
        for sentence in written_sentences(own_text)
        for part in _SEMICOLON.split(sentence)
        if part.strip()
    ]


_SEMICOLON = re.compile(r"(?<=;)\s+")


# A device that failed (the camera, the code, the connection) ...
# The session carried on after a failure: "weitergemacht", "per Telefon zu Ende gemacht".
_CARRIED_ON = (
    r"\b(?:weitergemacht|weiter\s+gemacht|zu\s+ende\s+gemacht|fortgesetzt|weiter\s+telefoniert"
    r"|carried\s+on|continued|finished\s+(?:it\s+|the\s+session\s+)?(?:by|on|over)\s+(?:the\s+)?phone"
    # "den Rest dann nur mit Ton gemacht", "we switched to a phone call, but we did the full
    # session"
    r"|den\s+rest\s+(?:\w+\s+){0,5}?(?:gemacht|telefoniert|besprochen)"
    # "... hat mich dann auf dem Handy angerufen und wir haben so fertig gemacht", "auf
    # Telefon umgestiegen"
    r"|fertig\s+gemacht|zu\s+ende\s+(?:gebracht|gefuehrt)|umgestiegen|gewechselt"
    r"|(?:gemacht|geuebt)\s+(?:\w+\s+){0,3}bis\s+(?:zum\s+)?ende"
    r"|switched\s+(?:over\s+)?to"
    r"|(?:did|had|finished|completed)\s+the\s+(?:full|whole|entire)\s+(?:session|treatment|call))\b"
)
_CARRIED_ON_RE = re.compile(_CARRIED_ON)
_DEVICE_FAILED = (
    r"\b(?:kamera|mikro\w*|ton|bild|wlan|internet|code|zugangscode|link|laptop|browser|app"
    r"|video\w*|\w*verbindung|camera|sound|connection)\b(?:[^.!?]|\.(?=\s*\d)){0,60}?"
    r"\b(?:nicht|kein\w*|not"
    r"|didn'?t|abgebrochen|abgestue?rzt|ausgefallen|eingefroren|weg|dropped|froze|crashed"
    rf"|{_BROKE_OFF})\b"
)
# ... and then the session went on ("und wir haben am Telefon weitergemacht": the verb
# says it by itself).
_WENT_ON = (
    r"[^.!?]{0,80}\b(?:dann|danach|anschliessend|schliesslich|stattdessen|then|after\s+that)"
    r"\b[^.!?]{0,60}\b(?:teilgenommen|weitergemacht|gemacht|lief|geklappt|funktioniert\w*"
    r"|telefoniert|angerufen|drin|worked|went|called|did\s+it)\b"
    rf"|[^.!?]{{0,100}}{_CARRIED_ON}"
)
# The connection dropped now and then, the session went on: "Video hat viele mal
# abgebrochen", "die Verbindung ist zwischendurch immer wieder weg" (a technical problem,
# which staff read; no session broken off).
_REPEATED_DROPOUTS = (
    r"\b(?:kamera|ton|bild|wlan|internet|video\w*|\w*verbindung|leitung|camera|sound"
    r"|connection)\b[^.!?]{0,30}?\b(?:immer\s+wieder|mehrmals|mehrfach|(?:viele|ein\s+paar|paar"
    r"|zwei|drei|einige)\s*-?\s*mal(?:e)?|oe?fters?|staendig|zwischendurch|several\s+times"
    r"|a\s+few\s+times|(?:kept|keeps)(?:\s+on)?)\s+(?:\w+\s+)?(?:abgebrochen|unterbrochen|weg"
    r"|gehangen|eingefroren|gestockt|hing|dropping|freezing|cutting\s+out)\b"
)
# Forgot to confirm: "versäumt, die letzten Termine zu bestätigen"; "ich glaube, ich hab
# vergessen, die Termine vom 10.11. und 17.11. zu bestätigen" is the writer unsure of the
# paperwork, not of the sessions.
_FORGOT_TO_CONFIRM = (
    r"(?:\bich\s+glaub(?:e)?,?\s+(?:ich\s+)?(?:hab(?:e)?\s+)?)?"
    r"(?:vergessen|versae?umt|verschwitzt),?\s+(?:[\w.]+\s+){0,7}?zu\s+(?:antworten"
    r"|bestae?tigen|schreiben|melden)"
)
# A hope about our calendar, not about the session: "ich hoffe, das wurde bei Ihnen
# ausgetragen".
_HOPE_ABOUT_OUR_CALENDAR = (
    r"\bich\s+hoffe,?\s+(?:das|dies|es|der|die|er|sie)\s+(?:wurde|ist|war|wurden|sind)\s+"
    r"(?:bei\s+(?:ihnen|euch)\s+)?(?:auch\s+|schon\s+)?(?:ausgetragen|storniert|abgesagt"
    r"|geloescht|beruecksichtigt|vermerkt|eingetragen|notiert)\b"
)
# Idioms that carry a negation word but say all went well.
_ALL_WELL = re.compile(
    r"\b(?:kein(?:e)?\s+(?:problem\w*|thema|ding|stress|sorge)|nicht\s+(?:schlimm|tragisch)"
    r"|no\s+(?:problem|worries|issue)s?|not\s+a\s+problem"
    # the patient's own late answer: "da hatte ich noch nicht geantwortet / bestätigt"
    r"|(?:noch|nicht\s+(?:frue?her|eher))\s+(?:nicht\s+)?(?:geantwortet|bestae?tigt|gemeldet"
    r"|geschrieben|zurue?ckgemeldet|reagiert)(?:,?\s+(?:glaub(?:e)?\s+ich|wohl)\b)?"
    # "ich habe leider versäumt, die letzten Termine zu bestätigen"
    rf"|{_FORGOT_TO_CONFIRM}|{NOT_CONFIRMED_BEFORE}|{NOT_AT_HOME_WITH_EMAIL}"
    # "nur damit da nichts durcheinander kommt": our records kept straight, no doubt of a day
    r"|\bdamit\s+(?:da\s+|hier\s+)?(?:nichts|keiner|niemand)\s+(?:\w+\s+)?durcheinander\w*"
    r"(?:\s+(?:kommt|geraet|bringt))?"
    # a hope about our calendar, not the session: "ich hoffe, das wurde bei Ihnen ausgetragen"
    rf"|{_HOPE_ABOUT_OUR_CALENDAR}"
    # "dass ich die Bestätigungen für Januar noch gar nicht geschickt habe"
    r"|\bbestae?tigung\w*\b[^.!?]{0,40}\b(?:noch\s+)?(?:gar\s+)?nicht\s+(?:geschickt|gesendet"
    r"|abgeschickt|geschrieben)\b"
    # "den 24.6. hab ich glaub ich noch gar nicht bestätigt", "falls ich den noch nicht
    # bestätigt hatte", "ich antworte auf die falsche Mail": about our paperwork, not the session
    # "Den vom 24.2. haben Sie auch noch nicht von mir": our confirmation, not yet given
    r"|\bnoch\s+(?:gar\s+)?nicht\s+von\s+mir\b"
    r"|(?:glaub(?:e)?\s+ich\s+|wohl\s+|vielleicht\s+)?(?:auch\s+)?noch\s+(?:gar\s+)?nicht\s+"
    r"(?:bestae?tigt|geantwortet|gemeldet)(?:,?\s+(?:glaub(?:e)?\s+ich|wohl)\b)?"
    # "Der vom 10.07. fehlt bei Ihnen glaube ich auch noch": our records, not the session
    r"|\bfehl(?:t|en)\s+(?:bei\s+(?:ihnen|euch)\s+)?(?:glaub(?:e)?\s+ich\s+|wohl\s+)?"
    r"(?:auch\s+)?noch\b"
    r"|\b(?:falls|wenn|sofern|if)\s+ich\s+(?:\w+\s+){0,3}(?:noch\s+)?(?:nicht|never|not)\s+"
    r"(?:schon\s+)?(?:bestae?tigt|geantwortet|confirmed|replied)"
    r"|\bauf\s+die\s+falsche\s+(?:e-?mail|mail|nachricht)(?:,?\s+glaub(?:e)?\s+ich)?"
    r"|\bto\s+the\s+wrong\s+(?:e-?mail|mail)"
    # "ich hab die letzten Mails nicht beantwortet, sorry": a late answer
    r"|\b(?:e-?mails?|mails?|nachrichten|anfragen|erinnerungen)\s+(?:[\w.]+\s+){0,4}nicht\s+"
    r"(?:beantwortet|bestae?tigt|gelesen|gesehen)"
    # all well: "hätte nicht gedacht, dass das per Video so gut geht"
    r"|\b(?:ha?e?tte|hätte)\s+(?:ich\s+)?(?:nie|nicht)\s+gedacht\b"
    r"|\bwouldn'?t\s+have\s+thought\b|\bnever\s+thought\b"
    rf"|{NEW_TO_THE_WRITER}"
    # all well: "diesmal sogar ohne Ton-Probleme", "kein Aprilscherz"
    r"|\bohne\s+(?:\w+-?)?(?:probleme?|stoe?rung\w*|schwierigkeit\w*|zwischenfae?lle|aussetzer"
    r"|unterbrechung\w*|abbruch|abbrue?che)"
    r"|\bkein(?:e|en)?\s+(?:aprilscherz|scherz|witz|spass|joke)"
    # "dass ich Ihnen seit Wochen nichts bestätigt habe": the answer is late, that is all
    r"|(?:nichts|nie|nicht)\s+(?:mehr\s+)?(?:bestae?tigt|geantwortet|zurue?ckgemeldet)"
    r"\s+(?:habe|hatte|hab|haben|hatten)"
    # "ich habe nicht alle Termine bestätigt": which ones follows, the answer is late
    rf"|{NOT_ALL_ANSWERED}"
    # "die Bestätigung hatte ich bisher versäumt", "hab die Bestätigung vergessen"
    r"|\bbestae?tigung\s+(?:\w+\s+){0,3}(?:versaeumt|vergessen|verschwitzt|verpasst)"
    r"|\b(?:versaeumt|vergessen|verschwitzt),?\s+(?:die\s+|ihnen\s+die\s+)?bestae?tigung"
    # a question put and answered after a colon: "Sie wollten wissen, ob das Telefonat am
    # 6. Mai stattgefunden hat: ja, ..." (not "...: ja, glaube ich")
    r"|\b(?:ob|whether)\b[^:;!?]{0,100}:\s*(?:ja|yes)\b"
    r"(?![^.!?]{0,30}\b(?:glaub\w*|denk\w*|vermut\w*|vielleicht|wohl|think|maybe|probably)\b)"
    rf"|{ABOUT_OUR_PAPERWORK}"
    # an offer, no condition: "und am 6. und 13. auch, falls Ihnen da noch was fehlt"
    r"|\b(?:falls|wenn|sofern)\s+(?:ihnen|euch|dir)\s+(?:da\s+)?(?:noch\s+)?(?:was|etwas|wat|eine?)"
    r"\s+(?:\w+\s+)?fehl(?:t|en)\b"
    # "hat auch stattgefunden, falls das noch fehlt"
    r"|\b(?:falls|wenn|sofern)\s+(?:das|der|die|den|er|es)\s+(?:ihnen\s+|euch\s+)?(?:da\s+)?"
    r"(?:noch\s+)?fehl(?:t|en)\b"
    # another therapist of the practice gave the session (blind EU, FC: labelled held):
    # "hat mich ein Herr Brückner angerufen und nicht Frau Lange", "eine andere Dame, ich
    # glaube Frau Sommer", "Am 19. war eine Vertretung da, weil Ihre Kollegin krank war"
    r"|\b(?:und\s+|aber\s+)?nicht\s+(?:die\s+|der\s+)?(?:frau|herr)\s+[^\W\d_]+"
    r"|\b(?:ich\s+)?glaube?\s+(?:ich\s+)?(?:es\s+war\s+)?(?:frau|herr)\s+[^\W\d_]+"
    # "einen Vertreter am Telefon, Herrn Okafor glaube ich", "diesmal mit der Vertretung,
    # weil Frau Jäger im Urlaub ist", "A different therapist covered (Markus, I think)"
    # (blind GN gn05 gn15 gn17)
    r"|\b(?:frau|herrn?)\s+[^\W\d_]+,?\s+glaube?\s+ich\b"
    r"|\(\s*[^\W\d_]+,?\s+i\s+think\s*\)"
    r"|\b(?:eine?n?|ne|der|die|mit\s+der)\s+(?:vertretung|vertreter(?:in)?)\b(?:\s+(?:da|dran))?"
    r"(?:,?\s+weil\s+(?:ihre|die|unsere|frau\s+[^\W\d_]+|herr\s+[^\W\d_]+)\s+"
    r"(?:(?:kollegin|therapeutin|kollege|therapeut)\s+)?(?:krank|im\s+urlaub)\s+(?:war|ist))?"
    # "Für den 17.09. gilt dasselbe": the same, no doubt
    r"|\bgilt\s+(?:dasselbe|das\s+gleiche|das\s+selbe|ebenso|auch)\b"
    # a wish for the practice's holiday: "danke und euch einen schönen Urlaub!" (blind HB
    # hb23)
    r"|\b(?:euch|ihnen|dir|allen)\s+(?:\w+\s+){0,2}?(?:schoene[nr]?|erholsame[nr]?|gute[nr]?"
    r"|tolle[nr]?)\s+urlaub\w*\b"
    r"|\b(?:have|enjoy)\s+(?:a\s+)?(?:nice|good|great|lovely)\s+(?:holiday|vacation)\b"
    rf"|{THERAPIST_STANDING_IN}"
    # "Die drei davor auch, falls die noch offen sind": our paperwork, not the session
    r"|\b(?:falls|wenn|sofern)\s+(?:die|das|der|den|sie|es|er)\s+(?:bei\s+(?:ihnen|euch)\s+)?"
    r"(?:noch\s+)?offen\s+(?:ist|sind|waren|war)\b"
    r"|\bif\s+(?:they|it)\s*(?:'re|'s|\s+are|\s+is)\s+still\s+open\b"
    # a device that failed at first, and the session went on: "der Code wollte erst nicht,
    # danach lief alles", "im WLAN ging die Kamera nicht, ich habe dann übers Handy
    # teilgenommen" (only the failure is set aside; what follows is still read)
    rf"|{_DEVICE_FAILED}(?={_WENT_ON})|{_REPEATED_DROPOUTS}"
    # what could not have been without video: "bei dem Schnee wär ich nicht aus dem Haus
    # gekommen"
    r"|\b(?:waer|waere|haett|haette)\s+(?:ich|wir)\s+(?:\w+\s+){0,4}nicht\s+(?:\w+\s+){0,4}"
    r"(?:gekommen|geschafft|gefahren|gegangen|hingekommen|rausgekommen)\b"
    # the body, not the session: "Meine Schulter ist noch nicht gut", "das Knie ist noch
    # nicht besser"
    r"|\b(?:schulter|knie|ruecken|nacken|hals|bein|arm|huefte|fuss|hand|schmerz\w*|beschwerden"
    r"|shoulder|knee|neck|pain)\b\s+(?:\w+\s+){0,3}(?:noch\s+|still\s+)?(?:nicht|not)\s+"
    r"(?:ganz\s+|so\s+)?(?:gut|besser|weg|vorbei|in\s+ordnung|good|better|gone)\b"
    # a concession: "trotz Erkältung hat die Behandlung heute stattgefunden"
    rf"|{CONCESSION}"
    # a concession, no condition: "hat stattgefunden, auch wenn das Bild kurz hing"
    r"|\bauch\s+wenn\b(?=[^.!?]*\b(?:ist|war|hat|hatte|sind|waren|haben|hatten)\b)"
    # "damit es nicht vergessen wird", "nicht zu vergessen": a reminder, no denial
    r"|damit\s+(?:es|das|ich\s+es)\s+nicht\s+vergessen\s+wird|nicht\s+zu\s+vergessen"
    # "da bin ich nicht zum Antworten gekommen", "Ihre Mail irgendwie übersehen", "sorry I
    # never replied to that one": apologies for answering late
    r"|nicht\s+(?:dazu\s+)?(?:zum\s+)?(?:antworten|schreiben|bestae?tigen|melden)\s+gekommen"
    r"|nicht\s+mehr\s+dazu\s+gekommen"
    # back from holidays, the answer late: "bin gerade aus dem Urlaub zurück und sehe ..."
    r"|(?:aus\s+dem|vom)\s+urlaub\s+(?:\w+\s+)?zurue?ck|zurue?ck\s+aus\s+dem\s+urlaub"
    # "war im Urlaub deshalb so spät"
    rf"|{LATE_FOR_AN_ABSENCE}"
    rf"|{LATE_ANSWER}"
    r"|\bmissed\s+(?:your|the|my)\s+(?:e-?mails?|mails?|messages?|requests?|reminders?)\b"
    r"|(?:never|didn'?t|did\s+not|forgot\s+to)\s+(?:get\s+(?:round|around)\s+to\s+)?"
    r"(?:repl(?:y|ied)|answer(?:ed)?|respond(?:ed)?|confirm(?:ed)?)\s+"
    r"(?:(?:to|about|regarding|for)\s+)?"
    r"(?:that|this|it|your|the|my)\b(?:\s+(?:one|mail|e-?mail|message|request))?)\b"
)

# Negations that are about the writer's devices, not the treatment: "kein Internet", "die
# gerade ohne Laptop unterwegs ist".
_ABOUT_SOMETHING_ELSE = re.compile(
    r"\b(?:kein\w*|ohne)\s+(?:(?:ihren?|seinen?|meinen?|unseren?|den|das|die)\s+)?"
    r"(?:e-?mail|internet|computer|pc|handy|laptop|notebook|tablet|smartphone|wlan|wifi)\b"
    # the writer's mail, not the session: "my mail app wasn't set up for a week"
    r"|\b(?:mail\s*-?app|e-?mail\w*|mails?|postfach|mailprogramm)\b[^.!?]{0,20}?\b(?:wasn'?t"
    r"|was\s+not|war\s+nicht|ging\s+nicht|nicht)\s+(?:\w+\s+)?(?:set\s+up|eingerichtet"
    r"|working|funktioniert|erreichbar)"
    rf"|{WRITERS_MAIL_ACCESS}"
)


# A farewell names a later day without speaking of it: "bis nächste Woche", "see you".
_FAREWELL = re.compile(
    r"\bbis\s+(?:zum\s+)?(?:nae?chste[nrms]?\s+(?:woche|mal)|morgen|dann|bald|demnae?chst)\b"
    r"|\bsee\s+you\b[^.!?\n]*|\btalk\s+(?:to\s+you\s+)?(?:soon|then|next\s+week)\b"
)
_LATER_APPOINTMENT = re.compile(
    r"\b(?:nae?chste[nrms]?\s+(?:woche|termin\w*|mal|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag)|kommende[nrms]?\s+(?:woche|termin\w*|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag)|naechstes\s+mal|morgen|ue?bermorgen|next\s+(?:week|time"
    r"|monday|tuesday|wednesday|thursday|friday|saturday)|tomorrow|upcoming)\b"
)


# A session called off now, so still to come: "Den Termin muss ich leider absagen", "den
# sage ich hiermit ab" (not "musste ich absagen", "hatte ich abgesagt"; blind IS is40).
_CANCELS_A_COMING = re.compile(
    r"\b(?:muss|moechte|will|wuerde|werde|kann)\s+(?:\w+\s+){0,4}?(?:absagen|verschieben"
    r"|stornieren)\b|\b(?:sage|storniere)\s+(?:\w+\s+){0,4}?(?:ab\b|hiermit\b)"
)


def names_by_place(sentence: str) -> bool:
    """Whether the sentence names sessions by their place among days listed ("der zweite",
    "die ersten beiden", "the last two")."""
    folded = fold(sentence)
    return bool(_PLACE.search(folded) or _RUN.search(folded))


def speaks_of_a_later_appointment(own_text: str) -> bool:
    """Whether the text speaks of an appointment still to come ("Ich bestätige den Termin
    nächste Woche Mittwoch, 18 Uhr passt"): then its yes acknowledges a booking, not a
    treatment that took place. A farewell ("bis nächste Woche") does not count, and
    "heute morgen" is this morning."""
    folded = _FAREWELL.sub(" ", fold(own_text).replace("heute morgen", "heute frueh"))
    return _LATER_APPOINTMENT.search(folded) is not None


def doubts_confirmation(own_text: str, evidence: Iterable[str] = ()) -> str | None:
    """The first sentence that confirms (or carried a confirmed day, `evidence`) and yet
    denies, conditions or doubts it, or None. ("Die Behandlung am 6.4. hat stattgefunden."
    -> None; "Falls der Termin am 6.4. stattgefunden hat, dann ohne mich." -> that one.)"""
    return next(doubting_sentences(own_text, evidence), None)


def only_puts_off(sentence: str) -> bool:
    """The sentence only puts the confirmation of its days off ("Die Donnerstage bestätige
    ich separat, da muss ich erst in meinen Kalender schauen."): those days wait, nothing
    else is doubted, and no one has to act."""
    folded = _flat(sentence)
    return bool(_PUT_OFF_RE.search(folded)) and not _DOUBT.search(_PUT_OFF_RE.sub(" ", folded))


def doubting_sentences(own_text: str, evidence: Iterable[str] = ()) -> Iterator[str]:
    """Every sentence doubts_confirmation would name, in text order."""
    carried = {" ".join(fold(e).split()) for e in evidence}
    for sentence in sentences_of(own_text):
        sentence = " ".join(sentence.split())
        folded = _ABOUT_SOMETHING_ELSE.sub(
            " ", _ALL_WELL.sub(" ", without_moves_within_the_day(fold(sentence)))
        )
        if _ABOUT_LATER.search(folded) and not _CONDITION.search(folded):
            # "nächste Woche ist Feiertag, da ist kein Termin" speaks of later days; "Ich
            # bestätige erst nächste Woche, ob ... stattgefunden hat" doubts this one
            continue
        about = (
            _CONFIRMING.search(folded)
            or any(c and c in folded for c in carried)
            or _IS_TAKEN_BACK.search(folded)
            # "Ich weiß nicht mehr genau, welcher Tag das war.": unsure of a session (not
            # "nicht sicher, ob die Unterlagen angekommen sind")
            or (_UNSURE.search(folded) and not _OTHER_TOPIC.search(folded))
        )
        if folded.strip() and about and _DOUBT.search(folded):
            yield sentence.strip()


# Anywhere in the mail: a treatment that did not happen ("ihr Videotermin ist ausgefallen",
# "Ihren Anruf konnte ich nicht annehmen") - then the mail's yes may not be the one we bill.
# Missed by forgetting or oversleeping: the session, or (in a sentence about our paperwork
# or adding a day) the answer. Not "vergessen": patients nearly always mean the answer ("Den
# vom 29. hatte ich vergessen, sorry." beside its yes).
_FORGOT = r"\b(?:verschwitzt|verpennt|overslept)\b"
_PAPERWORK = re.compile(
    r"bestae?tig|beantwort|antwort|\bmails?\b|\be-?mail|\bmeld|\bschreiben\b|geschrieben"
    r"|zurue?ckmeld|nachtrag|confirm|repl"
)
_ADDS = re.compile(r"\bauch\b|\bebenfalls\b|\bebenso\b|\btoo\b|\balso\b")


def without_forgotten_paperwork(sentence: str) -> str:
    """The folded sentence; "verschwitzt", "verpennt" taken out where the sentence speaks of
    our paperwork or adds a day ("die Bestätigung für letzte Woche hatte ich verschwitzt"):
    the answer was forgotten, not the session ("Den vom 4. hab ich verschwitzt, war noch im
    Büro" stays a denial)."""
    folded = _flat(sentence)
    if _PAPERWORK.search(folded):
        # the statement that speaks of it: "Ich bestätige den 5.3., aber den 3.3. hab ich
        # verpennt" forgot a session (found by the composition matrix, session 13)
        return "".join(
            re.sub(_FORGOT, " ", part) if _PAPERWORK.search(part) else part
            for part in _FORGOT_STATEMENT.split(folded)
        )
    # an added day only in its own clause: "Die Woche davor war auch, bloß die erste am 5.
    # hab ich verpennt" adds one day and misses another session (blind FI fi16)
    return "".join(
        re.sub(_FORGOT, " ", part) if _ADDS.search(part) else part
        for part in _FORGOT_CLAUSE.split(folded)
    )


# (a remark in parentheses is a statement of its own: "3.6. und 17.6. haben stattgefunden
# (den 10. hab ich ja verschwitzt, sorry nochmal)", blind HN hn08 billed the 10th)
_FORGOT_STATEMENT = re.compile(r"(;|\s[–—-]\s|[()]|\b(?:aber|bloss|jedoch|but)\b)")
_FORGOT_CLAUSE = re.compile(r"(,|;|\s[–—-]\s|\b(?:aber|bloss|nur|jedoch|but)\b)")


_NEGATION = re.compile(
    rf"\b(?:{'|'.join(dialect.NEGATIONS)})\b"
    r"|\b(?:nicht|nich|nein|kein\w*|nie|ausgefallen|abgesagt|storniert|verpasst|versaeumt"
    r"|verschlafen|missed)\b"
    # "Den vom 4. hab ich verschwitzt / verpennt": the session, missed (not in a sentence
    # about our paperwork or adding a day: without_forgotten_paperwork)
    rf"|{_FORGOT}"
    # "den Termin am 23.02. musste ich aber absagen"
    r"|\b(?:absagen|abzusagen|stornieren|zu\s+stornieren)\b"
    r"|\bfiel\b[^.!?]{0,20}\baus\b|\bfae?llt\b[^.!?]{0,20}\baus\b"
    r"|\b(?:not|never|cancell?ed|didn'?t|wasn'?t)\b|\b(?:had|have|needed)\s+to\s+cancel\b"
)
# A session moved to a later day: "die MT hatte Ihre Kollegin auf morgen verschoben", "was
# moved to Thursday" - it did not take place at its time (however late the day it names).
_MOVED_TO_LATER = re.compile(
    r"\b(?:verschoben|verlegt|umgelegt)\s+(?:\w+\s+)?auf\b"
    # (a day with its weekday between: "auf Montag, den 02.02., verlegt": blind GA ga28
    # recorded the day moved away)
    r"|\bauf\s+(?:[\w.,]+\s+){1,4}(?:verschoben|verlegt|umgelegt)\b"
    r"|\b(?:moved|rescheduled|postponed)\s+(?:\w+\s+)?(?:to|until|till)\b"
)
# ... not "die nächste Behandlung wurde auf Freitag verschoben": a later one.
_A_LATER_ONE = re.compile(
    r"\b(?:nae?chste\w*|kommende\w*|next|upcoming)\s+(?:\w+\s+)?(?:termin\w*|behandlung\w*"
    r"|sitzung\w*|stunde|woche|session|appointment|week)\b"
)


def says_moved_away(text: str) -> bool:
    """The text says a session was moved to another day ("auf Freitag verschoben")."""
    return _moved_away(_flat(text))


def _moved_away(folded: str) -> bool:
    """The text says a session was moved to a later day, not that a later one was."""
    folded = without_moves_within_the_day(folded)
    return bool(_MOVED_TO_LATER.search(folded)) and not _A_LATER_ONE.search(folded)


_TREATMENT = re.compile(
    r"\b(?:termin\w*|behandl\w*|sitzung\w*|anruf\w*|telefonat\w*|video\w*|therapie\w*"
    r"|session\w*|appointment\w*|call|kgg|geraete-?training\w*|krankengymnastik)\b"
)


def denies_a_treatment(own_text: str) -> str | None:
    """The first sentence that says a treatment did not take place, or None."""
    return next(denying_sentences(own_text), None)


def denying_sentences(own_text: str) -> Iterator[str]:
    """Every sentence denies_a_treatment would name, in text order."""
    for sentence in sentences_of(own_text):
        sentence = " ".join(sentence.split())
        folded = _ABOUT_SOMETHING_ELSE.sub(
            " ",
            _ALL_WELL.sub(" ", without_moves_within_the_day(without_forgotten_paperwork(sentence))),
        )
        if _ABOUT_LATER.search(folded) and not _moved_away(folded):
            continue
        # (or a session named by its place: "Der zweite ist aber ausgefallen.")
        if (
            _TREATMENT.search(folded) and (_NEGATION.search(folded) or _moved_away(folded))
        ) or _PLACE_DENIED.search(folded):
            yield sentence


# --- a mail that confirms one day and denies another -----------------------------------

# Not a plain "did not take place": unsure, conditional, hearsay or someone else's.
_NOT_PLAIN = re.compile(
    r"\b(?:ob|falls|sofern|wenn|(?<!\bja\s)(?<!\bja,\s)sicher|glaube\w*|vermut\w*|vielleicht|eventuell"
    r"|wahrscheinlich|meint\w*|sagt\w*|laut|angeblich|hoffe\w*|eigentlich|irgendwie"
    r"|whether|if|(?<!\byes\s)(?<!\byes,\s)(?<!\bfor\s)sure|think|maybe|perhaps|probably|apparently)\b"
    r"|\b(?:mein(?:e|em|en|er)?|unser(?:e|em|en|er)?)\s+(?:mann|frau|sohn|tochter|kind\w*"
    r"|mutter|vater|partner\w*|husband|wife|son|daughter)\b|\bsein(?:e|en|er|em)?\b|\?"
)


_NOT_PLAIN_WORDS = re.compile(
    r"\b(?:ob|falls|sofern|wenn|(?<!\bja\s)(?<!\bja,\s)sicher|glaube\w*|vermut\w*|vielleicht|eventuell"
    r"|wahrscheinlich|meint\w*|sagt\w*|laut|angeblich|hoffe\w*|eigentlich|irgendwie"
    r"|whether|if|sure|think|maybe|perhaps|probably|apparently)\b|\?"
)
_RELATIVES = re.compile(
    r"\b(?:mein(?:e|em|en|er)?|unser(?:e|em|en|er)?)\s+(?:mann|frau|sohn|tochter|kind\w*"
    r"|mutter|vater|partner\w*|husband|wife|son|daughter)\b|\bsein(?:e|en|er|em)?\b"
)
# A relative's illness as the reason the patient missed a session: "ich war nicht da weil
# mein Kind war krank" is the patient's session, not the child's (blind GU gu06).
_A_RELATIVE_ILL = re.compile(
    r"\b(?:weil|da|denn|because|as)\s+(?:mein(?:e|em|en|er)?|unser(?:e|em|en|er)?|my|our)\s+"
    r"(?:\w+\s+){1,2}?(?:war|ist|was|is|wurde|got|hatte|had)?\s*(?:\w+\s+)?"
    r"(?:krank|erkrankt|fieber|sick|ill|a\s+fever)\b"
)
_NOBODY = re.compile(r"\b(?:niemand|keiner|nobody|no\s+one|noone)\b")


# Clauses of a sentence: "die Behandlung am 9.2. hat stattgefunden, die am 12.2. nicht";
# a remark in parentheses is a clause of its own ("... (die am 22.9. hatte ich schon
# bestätigt)"); also a full stop before a day ("alles gut. 19 August ich war krank"), not
# after an abbreviation that a number follows ("13. Nov. 2026", "Nr. 5").
_ABBREVIATIONS = (
    *("jan", "feb", "mar", "maer", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct"),
    *("nov", "dez", "dec", "nr", "ca", "kw", "tel", "str"),
)
_ABBREVIATED = "".join(  # folded or as written ("Nov.", "Mär.")
    rf"(?<!\b{word}\.)"
    for word in (*_ABBREVIATIONS, *(w.capitalize() for w in _ABBREVIATIONS), "mär", "Mär")
)
_TITLE_ABBREVIATED = "".join(
    rf"(?<!\b{word}\.)"
    for word in ("dr", "fr", "hr", "prof", "bzw", "usw", "evtl", "ggf", "inkl", "mr", "mrs")
)
# "am Freitag, 27. März": a weekday and its date are one clause
_AFTER_A_WEEKDAY = "".join(
    rf"(?<!{name})(?<!{name.capitalize()})" for name in WEEKDAYS_FULL if name.isascii()
)
# ... but "yes for Monday, Thursday I had to cancel" is two
_A_WEEKDAY_BEFORE = (
    "(?:"
    + "|".join(rf"(?<={name})|(?<={name.capitalize()})" for name in WEEKDAYS_FULL if name.isascii())
    + ")"
)
_CLAUSE = re.compile(
    rf"(?<!\d)(?<!\d\.){_AFTER_A_WEEKDAY},|{_A_WEEKDAY_BEFORE},(?!\s*(?:de[nm]\s+|the\s+)?\d)"
    r"|[;()]|\s[–—-]\s|\b(?:aber|jedoch|sondern|but|however)\b"
    rf"|(?<=[^\W\d_]{{2}}\.){_ABBREVIATED}\s+(?=\d)"
    # a sentence joined to the doubt before it: "Am 21.10. musste ich abbrechen, mein Sohn
    # hatte sich verletzt. Den Termin bitte nicht werten"
    rf"|(?<=[^\W\d_]{{2}}[.!?]){_ABBREVIATED}{_TITLE_ABBREVIATED}\s+(?=[^\W\d_])"
    # "19.2 und 5.3, bei 12.3 weiß ich nicht": a day's clause of its own after a list
    r"|(?<=\d)\.?,(?=\s*(?:bei|beim)\s+(?:de[mn]\s+)?(?:termin\s+)?(?:am\s+|vom\s+)?\d)"
    # an exception after a list: "16.01., 23.01. und 30.01., bis auf den 23."
    rf"|(?<=\d\.),(?=\s*{EXCEPTING}\b)"
    # the rest after a day: "Ausgefallen ist nur der am 21.10., die anderen fünf hatten wir"
    r"|(?<=\d\.),(?=\s*(?:die|der|den|alle|the)\s+(?:\w+\s+)?(?:andere[n]?|uebrigen|restlichen"
    r"|rest|others?)\b)"
    rf"|(?<=[^\W\d_]{{2}})\s+(?={EXCEPTING}\s+(?:de[nm]\s+|the\s+)?\d)"
    # a pictograph after words ends what was said: "ja heute hat stattgefunden 😊 der davor
    # leider nicht" (not a mark after a day: "18.03. ✘ war krank")
    rf"|(?<=[^\W\d_])\s*{EMOJI}+(?=\s+[^\W\d_])"
)


def clauses(sentence: str) -> list[str]:
    """The non-empty clauses of a sentence, split at commas (not after a day in a list of
    days: "am 3., 5. und 10. März", "am 03.02.2026, 10.02.2026 und ..."), semicolons,
    parentheses, dashes and "aber" ("Vorgestern (8.4.) hat es" stays whole: a short aside
    is no clause), not inside an idiom that spans a comma (_KEPT_TOGETHER)."""
    sentence = _SHORT_ASIDE.sub(r" \1 ", sentence)
    kept = [m.span() for m in _KEPT_TOGETHER.finditer(sentence)]
    pieces: list[str] = []
    start = 0
    for cut in _CLAUSE.finditer(sentence):
        if any(low <= cut.start() < high for low, high in kept):
            continue
        pieces.append(sentence[start : cut.start()])
        start = cut.end()
    pieces.append(sentence[start:])
    return [clause for clause in pieces if clause.strip()]


# Idioms read whole although a comma cuts them: "am 17. hat es mit dem Code erst nicht
# geklappt, Ihre Kollegin hat mich dann angerufen", "Sie fragen, ob der Termin am 6.4., den
# ich hatte, stattgefunden hat: ja".
_KEPT_TOGETHER = re.compile(
    rf"{_DEVICE_FAILED}{_WENT_ON}|\b(?:ob|whether)\b[^:;!?]{{0,100}}:\s*(?:ja|yes)\b"
    rf"|{_FORGOT_TO_CONFIRM}|{NOT_CONFIRMED_BEFORE}|{LATE_ANSWER}|{_HOPE_ABOUT_OUR_CALENDAR}"
    # "ich weiß nicht genau, ob ich auf Ihre Mail antworten oder neu schreiben soll"
    rf"|{ABOUT_OUR_PAPERWORK}|{THERAPIST_STANDING_IN}",
    re.IGNORECASE,
)


_SHORT_ASIDE = re.compile(r"\(([^()]{0,15})\)")


# Ill that day: "19 August ich war krank" says that day's treatment did not take place.
_WAS_ILL = re.compile(
    r"\b(?:krank|erkrankt|krankgeschrieben|erkae?ltung|erkae?ltet|grippe|fieber|sick|ill|flu)\b"
)
# Away that day: "am 9.3. war ich im Urlaub", "musste ich zum Arzt".
_AWAY = re.compile(
    r"\b(?:urlaub|verreist|im\s+ausland|zum\s+arzt|beim\s+arzt|im\s+krankenhaus|holiday"
    r"|vacation|verhindert)\b"
    # "am 19. und 26. war ich noch im Büro" (blind FB fb28 recorded both days); not on a
    # business trip or "unterwegs": patients join from the hotel, or explain a late answer
    r"|\b(?:war|waren|bin|was|were)\s+(?:ich|wir|i|we)?\s*(?:\w+\s+){0,2}?(?:im\s+buero"
    r"|auf\s+(?:der\s+)?arbeit|bei\s+der\s+arbeit|im\s+dienst"
    r"|nicht\s+(?:zu\s*hause|daheim|da|erreichbar)|at\s+work|in\s+the\s+office)\b"
    # a clause of its own after "aber": "am 5.3. war ich aber noch im Büro"
    r"|\b(?:noch|still)\s+(?:im\s+buero|auf\s+(?:der\s+)?arbeit|bei\s+der\s+arbeit|im\s+dienst"
    r"|at\s+work|in\s+the\s+office)\b"
)
# A session cut short: "musste nach ca. 10 Minuten abbrechen", "I had to cut it short after
# about 10 minutes", "ended early", "half-way", "nur eine Viertelstunde, dann musste ich
# auflegen", "it only lasted ten minutes".
_SHORT_WHILE = (
    r"(?:\d+|eine?r?|ne|ner|zwei|drei|fue?nf|zehn|fuenfzehn|zwanzig)\s*(?:minute\w*|min\b)"
    r"|(?:eine?r?\s+|ner?\s+)?(?:viertel\s*stunde|halbe\w*\s+stunde)"
)
# A short while the session lasted, however it is said after a word that makes it short:
# "da blieb nur noch eine Viertelstunde", "ging allerdings nur 20 statt 30 Minuten", "we
# only did about 15 minutes" (blind JE je15 je29 je19 billed the day). Not a while late,
# early, lost or longer ("nur 10 Minuten später").
_A_SHORT_WHILE = (
    r"\b(?:nur|only|just|bloss|lediglich|knapp|dauerte|lasted)\s+(?:[\w.]+\s+){0,3}?"
    r"(?:(?:[1-9]|1\d|2[0-5]|eine?r?|ne|fue?nf|zehn|fuenfzehn|zwanzig|five|ten|fifteen|twenty"
    r"|twenty-five)\s*(?:minute\w*|min|mins)\b|(?:eine?r?\s+|ne\s+)?viertel\s*stunde\w*\b"
    r"|(?:a\s+)?quarter\s+of\s+an\s+hour\b"
    r"|\d{1,2}\s+(?:statt|anstatt|instead\s+of|of\s+the)\s+\d{2}\s*(?:minute\w*|min|mins)\b)"
    r"(?!\s*(?:zu\s+spae?t|zu\s+frue?h|spae?t\w*|verspae?t\w*|frue?her|eher|lae?nger|mehr|extra"
    r"|verloren|late|later|early|earlier|ago|longer|more|overtime|lost|gewartet|waited)\b)"
)
_CUT_SHORT = (
    r"\b(?:abbrechen|abzubrechen|vorzeitig|halfway|half-way)\b"
    # half the session: "Am 11. hatten wir nur die halbe Zeit" (blind FU fu18 recorded it)
    r"|\bhalbe\s+zeit\b|\bnur\s+(?:zur\s+|die\s+)?hae?lfte\b|\bhalb\s+so\s+lang\w*"
    r"|\bhalf\s+(?:the\s+|a\s+)?(?:time|session)\b|\bonly\s+half\b"
    # "musste nach der Hälfte aufhören", "ich musste auflegen"
    r"|\bnach\s+(?:ungefae?hr\s+|etwa\s+|ca\.?\s*|circa\s+|knapp\s+|gut\s+)?der\s+hae?lfte\b"
    # "haben wir gemeinsam beschlossen aufzuhören" (blind IO io12 billed the day)
    r"|\b(?:beschlossen|entschieden|vereinbart),?\s+(?:\w+\s+){0,3}?(?:aufzuhoeren|abzubrechen"
    r"|zu\s+beenden|schluss\s+zu\s+machen)\b"
    r"|\b(?:musste|mussten)\s+(?:\w+\s+){0,7}(?:aufhoeren|auflegen)\b"
    r"|\bnach\s+(?:so\s+)?(?:ca\.?\s*|circa\s+|etwa\s+|ungefae?hr\s+|knapp\s+|nur\s+|schon\s+"
    r"|gut\s+|rund\s+|bereits\s+|kaum\s+)?"
    rf"(?:{_SHORT_WHILE})"
    # "ja heute aber nur so 15 min dann war mein internet weg" (blind HO ho31 billed it)
    r"|\bnur\s+(?:so\s+)?(?:ca\.?\s*|circa\s+|etwa\s+|ungefae?hr\s+|knapp\s+|rund\s+"
    rf"|gerade\s+mal\s+|max(?:imal|\.)?\s*)?(?:{_SHORT_WHILE})"
    # "nur am 26. waren es eher 15 min, ich musste zum Zug" (blind FE fe05 recorded it)
    # ("und dann waren es nur gut 20 Minuten", blind IX ix28 billed the day)
    r"|\b(?:war|waren|wars|dauerte|ging)\s+(?:es|das|der|die|sie)?\s*(?:(?:eher|nur|bloss|knapp"
    r"|ca\.?|etwa|ungefae?hr|vielleicht|so|gut|rund|maximal|hoechstens)\s*){0,2}"
    r"(?:[1-9]|1\d|20|eine?r?|ne|fue?nf|zehn|fuenfzehn"
    r"|zwanzig)\s*(?:minute\w*|min\b)|\b(?:war|waren|wars|dauerte)\s+(?:es|das)?\s*(?:eher|nur)?"
    r"\s*(?:eine?r?\s+)?viertel\s*stunde"
    r"|\b(?:musste|mussten)\s+(?:ich\s+|wir\s+)?(?:dann\s+)?(?:schon\s+)?(?:weg|los|zum\s+zug"
    r"|zur\s+arbeit|zum\s+bus)\b"
    r"|\bcut\s+(?:it\s+|things\s+|the\s+\w+\s+)?(?:short|off)\b|\b(?:broke|broken)\s+off\b"
    r"|\b(?:ended|left|stopped|finished)\s+(?:it\s+)?early\b"
    r"|\b(?:after|only|lasted)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|for\s+)?"
    r"(?:\d+|one|two|five|ten|fifteen|twenty)\s*(?:minutes?|mins?)\b"
    r"|\b(?:quarter\s+of\s+an|half\s+an)\s+hour\b"
    # "dass wir nach kurzer Zeit aufgehört haben" (blind GU gu22 billed the day)
    r"|\bnach\s+(?:sehr\s+|ganz\s+)?(?:kurzer\s+zeit|ein\s+paar\s+minuten|wenigen\s+minuten)"
    r"\s+(?:\w+\s+){0,3}?(?:aufgehoert|abgebrochen|beendet|aufgelegt|schluss|weg|los)\b"
    r"|\bafter\s+(?:a\s+(?:short|little)\s+while|a\s+few\s+minutes)\s+(?:\w+\s+){0,3}?"
    r"(?:stopped|ended|hung\s+up|left|quit)\b"
    # "war aber etwas kürzer als sonst, so 20 min, Herr P. musste früher Schluss machen"
    # (blind HF hf23 billed the day): shorter than booked, or ended before its time
    r"|\bkue?rzer\s+als\s+(?:sonst|geplant|ue?blich|normal|gewohnt|vereinbart|gebucht)\b"
    r"|\b(?:etwas|deutlich|viel|bisschen|wesentlich|ziemlich)\s+kue?rzer\b"
    r"|\bshorter\s+than\s+(?:usual|planned|normal|booked|scheduled)\b"
    r"|\b(?:a\s+bit|a\s+little|much)\s+shorter\b"
    r"|\bfrue?her\s+(?:schluss\s+(?:machen|gemacht)|aufhoeren|aufgehoert|beenden|beendet"
    r"|auflegen|aufgelegt)\b"
    # "am 22.9. aber nur halb, die Therapeutin musste früher weg" (found beside blind HI
    # hi25: written with "ok" instead of its check marks, it billed the day)
    # (not "nur halb so schlimm", nor "bitte nur halb berechnen", blind FQ fq06: a wish
    # about the bill, beside a session cut short that its own sentence names)
    r"|\bnur\s+(?:so\s+)?halb\b(?!\s+(?:so\b|berechn|abrechn|bezahl|zahl|verrechn))"
    r"|\b(?:musste|mussten)\s+(?:\w+\s+){0,4}?(?:frue?her|eher|vorzeitig)\s+(?:weg|los|gehen"
    r"|aufhoeren|auflegen)\b"
    # "Der 30.3. war aber nur kurz", "the one on the 6th was very short": short, so cut
    # short (not "kurz und gut", "kurz angebunden")
    r"|\b(?:war|waren|wars|dauerte|dauerten|ging)\s+(?:\w+\s+){0,3}?(?:nur|leider\s+nur|sehr"
    r"|ziemlich|recht|etwas|arg)\s+kurz\b(?!\s*(?:und\s+(?:gut|knapp|knackig|schmerzlos)"
    r"|angebunden))"
    r"|\b(?:was|were)\s+(?:\w+\s+)?(?:very|only|quite|rather|pretty|really)\s+short\b"
    # (the clause "aber" cut off: "Der 30.3. war | aber nur kurz.")
    # ("Alle drei haben stattgefunden, aber heute nur kurz, weil mir schwindelig wurde",
    # blind IR ir19 billed the day)
    r"|^\W*(?:leider\s+|dann\s+)?(?:(?:heute|gestern|vorgestern|da|dort|diesmal|today"
    r"|yesterday)\s+)?(?:leider\s+)?(?:nur|sehr)\s+(?:ganz\s+|sehr\s+)?kurz\W*$"
    r"|\baber\s+(?:(?:heute|gestern|vorgestern|diesmal)\s+(?:leider\s+)?(?:nur|sehr)\s+"
    r"(?:ganz\s+|sehr\s+)?kurz\b(?!\s*(?:und|angebunden))|(?:leider\s+)?nur\s+(?:ganz\s+)?kurz"
    r"\s*,\s*(?:weil|da|denn)\b)"
    # any short while the session lasted, however it is said: "da blieb nur noch eine
    # Viertelstunde", "ging allerdings nur 20 statt 30 Minuten", "we only did about 15
    # minutes" (blind JE je15 je19 je29 billed the day); not a while late, early, ago, more,
    # waited, nor one in the future
    rf"|{_A_SHORT_WHILE}"
    r"|\b(?:had|needed)\s+to\s+(?:leave|go|stop|hang\s+up|log\s+off)\s+(?:early|earlier)\b"
    # "dann aber nicht die volle Zeit", "not the full session"
    r"|\b(?:nicht|keine)\s+(?:die\s+|der\s+)?(?:volle|ganze)\w*\s+(?:zeit|dauer|stunde|halbe\s+stunde)\b"
    r"|\bnot\s+(?:the\s+)?(?:full|whole|entire)\s+(?:session|time|hour|length)\b"
)
_CUT_SHORT_RE = re.compile(_CUT_SHORT)
# Broken off: "der Ton ist nach zehn Minuten abgebrochen", "die Behandlung fiel aus".
_BROKEN = re.compile(
    rf"\b(?:abgebrochen|unterbrochen|ausgefallen|weggebrochen|abgestue?rzt|{_BROKE_OFF})\b"
    r"|\b(?:fiel|fae?llt|brach)\b[^.!?]{0,40}\b(?:aus|ab)\b"
    rf"|{_CUT_SHORT}"
)
# A complaint: "Ich möchte mich beschweren", "sehr unzufrieden", "nur zehn Minuten lang".
_COMPLAINT = re.compile(
    r"\bbeschwer\w*|\breklam\w*|\bunzufrieden\w*|\bverae?rgert\b|\bae?rgerlich\b|\bzu\s+kurz\b"
    r"|\bnur\s+(?:\d+|eine?|zwei|drei|fue?nf|zehn|kurz\w*)\s*(?:minute\w*|min\b)"
    r"|\bcomplain\w*|\bdisappointed\b|\bunhappy\b"
)
# Business that is not about a session that took place: an invoice, a prescription, forms.
_OTHER_TOPIC = re.compile(
    r"\b(?:rechnung\w*|rezept\w*|verordnung\w*|formular\w*|unterlagen|bescheinigung\w*"
    r"|quittung\w*|ue?berweisung\w*|zahlung\w*|kosten\w*|krankenkasse\w*|versicherung\w*"
    r"|wartezeit\w*|warteschleife\w*|terminvergabe|invoice\w*|prescription\w*|forms?)\b"
)
# "kein Termin", "keine Behandlung": there was no session that day, not a session denied.
_NO_SESSION = re.compile(
    r"\b(?:war|gab|hatte|hatten|ist)\b[^,;]{0,20}\bkein(?:e|en)?\s+(?:termin|behandlung"
    r"|sitzung|stunde|therapie)\b"
)


# Called off: "der 1. April ist ja ausgefallen", "war abgesagt", "was cancelled".
_CALLED_OFF = re.compile(
    r"\b(?:ausgefallen|abgesagt|storniert|verschoben|cancell?ed|called\s+off)\b"
)


_DEVICE_FAILED_RE = re.compile(_DEVICE_FAILED)
_WENT_ON_RE = re.compile(_WENT_ON)


def went_on_in_the_next(sentence: str, following: str) -> bool:
    """A device that failed, told in one sentence, and the session carried on in the next
    ("... allerdings ist die Verbindung nach ca. 20 Minuten abgebrochen. Wir haben dann per
    Telefon zu Ende gemacht."), or a call missed and made again, the session then held:
    the first says nothing else that doubts the session."""
    folded = _flat(sentence)
    # a call missed, made again in the next sentence and the session held ("... hab nicht
    # gehört. Die Frau hat dann um 16 Uhr nochmal angerufen und wir haben alles gemacht.")
    missed = missed_and_called_again(f"{folded} {_flat(following)}")
    if missed is not None and missed[0] < len(folded) < missed[1]:
        return not says_more_than_yes(folded[: missed[0]])
    return (
        _DEVICE_FAILED_RE.search(folded) is not None
        and _WENT_ON_RE.match(_flat(following)) is not None
        and not says_more_than_yes(_DEVICE_FAILED_RE.sub(" ", folded))
    )


def breaks_off(text: str) -> bool:
    """The text tells of a session broken off or cut short ("musste nach der Hälfte
    aufhören", "nach zehn Minuten abgebrochen")."""
    return _BROKEN.search(_flat(text)) is not None


# A denial in a few words that goes on from the sentence before: "Den davor aber nicht.",
# "Donnerstag leider nein.", "The other one not."
_ELLIPTIC_TEXT = (
    "den der die dem das am vom von aber leider jedoch allerdings auch nur noch davor danach"
    " zuvor vorher andere anderen anderer erste ersten zweite zweiten dritte dritten letzte"
    " letzten vorletzte vorletzten woche termin tag the one ones other others before after"
    " first second last week day but unfortunately and und also so beiden zwei drei vier both two"
    " three four"
)
_ELLIPTIC_WORDS = frozenset(_ELLIPTIC_TEXT.split()) | frozenset(WEEKDAYS_FULL)
_ELLIPTIC_NO = frozenset({"nicht", "nein", "nee", "no", "not", "nope"})


def elliptic_denials(own_text: str) -> Iterator[str]:
    """Every short sentence that only denies a session named by the sentence before it or
    by a day word of its own ("Freitag hat stattgefunden. Den davor aber nicht.")."""
    for sentence in sentences_of(own_text):
        words = re.findall(r"[^\W\d_]+", _flat(sentence))
        if (
            0 < len(words) <= 7
            and _ELLIPTIC_NO & set(words)
            and all(w in _ELLIPTIC_WORDS or w in _ELLIPTIC_NO for w in words)
        ):
            yield " ".join(sentence.split())


# What a sentence ends on after a mishap: the session done in full ("ging erst um 8:15 los
# statt 7:30, lief dann aber die volle halbe Stunde", "war aber die volle Zeit").
_DONE_IN_FULL = re.compile(
    r"\b(?:aber|dann|trotzdem|dafuer|jedoch|doch|also|but|still|anyway)\b"
    r"(?P<rest>[^.!?;]{0,80}?\b(?:volle\w*\s+(?:zeit|dauer|stunde|halbe\s+stunde|sitzung"
    r"|behandlung|laenge)|ganze\w*\s+(?:zeit|stunde|behandlung|sitzung)|komplett|vollstae?ndig"
    r"|(?:whole|full|entire)\s+(?:session|time|hour|length|treatment)|in\s+full"
    # "war 5 Minuten zu spät, wir haben trotzdem alles geschafft" (not after a session cut
    # short: see done_in_full)
    r"|(?P<all>alles\s+(?:\w+\s+)?(?:geschafft|gemacht|durchgezogen)|das\s+volle\s+programm"
    r"|(?:did|got\s+through|managed)\s+everything))\b)"
)
_ANOTHER_TIME = re.compile(
    r"\b(?:nachgeholt|nachholen|morgen|nae?chste\w*|anderen\s+tag|next|tomorrow|another\s+day"
    r"|later)\b"
)
# ... and names one day at most: "Montag hat niemand angerufen, aber Mittwoch war dann
# komplett" speaks of two sessions.
_DAY_WORD = re.compile(
    r"\b(?:heute|gestern|vorgestern|davor|woche|today|yesterday|week)\b"
    rf"|\b(?:{alternation(WEEKDAYS_FULL)})\b|\b\d{{1,2}}\.\s?\d{{1,2}}\b"
    r"|\b(?:am|den|dem|vom|the)\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b"
)


def done_in_full(sentence: str) -> bool:
    """The sentence ends on the session done in full after a mishap it tells ("Am Anfang
    die Therapeutin kam nicht in Video, 10 Minuten spät, aber dann wir haben alles gemacht,
    ganze Zeit."): no doubt of the session. Not when what follows is denied, or the
    sentence writes a date or speaks of another time ("am nächsten Tag dann komplett
    nachgeholt") or of more than one day."""
    flat = _flat(sentence)
    found = _DONE_IN_FULL.search(flat)
    return (
        found is not None
        and not _NEGATION.search(found["rest"])
        and not _ANOTHER_TIME.search(flat)
        and len(_DAY_WORD.findall(flat)) <= 1
        # "nach 15 Minuten abgebrochen, aber alles geschafft": everything in less time (a
        # late start is no session cut short: "war 5 Minuten zu spät, trotzdem alles
        # geschafft", blind GQ gq25)
        and not (found["all"] and _CUT_SHORT_RE.search(_LATE_BY.sub(" ", _ALL_WELL.sub(" ", flat))))
    )


# Late by some minutes: "war 5 Minuten zu spät", "10 min später dran".
_LATE_BY = re.compile(
    r"\b(?:war|waren|wars|bin|kam|kamen)?\s*(?:ich|wir|sie|er)?\s*(?:\d+|eine?r?|fue?nf|zehn"
    r"|fuenfzehn|zwanzig)\s*(?:minute\w*|min)\b\s+(?:zu\s+spae?t|spae?ter|verspae?tet|late)\b"
)


def cut_short_sentences(own_text: str) -> Iterator[str]:
    """Every sentence that tells of a session cut short, with a word for the session or
    without ("Aber nur eine Viertelstunde, dann kam der Handwerker und ich musste
    auflegen."): beside a yes, it is the yes's session that was cut short."""
    for sentence in sentences_of(own_text):
        flat = _flat(sentence)
        # "nach ca. 10 Minuten ist das Bild eingefroren, wir haben den Rest dann nur mit Ton
        # gemacht": the session carried on
        if _CUT_SHORT_RE.search(_ALL_WELL.sub(" ", flat)) and not _CARRIED_ON_RE.search(flat):
            yield " ".join(sentence.split())


def carried_on(text: str) -> bool:
    """The text says the session carried on after a failure ("wir haben per Telefon zu
    Ende gemacht", "continued by phone")."""
    return _CARRIED_ON_RE.search(_flat(text)) is not None


def says_called_off(clause: str) -> bool:
    """The clause says its day's session was called off (whether the calendar agrees is
    for the doubt reader: "der 1. April ist ja ausgefallen")."""
    return _CALLED_OFF.search(_flat(clause)) is not None


def says_no_session(clause: str) -> bool:
    """The clause says there was no session that day ("am 14.5. war ja kein Termin")."""
    return _NO_SESSION.search(_flat(clause)) is not None


def agrees_with_calendar(
    sentence: str,
    appointment_days: frozenset[date],
    days_named: Callable[[str], frozenset[date]],
    *,
    confirmed_days: frozenset[date] = frozenset(),
    cancelled_days: frozenset[date] = frozenset(),
) -> bool:
    """Every clause of a doubtful sentence that says more than a yes says what the
    calendar already holds: no session on days the patient has no appointment at all
    ("am 7.5. und 21.5. hat sie teilgenommen, am 14.5. war ja kein Termin wegen
    Himmelfahrt"), a confirmation in an earlier mail of days already confirmed ("Den 9.
    hatte ich Ihnen glaube ich schon bestätigt"), or a day called off whose appointment is
    cancelled ("19.08 war abgesagt"): nothing is in doubt."""
    found = False
    for clause in clauses(_flat(sentence)):
        if not says_more_than_yes(clause):
            continue
        days = days_named(clause)
        folded = _ALL_WELL.sub(" ", clause)
        if not days and found and not _NOT_PLAIN_WORDS.search(folded):
            continue  # "..., deshalb hatte ich da nichts geschickt": more of the same day
        if not days:
            return False
        no_session = says_no_session(clause) and not days & appointment_days
        confirmed_before = bool(_EARLIER_MAIL.search(folded)) and days <= confirmed_days
        called_off = (
            days <= cancelled_days
            and bool(_NEGATION.search(folded) or _BROKEN.search(folded))
            and not _NOT_PLAIN_WORDS.search(folded)
        )
        if not (no_session or confirmed_before or called_off):
            return False
        if _NOT_PLAIN_WORDS.search(folded) and not confirmed_before:
            return False
        found = True
    return found


def complains(own_text: str) -> bool:
    """Whether the text complains (about a session, the waiting, the practice): a person
    answers a complaint, whatever else the mail confirms."""
    return any(_COMPLAINT.search(fold(sentence)) for sentence in sentences_of(own_text))


def says_more_than_yes(sentence: str) -> bool:
    """Whether a sentence (or clause) says anything of its days but a plain yes: a denial,
    a doubt or condition, a question, an absence, a session broken off, a complaint, or a
    confirmation given in an earlier mail. Idioms of all-is-well and devices aside."""
    folded = _ABOUT_SOMETHING_ELSE.sub(
        " ", _ALL_WELL.sub(" ", without_moves_within_the_day(fold(sentence)))
    )
    return bool(
        _denies(folded)
        or _DOUBT.search(folded)
        or _NOT_PLAIN_WORDS.search(folded)
        or _COMPLAINT.search(folded)
        or _EARLIER_MAIL.search(folded)
    )


def _denies(folded: str) -> bool:
    return bool(
        _NEGATION.search(folded)
        or _NOBODY.search(folded)
        or _WAS_ILL.search(folded)
        or _AWAY.search(folded)
        or _BROKEN.search(folded)
        or _moved_away(folded)
    )


# A session counted back from another: "den (Termin) davor", "the one before", "letzte
# Woche", "in der Woche davor".
_BEFORE_ANOTHER = re.compile(
    r"\b(?:davor|zuvor|vorher|before|previous|vorwoche)\b"
    r"|\b(?:letzte[nr]?|vorige[nr]?|vergangene[nr]?|last)\s+(?:woche|week)\b"
)


def _before_the_one_confirmed(
    folded: str,
    confirmations: tuple[ConfirmationFinding, ...],
    appointment_days: frozenset[date],
) -> frozenset[date]:
    """The appointment days before the one day a mail confirms, when a doubting clause
    that names no day counts back from it ("Den Termin davor hab ich verpasst"); none when
    it names no such day or the mail confirms several (before which?)."""
    confirmed_days = {c.day for c in confirmations}
    if len(confirmed_days) != 1 or not _BEFORE_ANOTHER.search(folded):
        return frozenset()
    (confirmed,) = confirmed_days
    return frozenset(day for day in appointment_days if day < confirmed)


def undenied_confirmations(
    confirmations: tuple[ConfirmationFinding, ...],
    doubtful: Iterable[str],
    appointment_days: frozenset[date],
    days_named: Callable[[str], frozenset[date]],
    is_later: Callable[[str], bool] = lambda _: False,
    weekday_days: Callable[[str], frozenset[date]] = lambda _: frozenset(),
    own_text: str = "",
) -> tuple[ConfirmationFinding, ...]:
    """The confirmations that stand beside the doubtful sentences, read clause by clause
    (which clause names which day, what each clause says). A clause that says more than a
    plain yes touches the days it names, or, naming none, the days of the clause before it
    in its sentence (else the sentence's other days): "Am 9.3. musste ich zum Arzt, die
    Behandlung fiel aus" touches the 9.3. A touched day is never recorded. A clause naming
    no day that speaks of a later appointment or of other business (an invoice, a
    prescription, forms: "können Sie mir die Rechnung schicken?") touches no session.
    Everything is left to a person (none stands) when a doubt touches no day at all, hedges
    or speaks of someone else ("ob", "glaube", "meine Tochter"), touches a day that is no
    appointment of the patient, or doubts every session ("alle", "immer"). A confirmed day
    whose evidence lies in a doubtful sentence stands only when a plain clause names it.
    `days_named(text)` gives the days a folded sentence or clause writes down; `is_later`
    whether a text speaks of a day still to come; `weekday_days(text)` the appointment days
    a weekday named by itself may be ("Mittwoch war ich krank": every recent Wednesday);
    `own_text` the mail's own words, where a list of days named by place may stand."""
    touched: set[date] = set()
    clean: set[date] = set()
    doubtful_texts = [_flat(sentence) for sentence in doubtful]
    # a confirmation's evidence that holds a doubtful sentence is read whole: "Die
    # Behandlung am 10.3. hat stattgefunden; am 9.3. war ich krank."
    wider = {
        evidence
        for c in confirmations
        if any(text in (evidence := _flat(c.evidence)) for text in doubtful_texts if text)
    }
    for text in dict.fromkeys(
        [*wider, *(t for t in doubtful_texts if not any(t in w for w in wider))]
    ):
        # (the reason given for a day excepted speaks of that day only; every day the
        # exception names is touched, whichever clause the reader cuts it into)
        text = without_forgotten_paperwork(text)
        excepted_here = excepted_numbers(text)
        text = without_its_reason(text)
        # clauses with the number of their statement (between dashes, ";" and "aber")
        pieces = _STATEMENT.split(text)  # statement, separator, statement, ...
        statements, separators = pieces[::2], ["", *pieces[1::2]]
        numbered = [
            (number, clause)
            for number, statement in enumerate(statements)
            for clause in clauses(statement)
        ]
        named = [
            _within_a_period(clause, days_named(clause), appointment_days) for _, clause in numbered
        ]
        # "Den 3.2. weiß ich nicht mehr, ob wir den gemacht haben": unsure whether that
        # day's session took place touches that day only; unsure which day it was ("oder war
        # es der 23.?"), or someone's word about it, touches every day
        unsure_of_its_day = not _WHICH_DAY.search(_ALL_WELL.sub(" ", text)) and not _SAYS.search(
            text
        )
        previous: frozenset[date] = frozenset()  # the last clause's days in this statement
        statement_days: dict[int, frozenset[date]] = {}
        # the last clause with days of each statement, and whether it said more than a yes
        last_clause: dict[int, tuple[frozenset[date], bool]] = {}
        doubting = every = False
        # a hedge that touches its own day only, and the clean days of this same sentence:
        # then the hedge may govern them too ("Falls stattgefunden: 3., 10. und 17. Februar")
        relaxed = clean_here = hedged_before = False
        for index, ((number, clause), days) in enumerate(zip(numbered, named, strict=True)):
            if index and numbered[index - 1][0] != number:
                previous = frozenset()
            statement_days[number] = statement_days.get(number, frozenset()) | days
            folded = _ABOUT_SOMETHING_ELSE.sub(" ", _ALL_WELL.sub(" ", clause))
            if not says_more_than_yes(clause):
                if days:
                    clean |= days
                    clean_here = True
                    relaxed |= hedged_before
                    previous = days
                    last_clause[number] = (days, False)
                elif weekdays := weekday_days(clause):
                    # "Am Donnerstag hat mich aber niemand angerufen": "aber" cut the
                    # weekday from its denial (the weekday is no clean day)
                    previous = weekdays
                    last_clause[number] = (weekdays, False)
                # "..., wie bei allen Terminen": the doubt beside it is about every session;
                # "Bei den anderen Terminen war es genauso.": about the others too
                every |= not days and (
                    (
                        bool(_ALL_SESSIONS.search(folded))
                        and not _CONFIRMING.search(folded)
                        # "die anderen beiden waren ganz": the rest of a list held
                        and not says_rest_held(folded)
                        # "alle anderen im Mai, außer dem am 20.": every one but the day named
                        and not _ALL_BUT.search(text)
                    )
                    or says_the_same_of_others(clause)
                )
                continue
            doubting, doubted_before = True, doubting
            # the days this clause speaks of are its own, the clause's before it, or those
            # of a doubt just before ("The one on the 10th I'm not so sure about - I think we
            # got cut off")
            just_before = last_clause.get(number - 1, (frozenset(), False))
            near = bool(days) or bool(previous) or just_before[1]
            # "3.11., 10.11., 17.11.: beim mittleren bin ich rausgeflogen", "29.10., 5.11.,
            # 12.11.: the 5th was cancelled by me": what follows the list of days before the
            # colon speaks of the days it names, or of the one at its place
            head, colon, after = folded.rpartition(":")
            listed_here = days & days_named(head) if colon else frozenset()
            listed_here = listed_here if len(listed_here) > 1 else frozenset()
            # (a day by its number among them: "the 5th" written in December is the 5.11.)
            numbers = {
                int(n) for n in re.findall(r"(?<![\d.])(\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b)", after)
            }
            said = frozenset(d for d in listed_here if d in days_named(after) or d.day in numbers)
            if listed_here and said and said != listed_here:
                clean |= listed_here - said  # the list itself is plain
                clean_here = True
                days = said
                listed_here = frozenset()
            elif re.search(r"\d", after):
                listed_here = frozenset()
            at = after if listed_here else folded
            run = _RUN.search(at)
            place = _PLACE.search(at) if run is None else None
            by_place = False
            if (place or run) is not None and not re.search(r"\d", at):
                # "(17.2., 24.2., 3.3. und 10.3.) haben drei stattgefunden, der zweite ist
                # ausgefallen": the day at that place among those just named in its statement
                # (and the day of that number, should the date reader take the word for
                # one), or in the statement before ("4.3., 11.3. und 18.3. – der erste und
                # der letzte ja, der mittlere nicht"); without days just named, which one is
                # for a person ("Der zweite ist aber ausgefallen." after a sentence of days
                # once billed them all)
                among = (
                    listed_here
                    or frozenset().union(
                        *(named[k] for k in range(index) if numbered[k][0] == number)
                    )
                    or statement_days.get(number - 1, frozenset())
                )
                if among and _ALL_BUT.search(folded) and _ALL_SESSIONS.search(folded):
                    # "Die Behandlungen am 6.4. und 8.4. haben stattgefunden, alle bis auf den
                    # letzten.": "alle" may be more than the days named - a person reads it
                    among = frozenset()
                order = text
                if not among and (listing := _the_one_list(confirmations, own_text, days_named)):
                    # the list in a sentence before: "catching up on my sessions: Aug 17,
                    # Aug 24, Aug 31, Sep 7. The first two I replied to already, ..."
                    among, order = listing
                # ("The first two I replied to already": the places of a run, blind IU
                # iu23 billed them)
                positions = (
                    places_of_a_run(run["run"], count_of(run["run_count"]))
                    if run is not None
                    else (POSITIONS[place["position"]],)
                    if place is not None
                    else ()
                )
                if len(among) > len(positions):
                    at_places = frozenset().union(
                        *(day_at_place(among, position, order) for position in positions)
                    )
                    by_place = len(at_places) == len(positions)
                    near = near or by_place  # (a hedge on them is near its days)
                    if listed_here:
                        days = at_places
                        clean |= among - days  # the list itself is plain
                        clean_here = True
                    else:
                        days = at_places | (days & appointment_days)
                elif _denies(folded) or _CUT_SHORT_RE.search(folded):
                    return ()
            if not days and (weekdays := weekday_days(clause)):
                # "Montag war ich krank, aber Donnerstag hat geklappt": every day that
                # Monday may be
                days = weekdays
            if not days:
                # (not a session cut short beside it: "nach 20 min gesagt er muss weg und
                # wir machen nächstes mal länger")
                if (
                    (is_later(folded) and not _moved_away(folded) and not _BROKEN.search(folded))
                    or _CANCELS_A_COMING.search(folded)
                    or (
                        _OTHER_TOPIC.search(folded)
                        and not _TREATMENT.search(folded)
                        and not _HEDGE.search(folded)
                        and not _CONDITION.search(folded)
                    )
                ):
                    continue  # a later appointment or other business: no session touched
                if _COMPLAINT.search(folded) and not (_denies(folded) or _DOUBT.search(folded)):
                    continue  # "... über die Wartezeit beschweren": staff read it
                # the days of the clause before in its statement ("Am 9.3. musste ich zum
                # Arzt, die Behandlung fiel aus"); after a dash, ";" or "aber" the days of a
                # denial just made ("die am 12.2. leider nicht – ich war im Krankenhaus"),
                # else every day of the statement before ("Dienstag, 3.2., Dienstag, 10.2.
                # und Dienstag, 17.2. – nein"); else every day of the sentence
                others = frozenset().union(*named[:index], *named[index + 1 :])
                # "die am 10.2. aber nicht": "aber" cut one clause in two
                cut = "aber" in separators[number] and _denies(folded)
                days = (
                    previous
                    or (just_before[0] if just_before[1] or cut else frozenset())
                    or statement_days.get(number - 1, frozenset())
                    or others
                )
                if not days:
                    # "Mittwoch ja. Den Termin davor hab ich verpasst", "Yes, Monday's
                    # happened. Not sure about the one before": the sessions before the one
                    # day confirmed, never that day (a hedge on them is near its day)
                    days = _before_the_one_confirmed(folded, confirmations, appointment_days)
                    near = near or bool(days)
            if days and not days & appointment_days and says_no_session(clause):
                continue  # "am 14.5. war ja kein Termin (Himmelfahrt)": the calendar agrees
            # (not when a place named the day: "bis auf den zweiten" is no 2nd of a month)
            if by_place:
                pass
            elif (but := _ALL_BUT.search(folded)) and named[index]:
                # "6. April und 9. April, ausgenommen den 6.": the days after the exception
                # word, of those the sentence lists
                after = folded[but.end() :]
                numbers = {x.day for x in days_named(after)} | {
                    int(n)  # (a day's number, not its month's: "16.02.")
                    for n in re.findall(r"(?<![\d.])(\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b)", after)
                }
                excepted = frozenset(d for ds in named for d in ds if d.day in numbers)
                if excepted and not says_more_than_yes(folded[: but.start()]):
                    clean |= named[index] - excepted  # "6. und 9. April" stand but the 6th
                days = excepted or days
            elif _ALL_BUT.search(folded) and (
                listed := {
                    d
                    for ds in (*named[:index], *named[index + 1 :])
                    for d in ds
                    if any(d.day == x.day for x in days)
                }
            ):
                # "3.2., 10.2. und 17.2. waren alle, bis auf den 17." written in March: the
                # listed days of that number (and the short day's own, if an appointment's)
                days = frozenset(listed) | (days & appointment_days)
            if _THE_OTHERS.search(folded) and _UNSURE.search(folded):
                # "Die anderen im Juni weiß ich nicht mehr": unsure of the sessions the mail
                # does not name; those it names plainly elsewhere stand, the days this clause
                # names itself ("Die übrigen zwei (17. und 24.) ...") are touched. (Not "die
                # anderen bitte auch nicht abrechnen" after a denial: others than which?)
                touched |= named[index] & appointment_days
                if named[index]:
                    previous = named[index]
                    last_clause[number] = (named[index], True)
                # nor is "not sure which of them" a doubt about the named days' dates
                doubting = doubted_before
                continue
            # "Den 9. hatte ich Ihnen glaube ich schon bestätigt": unsure whether it was
            # confirmed before, not which day the session was - that day only
            earlier = bool(days) and bool(_EARLIER_MAIL.search(folded))
            if earlier:
                # "wie in meiner Mail vom 14.11. bestätigt": the earlier mail's own date
                # is no session; the appointments' days it names are touched
                days &= appointment_days
                if not days:
                    continue
            if (
                not days
                or (_HEDGE.search(folded) and not earlier and not (near and unsure_of_its_day))
                # someone else's session or word: "meine Tochter meint, ...", not "wegen
                # mein Sohn krank"
                or (
                    _RELATIVES.search(_A_RELATIVE_ILL.sub(" ", folded))
                    and (
                        _TREATMENT.search(folded)
                        or _CONFIRMING.search(folded)
                        or _SAYS.search(folded)
                    )
                )
                or not days <= appointment_days
                # moved to a later day: which session, from when, a person knows
                or _moved_away(folded)
                # "alle bis auf den 15.": every session but the day it names
                # (not the days a place names: "Die ersten beiden hatte ich schon bestätigt")
                or (
                    _EVERY_SESSION.search(folded)
                    and not (named[index] and _ALL_BUT.search(folded))
                    and not by_place
                )
            ):
                return ()
            # unsure of a day the clause names itself after the clean days ("19.2 und 5.3,
            # bei 12.3 weiß ich nicht mehr, ob ...") leaves them; a condition, or a hedge
            # before them ("ob die Behandlungen am 6., 13. und 27. ...") may govern them all
            hedged = bool(_HEDGE.search(folded)) and not earlier
            relaxed |= hedged and (not named[index] or bool(_IF.search(folded)))
            hedged_before |= hedged
            touched |= days
            previous = days
            last_clause[number] = (days, True)
        touched |= {
            d
            for ds in named
            for d in ds
            if (d.day, d.month) in excepted_here or (d.day, None) in excepted_here
        }
        if doubting and (
            every or _WHICH_DAY.search(_ALL_WELL.sub(" ", text)) or (relaxed and clean_here)
        ):
            # a doubt about every session, about which day it was ("- oder am 8.4., ich weiß
            # es nicht mehr genau"), or a hedge beside clean days of its own sentence
            return ()
    clean -= touched
    return tuple(
        c
        for c in confirmations
        if c.day not in touched
        and (
            c.day in clean
            or not any(_overlaps(_flat(c.evidence), text) for text in doubtful_texts)
            # the words that confirm a range beside its exception ("alle fünf Termine haben
            # stattgefunden (3.6. bis 1.7.)", rules/excepting.py): plain by themselves
            or (
                not says_more_than_yes(_flat(c.evidence))
                and not any(text in _flat(c.evidence) for text in doubtful_texts)
            )
        )
    )


def _the_one_list(
    confirmations: tuple[ConfirmationFinding, ...],
    own_text: str,
    days_named: Callable[[str], frozenset[date]],
) -> tuple[frozenset[date], str] | None:
    """The days confirmed as one list, with the text that writes them: the one sentence
    that lists several of them (flat, folded), or lines of bare days ("25.03.\n08.04.\n
    15.04.", "- Mo 17 Aug") in the mail's own text; None when the days confirmed are not
    one list (another sentence confirms a day of its own: which days does the place
    count?)."""
    by_sentence: dict[str, set[date]] = {}
    for c in confirmations:
        by_sentence.setdefault(_flat(c.evidence), set()).add(c.day)
    # (every day the list writes, those confirmed before too; not a sentence that says
    # they all took place: "30.3., 6.4. und 8.4. haben stattgefunden. Den zweiten hatte ich
    # abgesagt." contradicts itself, a person reads it)
    if (
        len(by_sentence) == 1
        and len(days := days_named(text := next(iter(by_sentence)))) > 1
        and not is_confirmation_sentence(text)
    ):
        return days, text
    if len(by_sentence) > 1 and own_text and all(_BARE_DAY.fullmatch(t) for t in by_sentence):
        return frozenset().union(*(days_named(t) for t in by_sentence)), _flat(own_text)
    return None


# A line that is nothing but a day: "25.03.", "- Mo 17 Aug", "• Dienstag, 3.2.2026".
_BARE_DAY = re.compile(
    rf"[-–•*·]?\s*(?:(?:{alternation(WEEKDAYS_ANY)})\.?,?\s*)?(?:den\s+)?\d{{1,2}}\.?\s*"
    rf"(?:\d{{1,2}}\.?(?:\d{{2,4}})?|(?:{alternation(MONTHS)})\.?(?:\s+\d{{4}})?)?"
    rf"|[-–•*·]?\s*(?:(?:{alternation(WEEKDAYS_ANY)})\.?,?\s*)?(?:{alternation(MONTHS)})\.?\s+"
    r"\d{1,2}(?:st|nd|rd|th)?"
)


_PLACE = re.compile(POSITION)
_RUN = re.compile(POSITION_RUN)
_PLACE_DENIED = re.compile(POSITION_DENIED)


# Where one statement of a sentence ends and the next begins.
_STATEMENT = re.compile(r"(\s[–—-]\s|;|\b(?:aber|jedoch|sondern|but|however)\b)")


def _within_a_period(
    clause: str, days: frozenset[date], appointment_days: frozenset[date]
) -> frozenset[date]:
    """A clause naming a period ("Krankschreibung vom 11.02. bis 15.02.2026") speaks of the
    sessions within it; its ends, no sessions, stay when none lies within."""
    if len(days) != 2 or days <= appointment_days or not _FROM_TO.search(_flat(clause)):
        return days
    low, high = min(days), max(days)
    return frozenset(day for day in appointment_days if low <= day <= high) or days


# A period: "vom 11.02. bis 15.02.", "from the 3rd to the 17th".
_FROM_TO = re.compile(
    r"\b(?:vom|von|from)\b(?:[^.!?]|(?<=\d)\.){0,30}\b(?:bis|to|until|till)\b"
    r"|\b(?:zwischen|between)\b(?:[^.!?]|(?<=\d)\.){0,30}\b(?:und|and)\b"
)
# Unsure which day a session was: "oder war es der 23.?", "welcher Tag", "or was it".
_WHICH_DAY = re.compile(
    r"\boder\s+(?:war|am|an|der|den|dem|doch|vielleicht|eher|auch)\b|\bwelche[nrms]?\b"
    r"|\bor\s+(?:was|on|the|maybe|perhaps)\b|\bverwechsel\w*|\bdurcheinander\w*"
    # "which day it was", "not sure which one" (not "the 17th, which I missed")
    r"|\bwhich\s+(?:day|date|one|ones|of\s+them|session|week|it\s+was|was\s+it)\b"
    r"|\b(?:sure|know|remember|idea)\s+which\b"
    r"|\bmixed\s+up\b"
)
# Hearsay: "meine Tochter meint / sagt".
_SAYS = re.compile(r"\b(?:meint\w*|sagt\w*|glaubt\w*|says|thinks)\b")
# Not yet: "Bestätigung folgt, sobald ich mit meiner Krankenkasse gesprochen habe".
_CONDITION = re.compile(r"\b(?:sobald|bevor|nachdem|bis|once|until|before|after)\b")
# Unsure, conditional or hearsay: the day itself may be the wrong one.
_HEDGE = re.compile(
    r"\b(?:ob|falls|sofern|wenn|(?<!\bja\s)(?<!\bja,\s)sicher|glaube\w*|vermut\w*|vielleicht|eventuell"
    r"|wahrscheinlich|meint\w*|sagt\w*|laut|angeblich|hoffe\w*|eigentlich|irgendwie"
    r"|whether|if|(?<!\byes\s)(?<!\byes,\s)(?<!\bfor\s)sure|think|maybe|perhaps|probably|apparently)\b"
)
# A condition: "falls", "wenn", "if".
_IF = re.compile(r"\b(?:falls|sofern|wenn|if|provided)\b")
# Every session, in a clause of its own ("wie bei allen Terminen"; not "alles gut").
_ALL_SESSIONS = re.compile(
    r"\b(?:alle[nm]?|beide[nm]?|jede[snm]?\s+mal|jedes\s+mal|immer|staendig|all|both|every"
    r"|always)\b"
)
# The sessions other than those the mail names: "die anderen", "the ones in between".
_THE_OTHERS = re.compile(
    r"\b(?:die|den|der|dem|alle)\s+(?:\w+\s+)?(?:anderen|uebrigen|restlichen)\b"
    r"|\b(?:den|der|dem)\s+rest\b|\bthe\s+(?:\w+\s+)?(?:others?|rest|remaining)\b"
    r"|\bthe\s+ones?\s+in\s+between\b|\bdazwischen\b"
)
# Every session but the day named: "alle bis auf den 15.", "all except the 3rd".
_ALL_BUT = re.compile(rf"\b{EXCEPTING}\b")
# A doubt about every session, not just the days its sentence names (not "allerdings").
_EVERY_SESSION = re.compile(
    r"\b(?:alle[nmrs]?|beide\w*|jede[snm]?\s+mal|jedes\w*|immer|staendig|andere\w*|uebrige\w*"
    r"|all|both|every|always|other|others)\b"
)


# The same as the doubt before it ("genauso", "the same"), not as a good session ("die
# anderen liefen genauso gut").
_LIKEWISE = re.compile(
    r"\b(?:genauso|ebenso|genau\s+so|auch\s+so|das\s+gleiche|dasselbe|nicht\s+anders"
    r"|the\s+same|same\s+(?:with|for|goes|thing|problem|story)|likewise)\b"
    r"(?!\s+(?:gut|problemlos|reibungslos|super|prima|toll|normal|fine|good|well)\b)"
)


def says_the_same_of_others(sentence: str) -> bool:
    """The sentence says of the other sessions, or of every one, what was said before
    ("Bei den anderen Terminen war es leider genauso.", "Same with the other two.")."""
    folded = _flat(sentence)
    return bool(_LIKEWISE.search(folded)) and bool(
        _THE_OTHERS.search(folded) or _EVERY_SESSION.search(folded)
    )


def _flat(sentence: str) -> str:
    return " ".join(fold(sentence).split())


def _overlaps(one: str, other: str) -> bool:
    return bool(one) and bool(other) and (one in other or other in one)


# "Den 6.4. hatte ich Ihnen schon bestätigt", "wie in meiner letzten Mail geschrieben":
# the day was confirmed (or not) by an earlier mail, which is the evidence to bill on.
_EARLIER_MAIL = re.compile(
    # (a date's dots inside: "schon in meiner Mail vom 7.4. bestätigt")
    r"\b(?:schon|bereits|already|previously)\b(?:[^.!?]|(?<=\d)\.){0,40}\b(?:bestae?tigt|gemeldet"
    r"|geschrieben|mitgeteilt|beantwortet|geantwortet|zurue?ckgemeldet|confirmed|wrote|written"
    r"|replied|answered)\b"
    # "The first two I replied to already" (blind IU iu23)
    r"|\b(?:confirmed|replied|answered|wrote)\s+(?:to\s+|about\s+)?(?:\w+\s+){0,2}?(?:already"
    r"|before|previously)\b"
    r"|\bhatte\s+ich\s+(?:ihnen\s+)?(?:doch\s+)?(?:ja\s+)?bestae?tigt\b"
    r"|\b(?:in|mit)\s+meine[rm]\s+(?:letzten|vorigen|vorherigen|ersten|frue?heren)\s+"
    r"(?:e-?mail|mail|nachricht|antwort)\b|\bas\s+i\s+(?:said|wrote|mentioned)\b"
    r"|\bin\s+my\s+(?:last|previous|earlier)\s+(?:e-?mail|mail|message)\b"
    # "bitte meine Bestätigung vom 24.09. ignorieren", "my confirmation of the 24th"
    # (not "Nachtrag zu meiner Mail von letzter Woche: auch ... gestern")
    r"|\bmeine[rnm]?\s+bestae?tigung\s+(?:vom|von)\b|\bmy\s+confirmation\s+(?:of|from|on)\b"
)


def refers_to_earlier_mail(sentence: str) -> bool:
    """The sentence speaks of a confirmation given (or a thing written) in an earlier
    mail, so its days are not confirmed by this one."""
    return bool(_EARLIER_MAIL.search(_ALL_WELL.sub(" ", fold(sentence))))


# --- someone else's treatment, or one elsewhere -----------------------------------------

_RELATIVE = (
    r"(?:mutter|mama|vater|papa|mann|mannes|ehemann\w*|frau|ehefrau|sohn\w*|tochter|kind\w*"
    r"|oma|opa|grossmutter|grossvater|schwester|bruder\w*|partner\w*|freundin|freund\w*"
    r"|nachbar\w*|bekannte[nr]?|kolleg\w*|neighbou?r|friend|colleague"
    r"|mother|mum|mom|father|dad|husband|wife|son|daughter|child|partner)"
)
_SESSION = (
    r"(?:behandlung\w*|therapie\w*|termin\w*|sitzung\w*|stunde\w*|telefonat\w*|anruf\w*"
    r"|video\w*|krankengymnastik|physio\w*|session\w*|treatment\w*|appointment\w*|therapy)"
)
_MY = "|".join(dialect.POSSESSIVES)  # "mei Frau"
# "die Behandlung meiner Mutter", "der Termin unseres Sohnes", "meine Tochter hatte ihre
# Stunde", "my son's session": a relative's treatment.
_NOT_I = r"(?:(?!\b(?:ich|i)\b)[^!?])"  # any character but a sentence end, "ich" or "I"
_RELATIVES_SESSION = re.compile(
    rf"\b{_SESSION}\s+(?:von\s+)?(?:{_MY}|meine[rsm]?|unsere[rsm]?)\s+{_RELATIVE}\b"
    rf"|\b(?:{_MY}|meine?|unsere?)\s+{_RELATIVE}\b[^!?]{{0,80}}\b(?:ihre?|seine?)[nrms]?\s+{_SESSION}"
    # the relative as the one who had it: "mein Sohn hatte gestern eine Behandlung"
    # (not when the writer is the subject in between, nor of "meine Behandlung": "Mein Sohn
    # hilft mir beim Schreiben, aber am 10.3. hatte ich meine Behandlung")
    rf"|\b(?:{_MY}|meine?|unsere?|my|our)\s+{_RELATIVE}\b{_NOT_I}{{0,60}}\b(?:hatte|hat|war"
    rf"|bekam|erhielt|had|got|was)\b[^!?]{{0,60}}\b(?<!\bmeine\s)(?<!\bmeinen\s)(?<!\bmy\s)"
    rf"(?:telefon|video|physio)?{_SESSION}"
    # the relative as the one who took part: "mein Sohn hat am 6.4. teilgenommen"
    rf"|\b(?:{_MY}|meine?|unsere?|my|our)\s+{_RELATIVE}\b{_NOT_I}{{0,60}}\b(?:teilgenommen"
    rf"|behandelt|took\s+part|participated|attended)\b"
    rf"|\bmy\s+{_RELATIVE}'?s\s+(?:\w+\s+)?{_SESSION}"
    rf"|\bmy\s+{_RELATIVE}\b[^!?]{{0,40}}\b(?:her|his)\s+(?:\w+\s+)?{_SESSION}"
)
_STANDING_IN = re.compile(THERAPIST_STANDING_IN)
# The reason given for a session that did not take place, which may name a doctor: "Der
# 10.2. ist ausgefallen, da hatte ich den Termin beim Orthopäden" (blind IR ir01), "die
# Behandlung am Donnerstag ist ausgefallen weil ich beim Arzt war" (blind IP ip10).
_REASON_FOR_A_DENIAL = re.compile(
    r"(?P<denied>\b(?:ausgefallen|abgesagt|verpasst|verschoben|nicht\s+stattgefunden"
    r"|fiel\s+(?:\w+\s+)?aus|war\s+(?:ich\s+)?nicht|missed|cancelled|canceled)"
    # or excepted: "alle ausser dem 30.01. da war ich beim Hausarzt" (blind IU iu09)
    rf"|\b{EXCEPTING}\s+(?:de[nmr]\s+|the\s+)?\d{{1,2}}\.(?:\s?\d{{1,2}}\.?(?:\d{{2,4}})?)?)"
    r"\s*(?:[,;(]|\s[-–—])?\s*(?:weil|da|denn|because|since|as)\b[^,.;:!?()]*"
)
# A treatment at another provider: "beim Orthopäden", "bei einer anderen Praxis".
_ELSEWHERE = re.compile(
    r"\bbeim?\s+(?:\w+\s+)?(?:arzt|hausarzt|aerztin|orthopae\w*|osteopath\w*|chiropraktiker\w*"
    r"|heilpraktiker\w*|zahnarzt|chirurg\w*|neurolog\w*|radiolog\w*|kardiolog\w*|internist\w*)\b"
    r"|\bbei\s+(?:der|dem|einer|einem|meiner|meinem)\s+(?:\w+\s+)?(?:klinik|krankenhaus|reha\w*"
    r"|arztpraxis|hausarzt\w*|orthopae\w*|osteopath\w*)\b"
    r"|\b(?:andere[nmrs]?|zweite[nmrs]?|fremde[nmrs]?)\s+(?:praxis|physio\w*|therapeut\w*|arzt"
    r"|klinik|krankengymnast\w*)\b"
    r"|\b(?:another|other|different)\s+(?:practice|clinic|physio\w*|doctor)\b"
    # (not one of ours standing in: "A different therapist covered", blind GN gn17)
    r"|\b(?:another|other|different)\s+therapist\b(?!\s+(?:covered|stood\s+in|stepped\s+in"
    r"|filled\s+in|from\s+your|of\s+yours))"
    r"|\bmy\s+(?:osteopath|doctor|gp|chiropractor|dentist|orthopaedist|orthopedist)\b"
    r"|\bin\s+(?:der|einer)\s+(?:klinik|reha\w*)\b|\bin\s+(?:aerztlicher|stationae?rer)\b"
    # therapies the practice does not give by phone or video
    r"|\b(?:ergo|psycho|verhaltens|schmerz|strahlen|chemo)therapie\w*|\blogopae?d\w*"
    r"|\bzahn\w*|\bdentist\w*|\belsewhere\b|\bsomewhere\s+else\b|\bwoanders\b|\banderswo\b"
    r"|\bosteopathi\w*|\bchiropraktik\w*|\bakupunktur\w*|\bmassage\w*|\blymphdrainage\w*"
    r"|\b(?:occupational|speech|psycho)\s*therapy\b|\bacupuncture\b|\bmassage\b"
)


# "in der Praxis Müller", "bei Physio Schmidt": a practice named by its name (written with a
# capital), not "Ihre Praxis".
_OTHER_PRACTICE = re.compile(
    r"\b(?:in\s+der|bei\s+der|in|bei)\s+(?:Praxis|Physiopraxis|Physio|Therapiepraxis)\s+"
    r"(?!Impulse\b)(?:Dr\.\s*)?[A-ZÄÖÜ][\w-]+"
)


# "hiermit bestätige ich, dass Elif heute ihre Krankengymnastik hatte" (blind HV hv12, a
# mother for her daughter): a person named by her name had her own session. (Not "dass
# Sie ...", the therapist, or the patient's own name: `someone_elses_or_elsewhere`.)
_NAMED_PERSONS_SESSION = re.compile(
    r"\b(?:dass|daß|that)\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\b(?:[^.!?]|(?<=\d)\.){0,60}?"
    rf"(?i:\b(?:ihre|seine|her|his)[nrms]?\s+(?:\w+\s+)?{_SESSION})"
)
_NO_NAME = frozenset(
    {"sie", "ihre", "ihr", "er", "es", "wir", "ich", "die", "der", "das", "den", "dem", "heute",
     "gestern", "frau", "herr", "i", "we", "you", "she", "he", "it", "they", "the", "my"}
    | set(WEEKDAYS_FULL)
)  # fmt: skip


def someone_elses_or_elsewhere(
    sentence: str,
    *,
    writer_is_patient: bool,
    writer_is_someone_else: bool = False,
    patient_names: frozenset[str] = frozenset(),
) -> str | None:
    """Why the confirming sentence is not about the patient's treatment with us, or None.
    A relative's treatment counts against the patient only when the patient writes
    herself: a daughter who manages her mother's mailbox writes "meine Mutter" of the
    patient, and the kind/time check and the thread catch the rest. The other way round,
    a writer who is plainly not the patient and speaks of "meine Stunde" speaks of her
    own session, or unclearly: not the patient's confirmation. `patient_names`: the
    patient's names, folded ("dass Aylin heute ihre Stunde hatte" is hers)."""
    folded = _REASON_FOR_A_DENIAL.sub(r"\g<denied> ", _STANDING_IN.sub(" ", fold(sentence)))
    if _ELSEWHERE.search(folded) or _OTHER_PRACTICE.search(sentence):
        return "eine Behandlung bei einem anderen Arzt oder einer anderen Praxis"
    if writer_is_patient and _RELATIVES_SESSION.search(folded):
        return "die Behandlung einer anderen Person (Angehörige)"
    named = _NAMED_PERSONS_SESSION.search(sentence)
    if (
        writer_is_patient
        and named is not None
        and (name := named["name"].casefold()) not in _NO_NAME
        and name not in patient_names
    ):
        return "die Behandlung einer anderen Person (mit Namen genannt)"
    if writer_is_someone_else and _OWN_SESSION.search(folded):
        return "die eigene Behandlung des Absenders, der nicht der Patient ist"
    return None


# The writer's own session, in the first person ("hatte heute meine Stunde", "my session").
_OWN_SESSION = re.compile(
    r"\b(?:meine[nm]?|my)\s+(?:\w+\s+)?(?:stunde|behandlung|therapie\w*|sitzung|termin"
    r"|session|appointment|treatment|therapy|physio\w*|krankengymnastik)\b"
    # (not "Ich war beide Male dabei, die Behandlungen haben ...": present at the patient's)
    r"|\bich\s+(?:hatte|habe|war)\b[^.!?,;]{0,40}\b(?:stunde|behandlung|sitzung|termin|therapie)"
    r"|\bi\s+(?:had|have\s+had|attended)\b[^.!?]{0,40}\b(?:session|appointment|treatment)"
)


def writer_is_someone_else(sender_name: str, patient_name: str) -> bool:
    """Whether the display name plainly names another person than the patient: a first
    name (or its initial) that is not the patient's ("Katrin Schulz" or "K. Schulz" for
    Marie Schulz). A bare surname, no name, or the patient's first name say nothing."""
    writer = [w.casefold() for w in re.findall(r"[^\W\d_]+", sender_name)]
    patient = [w.casefold() for w in re.findall(r"[^\W\d_]+", patient_name)]
    if not writer or not patient:
        return False
    first_names = patient[:-1] or patient
    others = [w for w in writer if w not in patient]
    if not others or any(w in first_names for w in writer):
        return False
    # "M. Schulz" may be Marie
    return not any(len(w) == 1 and any(f.startswith(w) for f in first_names) for w in others)
