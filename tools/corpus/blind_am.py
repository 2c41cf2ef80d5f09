"""Write blind set AM: an ordinary practice inbox in late winter and spring 2026 (41 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_am`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
29 mails confirm at least one day, 12 look like confirmations and are not. The inbox seen
through very short and very long mails: one-word and emoji answers under our request ("Ja",
"Passt.", a thumbs-up, a check mark), answers given in the subject line with an empty body,
and long letters from retired patients (Hans-Jürgen Wolff, Renate Koch, Ursula Berger) that
tell of snow, grandchildren, Easter and the exercises with the date somewhere in the middle;
a wife and a mother writing for the patient; Turkish- and Romanian-German learners, English,
ALL CAPS; several days at once around month ends. Look-alikes: a bare "Nein" and a bare "?"
under our request, a thumbs-down, a no-show told after the fact, a call broken off, a
cancelled day, a reschedule, a future day looked forward to in a long letter, an invoice
question.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_am")


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
TONLINE = "\n\n--\nGesendet mit der Telekom Mail App"
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"


def short_answers() -> None:
    yes("am01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003), "Ja",
        client="webde", reply="cr-1003", style="webde",
        note="one word under our request for 27.01.2026: the day is the one we asked about")  # fmt: skip
    yes("am02_wagner_betreff.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 18:44",
        "Termin 12.01. hat stattgefunden", IPHONE, client="iphone",
        note="the whole answer is in the subject line, the body is only the iPhone footer")  # fmt: skip
    yes("am03_wagner_daumen.eml", 21, (1125,), (), "2026-01-19 11:20", re(1125), "👍",
        client="iphone", reply="cr-1125", style="iphone",
        note="a thumbs-up alone under our request for 19.01.2026: a yes to that day")  # fmt: skip
    yes("am04_becker_passt.eml", 2, (1010,), (), "2026-02-02 20:10", re(1010), "Passt.",
        client="gmail", reply="cr-1010", style="gmail",
        note="one word under our request for 02.02.2026")  # fmt: skip
    yes("am05_krueger_smiley.eml", 1, (1004,), (), "2026-02-03 19:02", re(1004), "ja :-)\nS.",
        client="webde", reply="cr-1004", style="webde", bottom=True)  # fmt: skip
    yes("am06_wagner_betreff_aw.eml", 21, (1126,), (), "2026-01-27 07:51",
        "AW: Bitte bestätigen Sie Ihre Behandlung vom 26.01.2026 - ja war",
        "", client="iphone", reply="cr-1126", style="iphone",
        note="answer appended to our subject (whose day is ours), nothing typed above the quote")  # fmt: skip
    yes("am07_demir_haken.eml", 3, (1019,), (), "2026-03-04 14:30", re(1019), "✅",
        client="gmail", reply="cr-1019", style="gmail",
        note="a check mark alone under our request for 04.03.2026")  # fmt: skip
    yes("am08_oneill_yes.eml", 23, (1136,), (), "2026-04-14 21:33", re(1136), "Yes.\n\nJ.",
        client="gmail", reply="cr-1136", style="gmail_en")  # fmt: skip
    yes("am09_hoffmann_bestaetigt.eml", 6, (1040,), (), "2026-05-04 09:47",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 04.05.2026",
        "bestätigt\n\nP. Hoffmann" + OUTLOOK_APP, client="outlook", reply="cr-1040",
        style="outlook")  # fmt: skip
    yes("am10_richter_daumen_datum.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 21:12",
        re(1051), "👍🏼 3.6.", client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("am11_berger_betreff.eml", 24, (1145,), ("2026-05-27",), "2026-05-28 08:15",
        "27.5. erledigt", "Gruß U. Berger", client="thunderbird",
        note="the day is only in the subject line")  # fmt: skip
    yes("am12_demir_zwei_haken.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 07:10", re(1021), "11. und 18.3. ✔✔\nAylin", client="samsung",
        reply="cr-1021", style="samsung")  # fmt: skip
    yes("am13_berger_caps.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 10:02", "TERMINE", "BEIDE TERMINE 13.5. UND 20.5. WAREN. GRUSS BERGER",
        client="plain")  # fmt: skip


def learners_and_relatives() -> None:
    yes("am14_aydin_19subat.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 06:55", re(1130),
        "merhaba\nja termin 19.02 war gemacht telefon alles gut danke\nMehmet" + SAMSUNG,
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("am15_aydin_zwei.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 21:40", "termin",
        "Hallo\n26.2 und 5.3 beide telefon gemacht, bitte eintragen. nächste woche ich bin "
        "auch da\nMfG Aydin", client="plain")  # fmt: skip
    yes("am16_popescu_da.eml", 7, (1046,), ("2026-06-02",), "2026-06-03 08:20", re(1046),
        "Guten Morgen,\nja die Behandlung am 2. Juni war. Die Video ging gut diese mal.\n"
        "Multumesc, Elena", client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("am17_wolff_ehefrau.eml", 4, (1031,), ("2026-02-06",), "2026-02-07 10:30", re(1031),
        "Guten Tag,\n\nmein Mann lässt ausrichten: am Freitag, 6.2., hat das Telefonat "
        "stattgefunden. Er sitzt gerade an seinen Übungen.\n\nMit freundlichen Grüßen\n"
        "Ingrid Wolff" + TONLINE, client="tonline", reply="cr-1031", style="tonline",
        name="Ingrid Wolff", note="his wife writes from his address")  # fmt: skip
    yes("am18_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 08:05", re(1034),
        "Hallo,\n\nja, Marie hatte am 16.4. ihre Stunde, sie ist danach gleich zum Training. "
        "\n\nViele Grüße\nKatrin Schulz", client="thunderbird", reply="cr-1034",
        style="thunderbird", name="Katrin Schulz",
        note="the mother confirms for her daughter from the registered address")  # fmt: skip
    yes("am19_oneill_both.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-04-29 08:12", "Re: sessions", "Hi,\n\nboth sessions happened - 21st and 28th "
        "April. Neck's a lot better.\n\nCheers,\nJames\n\nSent from my phone",
        client="gmail")  # fmt: skip
    yes("am20_hoffmann_doppelt.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 07:02",
        re(1043), "Guten Morgen,\n\nam 18.5. haben beide Sitzungen (früh und mittags) "
        "stattgefunden.\n\nBeste Grüße\nPeter Hoffmann\n\nHoffmann Consulting GmbH\n"
        "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
        "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
        "Mail.", client="outlook", reply="cr-1043", style="outlook_classic",
        note="two sessions on one day, both confirmed")  # fmt: skip
    yes("am21_krueger_drei.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-28 16:40", "Termine Februar",
        "Hallo,\nich hab die letzten Mails nicht beantwortet, sorry. 10.2., 17.2. und 24.2. "
        "haben alle drei stattgefunden.\nLG Sabine Krüger", client="webde")  # fmt: skip
    yes("am22_becker_vier.eml", 2, (1011, 1012, 1013, 1014, 1015, 1016),
        ("2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19", "2026-02-23"),
        "2026-02-24 22:15", "Bestätigung",
        "alle telefonate seit dem 5.2. gehabt: 5., 9., 12., 16., 19. und 23.2.\nTB",
        client="gmail")  # fmt: skip


WOLFF_1 = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre freundliche Nachricht. Ich muss gestehen, ich bin mit diesen
E-Mails noch nicht so fix, mein Enkel Lukas hat mir das Programm eingerichtet, als er
über Weihnachten hier war. Inzwischen klappt es aber ganz ordentlich.

Hier bei uns liegt seit Tagen Schnee, und meine Frau hat mir verboten, den Gehweg selbst
zu räumen, wegen des Rückens. Das übernimmt jetzt der Nachbarsjunge für zehn Euro die Woche.

Nun zu Ihrer Frage: Ja, die Behandlung am Freitag, den 16. Januar, hat stattgefunden.
Die Therapeutin hat mich pünktlich um zwei angerufen, und wir haben die Übungen für die
Lendenwirbelsäule noch einmal durchgesprochen. Die Übung mit dem Handtuch unter dem Knie
mache ich jeden Morgen nach dem Frühstück, die Brücke schaffe ich jetzt schon zehnmal.

Am Wochenende kommen die Enkel, da werde ich wohl wieder auf dem Boden mit der Eisenbahn
spielen müssen. Ich werde berichten, ob der Rücken das aushält.

Mit freundlichen Grüßen aus dem verschneiten Kassel
Hans-Jürgen Wolff"""

