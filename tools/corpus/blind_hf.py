"""Blind set HF: sessions that went differently from the booking, told in the confirmation.

42 mails against the practice snapshot of tests/data/corpus/practice.toml: 32 confirmations
and 10 look-alikes. The therapist called late, the patient missed the call and was called
back the same day, the video failed and the session went on by phone, the session was held
earlier or later than booked, by a stand-in colleague, twice as long or as two sessions in
one call; or it was held on another day than booked, cut short, or the mail confirms the
session of a spouse or child who is a patient too, sent from the writer's own address; some
name the same day twice (a letter head or greeting line and the confirmation itself). The
look-alikes tell of sessions that did not take place (no call, missed call without callback,
a line too bad to talk, video and phone both failing, a session never booked for that day),
one broken off after minutes, and plans for later sessions.

Labelled as a careful employee would record it: a session held in full on its booked day is
confirmed, whatever the hour, the colleague or the channel (needs_staff when something must
be checked or answered); a session held on another day, cut short, or someone else's is not
confirmed and goes to staff. `dates` are the days the mail says a session took place (also
partly, also the spouse's or child's), never days of cancellations, plans or letter heads
without a session. A mail's patient is the one whose registered address sent it.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_hf     # writes tests/data/blind_hf
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

HERE = data_dir("blind_hf")


def january() -> None:
    yes("hf01_wolff_vertretung.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:40",
        request_subject(1028),
        """\
Sehr geehrte Damen und Herren,

die Behandlung am Freitag, den 16.01.2026 hat stattgefunden. Es hat diesmal nicht
Herr Lenz angerufen sondern eine Kollegin von ihm, Frau Albers, die hat das aber
sehr ordentlich gemacht und wir haben die Übungen für die Schulter wie immer
durchgenommen.

Mit freundlichen Grüßen
Hans-Jürgen Wolff
""", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip

    yes("hf02_wagner_nur_20_minuten.eml", 21, (), ("2026-01-19",), "2026-01-19 12:10",
        request_subject(1125, "Re"),
        """\
Hallo,

ja, die Behandlung heute hat stattgefunden, allerdings nur ca. 20 Minuten. Der
Videoanruf kam erst um kurz nach 9:40 und ich musste um 10 Uhr los zur Arbeit, das
hatte ich auch so gesagt. Wollte es nur erwähnen, damit das richtig eingetragen wird.

Viele Grüße
Sophie Wagner
""", client="gmail", reply="cr-1125", style="gmail", staff=True,
        note="held on the booked day but only 20 of 30 minutes: not in full, staff")  # fmt: skip

    yes("hf03_krueger_spaet_angerufen.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:05",
        request_subject(1003),
        """\
Guten Tag,

ich bestätige die Behandlung vom 27.01.2026. Frau Albers hat sich zwar erst um
10:20 Uhr eingewählt (vorheriger Termin hat länger gedauert), wir haben dann aber
trotzdem die volle halbe Stunde gemacht.

Freundliche Grüße
Sabine Krüger
""", client="webde", reply="cr-1003", style="webde",
        note="started 20 minutes late, then full length on the booked day: confirmed")  # fmt: skip

    yes("hf04_wolff_zwei_freitage.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 10:00", request_subject(1030),
        """\
Guten Morgen,

entschuldigen Sie dass ich mich erst jetzt melde. Beide Termine haben stattgefunden:

Freitag 23.01. normal um 14 Uhr
Freitag 30.01. hat Ihre Kollegin erst um halb drei angerufen, weil vorher wohl die
Leitung besetzt war, wir haben aber die ganze halbe Stunde gemacht bis 15 Uhr.

Mit freundlichen Grüßen
H.-J. Wolff
""", client="tonline", reply="cr-1030", style="tonline",
        note="two Fridays, the second called half an hour late but held in full")  # fmt: skip


def february() -> None:
    yes("hf05_becker_rueckruf.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:14",
        request_subject(1010),
        """\
Hallo zusammen,

um 17:30 saß ich noch im Auto und habe den Anruf verpasst, Herr Lenz hat es dann um
19 Uhr nochmal probiert und da hat es geklappt. Behandlung am 02.02. hat also
stattgefunden, komplett.

Gruß
Thomas Becker
""", client="webde", reply="cr-1010", style="webde",
        note="missed the call, called back the same evening, held in full: confirmed")  # fmt: skip

    yes("hf06_krueger_mittwoch_statt_dienstag.eml", 1, (), ("2026-02-04",), "2026-02-04 11:00",
        request_subject(1004),
        """\
