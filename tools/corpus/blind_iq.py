"""Blind set IQ: the practice inbox of March 2026, as it would arrive.

Forty mails from the patients treated in February and March (and two who start in April):
mostly short replies under our confirmation request, on the day or days to weeks later,
some new mails naming one or more days, a few in English or learners' German, relatives
writing for a father, a mother and a husband, and questions, wishes and remarks beside some
yeses. The look-alikes are a reply to a reminder, a prescription question, a thank-you
without a yes, a video session that never started, a missed phone call, a question from a
mother about her daughter's first video session, a cancellation, a phone session cut short
and a wish to move.

Labelled as a careful practice employee would record them: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail plainly confirms as
held in full; `dates` the days the mail says a session took place; `needs_staff` whenever
someone must look or act (a question, a wish, a doubt, a day that matches no appointment).

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_iq")


def first_week() -> None:
    yes("iq01_becker_19_und_23.eml", 2, (1015, 1016), ("2026-02-19", "2026-02-23"),
        "2026-03-01 10:12", request_subject(1016),
        """Guten Tag,

die Behandlung am 23.02. hat stattgefunden. Am 19.02. übrigens auch, da hatte ich
vergessen zu antworten.

Mit freundlichen Grüßen
Thomas Becker
""", client="outlook", reply="cr-1016", style="outlook_classic")  # fmt: skip

    yes("iq02_wolff_2002.eml", 4, (1033,), ("2026-02-20",), "2026-03-02 08:47",
        request_subject(1033),
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich, dass die telefonische Behandlung am Freitag, den 20.02.2026
stattgefunden hat. Ihre Mail war im Spam-Ordner gelandet, deshalb antworte ich erst heute.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
""", client="tonline", reply="cr-1033", style="tonline")  # fmt: skip

    yes("iq03_aydin_2602.eml", 22, (1131,), ("2026-02-26",), "2026-03-02 12:31",
        request_subject(1131),
        """Hallo,

Entschuldigung für späte Antwort. Die Behandlung am 26.02 war, per Telefon.

Danke
Mehmet Aydın
""", reply="cr-1131")  # fmt: skip

    yes("iq04_becker_heute.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 19:12",
        request_subject(1018),
        """Bestätigt – Termin 02.03. hat stattgefunden.

Gruß
Thomas Becker

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1018", style="iphone")  # fmt: skip

    yes("iq05_krueger_heute.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 12:05",
        request_subject(1008),
        """Hallo liebes Praxisteam,

ja, die Videobehandlung heute am 3.3. hat stattgefunden. Der Rücken fühlt sich schon
viel besser an :-)

Liebe Grüße
Sabine Krüger
""", client="webde", reply="cr-1008", style="webde")  # fmt: skip

    yes("iq06_becker_rechnung.eml", 2, (1010, 1011, 1012, 1013),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12"), "2026-03-03 20:15",
        "Behandlungen Februar / Rechnung",
        """Hallo,

meine private Krankenversicherung möchte eine Aufstellung haben. Ich bestätige hiermit die
Behandlungen am 02.02., 05.02., 09.02. und 12.02.2026 (jeweils Telefon, 17:30 Uhr).

Könnten Sie mir dafür bitte eine Rechnung mit den einzelnen Terminen zuschicken? Gerne als
PDF an diese Adresse.

Danke und schönen Abend
Thomas Becker
""", staff=True, extra=("question",))  # fmt: skip

    yes("iq07_demir_theraband.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:20",
        request_subject(1019),
        """Hallo,

hiermit bestätige ich den Termin am 04.03.2026, hat alles gut geklappt.

Kurze Frage noch: kann ich die Übungen mit dem Theraband auch abends machen oder sollte
ich das lieber morgens machen? Abends habe ich einfach mehr Zeit.

Viele Grüße
Aylin Demir
""", client="gmail", reply="cr-1019", style="gmail", staff=True, extra=("question",))  # fmt: skip

    no("iq08_aydin_erinnerung.eml", 22, ("other",), "2026-03-04 17:03",
       reminder_subject(1132),
       """Hallo,

