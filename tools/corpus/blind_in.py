"""Blind set IN: one ordinary month of the practice inbox, November 2026.

Forty mails as patients (and now and then a relative writing from the patient's address)
send them in November: mostly short replies under our confirmation request, on the day
or a few days later, some late ones for October and even for the summer months, new mails
naming one or several days, a few in English and in learners' German, a question, wish or
remark beside some of the yeses; and eight look-alikes (a cancellation, a move, a missed
session, a video session cut short, a prescription question, a thank-you without a yes,
a reply to our reminder, a question before a video session).

Labelled as a careful practice employee would record each mail: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail plainly confirms as
held in full; `dates` the days the mail says a session took place; `needs_staff` whenever
somebody has to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_in
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_in")


def first_week() -> None:
    yes("in01_schaefer_late_oct28.eml", 16, (1101,), ("2026-10-28",), "2026-11-01 10:12",
        request_subject(1101), """Guten Morgen,

sorry, die Mail ist bei mir untergegangen. Ja, die Behandlung am 28.10. hat stattgefunden.

Schönen Sonntag
Birgit Schäfer
""", style="webde", reply="cr-1101")  # fmt: skip

    yes("in02_jansen_oct29.eml", 17, (1105,), ("2026-10-29",), "2026-11-02 07:45",
        request_subject(1105), """Moin,

ja, Termin am 29.10. hat stattgefunden.

Gruß Ole

Von meinem iPhone gesendet
""", client="iphone", style="iphone", reply="cr-1105")  # fmt: skip

    yes("in03_zimmermann_nov02.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 14:05",
        request_subject(1097), """Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am heutigen
Montag, dem 02.11.2026, stattgefunden hat.

Mit freundlichen Grüßen

Klaus Zimmermann
""", client="outlook", style="outlook_classic", reply="cr-1097")  # fmt: skip

    yes("in04_zimmermann_oct05_oct12.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-11-03 09:30", "Bestätigung Oktober", """Sehr geehrte Damen und Herren,

meine Tochter hat mich darauf hingewiesen, dass ich Ihnen für zwei Termine im Oktober
noch keine Bestätigung geschickt habe. Das hole ich hiermit nach: Die Behandlungen am
05.10.2026 und am 12.10.2026 haben beide wie vereinbart telefonisch stattgefunden.

Ich bitte das Versäumnis zu entschuldigen.

Mit freundlichen Grüßen
Klaus Zimmermann
""", client="outlook")  # fmt: skip

    yes("in05_hartmann_nov03_uebungen.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 21:40",
        request_subject(1120), """Hallo,

ja, die Behandlung heute (3.11.) hat stattgefunden, hat mir echt gut gefallen :)

Eine Frage hätte ich noch: muss ich die Übungen jeden Tag machen oder reicht jeden
zweiten Tag? Das wurde vorhin nicht ganz klar.

Liebe Grüße
Leonie
""", client="webde", style="webde", reply="cr-1120", staff=True,
        extra=("question",), note="confirms 1120 and asks how often to exercise")  # fmt: skip

    yes("in06_carter_aug31_sep07.eml", 11, (1073, 1074), ("2026-08-31", "2026-09-07"),
        "2026-11-04 13:22", "Confirmation of my last two sessions", """Hello,

I was clearing out my inbox and realised I never replied to your last two emails in
the summer, sorry about that! Both of those sessions did happen: Monday 31 August and
Monday 7 September, with the video link as usual.

My shoulder is doing fine now, so thank you again.

Best wishes,
Emily Carter
""", client="gmail")  # fmt: skip

    yes("in07_schaefer_nov04.eml", 16, (1102,), ("2026-11-04",), "2026-11-04 21:15",
        request_subject(1102), """Hallo,

die Behandlung am 04.11. hat stattgefunden.

VG Birgit Schäfer
""", style="webde", reply="cr-1102")  # fmt: skip

    yes("in08_schaefer_nov04_buero.eml", 16, (1102,), ("2026-11-04",), "2026-11-05 07:20",
        "Bestätigung Behandlung 04.11.2026", """Guten Morgen,

ich bin nicht sicher, ob meine Antwort von gestern Abend angekommen ist (mein privates
Postfach spinnt gerade), deshalb zur Sicherheit noch einmal von der Büroadresse:
Die Videobehandlung am Mittwoch, 04.11.2026, hat stattgefunden.

