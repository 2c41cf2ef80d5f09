"""Blind set IO: relatives, carers and helpers answering for the patient.

Forty mails from the patients' own (family) addresses, written by somebody else than the
patient: a wife for her husband, a son or a grandchild for an old mother ("Oma sagt, ..."),
a neighbour who helps an old man with the computer, a mother for her teenage son or
daughter, a nurse of a care home, an assistant, a husband from the patient's second
(business) address. Most confirm the patient's sessions under our request or in a new
mail; some only half ("sie meint, ..."), with a day that is unclear, a session cut short,
a day that was cancelled; ten are look-alikes: the writer's own treatment, a sibling's
session, a cancellation, a question about a bill or a prescription, a video that did not
work, a patient who was in hospital, an announcement for tomorrow.

Labels: `confirmed` holds only the patient's own scheduled, not yet confirmed sessions that
the mail plainly reports as held in full on a clear day; `dates` the days the mail says a
session of the patient took place (also partly); anything doubtful, partial, somebody
else's, future or cancelled needs staff.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_io
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

HERE = data_dir("blind_io")


def wolff() -> None:
    # Hans-Jürgen Wolff (4), phone KG on Fridays; his wife Monika writes.
    yes("io01_wolff_frau_heute.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 18:42",
        request_subject(1028), """Hallo zusammen,

ja, mein Mann hatte heute um 14 Uhr seine Krankengymnastik am Telefon, hat alles gut
geklappt. Er lässt schön grüßen.

Monika Wolff
""", client="gmail", reply="cr-1028", style="gmail", name="Monika Wolff")  # fmt: skip
    yes("io02_wolff_frau_zwei_termine.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 10:12", "Bestätigung Behandlungen Hans-Jürgen Wolff", """Sehr geehrte Damen und Herren,

hiermit bestätige ich für meinen Mann, Hans-Jürgen Wolff, dass die telefonischen
Behandlungen am 23.01. und am 30.01. stattgefunden haben. Ihre Mails dazu waren im
Spam gelandet, er selbst kommt mit dem Computer nicht so zurecht.

Mit freundlichen Grüßen
Monika Wolff
""", client="tonline", name="Monika Wolff")  # fmt: skip
    no("io03_wolff_frau_eigene_kg.eml", 4, ("question",), "2026-02-06 19:05",
       "Frage wegen Krankengymnastik für mich", """Guten Abend,

ich bin die Frau von Herrn Wolff. Ich hatte heute selbst Krankengymnastik, aber vor Ort
bei der Physiopraxis Lindner hier im Ort, und die Fahrerei ist mit meinem Knie eine Qual.
Könnten Sie mich auch am Telefon behandeln, so wie meinen Mann? Brauche ich dafür ein
eigenes Rezept vom Orthopäden?

Freundliche Grüße
Monika Wolff
""", client="tonline", name="Monika Wolff",
       note="the wife's own session elsewhere; a question, nothing of the patient's")  # fmt: skip


def neumann() -> None:
    # Gisela Neumann (9), phone KG Tue/Thu; her son Stefan and granddaughter Lea write.
    yes("io04_neumann_sohn_mama.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 12:15",
        request_subject(1056), """Hallo,

Mama hatte heute früh ihren Telefontermin, hat alles gut funktioniert. Sie kann selbst
keine Mails schreiben, deshalb antworte ich für sie.

Gruß
Stefan Neumann
""", client="outlook", reply="cr-1056", style="outlook", name="Stefan Neumann")  # fmt: skip
    yes("io05_neumann_enkelin_oma_sagt.eml", 9, (1057,), ("2026-07-09",), "2026-07-09 17:31",
        request_subject(1057), """Hallo! Oma sagt, die Gymnastik heute am Telefon war gut und hat stattgefunden. Sie sagt danke!!