Guten Tag,

die Behandlung hat stattgefunden, aber nicht am 03.02. wie in Ihrer Mail steht,
sondern heute, Mittwoch den 04.02., um 10 Uhr. Frau Albers hatte gestern früh
angerufen und gefragt, ob wir tauschen können, weil sie krank war.

Freundliche Grüße
Sabine Krüger
""", client="webde", reply="cr-1004", style="webde", staff=True,
        note="held on Wednesday, booked for Tuesday: the booked appointment is not what "
             "took place, staff")  # fmt: skip

    yes("hf07_koch_fuer_tochter.eml", 18, (), ("2026-02-09",), "2026-02-09 14:00",
        "Bestätigung Behandlung Sophie Wagner",
        """\
Guten Tag,

meine Tochter Sophie Wagner ist bei Ihnen in Behandlung und hat mich gebeten, Ihnen
zu schreiben, da sie gerade keinen Zugriff auf ihre Mails hat (Handy kaputt).

Die Videobehandlung heute, Montag 9. Februar, um 9:30 Uhr hat stattgefunden.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", staff=True,
        note="the daughter's session confirmed from the mother's address: someone else's, "
             "not recorded, staff")  # fmt: skip

    yes("hf08_becker_fuer_uns_beide.eml", 2, (1012,), ("2026-02-09", "2026-02-10"),
        "2026-02-10 19:30", request_subject(1012),
        """\
Hallo,

sorry für die späte Antwort. Meine Behandlung gestern (09.02.) hat stattgefunden.

Und gleich für meine Frau mit: Sabine (Krüger) hatte heute, 10.02., ihre Stunde
per Video, auch die hat stattgefunden. Sie ist die nächsten Tage unterwegs und kommt
nicht an ihre Mails.

Gruß
Thomas
""", client="webde", reply="cr-1012", style="webde", staff=True,
        note="his own Monday confirmed; his wife's Tuesday is another patient's, staff")  # fmt: skip

    no("hf09_becker_nicht_erreicht.eml", 2, ("other", "reschedule"), "2026-02-16 19:20",
       request_subject(1014),
       """\
Hallo,

bevor Sie mir das berechnen: ich habe heute den Anruf von Herrn Lenz verpasst
(3 Anrufe in Abwesenheit, ich war in einer Besprechung). Danach kam kein Anruf mehr,
ich hab auch zurückgerufen aber nur den AB erreicht. Die Behandlung vom 16.02. hat
also NICHT stattgefunden.

Können wir die irgendwie nachholen?

Gruß
Thomas Becker
""", client="webde", reply="cr-1014", style="webde",
       note="missed the call, no callback: no session")  # fmt: skip

    no("hf10_krueger_kein_anruf.eml", 1, ("reschedule",), "2026-02-17 10:40",
       "Termin heute 10 Uhr",
       """\
Guten Tag,

ich sitze seit 10 Uhr vor dem Laptop im Videoraum, aber es ist niemand gekommen.
Jetzt muss ich leider los. Können wir den Termin von heute diese Woche noch
nachholen? Donnerstag oder Freitag vormittag ginge bei mir.

Freundliche Grüße
Sabine Krüger
""", client="webde",
       note="nobody joined the video session: no session, wants a new date")  # fmt: skip

    yes("hf11_aydin_zurueckgerufen.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:05",
        request_subject(1130),
        """\
Hallo

Termin 19.02. war, aber nicht um 12:30 weil ich auf der baustelle war und hab
nicht gehört. Die Frau hat dann um 16 Uhr nochmal angerufen und wir haben alles
gemacht, ganze zeit.

Danke
Mehmet Aydin

Von meinem Samsung Galaxy Smartphone gesendet.
""", client="samsung", reply="cr-1130", style="samsung",
        note="called back in the afternoon, whole session: confirmed")  # fmt: skip

    no("hf12_aydin_abgebrochen.eml", 22, ("question",), "2026-02-26 15:00",
       request_subject(1131),
       """\
Hallo,

heute hat die Therapeutin angerufen und nach 5 Minuten musste ich auflegen weil
mein Chef gerufen hat, es gab ein Problem mit eine Maschine. Ich hab dann später
zurückgerufen aber niemand ging ran.

Ist das jetzt ein Termin oder nicht? Muss ich das bezahlen?

Mehmet Aydin
""", client="samsung", reply="cr-1131", style="samsung", dates=("2026-02-26",),
       note="broken off after five minutes, asks whether it counts: no confirmation")  # fmt: skip