WOLFF_2 = """Sehr geehrte Damen und Herren,

ich hoffe, Sie sind alle gesund durch diesen Januar gekommen. Bei uns hat die halbe
Familie die Grippe gehabt, ich selbst bin zum Glück verschont geblieben, wahrscheinlich
wegen der vielen Spaziergänge. Seit es getaut hat, gehe ich jeden Tag eine Runde um den
Teich, mit den Stöcken, wie die Therapeutin es empfohlen hat.

Die Enkel waren da, und der Rücken hat die Eisenbahn überstanden, das wollte ich noch
berichten. Der kleine Paul (4) hat die Brücke mitgemacht und sich schiefgelacht.

Ich habe Ihre beiden Mails bekommen und beantworte sie der Ordnung halber zusammen: die
Telefontermine am 23. und am 30. Januar haben beide stattgefunden, jeweils freitags um
14 Uhr, wie vereinbart. Beim zweiten Mal haben wir die Dehnung für die Hüfte dazugenommen.

Meine Frau lässt grüßen, sie meint, ich sei seit der Behandlung viel weniger knurrig.

Herzliche Grüße
Ihr Hans-Jürgen Wolff"""

WOLFF_3 = """Liebe Praxis,

nun ist der Februar schon fast vorbei, und ich muss sagen, die Behandlungen haben mir
sehr geholfen. Heute war der erste Tag, an dem man ohne Mütze auf der Terrasse sitzen
konnte, die Schneeglöckchen sind schon da, und die Meisen streiten sich ums Futterhaus.

Meine Tochter war mit den Kindern in den Winterferien hier, eine Woche lang Trubel, und
ich habe trotzdem jeden Tag meine Übungen gemacht, zum Teil mit Publikum.

Der Vollständigkeit halber: am 13.02. und am 20.02.2026 hat die Therapeutin mich wieder
angerufen, beide Male hat alles geklappt. Damit ist die Verordnung ja wohl aufgebraucht,
oder? Dann melde ich mich bei meinem Hausarzt wegen einer neuen.

Mit den besten Grüßen, auch an die Therapeutin, Frau Lorenz,
Hans-Jürgen Wolff
Am Rosenhang 7
34131 Kassel"""