LG Lea (die Enkelin)

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1057", style="iphone", name="Gisela Neumann")  # fmt: skip
    yes("io06_neumann_enkelin_meint.eml", 9, (), (), "2026-07-15 16:20",
        request_subject(1058), """hallo, hier ist nochmal lea. oma meint sie hatte diese woche ihren termin, aber
sie weiß nicht mehr ob das dienstag oder mittwoch war und ob es überhaupt eure
gymnastik war oder der anruf vom pflegedienst. ich war nicht da. sorry!

lea
""", client="iphone", reply="cr-1058", style="iphone", staff=True, name="Gisela Neumann",
        note="hearsay with doubt, day and kind of call unclear")  # fmt: skip
    no("io07_neumann_sohn_abgebrochen.eml", 9, ("other",), "2026-07-16 13:02",
       request_subject(1059), """Guten Tag,

die Behandlung heute früh musste nach etwa zehn Minuten abgebrochen werden, meiner
Mutter wurde schwindelig und sie hat sich hingelegt. Der Pflegedienst war dann da, es
geht ihr wieder besser. Bitte sagen Sie mir, wie wir das nachholen können.

Stefan Neumann
""", client="outlook", reply="cr-1059", style="outlook", dates=("2026-07-16",),
       name="Stefan Neumann", note="session cut short after ten minutes")  # fmt: skip


def zimmermann() -> None:
    # Klaus Zimmermann (15), phone KG on Mondays; his neighbour Bernd Kaiser helps him.
    yes("io08_zimmermann_nachbar.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:40",
        request_subject(1093), """Guten Tag,

ich bin der Nachbar von Herrn Zimmermann und helfe ihm mit dem Computer. Er bittet mich
Ihnen zu schreiben, dass die Telefonbehandlung heute Vormittag stattgefunden hat.

Mit freundlichem Gruß
Bernd Kaiser (für Klaus Zimmermann)
""", reply="cr-1093", style="thunderbird", name="Klaus Zimmermann")  # fmt: skip
    yes("io09_zimmermann_nachbar_nachtrag.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-31 11:05", "Herr Zimmermann - Termine Oktober", """Hallo,

nochmal Kaiser, der Nachbar von Herrn Zimmermann. Er hat mir heute Ihre zwei Mails
gezeigt, die hat er übersehen. Seine Behandlungen am Montag 12. und am Montag 19.
Oktober hat er beide gehabt, am Telefon wie immer. Den 26. hatte er ja abgesagt.

Schöne Grüße
B. Kaiser
""", name="Klaus Zimmermann")  # fmt: skip
    no("io10_zimmermann_nachbar_absage.eml", 15, ("cancellation",), "2026-11-01 14:30",
       reminder_subject(1097), """Guten Tag,

Herr Zimmermann kann morgen (Montag, 2.11.) leider nicht, er muss am Vormittag ins
Krankenhaus zur Untersuchung. Bitte streichen Sie den Termin. Er meldet sich, wenn er
wieder zu Hause ist.

Gruß Bernd Kaiser, Nachbar
""", reply="rem-1097", style="thunderbird", name="Klaus Zimmermann")  # fmt: skip


def koch() -> None:
    # Renate Koch (18), phone KG; a nurse of her care home answers from her address.
    yes("io11_koch_pflegeheim.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:10", "Frau Renate Koch - Bestätigung Behandlungen", """Sehr geehrte Damen und Herren,

ich bin Pflegefachkraft im Seniorenzentrum Haus Abendrot und betreue Frau Koch auf
Station 2. Die telefonische Krankengymnastik am Montag, 23.03., und am Mittwoch, 25.03.,
hat jeweils vollständig stattgefunden, ich war beide Male dabei.

Mit freundlichen Grüßen
i. A. Petra Sommer
Seniorenzentrum Haus Abendrot, Wohnbereich 2
""", client="outlook", name="Renate Koch")  # fmt: skip
    yes("io12_koch_pflegeheim_muede.eml", 18, (), ("2026-03-30",), "2026-03-30 17:22",
        request_subject(1111), """Guten Tag,

die Behandlung heute hat stattgefunden, Frau Koch war allerdings sehr müde und nach
ungefähr der Hälfte der Zeit haben wir mit Ihrer Kollegin gemeinsam beschlossen
aufzuhören.

Freundliche Grüße
P. Sommer, Haus Abendrot
""", client="outlook", reply="cr-1111", style="outlook", staff=True, name="Renate Koch",
        note="session stopped halfway")  # fmt: skip
    no("io13_koch_pflegeheim_rezept.eml", 18, ("question",), "2026-04-14 10:03",
       "Verordnung Frau Koch", """Sehr geehrte Damen und Herren,

die Verordnung für Frau Koch ist bald aufgebraucht. Müssen wir beim Hausarzt ein neues
Rezept anfordern, oder machen Sie das direkt? Und an welche Adresse soll es geschickt
werden?

Mit freundlichen Grüßen
i. A. Petra Sommer
Seniorenzentrum Haus Abendrot
""", client="outlook", name="Renate Koch")  # fmt: skip