Viele Grüße
Birgit Schäfer

--
Schäfer Steuerberatung
Birgit Schäfer, Steuerberaterin
Lindenstraße 14 · 10969 Berlin
Tel. 030 6127 4410 · Fax 030 6127 4419
""", client="outlook", sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer", note="second confirmation of 1102 from her other address")  # fmt: skip

    yes("in09_jansen_nov05.eml", 17, (1106,), ("2026-11-05",), "2026-11-05 11:50",
        request_subject(1106), """Hi,
hat heute geklappt, Termin 05.11. bestätigt.
Ole
""", client="apple", style="iphone", reply="cr-1106")  # fmt: skip

    yes("in10_nowak_nov06.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15",
        request_subject(1116), """Guten Tag,

ich bestätige das die Behandlung am 6.11 ist stattgefunden. Die Übungen ich mache
weiter zu Hause.

Danke schön
David Nowak

Sent with Proton Mail secure email.
""", style="gmail_en", reply="cr-1116")  # fmt: skip

    yes("in11_vogel_oct01_oct08.eml", 13, (1085, 1086), ("2026-10-01", "2026-10-08"),
        "2026-11-06 17:30", "Ihre Anfragen vom Oktober", """Sehr geehrte Damen und Herren,

bei der Durchsicht meiner Post ist mir aufgefallen, dass ich Ihre beiden Anfragen vom
Oktober nicht beantwortet habe. Die Termine am 01.10. und am 08.10. haben jeweils wie
vereinbart stattgefunden.

Mit freundlichen Grüßen
Dr. med. Michael Vogel

Vogel & Partner · Fachärzte für Innere Medizin
Kaiserdamm 88 · 14057 Berlin
""", client="outlook")  # fmt: skip


def second_week() -> None:
    no("in12_zimmermann_rezept.eml", 15, ("question",), "2026-11-07 11:40",
       "Frage zum Rezept", """Guten Tag,

hier schreibt Petra Zimmermann, die Tochter von Klaus Zimmermann, über seine Adresse.

Mein Vater hat ja jetzt alle Termine von seinem Rezept gehabt. Der Hausarzt meint, er
könnte noch eine Folgeverordnung bekommen. Reicht es, wenn wir Ihnen die neue Verordnung
eingescannt schicken, oder braucht die Praxis das Original per Post? Und muss da
"Telebehandlung" draufstehen?

Vielen Dank und freundliche Grüße
Petra Zimmermann
""", client="outlook", note="relative's prescription question, no session confirmed")  # fmt: skip

    yes("in13_schaefer_oktober.eml", 16, (1098, 1099, 1100),
        ("2026-10-07", "2026-10-14", "2026-10-21"), "2026-11-08 19:45",
        "offene Bestätigungen Oktober", """Hallo liebes Praxisteam,

mir ist beim Aufräumen meines Postfachs aufgefallen, dass noch drei Ihrer Anfragen
von Oktober unbeantwortet sind. Alle drei Videotermine haben stattgefunden:

- Mittwoch, 7.10.
- Mittwoch, 14.10.
- Mittwoch, 21.10.

Viele Grüße
Birgit Schäfer
""")  # fmt: skip

    yes("in14_jansen_oct22_late.eml", 17, (1104,), ("2026-10-22",), "2026-11-09 08:30",
        request_subject(1104), """Noch nachträglich: der 22.10. hat auch stattgefunden, hatte
ich total vergessen zu beantworten.
Ole
""", client="iphone", style="iphone", reply="cr-1104", bottom=True)  # fmt: skip

    no("in15_hartmann_erinnerung.eml", 20, ("other",), "2026-11-09 18:20",
       reminder_subject(1121), """Danke für die Erinnerung! Bin morgen um 17 Uhr dabei.

LG Leonie
""", client="webde", style="webde", reply="rem-1121", staff=False,
       note="reply to the reminder before the session")  # fmt: skip

    yes("in16_yildiz_sep02_sep09.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-11-10 10:05", "Termin September", """Guten Tag,

Entschuldigung das ich so spät schreibe. Ich habe gesehen ich muss noch bestätigen.
Die Termin am 2. September und am 9. September war mit Telefon, beide hat stattgefunden.
Mir geht es jetzt besser mit Rücken.

