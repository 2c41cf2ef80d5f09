"""Blind set IT: one ordinary month of the practice inbox, May 2026.

Forty mails as they came in between 1 and 30 May: mostly replies to our confirmation
request, on the day or a few days later, for the May sessions of Peter Hoffmann, James
O'Neill, Ursula Berger and Marie Schulz; late answers for April (Schulz, Demir, Koch,
O'Neill) and a few months-late ones for February and March (Krüger, Aydın, Becker, Wolff,
Wagner) from patients tidying up their mailboxes. A mother writes for her fifteen-year-old,
a daughter and a son for their parents; some mails are in English or learners' German; a
question, a wish or a remark stands beside some yeses. Eight look-alikes: a session cut
short by the WLAN, a prescription question naming the last session's day, a missed
evening call, a video code that would not work, a reply to a reminder, a move, a
cancellation and a thank-you without a yes.

Labels say what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, not yet confirmed sessions plainly confirmed as held in full;
`dates` the days the sender names (relative days resolved) as days a session took place;
`needs_staff` whenever someone has to look or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
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

HERE = data_dir("blind_it")

HOFFMANN_SIG = """Beste Grüße
Peter Hoffmann

Peter Hoffmann
Geschäftsführer
Hoffmann Logistik GmbH
Am Westhafen 7 · 13353 Berlin
Mobil +49 171 5550192"""


def first_week() -> None:
    yes("it01_schulz_gestern_frage.eml", 5, [1036], ["2026-04-30"], "2026-05-01 09:47",
        request_subject(1036), """Guten Morgen,

ja, Marie hatte gestern ihre Stunde, hat alles gut geklappt.

Eine Frage noch: Sie hat morgens vor der Schule eigentlich mehr Zeit als abends (da ist \
Handballtraining). Kann sie die Übungen mit dem Theraband auch morgens machen oder ist das \
egal?

Viele Grüße
Katrin Schulz

Von meinem Samsung Galaxy Smartphone gesendet""",
        client="samsung", reply="cr-1036", style="samsung", name="Katrin Schulz",
        staff=True, extra=("question",), note="the mother writes; 'gestern' is 30.04.")  # fmt: skip

    yes("it02_koch_april_nachtrag.eml", 18, [1113, 1114], ["2026-04-08", "2026-04-13"],
        "2026-05-02 10:20", "Bestätigung meiner Behandlungen im April", """Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die Behandlungen am 8. April und am 13. April 2026 \
stattgefunden haben. Die Therapeutin hat mich beide Male pünktlich angerufen.

Entschuldigen Sie bitte, dass ich mich erst jetzt melde. Ich war zwei Wochen bei meiner \
Tochter in Hamburg und habe dort nicht in meine E-Mails geschaut.

Mit freundlichen Grüßen
Renate Koch""",
        client="tonline")  # fmt: skip

    yes("it03_oneill_tuesday.eml", 23, [1138], ["2026-04-28"], "2026-05-02 11:40",
        request_subject(1138, "Re"), """Yes - Tuesday's session went ahead as planned. Sorry for the slow reply!

Sent from my iPhone""",
        client="iphone", reply="cr-1138",
        note="'Tuesday' seen from Saturday 02.05.: 28.04.")  # fmt: skip

    yes("it04_schulz_april.eml", 5, [1034, 1035], ["2026-04-16", "2026-04-23"],
        "2026-05-03 20:41", "Termine von Marie im April", """Hallo liebes Praxisteam,

beim Durchschauen meiner Mails ist mir aufgefallen, dass ich die Termine meiner Tochter \
Marie vom 16.04. und 23.04. nie bestätigt habe. Sorry! Beide Stunden haben ganz normal \
stattgefunden.

Viele Grüße
Katrin Schulz
(Mutter von Marie Schulz, geb. 14.03.2011)""",
        client="thunderbird", name="Katrin Schulz",
        note="a new mail; the birth date is not a session")  # fmt: skip

    yes("it05_hoffmann_bestaetigt.eml", 6, [1040], ["2026-05-04"], "2026-05-04 09:12",
        request_subject(1040), "Bestätigt – Termin 04.05., 7:30 Uhr, hat stattgefunden.\n\n"
        + HOFFMANN_SIG, client="outlook", reply="cr-1040", style="outlook")  # fmt: skip

    yes("it06_krueger_spam.eml", 1, [1008, 1009], ["2026-03-03", "2026-03-10"],
        "2026-05-05 18:05", request_subject(1009), """Liebes Team,