def march_april() -> None:
    yes("hf13_demir_video_abgebrochen.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12",
        request_subject(1019, "Re"),
        """\
Hey,

Behandlung heute (4.3.) hat stattgefunden 👍 Das Video ist nach ein paar Minuten
eingefroren, Frau Kaya hat mich dann einfach auf dem Handy angerufen und wir haben
per Telefon weitergemacht, hat gut funktioniert.

LG Aylin
""", client="gmail", reply="cr-1019", style="gmail",
        note="video failed, went on by phone, full session: confirmed")  # fmt: skip

    yes("hf14_koch_zweiter_anruf.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:50",
        request_subject(1109),
        """\
Montag, 23.03.2026

Liebes Praxisteam,

die Behandlung vom 23.03. hat stattgefunden. Den ersten Anruf um 15 Uhr habe ich
leider nicht gehört, ich war im Garten. Um halb fünf haben Sie es noch einmal
versucht und dann haben wir die Übungen in Ruhe gemacht.

Herzliche Grüße
Renate Koch
""", client="tonline", reply="cr-1109", style="tonline",
        note="date in a letter head and in the confirmation; called back the same day")  # fmt: skip

    yes("hf15_oneill_stand_in.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:30",
        request_subject(1136, "RE"),
        """\
Hi,

Confirming last night's session (Tuesday 14 April). It wasn't Mr Lenz who called
but a colleague of his, Ms Morawski, and we ran over a bit - about 45 minutes in
the end. All good from my side.

Cheers,
James O'Neill
""", client="outlook", reply="cr-1136", style="outlook_en",
        note="stand-in colleague, ran longer than booked: held in full, confirmed")  # fmt: skip

    yes("hf16_schulz_mutter_spaeter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30",
        request_subject(1034, "Re"),
        """\
Guten Abend,

hier schreibt Katrin Schulz, die Mutter von Marie. Die Stunde heute hat
stattgefunden, allerdings erst um 16 Uhr statt 15:30, weil Marie länger Schule
hatte - das hatten wir am Vormittag telefonisch mit Ihnen abgesprochen. Sie hat
die ganzen 30 Minuten mitgemacht.

Viele Grüße
Katrin Schulz
""", client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother writes from the family's registered address: Marie's own session, "
             "held half an hour later the same day")  # fmt: skip

    no("hf17_oneill_no_session.eml", 23, ("other",), "2026-04-22 07:50",
       request_subject(1137, "RE"),
       """\
Hello,

I think there's a mix-up - I didn't have a session yesterday (21 April). I was in
Dublin for work and nobody called me, I told your colleague on the phone last week
that I'd be away. Please don't bill this one.

Next Tuesday should be fine again.

Thanks,
James
""", client="outlook", reply="cr-1137", style="outlook_en",
       note="no session on the asked day")  # fmt: skip