ich habe Ihre Erinnerung bekommen. Morgen um 12:30 ich bin zu Hause, Sie können
anrufen.

Danke
Mehmet Aydın
""", client="samsung", reply="rem-1132", style="samsung", staff=False,
       note="answers the reminder for tomorrow: nothing took place yet, nothing to do")  # fmt: skip

    yes("iq09_aydin_heute.eml", 22, (1132,), ("2026-03-05",), "2026-03-05 14:10",
        request_subject(1132),
        """Guten Tag,

ich bestätige Behandlung heute 05.03. Telefon hat gut funktioniert.

Danke schön
Mehmet Aydın

Von meinem Samsung Galaxy Smartphone gesendet
""", client="samsung", reply="cr-1132", style="samsung")  # fmt: skip

    yes("iq10_becker_1602.eml", 2, (1014,), ("2026-02-16",), "2026-03-05 21:34",
        request_subject(1014),
        """16.02. - hat stattgefunden.
TB
""", reply="cr-1014", style="webde")  # fmt: skip


def second_week() -> None:
    yes("iq11_wagner_0902.eml", 21, (1128,), ("2026-02-09",), "2026-03-06 08:31",
        "Bestätigung Termin 9. Februar",
        """Guten Morgen,

beim Aufräumen meines Postfachs habe ich gesehen, dass ich eine Ihrer Mails nie
beantwortet habe: der Videotermin am 9. Februar hat stattgefunden.

Sorry für die Verspätung!
Sophie Wagner
""", client="gmail")  # fmt: skip

    yes("iq12_becker_2602.eml", 2, (1017,), ("2026-02-26",), "2026-03-06 20:40",
        request_subject(1017, "Re"),
        """Ja, die Behandlung am 26.02. fand statt. Sorry, ist bei mir untergegangen.

--\x20
Thomas Becker
""", client="thunderbird", reply="cr-1017", style="thunderbird", bottom=True)  # fmt: skip

    no("iq13_oneill_rezept.eml", 23, ("question", "forms"), "2026-03-07 11:15",
       "Prescription for manual therapy",
       """Hello,

my GP has given me a prescription (Privatrezept) for six sessions of manual therapy, and
my first appointment with you is on 14 April by phone.

Do you need the original prescription by post before then, or is a scan or a photo
enough? And will you send the invoice to me or directly to my insurer? I'm privately
insured.

Kind regards,
James O'Neill
""", client="outlook",
       note="new patient's question before April; no session named")  # fmt: skip

    yes("iq14_wolff_januar.eml", 4, (1028, 1029, 1030),
        ("2026-01-09", "2026-01-16", "2026-01-23", "2026-01-30"), "2026-03-08 18:55",
        "Behandlungen meines Mannes im Januar",
        """Guten Abend,

mein Mann Hans-Jürgen Wolff hat mich gebeten, Ihnen zu schreiben, weil er mit dem
Computer nicht so zurechtkommt. Er hat im Januar die Telefonbehandlungen am 9., 16., 23.
und 30. Januar gehabt, die haben alle stattgefunden. Er hatte die Mails dazu übersehen.

Mit freundlichen Grüßen
Ingrid Wolff
""", client="tonline", name="Ingrid Wolff",
        note="the wife writes from his address; 9 January is confirmed already")  # fmt: skip

    yes("iq15_aydin_tochter.eml", 22, (1130,), ("2026-02-19",), "2026-03-09 09:40",
        request_subject(1130),
        """Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Mehmet Aydın, der Ihre Mail nicht ganz verstanden hatte.
Der Telefontermin am 19.02.2026 hat stattgefunden, er war zu Hause und Sie haben ihn
angerufen.

Freundliche Grüße
Elif Aydın
""", client="outlook", reply="cr-1130", style="outlook", name="Elif Aydın")  # fmt: skip

    yes("iq16_krueger_bericht.eml", 1, (1009,), ("2026-03-10",), "2026-03-10 11:48",
        request_subject(1009),
        """Hallo,