def schulz() -> None:
    # Marie Schulz (5) is a teenager; her mother Karin uses the family address.
    yes("io14_schulz_mutter_heute.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:02",
        request_subject(1034), """Hallo,

ja, Marie hatte heute die Videostunde, hat alles geklappt. (Ihr Bruder hatte übrigens
auch Physio heute, aber in der Praxis bei uns um die Ecke, nicht bei Ihnen.)

LG Karin Schulz
""", client="gmail", reply="cr-1034", style="gmail", name="Karin Schulz")  # fmt: skip
    yes("io15_schulz_mutter_drei.eml", 5, (1035, 1036, 1037),
        ("2026-04-23", "2026-04-30", "2026-05-07"), "2026-05-08 08:15",
        "Bestätigung Termine Marie Schulz", """Guten Morgen,

hiermit bestätige ich die Termine meiner Tochter Marie Schulz vom 23.04., 30.04. und
07.05. (jeweils per Video). Entschuldigung, dass es so lange gedauert hat.

Viele Grüße
K. Schulz
""", name="Karin Schulz")  # fmt: skip
    no("io16_schulz_mutter_bruder.eml", 5, ("question",), "2026-05-12 20:40",
       "Frage wegen Ben", """Hallo,

eine Frage: Maries Bruder Ben hatte heute seine erste Videostunde bei Ihrem Kollegen,
angemeldet ist er über die Kinderärztin. Müssen wir für ihn auch etwas bestätigen, und
an welche Adresse kommen seine Mails? Maries nächster Termin ist ja erst am 21.

Karin Schulz
""", name="Karin Schulz", note="a sibling's session, not a patient of the practice")  # fmt: skip


def brandt() -> None:
    # Lukas Brandt (10), a teenager; his mother Andrea writes.
    yes("io17_brandt_mutter_gestern.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 09:30",
        request_subject(1063), """Guten Morgen,
ja, Lukas hatte gestern seine Stunde per Video, ich war mit im Zimmer.
Gruß Andrea Brandt

Von meinem Samsung Galaxy Smartphone gesendet.
""", client="samsung", reply="cr-1063", style="samsung", name="Andrea Brandt")  # fmt: skip
    yes("io18_brandt_mutter_unsicher.eml", 10, (), (), "2026-07-11 12:04",
        request_subject(1064), """Hallo,

Lukas sagt, er hatte den Termin. Ehrlich gesagt war er um kurz vor vier aber noch beim
Fußball und ich weiß nicht, ob er überhaupt rechtzeitig zu Hause war. Können Sie bitte
nachschauen, ob er wirklich dabei war, bevor ich das bestätige?

Andrea Brandt
""", client="samsung", reply="cr-1064", style="samsung", staff=True, extra=("question",),
        name="Andrea Brandt",
        note="the mother doubts the session took place")  # fmt: skip
    no("io19_brandt_video_nicht.eml", 10, ("technical", "reschedule"), "2026-07-17 16:48",
       video_link_subject(1065), """Hallo,

er kam mit dem Video heute nicht zurecht, der Link ging auf seinem Handy nicht auf und
am Laptop kam nur "Warten auf den Gastgeber". Hat der Therapeut auf ihn gewartet? Kann
man den Termin nachholen?

Andrea Brandt (Mutter von Lukas)
""", reply="vl-1065", style="gmail", client="gmail", name="Andrea Brandt")  # fmt: skip