Vielen Dank
Fatma Yıldız
""", client="webde")  # fmt: skip

    yes("in17_hartmann_nov10_mutter.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:10",
        request_subject(1121), """Guten Abend,

hier ist Claudia Hartmann, die Mutter von Leonie. Leonie ist gerade beim Training und hat
mich gebeten, kurz zu antworten: Die Behandlung heute, am 10.11., hat stattgefunden.

Viele Grüße
Claudia Hartmann
""", client="webde", style="webde", reply="cr-1121",
        note="the mother answers from Leonie's address")  # fmt: skip

    no("in18_schaefer_nov11_abbruch.eml", 16, ("technical",), "2026-11-11 20:52",
       request_subject(1103), """Hallo,

die Behandlung heute hat leider nur ca. 10 Minuten gedauert, dann ist das Video
eingefroren und die Verbindung war weg. Wir haben es dann noch zweimal probiert, es kam
aber keine Verbindung mehr zustande. Die Therapeutin wollte sich wegen eines Ersatztermins
melden.

Bitte rechnen Sie das also nicht als ganze Behandlung ab.

Viele Grüße
Birgit Schäfer
""", style="webde", reply="cr-1103", dates=("2026-11-11",),
       note="session of 11.11. cut short after ten minutes: not confirmed")  # fmt: skip

    yes("in19_jansen_nov12_verschieben.eml", 17, (1107,), ("2026-11-12",), "2026-11-12 11:58",
        request_subject(1107), """Moin,

ja, Termin heute (12.11.) hat stattgefunden.

Könnten wir den nächsten Donnerstag auf 11 Uhr statt 10 Uhr legen? Ich hab da vorher
noch einen Arzttermin.

Gruß
Ole Jansen
""", client="iphone", style="iphone", reply="cr-1107", staff=True,
        extra=("reschedule",), note="confirms 1107, wants to move 19.11.")  # fmt: skip

    yes("in21_nowak_nov13_en.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 09:40",
        request_subject(1117, "Re"), """Hi,

confirming that today's session (Friday 13 Nov) took place. Thanks!

David
""", style="gmail_en", reply="cr-1117")  # fmt: skip

    yes("in20_yildiz_aug26_sohn.eml", 12, (1078,), ("2026-08-26",), "2026-11-12 18:30",
        request_subject(1078), """Hallo,

ich bin Emre, der Sohn von Frau Yıldız. Meine Mutter hat mich gebeten, Ihnen zu schreiben,
weil sie mit der Mail nicht so gut klarkommt. Der Termin am 26. August hat stattgefunden.
Der am 19. August war ja abgesagt, das wissen Sie sicher.

Viele Grüße
Emre Yıldız
""", client="webde", style="webde", reply="cr-1078",
        note="the son answers from the mother's address")  # fmt: skip

    yes("in22_lehmann_oct06_oct13.eml", 14, (1091, 1092), ("2026-10-06", "2026-10-13"),
        "2026-11-14 11:20", request_subject(1092), """Liebes Praxisteam,

ich habe Ihre Mails aus dem Oktober gerade erst im Spam-Ordner gefunden, entschuldigen
Sie bitte. Beide Behandlungen haben stattgefunden, am 6. und am 13. Oktober.

Viele Grüße
Anna Lehmann

--
Anna Lehmann
Institut für Sportwissenschaft
""", client="thunderbird", style="thunderbird", reply="cr-1092")  # fmt: skip


def third_week() -> None:
    yes("in23_zimmermann_oct19_late.eml", 15, (1095,), ("2026-10-19",), "2026-11-16 15:00",
        request_subject(1095), """Sehr geehrte Damen und Herren,

Ihre Anfrage habe ich leider übersehen. Die Behandlung am 19.10. hat stattgefunden.
Den Termin am 26.10. hatte ich ja telefonisch abgesagt.

Mit freundlichen Grüßen
K. Zimmermann
""", client="outlook", style="outlook_classic", reply="cr-1095",
        note="26.10. is the cancelled 1096, not a session day")  # fmt: skip

    yes("in24_hartmann_nov17.eml", 20, (1122,), ("2026-11-17",), "2026-11-17 18:45",
        request_subject(1122), """ja heute hat stattgefunden 👍