ja, der Termin heute (10.03.) hat stattgefunden.

Laut meiner Verordnung war das ja jetzt die letzte Behandlung. Bekomme ich von Ihnen
noch einen kurzen Bericht für meine Hausärztin, Frau Dr. Lindner? Sie möchte wissen, ob
eine weitere Verordnung sinnvoll ist.

Liebe Grüße
Sabine Krüger
""", client="webde", reply="cr-1009", style="webde", staff=True, extra=("question",))  # fmt: skip

    yes("iq17_wagner_1602.eml", 21, (1129,), ("2026-02-16",), "2026-03-10 15:20",
        request_subject(1129, "Re"),
        """Ja, der Termin am 16.02. hat stattgefunden :)

LG Sophie
""", client="gmail", reply="cr-1129", style="gmail", bottom=True)  # fmt: skip

    yes("iq18_demir_english.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 13:22",
        request_subject(1020, "Re"),
        """Hi,

confirming that today's session (11 March) took place. Thanks a lot!

Aylin
""", client="gmail", reply="cr-1020", style="gmail_en")  # fmt: skip

    yes("iq19_aydin_knie.eml", 22, (1133,), ("2026-03-12",), "2026-03-12 14:35",
        request_subject(1133),
        """Guten Tag

Behandlung am 12.03 ist gemacht, alles ok.
Aber mein Knie tut noch weh bei Treppe steigen, ist das normal? Soll ich Übungen weniger
machen?

Mehmet Aydın
""", reply="cr-1133", staff=True, extra=("question",))  # fmt: skip

    no("iq20_becker_danke.eml", 2, ("thanks",), "2026-03-12 21:10", "Danke!",
       """Hallo zusammen,

nach den ganzen Terminen wollte ich mich einfach mal bedanken – die Schulter ist fast
wieder wie vorher, und ich kann wieder schmerzfrei am Schreibtisch sitzen. Die Übungen
mache ich weiter.

Falls mein Orthopäde noch mal etwas verschreibt, melde ich mich bei Ihnen.

Beste Grüße
Thomas Becker
""", client="apple", staff=False, note="thanks for the series, no day and no yes")  # fmt: skip


def mid_month() -> None:
    yes("iq21_wolff_0602.eml", 4, (1031,), ("2026-02-06",), "2026-03-13 07:50",
        request_subject(1031),
        """Guten Morgen,

die Behandlung am 06.02.2026 hat stattgefunden, ich bitte die späte Antwort zu
entschuldigen.

Mit freundlichen Grüßen
H.-J. Wolff
""", client="tonline", reply="cr-1031", style="tonline")  # fmt: skip

    yes("iq22_wagner_januar_en.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-03-14 10:05",
        request_subject(1126, "Re"),
        """Hi,

sorry, I just found your emails in my spam folder. All three sessions in January
(12, 19 and 26 Jan) took place.

Best,
Sophie Wagner
""", client="gmail", reply="cr-1126", style="gmail_en")  # fmt: skip

    yes("iq23_wolff_1302.eml", 4, (1032,), ("2026-02-13",), "2026-03-14 16:25",
        "Behandlung 13.02.2026",
        """Sehr geehrte Damen und Herren,

ich habe bemerkt, dass für den 13.02.2026 noch eine Bestätigung fehlt. Die
Telefonbehandlung an dem Tag hat stattgefunden.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
Am Lindenhof 4
""", client="tonline")  # fmt: skip

    yes("iq24_krueger_februar.eml", 1, (1004, 1005, 1007),
        ("2026-02-03", "2026-02-10", "2026-02-24"), "2026-03-16 19:30",
        "Bestätigungen Februar",
        """Hallo,

ich habe gesehen, dass ich im Februar einige Ihrer Mails nicht beantwortet habe. Die
Termine am 3.2., 10.2. und 24.2. haben stattgefunden.