entschuldigen Sie die späte Antwort, Ihre Mail ist bei mir im Spam-Ordner gelandet und ich \
habe sie erst heute gefunden. Die Behandlungen am 3. und am 10. März haben beide \
stattgefunden.

Herzliche Grüße
Sabine Krüger""",
        client="webde", reply="cr-1009", style="webde",
        note="two months late; answers the request for 10.03. and names 03.03. too")  # fmt: skip

    yes("it07_krueger_diese_auch.eml", 1, [1007], [], "2026-05-05 18:12",
        request_subject(1007), """Und diese hier war auch noch offen: Die Behandlung hat stattgefunden.

S. Krüger""",
        client="webde", reply="cr-1007", style="webde", bottom=True,
        note="bottom-posted under our request for 24.02.; names no day")  # fmt: skip

    yes("it08_oneill_tonight.eml", 23, [1139], ["2026-05-05"], "2026-05-05 21:16",
        request_subject(1139, "RE"), """Hi there,

Yes, confirming tonight's session (5 May) took place. Shoulder's feeling a lot looser \
already.

Cheers,
James""",
        client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip

    yes("it09_berger_heute.eml", 24, [1142], ["2026-05-06"], "2026-05-06 11:02",
        request_subject(1142), """Sehr geehrte Damen und Herren,

die Behandlung hat heute wie vereinbart stattgefunden.

Mit freundlichen Grüßen
Ursula Berger""",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip

    no("it10_schulz_wlan_abgebrochen.eml", 5, ("technical",), "2026-05-07 17:25",
       request_subject(1037), """Hallo,

die Stunde heute hat zwar angefangen, aber nach ca. 10 Minuten ist bei uns das WLAN \
ausgefallen und Marie kam nicht mehr in die Videositzung rein. Die Therapeutin hat dann \
noch kurz auf dem Handy angerufen, aber die Übungen konnten sie so nicht richtig machen.

Ich weiß nicht, ob Sie das so abrechnen können – bitte melden Sie sich, falls wir den \
Termin nachholen sollen.

LG Katrin Schulz""",
       client="samsung", reply="cr-1037", style="samsung", name="Katrin Schulz",
       dates=("2026-05-07",),
       note="session cut short after ten minutes: not held in full, staff decides")  # fmt: skip


def second_week() -> None:
    yes("it11_demir_untergegangen.eml", 3, [1026], ["2026-04-22"], "2026-05-08 07:52",
        request_subject(1026), """Sorry, total untergegangen 🙈 Ja, der Termin am 22.4. hat stattgefunden!

Liebe Grüße
Aylin

Von meinem iPhone gesendet""",
        client="iphone", reply="cr-1026", style="iphone")  # fmt: skip

    yes("it12_aydin_maerz.eml", 22, [1134], ["2026-03-19", "2026-03-27"], "2026-05-09 16:30",
        "Termin bestätigen", """Sehr geehrte Damen und Herren

ich möchte bestätigen meine Termine am Telefon. Am 19.03. und 27.03. die Therapie war \
gemacht, alles gut. Rücken ist jetzt besser, danke schön.

Entschuldigung, das ist spät, ich habe die Mail nicht gesehen.

Mit freundliche Grüße
Mehmet Aydın""",
        staff=True,
        note="learners' German; 19.03. is his, 27.03. matches no appointment (his was Thu 26.03.)")  # fmt: skip

    yes("it13_oneill_april.eml", 23, [1136, 1137], ["2026-04-14", "2026-04-21"],
        "2026-05-10 19:05", "Session confirmations - April", """Hello,

I realised I never replied to a couple of your confirmation e-mails from April, sorry \
about that. The sessions on 14 April and 21 April both took place as planned.