def hoffmann() -> None:
    # Peter Hoffmann (6): two sessions on 18 May; his wife Claudia writes.
    yes("io20_hoffmann_frau_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 20:45",
        "Termine meines Mannes am Montag", """Hallo,

mein Mann hatte am Montag, 18.5., beide Termine bei Ihnen: morgens die Gerätegymnastik
und mittags die Manuelle Therapie. Beides hat ganz normal stattgefunden. Er ist gerade
auf Dienstreise und kommt nicht an seine Mails, deshalb schreibe ich.

Viele Grüße
Claudia Hoffmann
""", client="outlook", name="Claudia Hoffmann")  # fmt: skip


def oneill() -> None:
    # James O'Neill (23), phone MT; his wife Mary writes in English.
    yes("io21_oneill_wife_tonight.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:38",
        request_subject(1136, "Re"), """Hi,

This is Mary, James's wife. He did his phone session tonight and asked me to confirm it
for him as his German isn't great. All good!

Thanks,
Mary
""", client="gmail", reply="cr-1136", style="gmail_en", name="Mary O'Neill")  # fmt: skip
    no("io22_oneill_wife_dropped.eml", 23, ("technical",), "2026-04-29 07:55",
       request_subject(1138, "RE"), """Hello,

James had his call last night, but the line dropped after about 15 minutes and your
therapist couldn't get through again (his phone was on silent, sorry). So only half a
session I'm afraid. Can he make up for it?

Mary O'Neill
""", client="outlook", reply="cr-1138", style="outlook_en", dates=("2026-04-28",),
       name="James O'Neill", note="session cut short; not confirmed")  # fmt: skip


def carter() -> None:
    # Emily Carter (11); her husband writes in English.
    yes("io23_carter_husband_two.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-12 22:10", "Emily Carter - sessions", """Hello there,

Emily asked me to let you know that her video sessions on 3 and 10 August both took
place as planned. She's away from her laptop this week.

Best wishes,
Tom Carter
""", client="gmail", name="Tom Carter")  # fmt: skip


def yildiz() -> None:
    # Fatma Yıldız (12), phone KG on Wednesdays; her son and her daughter write.
    yes("io24_yildiz_sohn_gestern.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 08:20",
        request_subject(1076), """Hallo

Meine Mama hat gestern Telefon Gymnastik gemacht mit Ihnen, alles gut gewesen. Sie kann
nicht so gut deutsch schreiben deswegen ich schreibe.

Danke
Murat
""", client="webde", reply="cr-1076", style="webde", name="Fatma Yıldız")  # fmt: skip
    yes("io25_yildiz_tochter_verschieben.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 18:00", "Termine meiner Mutter Fatma Yıldız", """Guten Abend,

ich schreibe für meine Mutter. Sie hatte am 26.8. und am 2.9. ihre Behandlungen am
Telefon, das hat beides stattgefunden (am 19.8. war ja abgesagt wegen Urlaub).
Nächste Woche am 9.9. kann sie leider nicht, da hat sie einen Arzttermin. Kann man den
auf Donnerstag oder Freitag verschieben?

Viele Grüße
Elif Yıldız
""", client="webde", staff=True, extra=("reschedule",), name="Elif Yıldız")  # fmt: skip


def aydin() -> None:
    # Mehmet Aydın (22), phone KG on Thursdays; his son Emre and his wife Hatice write.
    yes("io26_aydin_sohn_heute.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10",
        request_subject(1130), """Hallo,
mein Vater hatte heute seinen Telefontermin, hat stattgefunden. Er spricht nicht so gut
Deutsch, ich war dabei und hab übersetzt.
Gruß Emre
""", client="gmail", reply="cr-1130", style="gmail", name="Emre Aydın")  # fmt: skip
    yes("io27_aydin_frau_lerner.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-06 11:02", "Termin Mehmet Aydın", """Guten Tag,

mein Mann hat Termin gehabt am Donnerstag 26.2 und auch 5.3 , beide gemacht mit
Telefon. Danke schön für Hilfe, es geht besser mit Rücken.

Hatice Aydın
""", name="Hatice Aydın")  # fmt: skip