Beim 17.2. bin ich mir nicht sicher – hatten wir den nicht verschoben, weil ich krank
war? Können Sie das bitte bei sich nachsehen?

Viele Grüße
Sabine Krüger
""", client="webde", staff=True, extra=("question",),
        note="17 February doubted: neither confirmed nor a date")  # fmt: skip

    yes("iq25_krueger_0127.eml", 1, (1003,), ("2026-01-27",), "2026-03-17 08:10",
        request_subject(1003),
        """Guten Morgen,

Nachtrag: auch die Behandlung am 27. Januar hat stattgefunden, die Mail dazu habe ich
gerade erst wiedergefunden.

Sabine Krüger
""", client="webde", reply="cr-1003", style="webde")  # fmt: skip

    no("iq26_demir_video.eml", 3, ("technical",), "2026-03-18 10:40",
       request_subject(1021),
       """Hallo,

die Behandlung heute hat leider nicht stattgefunden. Ich habe um 8:30 den Zugangscode
eingegeben, aber es kam immer nur „Sitzung nicht gefunden". Ich habe es mit Chrome und
mit dem Handy probiert und 20 Minuten gewartet. Können Sie mal schauen, ob der Code noch
stimmt? Nächste Woche soll es ja wieder per Video sein.

Viele Grüße
Aylin Demir
""", client="gmail", reply="cr-1021", style="gmail",
       note="the video session of 18 March never started")  # fmt: skip

    yes("iq27_krueger_1702.eml", 1, (1006,), ("2026-02-17",), "2026-03-18 18:02",
        "Re: Bestätigungen Februar",
        """Hallo nochmal,

ich habe in meinem Kalender nachgesehen: die Behandlung am 17.02. hat doch ganz normal
stattgefunden, verschoben hatte ich damals nur meinen Zahnarzttermin. Sorry für die
Verwirrung!

Viele Grüße
Sabine Krüger
""", client="webde")  # fmt: skip

    no("iq28_aydin_verpasst.eml", 22, ("other", "reschedule"), "2026-03-19 14:25",
       request_subject(1134),
       """Hallo,

Entschuldigung, heute ich habe Ihren Anruf verpasst. Ich war bei Arbeit und Handy war
leise. Behandlung war also nicht. Kann ich einen neuen Termin bekommen? Nächste Woche
Donnerstag ist ok.

Mehmet Aydın
""", client="samsung", reply="cr-1134", style="samsung",
       note="missed phone session of 19 March")  # fmt: skip

    yes("iq29_krueger_2001.eml", 1, (), ("2026-01-20",), "2026-03-19 20:45",
        request_subject(1002),
        """Hallo,

falls das bei Ihnen noch fehlt: die Behandlung am 20.01. hat auch stattgefunden.

Sabine
""", client="webde", reply="cr-1002", style="webde",
        note="20 January was confirmed already: nothing left to record")  # fmt: skip

    yes("iq30_wagner_0202.eml", 21, (), ("2026-02-02",), "2026-03-20 09:00",
        "Termin 2. Februar",
        """Hallo,

mir ist noch eingefallen, dass ich auch für den 2. Februar nie etwas bestätigt habe. Der
Termin hat stattgefunden, ich erinnere mich noch, weil es der Tag mit dem Schneesturm war.

Viele Grüße
Sophie Wagner
""", client="iphone", staff=True,
        note="2 February is cancelled in the practice's book: staff must look")  # fmt: skip


def last_weeks() -> None:
    no("iq31_schulz_marie.eml", 5, ("question",), "2026-03-21 11:11",
       "Frage zu den Videoterminen meiner Tochter",
       """Guten Tag,

meine Tochter Marie (12) hat ab dem 16. April Krankengymnastik per Video bei Ihnen.
Muss sie dafür ein Programm installieren, oder reicht der Laptop mit Chrome? Und darf
ich während der Behandlung dabei sein? Beim ersten Mal wäre ihr das lieber.