KOCH_1 = """Liebe Frau Lorenz, liebes Praxisteam,

heute früh hat es noch einmal geschneit, dabei blühen im Vorgarten schon die Krokusse.
Mein Mann sagt, das ist der letzte Schnee, das sagt er aber seit drei Wochen.

Ich wollte mich bedanken für das Gespräch am Montag, dem 23. März. Die Therapeutin hat
sich sehr viel Zeit genommen, und die Übungen mit dem roten Band mache ich jetzt zweimal
am Tag, einmal vor den Nachrichten und einmal nach dem Abendbrot. Die Schulter lässt
sich schon wieder bis zur Küchenschranktür heben, das ging im Februar nicht.

Unsere Enkelin Mia hat mir zum Geburtstag einen Kalender geschenkt, da trage ich jetzt
alle Termine ein, damit ich nichts durcheinanderbringe.

Herzliche Grüße aus Bielefeld
Renate Koch"""

KOCH_2 = """Liebes Praxisteam,

jetzt ist schon April, und ich bin Ihnen noch drei Antworten schuldig. Entschuldigen
Sie bitte, die Woche war turbulent: unsere Tochter ist mit den beiden Kleinen für die
Osterferien gekommen, und da steht das Haus kopf. Wir haben Eier gefärbt, der Große hat
das halbe Wohnzimmer mit angefärbt, und ich habe natürlich wieder zu lange gebückt am
Tisch gesessen.

Also, der Reihe nach, ich habe es mir im Kalender angestrichen: Mittwoch, 25. März, hat
die Therapeutin angerufen. Montag, 30. März, ebenfalls, da hatte ich allerdings die
Enkel nebenan und musste zweimal „Ruhe bitte" rufen. Und gestern, am 1. April, auch -
das war kein Aprilscherz, ha ha. Alle drei Male haben wir die Übungen gemacht.

Die Schulter wird besser. Beim Eierverstecken im Garten konnte ich den Arm schon bis
in die Forsythie heben.

Frohe Ostern Ihnen allen!
Renate Koch"""