def krueger() -> None:
    # Sabine Krüger (1), video KG on Tuesdays; her husband Rainer writes.
    yes("io28_krueger_mann_heute.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:31",
        request_subject(1003), """Hallo,

meine Frau hatte heute ihre Videobehandlung und bittet mich, das zu bestätigen.

Gruß
Rainer Krüger
""", client="thunderbird", reply="cr-1003", style="thunderbird", bottom=True,
        name="Rainer Krüger")  # fmt: skip
    no("io29_krueger_mann_krankenhaus.eml", 1, ("other",), "2026-02-03 19:20",
       request_subject(1004), """Guten Abend,

da muss ein Irrtum vorliegen: meine Frau liegt seit Sonntag im Krankenhaus (Bandscheibe),
der Termin heute kann also nicht stattgefunden haben. Bitte nicht abrechnen. Ich melde
mich, wenn sie wieder zu Hause ist.

Rainer Krüger
""", client="thunderbird", reply="cr-1004", style="thunderbird",
       name="Rainer Krüger", note="the session did not take place")  # fmt: skip
    yes("io30_krueger_mann_nachtrag.eml", 1, (1005, 1006),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-02-25 09:00",
        "Behandlungen Sabine Krüger Februar", """Hallo,

meine Frau ist wieder zu Hause und es geht ihr besser. Die Termine am 10.2. und am 17.2.
hat sie gemacht. Gestern (24.2.) auch, allerdings ging die Kamera nicht, es lief nur
über Ton – ich weiß nicht, ob das so zählt.

Viele Grüße
Rainer Krüger
""", client="thunderbird", staff=True, name="Rainer Krüger",
        note="24.2. held without picture: staff decide")  # fmt: skip


def becker() -> None:
    # Thomas Becker (2), phone MT; his wife Sandra writes.
    yes("io31_becker_frau_glaube.eml", 2, (), (), "2026-02-14 10:30",
        "Termine Thomas diese Woche", """Hi,

ich soll für Thomas die Termine von dieser Woche bestätigen. Montag war glaube ich, da
hat er abends telefoniert. Donnerstag weiß ich nicht, da war ich beim Sport und er sagt
nur "ja ja". Fragen Sie ihn lieber nochmal selbst.

LG Sandra
""", reply=None, staff=True, name="Sandra Becker",
        note="hearsay with doubt: nothing may be recorded")  # fmt: skip


def vogel() -> None:
    # Dr. Michael Vogel (13), video MT; his assistant writes from his office address.
    yes("io32_vogel_assistenz.eml", 13, (1082, 1083), ("2026-09-10", "2026-09-17"),
        "2026-09-18 10:20", "Bestätigung Behandlungstermine Dr. Vogel", """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Vogel bestätige ich Ihnen, dass die Behandlungen vom 10.09.2026
und vom 17.09.2026 per Video stattgefunden haben.

Mit freundlichen Grüßen

Jana Peters
Assistenz der Geschäftsführung
Vogel & Partner Rechtsanwälte
Tel. 0221 4477 120
""", client="outlook", name="Jana Peters")  # fmt: skip


def lehmann() -> None:
    # Anna Lehmann (14), video KG on Tuesdays; her partner Marco writes learner's German.
    yes("io33_lehmann_partner.eml", 14, (1087,), ("2026-09-08",), "2026-09-09 21:04",
        request_subject(1087), """Hallo,

ich schreibe für Anna, sie hat gerade Prüfungen und keine Zeit. Sie hatte am Dienstag
die Video Termin, alles war okay und komplett.

Grüße,
Marco
""", client="apple", reply="cr-1087", style="iphone", name="Anna Lehmann")  # fmt: skip