Gesendet von meinem Galaxy
""", client="samsung", style="samsung", reply="cr-1122")  # fmt: skip

    yes("in25_vogel_september.eml", 13, (1082, 1083, 1084),
        ("2026-09-10", "2026-09-17", "2026-09-24"), "2026-11-18 07:55",
        "AW: Ihre Anfragen vom Oktober", """Sehr geehrte Damen und Herren,

Nachtrag zu meiner Mail von neulich: Auch die Termine im September am 10., 17. und
24.09. haben stattgefunden. Damit sollte alles vollständig sein.

Mit freundlichen Grüßen
Dr. Michael Vogel
""", client="outlook")  # fmt: skip

    no("in26_hartmann_verschieben.eml", 20, ("reschedule",), "2026-11-19 08:10",
       "Termin nächsten Dienstag", """Hallo,

könnten wir den Termin am Dienstag, 24.11., auf 18 Uhr verschieben? Ich habe um 17 Uhr
noch Uni. Wenn das nicht geht, komme ich aber auch um 17 Uhr, dann eben ein paar Minuten
später.

Liebe Grüße
Leonie Hartmann
""", client="webde")  # fmt: skip

    no("in27_jansen_nov19_vergessen.eml", 17, ("other",), "2026-11-19 12:20",
       request_subject(1108), """Hey, sorry, ich hab den Termin heute früh total verschwitzt
und war nicht online. Die Behandlung hat also nicht stattgefunden. Können wir die
irgendwie nachholen?

Ole
""", client="iphone", style="iphone", reply="cr-1108",
       note="missed session of 19.11.: nothing to confirm")  # fmt: skip

    yes("in28_nowak_nov19_falsch.eml", 19, (), ("2026-11-19",), "2026-11-20 09:52",
        request_subject(1118), """Guten Morgen,

ich bestätige Termin von Donnerstag 19.11. hat stattgefunden.

David Nowak
""", style="gmail_en", reply="cr-1118", staff=True,
        note="names Thursday 19.11., but his session was Friday 20.11.: staff must check")  # fmt: skip

    yes("in29_nowak_nov20_korrektur.eml", 19, (1118,), ("2026-11-20",), "2026-11-20 10:07",
        request_subject(1118), """Entschuldigung, falsch geschrieben. Heute ist Freitag 20.11.,
nicht Donnerstag. Also Behandlung am 20.11. hat stattgefunden.

David Nowak
""", style="gmail_en", reply="cr-1118",
        note="corrects his first mail; 19.11. is his slip, not a session day")  # fmt: skip

    yes("in30_lehmann_september.eml", 14, (1087, 1088, 1089),
        ("2026-09-08", "2026-09-15", "2026-09-22"), "2026-11-21 16:40",
        "Bestätigungen September", """Liebes Praxisteam,

im Spam-Ordner lagen auch noch Ihre Mails vom September. Am 8., 15. und 22.9. waren
die Behandlungen auf jeden Fall. Beim 29.9. bin ich mir ehrlich gesagt nicht mehr
sicher, ich glaube, den hatten wir damals verschoben, weil ich auf einer Tagung war.
Können Sie da bitte noch mal nachsehen?

Viele Grüße
Anna Lehmann
""", client="thunderbird", staff=True,
        note="29.9. (1090) is doubtful and is left for staff")  # fmt: skip

    yes("in31_neumann_juli.eml", 9, (1056, 1057, 1058, 1059, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16", "2026-07-21",
         "2026-07-23", "2026-07-28"), "2026-11-22 15:10", "Ihre Mails im Juli", """Liebe Praxis,

mein Enkel hat mir jetzt gezeigt, wie man die E-Mails richtig abruft, und da habe ich
Ihre Nachrichten vom Juli gefunden. Es tut mir leid, dass ich nicht geantwortet habe.

Die Behandlungen am Telefon haben alle stattgefunden, am 7., 9., 14., 16., 21., 23. und
am 28. Juli, immer um 9 Uhr. Die Übungen mache ich immer noch jeden Morgen.

Mit herzlichen Grüßen
Ihre Gisela Neumann
""")  # fmt: skip


def last_week() -> None:
    no("in32_vogel_absage_dezember.eml", 13, ("cancellation",), "2026-11-23 07:15",
       "Absage 03.12.", """Sehr geehrte Damen und Herren,