Best regards,
James O'Neill""",
        client="outlook")  # fmt: skip

    yes("it14_hoffmann_iphone.eml", 6, [1041], [], "2026-05-11 09:20",
        request_subject(1041), """Ja, fand statt.

Gruß
P. Hoffmann

Von meinem iPhone gesendet""",
        client="iphone", reply="cr-1041", style="iphone")  # fmt: skip

    no("it15_demir_rezept.eml", 3, ("question",), "2026-05-12 10:15", "Frage zum Rezept",
       """Hallo zusammen,

mein Rezept ist ja jetzt aufgebraucht, der letzte Termin war am 22.04. Mein Orthopäde \
meint, ich soll bei Ihnen nachfragen, ob Sie eine Folgeverordnung brauchen oder ob ich \
erstmal pausieren soll. Falls ja: Muss ich das neue Rezept im Original per Post schicken \
oder reicht ein Foto?

Danke und liebe Grüße
Aylin Demir""",
       client="gmail", dates=("2026-04-22",),
       note="a prescription question; names the last session's day but confirms nothing")  # fmt: skip

    no("it16_oneill_missed_call.eml", 23, ("reschedule",), "2026-05-12 21:25",
       request_subject(1140, "RE"), """Hi,

I'm afraid tonight's session didn't happen on my end - I was stuck in a meeting that \
overran and only saw the missed call at 8:15. Really sorry about that. Is there any chance \
we could make it up later this week or next?

Thanks,
James""",
       client="outlook", reply="cr-1140", style="outlook_en",
       note="answers our request: the session was missed")  # fmt: skip

    yes("it17_berger_tochter.eml", 24, [1143], ["2026-05-13"], "2026-05-13 10:48",
        request_subject(1143), """Guten Tag,

ich schreibe für meine Mutter, Frau Berger, die mit dem Computer nicht so gut \
zurechtkommt. Die Behandlung heute Morgen am Telefon hat stattgefunden, meine Mutter war \
sehr zufrieden.

Freundliche Grüße
Claudia Lentz (Tochter)""",
        client="thunderbird", reply="cr-1143", style="thunderbird",
        note="the daughter writes from her mother's account")  # fmt: skip

    yes("it18_demir_zwei_termine.eml", 3, [1024, 1025], ["2026-04-08", "2026-04-15"],
        "2026-05-14 11:30", request_subject(1025), """Hi,

ich sehe gerade, dass ich auf die Mails zum 8. und 15.4. auch noch nicht geantwortet hab – \
ja, beide Termine haben stattgefunden.

LG Aylin""",
        client="gmail", reply="cr-1025", style="gmail")  # fmt: skip

    yes("it19_berger_nochmal.eml", 24, [1143], ["2026-05-13"], "2026-05-15 09:10",
        request_subject(1143), """Sehr geehrte Damen und Herren,

meine Tochter hat Ihnen wohl schon geschrieben, aber sicherheitshalber noch einmal von \
mir: Die Behandlung am Mittwoch, 13. Mai, hat stattgefunden.

Mit freundlichen Grüßen
Ursula Berger""",
        client="thunderbird", reply="cr-1143", style="thunderbird")  # fmt: skip

    yes("it20_aydin_sohn.eml", 22, [1132, 1133], ["2026-03-05", "2026-03-12"],
        "2026-05-16 12:05", request_subject(1133), """Hallo,

hier schreibt Emre, der Sohn von Mehmet Aydın. Mein Vater hat Ihnen letzte Woche schon \
wegen März geschrieben und mich gebeten, die anderen Mails auch zu beantworten. Die \
Termine am 5.3. und am 12.3. haben stattgefunden, er war beide Male am Telefon.

Viele Grüße
Emre Aydın""",
        client="samsung", reply="cr-1133", style="samsung",
        note="the son writes from his father's account")  # fmt: skip