def schaefer() -> None:
    # Birgit Schäfer (16): her husband writes from her business address.
    no("io34_schaefer_mann_morgen.eml", 16, ("other",), "2026-10-20 20:05",
       reminder_subject(1100), """Danke für die Erinnerung, meine Frau ist morgen Abend dabei.

Jörg Schäfer
Schäfer Steuerberatung
""", client="outlook", reply="rem-1100", style="outlook_classic", staff=False,
       sender="b.schaefer@schaefer-steuerberatung.de", name="Jörg Schäfer",
       note="announces tomorrow's session: nothing to record")  # fmt: skip
    yes("io35_schaefer_mann_heute_abend.eml", 16, (1101,), ("2026-10-28",),
        "2026-10-28 21:12", request_subject(1101), """Guten Abend,

Birgit hatte heute Abend ihre Stunde, sagt sie, hat gut geklappt. Sie ist schon ins
Bett, darum schreibe ich.

Jörg Schäfer
""", client="outlook", reply="cr-1101", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Jörg Schäfer")  # fmt: skip


def jansen() -> None:
    # Ole Jansen (17); his mother asks about the bill.
    no("io36_jansen_mutter_rechnung.eml", 17, ("question",), "2026-11-25 10:30",
       "Rechnung Ole Jansen", """Moin,

wir haben die Rechnung für Ole bekommen. Kann ich die bei meiner Beihilfe einreichen,
Ole ist ja über mich mitversichert? Und müsste die Rechnung dann nicht auf meinen Namen
ausgestellt sein?

Viele Grüße
Silke Jansen
""", client="gmail", name="Silke Jansen")  # fmt: skip


def hartmann() -> None:
    # Leonie Hartmann (20), video KG on Tuesdays; her mother writes.
    yes("io37_hartmann_mutter_fieber.eml", 20, (1120, 1121),
        ("2026-11-03", "2026-11-10", "2026-11-17"), "2026-11-18 07:30",
        "Leonie Hartmann Termine", """Guten Morgen,

Leonie hatte am 3.11. und am 10.11. ihre Termine, beide ganz normal. Gestern hatte sie
Fieber, sie hat sich trotzdem eingeloggt, aber nach einer Viertelstunde haben sie
abgebrochen. Ich hoffe, das ist in Ordnung so.

Liebe Grüße
Nicole Hartmann
""", client="webde", staff=True, name="Nicole Hartmann",
        note="17.11. stopped after a quarter of an hour")  # fmt: skip


def berger() -> None:
    # Ursula Berger (24), phone KG on Wednesdays; her daughter Heike writes.
    yes("io38_berger_tochter_unten.eml", 24, (1143,), (), "2026-05-14 07:50",
        request_subject(1143), """Ja, hat stattgefunden. Mutti ist zufrieden.

Heike (Tochter)
""", client="thunderbird", reply="cr-1143", style="thunderbird", bottom=True,
        name="Heike Berger")  # fmt: skip
    yes("io39_berger_tochter_monate.eml", 24, (1144, 1145, 1146),
        ("2026-05-20", "2026-05-27", "2026-06-03"), "2026-09-14 19:40",
        "Bestätigungen für meine Mutter Ursula Berger", """Hallo,

beim Aufräumen im Postfach gesehen: die Bestätigungen für Mutti vom 20.5., 27.5. und 3.6.
fehlen noch, sorry! Die drei hatte sie alle. Den 10.6. weiß ich nicht mehr genau, da war
ich im Urlaub, und sie selbst erinnert sich nicht.

Heike Berger
""", client="yahoo", staff=True, name="Heike Berger",
        note="10.6. doubtful and not labelled")  # fmt: skip


def demir() -> None:
    # Aylin Demir (3): her sister writes about a day that had been cancelled.
    yes("io40_demir_schwester_abgesagt.eml", 3, (), ("2026-04-01",), "2026-04-02 09:05",
        "Aylin Demir", """Hallo,

ich soll für meine Schwester Aylin ausrichten, dass sie gestern, am 1.4., ihren Termin
per Video hatte, sie hat um halb neun mit Ihnen trainiert. Sie hat Ihre Mail nicht
gefunden.

Grüße
Derya Demir
""", client="gmail", staff=True, name="Derya Demir",
        note="1.4. was cancelled in the practice's calendar: staff must look")  # fmt: skip


def main() -> None:
    load_practice()
    wolff()
    neumann()
    zimmermann()
    koch()
    schulz()
    brandt()
    hoffmann()
    oneill()
    carter()
    yildiz()
    aydin()
    krueger()
    becker()
    vogel()
    lehmann()
    schaefer()
    jansen()
    hartmann()
    berger()
    demir()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