KOCH_3 = """Liebe Frau Lorenz,

ich schreibe Ihnen nur kurz, weil die Enkel gleich wieder abgeholt werden und ich
dann die Ruhe genieße. Das Wetter ist herrlich, wir haben am Ostermontag den ersten
Kaffee auf dem Balkon getrunken.

Mit den Übungen bin ich fleißig, nur die dritte, mit dem Arm über Kopf, tut noch
etwas weh, vor allem abends. Ist das normal, oder soll ich die weglassen, bis wir
wieder telefonieren? Ich freue mich schon auf Mittwoch, den 8. April, dann kann ich
Ihnen das genauer zeigen, beziehungsweise erzählen.

Viele Grüße, auch von meinem Mann
Renate Koch"""

BERGER_1 = """Guten Tag,

endlich Mai! Nach diesem langen Winter habe ich gestern zum ersten Mal die
Geranien auf den Balkon gestellt, und die Amsel, die jedes Jahr im Efeu brütet, ist
auch wieder da. Ich sitze jeden Morgen mit dem Kaffee draußen und schaue ihr zu.

Mein Knie macht sich. Die Übungen auf dem Stuhl, das Bein langsam strecken und halten,
mache ich dreimal täglich, wie besprochen, und ich gehe wieder bis zum Bäcker und zurück
ohne Pause. Vor einem Monat musste ich noch auf der Bank am Kirchplatz verschnaufen.

Sie wollten wissen, ob das Telefonat am 6. Mai stattgefunden hat: ja, am Mittwoch um
neun Uhr hat mich Ihr Kollege angerufen, ein sehr netter junger Mann, er hat sich alles
genau erklären lassen und mir noch eine neue Übung für die Treppe gegeben.

Meine Enkeltochter studiert jetzt in Leipzig Medizin, sie meint, ich solle auf Sie hören.
Das tue ich.

Freundliche Grüße
Ursula Berger"""


def long_letters() -> None:
    yes("am23_wolff_brief_schnee.eml", 4, (1028,), ("2026-01-16",), "2026-01-18 11:24",
        re(1028), WOLFF_1, client="tonline", reply="cr-1028", style="tonline",
        note="long letter; the confirmation of Friday 16 January is in the middle")  # fmt: skip
    yes("am24_wolff_brief_enkel.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 15:02", "Ihre beiden Anfragen", WOLFF_2, client="tonline",
        note="both January Fridays confirmed in one sentence mid-letter")  # fmt: skip
    yes("am25_wolff_brief_februar.eml", 4, (1032, 1033), ("2026-02-13", "2026-02-20"),
        "2026-02-22 17:48", "Februar", WOLFF_3, client="tonline", staff=True, extra=("question",),
        note="confirms 13.02. and 20.02.; asks whether the prescription is used up")  # fmt: skip
    yes("am26_koch_brief_krokusse.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 17:30",
        re(1109), KOCH_1, client="tonline", reply="cr-1109", style="tonline",
        note="a thank-you for the talk on Monday 23 March: the session took place")  # fmt: skip
    yes("am27_koch_brief_ostern.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-02 20:15", "Meine Antworten",
        KOCH_2, client="tonline",
        note="three days across the month end; 1 April also as 'gestern'")  # fmt: skip
    yes("am28_berger_brief_amsel.eml", 24, (1142,), ("2026-05-06",), "2026-05-08 09:40",
        re(1142), BERGER_1, client="thunderbird", reply="cr-1142", style="thunderbird",
        bottom=True, note="bottom-posted long letter; the 6 May call in the middle")  # fmt: skip