Vielen Dank und freundliche Grüße
Katrin Schulz
""", name="Katrin Schulz",
       note="the mother asks before her daughter's first session")  # fmt: skip

    yes("iq32_koch_heute.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:40",
        request_subject(1109),
        """Sehr geehrte Damen und Herren,

ich bestätige Ihnen hiermit, dass die Behandlung am Montag, den 23.03.2026 telefonisch
stattgefunden hat.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", reply="cr-1109", style="tonline")  # fmt: skip

    yes("iq33_koch_sohn.eml", 18, (1110,), ("2026-03-25",), "2026-03-26 09:15",
        request_subject(1110),
        """Hallo,

hier schreibt Stefan Koch, der Sohn von Frau Koch. Meine Mutter lässt ausrichten, dass
die Behandlung gestern (25.03.) stattgefunden hat.

Sie fragt außerdem, ob der Termin am Montag auch etwas später sein kann, z. B. um 16 Uhr,
weil sie um 15 Uhr noch beim Hörgeräteakustiker ist.

Viele Grüße
Stefan Koch
""", client="tonline", reply="cr-1110", style="tonline", name="Renate Koch",
        staff=True, extra=("reschedule",))  # fmt: skip

    yes("iq34_aydin_letzte.eml", 22, (1135,), ("2026-03-26",), "2026-03-26 15:02",
        request_subject(1135),
        """Guten Tag,

ich bestätige: Behandlung am 26.03.2026 ist gewesen.
Vielen Dank für alles, Sie haben mir sehr geholfen!

Mehmet Aydın
""", client="samsung", reply="cr-1135", style="samsung", extra=("thanks",))  # fmt: skip

    no("iq35_koch_absage.eml", 18, ("cancellation",), "2026-03-27 10:30",
       "Absage Termin 1. April",
       """Sehr geehrte Damen und Herren,

leider muss ich den Termin am Mittwoch, den 1. April absagen. Ich habe an dem Tag eine
Untersuchung im Krankenhaus und weiß nicht, wann ich zurück bin.

Die Termine danach nehme ich wie geplant wahr.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline")  # fmt: skip

    yes("iq36_demir_tippfehler.eml", 3, (), ("2026-03-26",), "2026-03-27 19:20",
        request_subject(1022),
        """Hallo, sorry für die späte Antwort – die Behandlung am 26.03. hat stattgefunden.
LG Aylin
""", client="iphone", reply="cr-1022", style="iphone",
        staff=True, note="names 26 March under the request for 25 March: no appointment that day")  # fmt: skip

    yes("iq37_demir_korrektur.eml", 3, (1022,), ("2026-03-25",), "2026-03-27 19:41",
        "Korrektur",
        """Korrektur zu meiner Mail eben: ich meinte natürlich Mittwoch, den 25.03. Da hat die
Behandlung stattgefunden, am 26. hatte ich gar keinen Termin.

Aylin

Von meinem iPhone gesendet
""", client="iphone")  # fmt: skip

    no("iq38_koch_abgebrochen.eml", 18, ("other", "technical"), "2026-03-30 17:05",
       request_subject(1111),
       """Sehr geehrte Damen und Herren,

die Behandlung heute hat angefangen, aber nach etwa zehn Minuten war die Verbindung weg,
mein Telefon hatte keinen Akku mehr. Ich habe dann nicht mehr zurückgerufen, weil ich
dachte, Sie melden sich. Ganz stattgefunden hat sie also nicht.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", reply="cr-1111", style="tonline", dates=("2026-03-30",),
       note="phone session of 30 March cut short after ten minutes")  # fmt: skip

    no("iq39_demir_verschieben.eml", 3, ("reschedule",), "2026-03-31 18:40",
       "Termin 15. April verschieben?",
       """Hallo,

ab April habe ich mittwochs morgens Vorlesung. Wäre es möglich, den Termin am 15.04.
auf den Nachmittag zu verschieben, am liebsten ab 14 Uhr? Der 8. April passt noch wie
geplant.

Danke und viele Grüße
Aylin Demir
""", client="gmail")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    mid_month()
    last_weeks()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