def may_june() -> None:
    yes("hf18_berger_frueher.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:20",
        request_subject(1142),
        """\
Guten Tag, die Behandlung am Mittwoch 6.5. hat stattgefunden, die Therapeutin hat
schon um 20 vor 9 angerufen statt um 9, ich war aber schon fertig und es ging gut.
Mit freundlichen Grüßen Ursula Berger
""", reply="cr-1142",
        note="called twenty minutes early, held in full: confirmed")  # fmt: skip

    no("hf19_berger_schlechte_leitung.eml", 24, ("technical",), "2026-05-13 09:45",
       "Anruf heute",
       """\
Guten Tag,

heute um 9 Uhr hat das Telefon geklingelt aber ich konnte nichts verstehen, es hat
nur gerauscht. Ich habe zweimal Hallo gesagt dann war es weg. Es hat dann keiner
mehr angerufen. Können Sie es noch einmal versuchen? Ich bin den ganzen Vormittag
zu Hause.

Mit freundlichen Grüßen
Ursula Berger
""", note="a line too bad to talk, no session yet")  # fmt: skip

    yes("hf20_hoffmann_zwei_in_einem.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:25",
        request_subject(1043),
        """\
Guten Tag,

zu Ihrer Anfrage: Die Manuelle Therapie, die für heute 12:30 Uhr eingetragen war,
hat bereits heute früh stattgefunden. Herr Lenz hat mir angeboten, sie direkt im
Anschluss an die Gerätetraining-Einheit zu machen, da er mittags einen Termin hatte.
Wir waren also von 7:30 bis 8:30 durchgehend im Video.

Damit bestätige ich beide Behandlungen vom 18.05.2026 (KGG und MT), jeweils die
volle Zeit.

Mit freundlichen Grüßen

Peter Hoffmann
""", client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="both of the day's sessions held back to back in one call, each in full: "
             "confirmed; staff checks the moved 12:30 session")  # fmt: skip

    no("hf21_hoffmann_nichts_ging.eml", 6, ("technical", "reschedule"), "2026-05-26 08:20",
       "Heutiger Termin 7:30",
       """\
Guten Morgen,

heute kam keine Verbindung zustande. Im Videoraum nur schwarzes Bild, Ton ging
auch nicht, Herr Lenz hat dann versucht mich auf dem Handy anzurufen, aber ich war
im Funkloch (Zug). Die Behandlung konnte also nicht stattfinden.

Bitte um einen Ersatztermin diese Woche.

Mit freundlichen Grüßen
Peter Hoffmann
""", client="outlook", note="video and phone both failed: no session")  # fmt: skip

    yes("hf22_popescu_verpasst.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:22",
        request_subject(1046),
        """\
Hallo,

ich bestätige die Termin von heute 02.06. Um 11 Uhr ich habe den Link nicht
gefunden, tut mir leid. Die Therapeutin hat mich um 13 Uhr wieder angerufen und
dann wir haben die ganze Übungen gemacht mit Video.

Danke schön und schöne Tag
Elena Popescu
""", client="yahoo", reply="cr-1046", style="yahoo",
        note="learner's German; missed at 11, held in full at 13: confirmed")  # fmt: skip

    yes("hf23_richter_kuerzer.eml", 8, (), ("2026-06-03",), "2026-06-03 19:40",
        request_subject(1051, "Re"),
        """\
Hi, ja hat stattgefunden heute, war aber etwas kürzer als sonst, so 20 min, Herr
Petersen musste früher Schluss machen. Nur damit ihr Bescheid wisst.

Jonas

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1051", style="iphone", staff=True,
        note="confirms but the session was shorter: not in full, staff")  # fmt: skip


def july() -> None:
    yes("hf24_brandt_doppelt_so_lang.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 09:15",
        request_subject(1063, "Re"),
        """\
Hallo,

die Behandlung gestern hat stattgefunden. Wir haben fast eine Stunde gemacht statt
einer halben, weil nach mir jemand abgesagt hatte und Frau Kaya sich die Schulter
nochmal genauer ansehen wollte.

Kurze Frage dazu: wird das als eine Behandlung abgerechnet oder als zwei? Ich
muss das bei meiner PKV einreichen.

Beste Grüße
Lukas Brandt
""", client="thunderbird", reply="cr-1063", style="thunderbird", staff=True,
        extra=("question",),
        note="held in full and longer; asks how it is billed")  # fmt: skip

    yes("hf25_neumann_briefkopf.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:30",
        "Bestätigung",
        """\
Gisela Neumann
Am Sande 12
21335 Lüneburg

Lüneburg, den 7. Juli 2026

Sehr geehrte Damen und Herren,

hiermit bestätige ich, dass die telefonische Behandlung am 7.7.2026 stattgefunden
hat. Der Anruf kam etwas später, so gegen 9:10 Uhr, wir haben aber die ganze Zeit
geübt.

Mit freundlichen Grüßen
Gisela Neumann
""", reply="cr-1056",
        note="the same day in the letter head and in the confirmation")  # fmt: skip

    yes("hf26_zimmermann_fuer_gisela.eml", 15, (), ("2026-07-14",), "2026-07-14 10:20",
        "Behandlung Frau Neumann",
        """\
Guten Tag,

ich schreibe für meine Lebensgefährtin Gisela Neumann, die bei Ihnen telefonisch
Krankengymnastik bekommt. Ihr Computer streikt gerade.

Die Behandlung am Dienstag, 14. Juli, um 9 Uhr hat stattgefunden.

Mit freundlichen Grüßen
Klaus Zimmermann
""", staff=True,
        note="the partner's session confirmed from his own address: someone else's, staff")  # fmt: skip

    yes("hf27_neumann_doppelstunde.eml", 9, (1059,), ("2026-07-16",), "2026-07-16 11:00",
        request_subject(1059),
        """\
Guten Tag,

die Behandlung heute, Donnerstag 16.07., hat stattgefunden. Frau Albers hat
vorgeschlagen, dass wir gleich eine Stunde machen, weil sie am 21.07. im Urlaub
ist, also die Übungen für nächsten Dienstag gleich mit.

Fällt der Termin am 21. dann aus oder ruft jemand anderes an? Bitte kurz Bescheid
geben.

Mit freundlichen Grüßen
Gisela Neumann
""", reply="cr-1059", style="thunderbird", staff=True, extra=("question",),
        note="today held in full (as a double session); next Tuesday's appointment has not "
             "taken place and is not confirmed")  # fmt: skip

    yes("hf28_brandt_moin.eml", 10, (1065,), ("2026-07-17",), "2026-07-17 17:40",
        request_subject(1065, "Re"),
        """\
Moin, Freitag 17.07. hier -

Termin am 17.7. hat stattgefunden, alles gut.

Schönes Wochenende
Lukas
""", client="thunderbird", reply="cr-1065", style="thunderbird", bottom=True,
        note="the day twice: greeting line and confirmation; bottom-posted")  # fmt: skip


def august() -> None:
    yes("hf29_carter_phone_instead.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        request_subject(1069, "Re"),
        """\
Hi there,

Yes, today's session (3 Aug) happened. The video kept freezing after about five
minutes, so Ms Albers rang my mobile and we did the rest over the phone - still the
full half hour.

Is that alright for my insurance, or do I need to tell them anything? And could we
just do phone from now on, my wifi is hopeless at lunchtime.

Best,
Emily
""", client="gmail", reply="cr-1069", style="gmail_en", staff=True, extra=("question",),
        note="video failed, went on by phone in full: confirmed; questions for staff")  # fmt: skip

    yes("hf30_yildiz_donnerstag.eml", 12, (), ("2026-08-06",), "2026-08-06 12:10",
        request_subject(1075),
        """\
Hallo,

am Mittwoch (5.8.) war keine Behandlung, Frau Kaya hat morgens abgesagt weil ihr
Kind krank war. Sie hat mich dann heute, Donnerstag 6.8., um halb 11 angerufen und
wir haben die Behandlung gemacht. Also hat stattgefunden, aber einen Tag später.

Liebe Grüße
Fatma Yıldız
""", client="webde", reply="cr-1075", style="webde", staff=True,
        note="held on Thursday instead of Wednesday: not the booked appointment, staff")  # fmt: skip

    yes("hf31_carter_vertretung.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:45",
        request_subject(1070, "Re"),
        """\
Hallo,

die Behandlung heute 10.08. hat stattgefunden. It was Herr Kaya today, not
Frau Albers, and we started at 12:30 instead of 12 because he was running late.
Aber alles 30 Minuten gemacht. Danke!

Emily Carter
""", client="gmail", reply="cr-1070", style="gmail",
        note="half German, half English; stand-in, started late, held in full")  # fmt: skip

    no("hf32_yildiz_freitag.eml", 12, ("reschedule",), "2026-08-12 13:30",
       request_subject(1076),
       """\
Hallo,

heute hat es nicht geklappt, ich war noch bei der Arbeit als Frau Kaya angerufen
hat. Wir haben abgemacht dass wir es am Freitag (14.8.) um 10:30 nachholen, bitte
so eintragen.

Liebe Grüße
Fatma
""", client="webde", reply="cr-1076", style="webde",
       note="no session today, moved to Friday: not a confirmation")  # fmt: skip


def september_october() -> None:
    yes("hf33_lehmann_frueher_kollege.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 17:45",
        request_subject(1087, "Re"),
        """\
Hallo,

ja, hat heute (08.09.) stattgefunden - schon um 12:30, weil ich um 13 Uhr in
die Vorlesung musste, Herr Petersen war so nett und hat es vorgezogen. Er hat
Frau Albers vertreten. Waren volle 30 Minuten.

Viele Grüße
Anna
""", client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True,
        note="earlier the same day, stand-in, full: confirmed; bottom-posted")  # fmt: skip

    yes("hf34_vogel_spaeter_beginn.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:05",
        request_subject(1082),
        """\
Bestätigt: 10.09., Beginn 7:25 statt 7:00 (Therapeutin verspätet), dann volle
30 Minuten.

MfG
M. Vogel

--
Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Tel. +49 40 555 210-0 | Fax +49 40 555 210-99
Sitz Hamburg, AG Hamburg PR 1234
""", client="outlook", reply="cr-1082", style="outlook_classic",
        note="late start, full length on the booked day: confirmed")  # fmt: skip

    no("hf35_lehmann_verschieben.eml", 14, ("reschedule",), "2026-09-16 20:10",
       "Termin nächste Woche vorziehen?",
       """\
Hallo,

könnten wir den Termin am 22.09. wieder auf 12:30 vorziehen, so wie letzte Woche
mit Herrn Petersen? Die Vorlesung ist dienstags leider das ganze Semester um 13 Uhr.
Am besten auch gleich für die restlichen Termine.

Danke und viele Grüße
Anna Lehmann
""", client="thunderbird",
       note="wants to move future sessions; no confirmation")  # fmt: skip

    yes("hf36_schaefer_kanzleiadresse.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:12",
        request_subject(1098),
        """\
Guten Morgen,

die Behandlung gestern Abend (07.10.) hat stattgefunden. Ihre Kollegin war erst um
19:15 im Videoraum, wir haben dann aber bis 19:45 gemacht.

Ich schreibe von der Büroadresse, die private Mail spinnt gerade.

Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Lindenstraße 4 | 30159 Hannover
Tel. 0511 123 456-0 | Fax 0511 123 456-9
b.schaefer@schaefer-steuerberatung.de | www.schaefer-steuerberatung.de
Bürozeiten: Mo-Do 8-17 Uhr, Fr 8-13 Uhr
""", client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; started 15 minutes late, full 30 minutes")  # fmt: skip

    yes("hf37_jansen_nur_viertelstunde.eml", 17, (), ("2026-10-22",), "2026-10-22 12:30",
        request_subject(1104, "Re"),
        """\
hi,

ja hat stattgefunden, aber nur ne viertelstunde ungefähr. die verbindung ist
3 mal abgebrochen und dann meinte frau kaya wir machen den rest nächstes mal.

gruß ole
""", client="gmail", reply="cr-1104", style="gmail", staff=True,
        note="only a quarter of an hour: not held in full, staff")  # fmt: skip


def november() -> None:
    yes("hf38_hartmann_spaeter_am_tag.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30",
        request_subject(1120, "Re"),
        """\
Hallo liebes Praxisteam,

die Behandlung von heute (3.11.) hat stattgefunden, wie heute Mittag am Telefon
besprochen um 18:30 statt um 17 Uhr. Danke, dass das so spontan ging!

Liebe Grüße
Leonie Hartmann
""", client="gmail", reply="cr-1120", style="gmail",
        note="moved to later the same day, held in full: confirmed")  # fmt: skip

    no("hf39_hartmann_absage.eml", 20, ("cancellation",), "2026-11-10 08:15",
       reminder_subject(1121),
       """\
Guten Morgen,

ich muss den Termin heute um 17 Uhr leider absagen, ich liege mit Fieber im Bett.
Letzte Woche hat das mit dem Verschieben ja gut geklappt - falls es diese Woche
noch einen anderen Tag gibt, gern, sonst sehen wir uns nächsten Dienstag.

Liebe Grüße
Leonie
""", client="gmail", reply="rem-1121", style="gmail",
       note="cancels today's session; last week only alluded to")  # fmt: skip

    no("hf40_nowak_link_geht_nicht.eml", 19, ("technical",), "2026-11-12 21:30",
       video_link_subject(1117),
       """\
Hi,

the access code from this mail doesn't work for me, the page just says "invalid
code". Could the therapist simply call me tomorrow at 8 on my mobile
(0176 5550 1234) instead of video?

Thanks
David
""", client="plain", reply="vl-1117", style="gmail_en",
       note="before the session: video code fails, asks for a phone call")  # fmt: skip

    yes("hf41_nowak_telefon_statt_video.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 09:50",
        request_subject(1117, "Re"),
        """\
Hi,

confirming the session this morning, Friday 13 Nov - done by phone as I asked
yesterday, full 30 minutes. Thanks for switching it.

David Nowak
""", reply="cr-1117",
        note="booked as video, held by phone as agreed, full: confirmed")  # fmt: skip

    yes("hf42_hartmann_mittwoch.eml", 20, (), ("2026-11-18",), "2026-11-18 19:05",
        request_subject(1122, "Re"),
        """\
Hallo,

die Behandlung hat stattgefunden - aber erst heute, am Mittwoch 18.11., nicht
gestern. Frau Albers hatte gestern kurzfristig angerufen, dass sie es nicht schafft,
und wir haben es auf heute 17 Uhr gelegt.

Liebe Grüße
Leonie
""", client="gmail", reply="cr-1122", style="gmail", staff=True,
        note="held on the next day instead of the booked one: staff")  # fmt: skip


def main() -> None:
    load_practice()
    january()
    february()
    march_april()
    may_june()
    july()
    august()
    september_october()
    november()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_hf

    blind_hf.main()