def third_week() -> None:
    yes("it21_hoffmann_frueh_verpasst.eml", 6, [1043], ["2026-05-18"], "2026-05-18 14:22",
        request_subject(1043), """Hallo,

kurze Info: Den Termin heute früh um 7:30 (Gerätetraining) habe ich leider verpasst, mein \
Flug hatte Verspätung und ich war erst gegen 9 zu Hause. Den MT-Termin um 12:30 habe ich \
wahrgenommen, der hat stattgefunden.

Falls der Frühtermin als Ausfall berechnet wird, ist das in Ordnung, ich hatte ja nicht \
rechtzeitig abgesagt.

""" + HOFFMANN_SIG,
        client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions that day: 07:30 (1042) missed, 12:30 MT (1043) held")  # fmt: skip

    yes("it22_becker_pkv.eml", 2, [1016, 1017, 1018], ["2026-02-23", "2026-02-26", "2026-03-02"],
        "2026-05-19 08:40", "Rechnung für meine PKV", """Guten Morgen,

für die Einreichung bei meiner privaten Krankenversicherung benötige ich die Rechnung für \
Februar und März. Soweit ich sehe, fehlen bei Ihnen noch Bestätigungen von mir, daher \
hiermit: Die Termine am 23.02., 26.02. und 02.03.2026 haben stattgefunden.

Können Sie mir die Rechnung anschließend per Mail schicken?

Mit freundlichen Grüßen
Thomas Becker""",
        extra=("question",), staff=True)  # fmt: skip

    yes("it23_becker_kurz.eml", 2, [1015], [], "2026-05-19 10:05", request_subject(1015),
        """Hat stattgefunden.

MfG T. Becker""",
        reply="cr-1015", style="webde",
        note="found our request for 19.02. after his own mail; names no day")  # fmt: skip

    yes("it24_oneill_lerner.eml", 23, [1141], ["2026-05-19"], "2026-05-19 21:18",
        request_subject(1141), """Hallo,

ja, die Behandlung am 19.5. hat stattgefunden. Vielen Dank! (Ich lerne Deutsch, sorry \
für Fehler.)

Eine Frage: habe ich nächste Woche noch einen Termin? In meinem Kalender steht nichts \
mehr.

Viele Grüße
James""",
        client="outlook", reply="cr-1141", style="outlook_en", staff=True,
        extra=("question",))  # fmt: skip

    yes("it25_berger_knie.eml", 24, [1144], ["2026-05-20"], "2026-05-20 10:55",
        request_subject(1144), """Guten Tag,

die Behandlung heute hat stattgefunden. Meinem Knie geht es schon viel besser, nur beim \
Treppensteigen zieht es noch. Soll ich die Übung mit dem Stuhl trotzdem weiter jeden Tag \
machen?

Mit freundlichen Grüßen
Ursula Berger""",
        client="thunderbird", reply="cr-1144", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip

    no("it26_schulz_code_ungueltig.eml", 5, ("technical",), "2026-05-21 15:36",
       video_link_subject(1038, "AW"), """Hallo, wir kommen nicht in die Sitzung rein, es steht immer "Zugangscode ungültig". \
Marie sitzt schon seit halb vier vor dem Tablet. Können Sie bitte anrufen? 0176 55501234

K. Schulz""",
       client="samsung", reply="vl-1038", style="samsung", name="Katrin Schulz",
       note="during the session: the code is refused")  # fmt: skip

    yes("it27_schulz_doch_geklappt.eml", 5, [1038], ["2026-05-21"], "2026-05-21 17:14",
        request_subject(1038), """Ja, die Stunde heute hat dann doch noch stattgefunden, nachdem die Therapeutin \
uns angerufen und den Code nochmal durchgegeben hat. Danke für die schnelle Hilfe!

LG Katrin Schulz""",
        client="samsung", reply="cr-1038", style="samsung", name="Katrin Schulz")  # fmt: skip

    yes("it28_koch_aprilscherz.eml", 18, [1110, 1112], ["2026-03-25", "2026-04-01"],
        "2026-05-22 16:00", request_subject(1112), """Sehr geehrte Damen und Herren,

Sie bitten um Bestätigung der Behandlung vom 1. April. Ja, die hat stattgefunden – das \
war kein Aprilscherz! Ebenso die Behandlung am 25. März, die habe ich, glaube ich, auch \
noch nicht bestätigt.

Mit freundlichen Grüßen
Renate Koch""",
        client="tonline", reply="cr-1112", style="tonline",
        note="'glaube ich' doubts whether she confirmed before, not the session")  # fmt: skip


def last_days() -> None:
    yes("it29_wolff_januar.eml", 4, [1030], [], "2026-05-23 10:10", request_subject(1030),
        """Guten Tag,
ja die Behandlung hat stattgefunden. Entschuldigung für die Verspätung.
Mfg
H.-J. Wolff""",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip

    yes("it30_wolff_februar_einer_nicht.eml", 4, [], [], "2026-05-23 10:31",
        "Termine Februar", """Guten Tag,

noch zu den Terminen im Februar: Die haben alle stattgefunden bis auf einen, da hatte ich \
Grippe und habe abgesagt, ich weiß aber nicht mehr genau welcher das war. Vielleicht \
können Sie das in Ihren Unterlagen nachsehen.

Mfg
H.-J. Wolff""",
        client="tonline", staff=True,
        note="all but one February session, which one unknown: nothing can be recorded")  # fmt: skip

    yes("it31_wagner_postfach.eml", 21, [1129], ["2026-02-16"], "2026-05-24 20:30",
        request_subject(1129), """Hallo,

beim Aufräumen meines Postfachs gefunden – sorry! Ja, die Behandlung am 16.02. hat \
stattgefunden.

Viele Grüße
Sophie Wagner""",
        reply="cr-1129", style="webde")  # fmt: skip

    yes("it32_wagner_die_auch.eml", 21, [1128], ["2026-02-09"], "2026-05-24 20:34",
        request_subject(1128), """Die hier auch: 09.02. hat stattgefunden.

Sophie""",
        reply="cr-1128", style="webde")  # fmt: skip

    no("it33_hoffmann_erinnerung.eml", 6, ("other",), "2026-05-25 08:05",
       reminder_subject(1044), """Passt, bin morgen um 7:30 dabei.

Von meinem iPhone gesendet""",
       client="iphone", reply="rem-1044", style="iphone",
       note="acknowledges the reminder for tomorrow: a future session")  # fmt: skip

    yes("it34_hoffmann_acht_uhr.eml", 6, [1044], ["2026-05-26"], "2026-05-26 09:25",
        request_subject(1044), """Bestätigt, der Termin heute fand statt.

Eine Bitte: Können wir die Termine ab Juni auf 8:00 Uhr legen? 7:30 passt mit dem \
Schulweg der Kinder leider nicht mehr.

""" + HOFFMANN_SIG,
        client="outlook", reply="cr-1044", style="outlook", staff=True,
        extra=("reschedule",))  # fmt: skip

    yes("it35_demir_uebersehen.eml", 3, [1022], [], "2026-05-26 14:00",
        request_subject(1022), """oh, die hier hab ich auch übersehen 🙈 ja, hat stattgefunden!
Aylin""",
        client="gmail", reply="cr-1022", style="gmail", bottom=True,
        note="bottom-posted under our request for 25.03.")  # fmt: skip

    yes("it36_berger_kurz.eml", 24, [1145], ["2026-05-27"], "2026-05-27 10:40",
        request_subject(1145), """Ja. Hat stattgefunden am 27.5.2026.
U. Berger""",
        client="thunderbird", reply="cr-1145")  # fmt: skip

    yes("it37_schulz_link_geklappt.eml", 5, [1039], ["2026-05-28"], "2026-05-28 17:08",
        video_link_subject(1039), """Danke, hat heute wieder alles gut geklappt mit dem Code!

Liebe Grüße
Katrin Schulz""",
        client="thunderbird", reply="vl-1039", style="thunderbird", name="Katrin Schulz",
        note="answers the link mail after the session")  # fmt: skip

    no("it38_popescu_verschieben.eml", 7, ("reschedule",), "2026-05-29 11:15",
       "AW: Ihre Unterlagen für die Behandlung", """Guten Tag,

ich bin Elena Popescu, ich habe am 2. Juni um 11 Uhr meine erste Termin bei Ihnen per \
Video. Leider mein Sohn hat an diesem Tag Operation im Krankenhaus (nichts schlimmes) und \
ich muss mit ihm gehen. Ist möglich, dass wir Termin verschieben auf Donnerstag oder \
Freitag in diese Woche?

Die Formulare ich schicke bis Wochenende.

Vielen Dank und schöne Grüße
Elena Popescu""",
       client="yahoo", reply="fr-7", style="yahoo",
       note="learners' German; moves her first (future) appointment")  # fmt: skip

    no("it39_richter_absage.eml", 8, ("cancellation",), "2026-05-29 19:40",
       "Absage Termin 3.6.", """Hallo,

leider muss ich den Termin am Mittwoch, 3.6. um 18 Uhr absagen, ich bin die ganze Woche \
beruflich in München. Ich melde mich wegen eines neuen Termins, sobald ich zurück bin.

Viele Grüße
Jonas Richter

Von meinem iPhone gesendet""",
       client="iphone")  # fmt: skip

    no("it40_koch_danke.eml", 18, ("other",), "2026-05-30 10:00", "Ein Dankeschön",
       """Sehr geehrte Damen und Herren,

ich möchte mich auf diesem Weg noch einmal herzlich bei Ihrer Therapeutin bedanken. Ich \
hätte nicht gedacht, dass das am Telefon so gut geht. Die Übungen mache ich weiterhin \
jeden Morgen, und die Schulter ist fast wieder wie früher.

Bleiben Sie alle gesund!

Mit freundlichen Grüßen
Renate Koch""",
       client="tonline", staff=False, note="a thank-you without a yes")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    last_days()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