def look_alikes() -> None:
    no("am29_krueger_nein.eml", 1, ("other",), "2026-03-03 12:10", re(1008), "Nein",
       client="webde", reply="cr-1008", style="webde",
       note="one word no under our request for 03.03.2026: nothing to record, staff asks")  # fmt: skip
    no("am30_krueger_fragezeichen.eml", 1, ("question",), "2026-03-10 12:30", re(1009), "?",
       client="webde", reply="cr-1009", style="webde",
       note="a bare question mark: unclear, not a yes")  # fmt: skip
    no("am31_richter_daumen_runter.eml", 8, ("other",), "2026-06-10 19:55", re(1052),
       "👎", client="iphone", reply="cr-1052", style="iphone",
       note="thumbs-down under our request: the session did not work out")  # fmt: skip
    no("am32_berger_nicht_erreicht.eml", 24, ("other",), "2026-06-04 10:20", re(1146),
       "Guten Tag,\n\nes tut mir leid, am Mittwoch, dem 3. Juni, war ich beim Augenarzt und "
       "habe den Anruf verpasst. Ich habe das Telefon erst am Nachmittag gesehen. Bitte "
       "bestätigen Sie das nicht.\n\nMit freundlichen Grüßen\nUrsula Berger",
       client="thunderbird", reply="cr-1146", style="thunderbird",
       note="no-show told after the fact")  # fmt: skip
    no("am33_oneill_missed.eml", 23, ("other",), "2026-05-06 08:30", re(1139),
       "Sorry, I missed the call on 5 May - stuck at work till 9. Can we add one at the end?"
       "\n\nJames", client="gmail", reply="cr-1139", style="gmail_en",
       note="missed session plus a request for an extra one")  # fmt: skip
    no("am34_hoffmann_abbruch.eml", 6, ("technical",), "2026-05-26 09:15", re(1044),
       "Die Verbindung ist heute nach ca. 5 Minuten abgebrochen und kam nicht wieder. "
       "Bitte nicht als Behandlung abrechnen.\n\nP. Hoffmann" + OUTLOOK_APP,
       client="outlook", reply="cr-1044", style="outlook",
       note="session of 26.05. broken off after five minutes")  # fmt: skip
    no("am35_popescu_verschieben.eml", 7, ("reschedule",), "2026-06-05 18:00",
       "Termin 9.6.", "Hallo,\nam 9. Juni kann ich nicht, ich muss arbeiten. Geht es "
       "vielleicht 10. oder 11.6.?\nDanke, Elena Popescu", client="yahoo",
       note="future day, a reschedule")  # fmt: skip
    no("am36_wagner_abgesagt.eml", 21, ("other",), "2026-02-03 08:00",
       "Montag", "Hallo, nur zur Info, am 2.2. war ja nix, ich hatte telefonisch abgesagt. "
       "Nächsten Montag bin ich wieder dabei.\nSophie" + IPHONE, client="iphone", staff=False,
       note="02.02. is cancelled in the snapshot; nothing took place, nothing to do")  # fmt: skip
    no("am37_koch_brief_vorfreude.eml", 18, ("question",), "2026-04-06 16:05",
       "Frage zu den Übungen", KOCH_3, client="tonline",
       note="long letter with a question; 8 April is still ahead")  # fmt: skip
    no("am38_schulz_naechster.eml", 5, ("question",), "2026-04-20 19:30",
       "nächster Termin", "Hallo,\nist der nächste Termin am Donnerstag 23.4. wieder um "
       "halb vier? Marie hat an dem Tag Schule bis drei.\nGruß K. Schulz",
       client="thunderbird", name="Katrin Schulz", note="a question about a future day")  # fmt: skip
    no("am39_aydin_rechnung.eml", 22, ("question",), "2026-03-20 12:00", "rechnung",
       "hallo ich habe brief bekommen mit rechnung vom 12.03, was ist das? ich bin "
       "gesetzlich versichert\nAydin", client="samsung",
       note="an invoice date, not a treatment the patient names")  # fmt: skip
    no("am40_demir_ostern.eml", 3, ("other",), "2026-03-30 21:10", "1.4.",
       "Hallo, am 1.4. fällt ja aus wegen Ostern, das hatten wir ja besprochen. Am 8.4. bin "
       "ich wieder da 😊\nAylin", client="gmail", staff=False,
       note="the 01.04. is cancelled in the snapshot; 08.04. is ahead; nothing to do")  # fmt: skip


def late_spring() -> None:
    yes("am41_oneill_may.eml", 23, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-05-20 07:45", "Re: May", "Morning - yes to 12/05 and 19/05, thanks. That was the "
        "last one I think?\nJ. O'Neill", client="outlook", staff=True, extra=("question",),
        note="confirms two days and asks whether the series is over")  # fmt: skip


def main() -> None:
    load_practice()
    short_answers()
    learners_and_relatives()
    long_letters()
    look_alikes()
    late_spring()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