den Termin am Donnerstag, 03.12., muss ich leider absagen, ich bin an dem Tag auf einem
Kongress in Hamburg. Die Woche darauf passt wieder wie gewohnt.

Mit freundlichen Grüßen
Dr. Michael Vogel
""", client="outlook")  # fmt: skip

    no("in33_nowak_theraband.eml", 19, ("question",), "2026-11-24 07:40",
       video_link_subject(1119), """Hallo,

for Friday: should I have the resistance band (Theraband) ready again, or do we do
something different this time? Ich habe nur das grüne.

Thanks, David
""", style="gmail_en", reply="vl-1119",
       note="question before the session of 27.11.")  # fmt: skip

    yes("in34_hartmann_nov24_knie.eml", 20, (1123,), ("2026-11-24",), "2026-11-24 20:30",
        request_subject(1123), """Hallo,

ja die Behandlung am 24.11. hat stattgefunden (hat um 17 Uhr dann doch geklappt).

Seit gestern tut mein Knie beim Treppensteigen wieder mehr weh. Soll ich die Übung mit
dem Ball erstmal weglassen oder trotzdem weitermachen?

Liebe Grüße
Leonie
""", client="webde", style="webde", reply="cr-1123", staff=True,
        extra=("question",), note="confirms 1123 and asks about knee pain")  # fmt: skip

    yes("in35_brandt_jul31_aug07.eml", 10, (1067, 1068), ("2026-07-31", "2026-08-07"),
        "2026-11-25 22:14", request_subject(1068), """Hi,

sorry für die ultra späte Antwort, hab das erst beim Ausmisten gesehen.
Die Termine am 31.07. und 07.08. haben beide stattgefunden.

Grüße
Lukas
""", client="thunderbird", style="thunderbird", reply="cr-1068")  # fmt: skip

    no("in36_hoffmann_danke.eml", 6, ("thanks",), "2026-11-26 12:05",
       "Kurze Rückmeldung", """Hallo zusammen,

ich wollte mich nach ein paar Monaten einfach noch mal melden: Die Schulter macht seit
der Behandlung im Frühjahr keinerlei Probleme mehr, ich kann wieder ohne Schmerzen
schwimmen. Vielen Dank an Sie und besonders an die Therapeutin!

Beste Grüße
Peter Hoffmann
""", client="outlook", staff=False, note="a thank-you, nothing to record")  # fmt: skip

    yes("in37_popescu_jun30.eml", 7, (1050,), ("2026-06-30",), "2026-11-26 17:48",
        request_subject(1050), """Hallo,

ich habe gesehen, ich habe nicht geantwortet auf diese Mail. Die Behandlung am 30. Juni
war, mit Video, alles gut.

Viele Grüße
Elena Popescu
""", client="yahoo", style="yahoo", reply="cr-1050")  # fmt: skip

    yes("in38_richter_jul01.eml", 8, (1055,), ("2026-07-01",), "2026-11-27 08:20",
        request_subject(1055), """Hallo,

kleiner Nachtrag, falls noch offen: die letzte Sitzung am 1.7. hat stattgefunden.

Jonas

Von meinem iPhone gesendet
""", client="iphone", style="iphone", reply="cr-1055")  # fmt: skip

    yes("in39_nowak_nov27_rechnung.eml", 19, (1119,), ("2026-11-27",), "2026-11-28 10:00",
        request_subject(1119, "Re"), """Hello,

yes, the session yesterday (27 November) took place.

Could you please send me the invoice for November by e-mail? My private insurance
needs it before the end of the year.

Best regards,
David Nowak
""", style="gmail_en", reply="cr-1119", staff=True, extra=("question",),
        note="confirms 1119 and asks for the invoice")  # fmt: skip

    yes("in40_jansen_nov12_nochmal.eml", 17, (1107,), ("2026-11-12",), "2026-11-30 09:15",
        "Termine", """Moin,

ihr hattet am Telefon gefragt, ob der 12.11. schon bestätigt ist – ja, der hat
stattgefunden. Der 19.11. ist ja ausgefallen, weil ich verpennt hab.

Gruß Ole
""", client="iphone", note="19.11. is the missed session, not a session day")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    last_week()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
