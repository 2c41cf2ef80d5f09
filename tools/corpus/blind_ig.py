"""Blind set IG: the practice inbox of April 2026, 39 mails as patients and their families
wrote them.

April is the month after the first quarter closes: besides the answers to our requests for
the April sessions (Renate Koch twice a week until the 15th, Aylin Demir on Wednesdays,
Marie Schulz on Thursdays with her parents writing, James O'Neill on Tuesday evenings in
English), the inbox holds late confirmations of February and March sessions, some because
a patient found our requests in a junk folder, some after an invoice or a phone call from
the practice, one sent by a daughter in English for her father. 31 mails mean to confirm
(some dateless, some naming one to three days, some with a question, a wish, a complaint
or a cancellation beside the yes, one repeating an answer already recorded, one naming a
day without an appointment); 8 look alike: a cancellation, a move, a missed session, a
video-link problem, a session cut short, a question about a prescription, a thank-you
without a yes and a reply to a reminder.

Labels: `confirmed` holds the appointments the mail plainly confirms as held in full (the
patient's own, scheduled, not yet confirmed); `dates` the days the mail says a session took
place (also partly), in the writer's own words; `needs_staff` is true when a careful
employee has to look or act. Every mail is its own scenario against practice.toml.

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

HERE = data_dir("blind_ig")

# Patients of this month.
SABINE, THOMAS, AYLIN, HANS = 1, 2, 3, 4
MARIE, RENATE, SOPHIE, MEHMET, JAMES = 5, 18, 21, 22, 23


def first_week() -> None:
    no(
        "ig01_demir_cancels_today.eml", AYLIN, ("cancellation",), "2026-04-01 07:45",
        reminder_subject(1023),
        """\
Guten Morgen,

ich muss den Termin heute um 8:30 leider absagen, mein Sohn hat heute Nacht Fieber
bekommen und ich muss mit ihm zum Kinderarzt. Tut mir leid, dass es so kurzfristig ist.

Viele Grüße
Aylin Demir

Von meinem iPhone gesendet""",
        client="iphone", reply="rem-1023", style="iphone",
        note="cancels the session of 01.04. (since cancelled): nothing to confirm",
    )  # fmt: skip
    yes(
        "ig02_koch_today_no_quote.eml", RENATE, [1112], ["2026-04-01"], "2026-04-01 16:52",
        request_subject(1112),
        """\
Guten Tag,

die Behandlung heute Nachmittag hat stattgefunden.

Freundliche Grüße
Renate Koch""",
        client="tonline", reply="cr-1112",
        note="answer under our request without a quote; 'heute' is the 1st",
    )  # fmt: skip
    yes(
        "ig03_aydin_two_march_days.eml", MEHMET, [1134, 1135], ["2026-03-19", "2026-03-26"],
        "2026-04-02 09:20", "Termin bestätigung",
        """\
Sehr geehrte Praxis,

Entschuldigung, ich habe vergessen die Mails zu antworten. Die Termin am 19.03 und
26.03 war mit Telefon, alles gemacht mit Frau Albers. Beide Termine hat stattgefunden.

Danke und schöne Gruß
Mehmet Aydın""",
        client="outlook",
        note="learner's German, new mail naming two March days",
    )  # fmt: skip
    yes(
        "ig04_becker_invoice_three_days.eml", THOMAS, [1014, 1015, 1016],
        ["2026-02-16", "2026-02-19", "2026-02-23"], "2026-04-02 18:30",
        "Ihre Rechnung Februar / Bestätigung der Termine",
        """\
Sehr geehrte Damen und Herren,

beim Prüfen Ihrer Rechnung für Februar ist mir aufgefallen, dass ich auf einige Ihrer
Bestätigungsmails nicht reagiert habe. Das hole ich hiermit nach: Die Behandlungen
(Manuelle Therapie, telefonisch) am 16.02., 19.02. und 23.02.2026 haben stattgefunden.

Auf der Rechnung steht allerdings auch der 26.02. – diesen Termin hatte ich meiner
Erinnerung nach telefonisch abgesagt. Können Sie das bitte prüfen und die Rechnung
gegebenenfalls korrigieren? Ich reiche sie bei meiner Versicherung ein.

Mit freundlichen Grüßen
Thomas Becker

--
Thomas Becker
Dipl.-Ing. (FH)
Mobil 0172 4418230""",
        client="outlook", staff=True, extra=("question",),
        note="three days confirmed; doubts the 26.02. on the invoice: staff check",
    )  # fmt: skip
    yes(
        "ig05_becker_also_march_2nd.eml", THOMAS, [1018], ["2026-03-02"], "2026-04-02 18:41",
        request_subject(1018),
        """\
Und der Vollständigkeit halber: Auch dieser Termin am 02.03. hat stattgefunden.

Gruß
T. Becker""",
        client="outlook", reply="cr-1018", style="outlook_classic",
        note="a month late, under the request for 02.03.",
    )  # fmt: skip
    yes(
        "ig06_koch_son_easter.eml", RENATE, [1111], ["2026-03-30"], "2026-04-03 10:15",
        request_subject(1111),
        """\
Hallo,

hier schreibt Frank Koch, der Sohn von Frau Koch. Ich helfe meiner Mutter über Ostern
mit ihren E-Mails. Sie sagt, die Behandlung am Montag, 30.3., hat ganz normal
stattgefunden.

Frohe Ostern Ihnen allen!
Frank Koch""",
        client="tonline", reply="cr-1111", style="tonline",
        note="son writes from his mother's registered address",
    )  # fmt: skip
    yes(
        "ig07_demir_late_march_25.eml", AYLIN, [1022], ["2026-03-25"], "2026-04-05 20:10",
        request_subject(1022, "Re"),
        """\
Hallo,

sorry für die späte Antwort, die Mail ist bei mir untergegangen. Ja, der Termin am
25.3. hat stattgefunden.

LG Aylin""",
        client="gmail", reply="cr-1022", style="gmail",
    )  # fmt: skip


def second_week() -> None:
    yes(
        "ig08_krueger_found_two.eml", SABINE, [1008, 1009], ["2026-03-03", "2026-03-10"],
        "2026-04-07 08:05", request_subject(1009),
        """\
Guten Morgen,

beim Aufräumen meines Postfachs habe ich gesehen, dass diese Mail noch unbeantwortet
ist. Die Behandlung am 10. März hat stattgefunden, und die in der Woche davor (3.3.)
übrigens auch – die hatte ich, glaube ich, auch nicht bestätigt.

Viele Grüße
Sabine Krüger""",
        client="webde", reply="cr-1009", style="webde",
    )  # fmt: skip
    yes(
        "ig09_becker_26th_after_all.eml", THOMAS, [1017], ["2026-02-26"], "2026-04-07 12:10",
        "AW: Ihre Rechnung Februar / Bestätigung der Termine",
        """\
Sehr geehrte Frau Albers,

danke für Ihren Anruf heute Vormittag. Sie haben recht, ich habe das verwechselt:
Abgesagt hatte ich einen Arzttermin, nicht die Therapie. Die Behandlung am 26.02.
hat also doch stattgefunden, die Rechnung stimmt so.

Mit freundlichen Grüßen
Thomas Becker""",
        client="outlook",
        note="answers the practice's phone call, not one of our mails: no thread",
    )  # fmt: skip
    yes(
        "ig10_demir_emoji.eml", AYLIN, [1024], ["2026-04-08"], "2026-04-08 10:40",
        request_subject(1024, "Re"),
        "Bestätigt ✅ 08.04.\n\nAylin",
        client="gmail", reply="cr-1024", style="gmail",
    )  # fmt: skip
    yes(
        "ig11_koch_formal.eml", RENATE, [1113], ["2026-04-08"], "2026-04-08 16:45",
        request_subject(1113),
        """\
Sehr geehrtes Praxisteam,

hiermit bestätige ich meine telefonische Behandlung vom 8. April 2026.

Mit freundlichen Grüßen
Renate Koch""",
        client="tonline", reply="cr-1113", style="tonline",
    )  # fmt: skip
    yes(
        "ig12_koch_son_same_day.eml", RENATE, [1113], ["2026-04-08"], "2026-04-08 19:05",
        request_subject(1113),
        """\
Guten Abend,

meine Mutter hat mir am Telefon erzählt, dass die Behandlung heute gut geklappt hat
und Herr Kaiser pünktlich angerufen hat. Falls sie noch nicht selbst geantwortet hat:
hiermit bestätigt.

Gruß
Frank Koch""",
        client="tonline", reply="cr-1113", style="tonline",
        note="the son answers the same request on his own",
    )  # fmt: skip
    no(
        "ig13_demir_move_wednesday.eml", AYLIN, ("reschedule",), "2026-04-09 08:15",
        "Termin nächsten Mittwoch",
        """\
Hallo liebes Praxisteam,

wäre es möglich, den Termin am Mittwoch, 15.4., eine Stunde später zu machen, also
9:30 statt 8:30? Ich muss meinen Sohn an dem Tag selbst in die Kita bringen.

Danke und liebe Grüße
Aylin Demir""",
        client="gmail",
    )  # fmt: skip
    no(
        "ig14_aydin_prescription.eml", MEHMET, ("question",), "2026-04-09 11:30",
        "Frage Rezept",
        """\
Hallo,

meine Rezept ist jetzt fertig, ich habe alle 6 Termine gemacht. Mein Doktor schreibt
neue Rezept nächste Woche, für noch 6 mal Krankengymnastik. Muss ich Original Rezept
mit Post schicken oder ist Foto mit Handy auch gut? Und wann ist dann nächste Termin?

Vielen Dank
Mehmet Aydın""",
        client="outlook",
        note="sessions done, but no day and no yes: a question for staff",
    )  # fmt: skip
    yes(
        "ig15_koch_son_march_three.eml", RENATE, [1109, 1110],
        ["2026-03-23", "2026-03-25", "2026-03-27"], "2026-04-09 18:20",
        "Bestätigung Termine März (Renate Koch)",
        """\
Hallo,

meine Mutter hat mich gebeten, noch die Termine aus dem März nachzutragen, weil sie
die Mails damals nicht gefunden hat. Stattgefunden haben:

- Montag, 23.3.
- Mittwoch, 25.3.
- Freitag, 27.3.

Viele Grüße
Frank Koch""",
        client="tonline", staff=True,
        note="no appointment on 27.03. (a Friday): two recorded, the third to staff",
    )  # fmt: skip


def third_week() -> None:
    yes(
        "ig16_koch_wish_mornings.eml", RENATE, [1114], ["2026-04-13"], "2026-04-13 16:48",
        request_subject(1114),
        """\
Guten Tag,

ja, die Behandlung heute, 13.4., hat stattgefunden.

Noch eine Bitte: Wenn ich eine neue Verordnung bekomme, hätte ich die Termine lieber
vormittags, nachmittags bin ich oft bei meiner Schwester. Geht das?

Freundliche Grüße
Renate Koch""",
        client="tonline", reply="cr-1114", style="tonline", staff=True, extra=("reschedule",),
    )  # fmt: skip
    yes(
        "ig17_krueger_after_call.eml", SABINE, [1006, 1007], ["2026-02-17", "2026-02-24"],
        "2026-04-14 10:30", "Ihr Anruf wegen der Bestätigungen",
        """\
Hallo Frau Albers,

wie eben am Telefon besprochen: Die Behandlungen am 17. Februar und am 24. Februar
haben beide stattgefunden. Ich war an beiden Dienstagen wie immer um 10 Uhr online.

Viele Grüße
Sabine Krüger""",
        client="webde",
        note="'10 Uhr' is the time, not a day",
    )  # fmt: skip
    yes(
        "ig18_krueger_this_one_too.eml", SABINE, [1005], [], "2026-04-14 10:36",
        request_subject(1005),
        "Und diesen hier hatte ich auch noch übersehen – ja, hat stattgefunden.\n\nS. Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="dateless answer to the old request for 10.02.",
    )  # fmt: skip
    yes(
        "ig19_oneill_tonight.eml", JAMES, [1136], ["2026-04-14"], "2026-04-14 21:25",
        request_subject(1136, "RE"),
        """\
Hi,

Yes – confirming today's session (14 April). Thanks, it was really helpful.

Best,
James""",
        client="outlook", reply="cr-1136", style="outlook_en",
    )  # fmt: skip
    yes(
        "ig20_demir_short.eml", AYLIN, [1025], ["2026-04-15"], "2026-04-15 10:25",
        request_subject(1025, "Re"),
        """\
Hat heute stattgefunden, danke!

Aylin Demir""",
        client="gmail", reply="cr-1025", style="gmail",
    )  # fmt: skip
    yes(
        "ig21_koch_son_already.eml", RENATE, [], ["2026-04-15"], "2026-04-15 17:45",
        request_subject(1115),
        """\
Hallo,

meine Mutter bittet mich, die Behandlung vom 15.04. zu bestätigen. Hat stattgefunden.

Gruß Frank Koch""",
        client="tonline", reply="cr-1115", style="tonline",
        note="15.04. was confirmed at 17:20 already: nothing to record, nothing to do",
    )  # fmt: skip
    yes(
        "ig22_aydin_samsung_march5.eml", MEHMET, [1132], ["2026-03-05"], "2026-04-16 11:00",
        request_subject(1132),
        """\
Hallo, ja 05.03 Termin war. Entschuldigung ist spät.
Mehmet

Von meinem Samsung Galaxy Smartphone gesendet.""",
        client="samsung", reply="cr-1132", style="samsung",
    )  # fmt: skip
    no(
        "ig23_schulz_code_not_accepted.eml", MARIE, ("technical",), "2026-04-16 15:38",
        video_link_subject(1034, "AW"),
        """\
Hallo,

wir sitzen hier vor dem Tablet und kommen nicht in die Sitzung, der Code wird nicht
angenommen ("ungültig"). Marie wartet schon. Können Sie uns bitte anrufen?
0176 55129047

Katrin Schulz""",
        client="iphone", reply="vl-1034", style="iphone", name="Katrin Schulz",
        note="mother of the patient, during the session time",
    )  # fmt: skip
    yes(
        "ig24_schulz_worked_after_call.eml", MARIE, [1034], [], "2026-04-16 17:20",
        request_subject(1034),
        """\
Hallo,

nach Ihrem Rückruf hat es dann geklappt, Marie hatte ihre Stunde ganz normal. Danke
für die schnelle Hilfe!

Katrin Schulz""",
        client="iphone", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="dateless; the problem before the session was solved",
    )  # fmt: skip
    yes(
        "ig25_schulz_father_bottom.eml", MARIE, [1034], ["2026-04-16"], "2026-04-16 21:40",
        request_subject(1034, "Re"),
        """\
Hallo,

Marie hatte heute (16.4.) ihre Videobehandlung, bitte als stattgefunden vermerken.

Gruß
Stefan Schulz (Vater)""",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True,
        name="Katrin Schulz",
        note="the father answers from the family's registered address, below the quote",
    )  # fmt: skip
    yes(
        "ig26_wagner_after_call.eml", SOPHIE, [1128, 1129], ["2026-02-09", "2026-02-16"],
        "2026-04-17 09:30", "Bestätigung Februar",
        """\
Guten Morgen,

wie gestern telefonisch besprochen bestätige ich Ihnen, dass meine Behandlungen am
09.02.2026 und am 16.02.2026 stattgefunden haben. Tut mir leid, dass das so lange
gedauert hat.

Beste Grüße
Sophie Wagner""",
    )  # fmt: skip
    yes(
        "ig27_wagner_january.eml", SOPHIE, [1126], ["2026-01-26"], "2026-04-17 09:41",
        request_subject(1126),
        """\
Den 26.01. hatte ich anscheinend auch nicht bestätigt – der hat ebenfalls
stattgefunden.

Sophie Wagner""",
        reply="cr-1126", style="webde",
    )  # fmt: skip
    no(
        "ig28_koch_thank_you.eml", RENATE, ("other",), "2026-04-17 10:20",
        "Dankeschön",
        """\
Liebes Team der Praxis Impulse,

nun ist meine Behandlung abgeschlossen und ich möchte mich herzlich bei Ihnen bedanken,
besonders bei Herrn Kaiser für seine Geduld am Telefon. Meiner Schulter geht es viel
besser und die Übungen mache ich jeden Morgen weiter.

Ich wünsche Ihnen alles Gute
Ihre Renate Koch""",
        client="tonline", staff=False,
        note="a plain thank-you: no session named, nothing to do",
    )  # fmt: skip


def fourth_week() -> None:
    yes(
        "ig29_wolff_two_after_call.eml", HANS, [1032, 1033], ["2026-02-13", "2026-02-20"],
        "2026-04-20 09:10", request_subject(1032),
        """\
Sehr geehrte Damen und Herren,

Ihre Mitarbeiterin hat mich letzte Woche wegen der fehlenden Bestätigungen angerufen.
Die Behandlung am 13.2. hat stattgefunden, die am 20.2. ebenso.

Mit freundlichem Gruß
Hans-Jürgen Wolff""",
        client="thunderbird", reply="cr-1032", style="thunderbird",
        note="the second day is named in the answer to the first day's request",
    )  # fmt: skip
    yes(
        "ig30_wolff_dateless.eml", HANS, [1031], [], "2026-04-20 09:14",
        request_subject(1031),
        """\
Hat stattgefunden.

H.-J. Wolff""",
        client="thunderbird", reply="cr-1031", style="thunderbird",
        note="dateless answer to the request for 06.02., ten weeks late",
    )  # fmt: skip
    yes(
        "ig31_demir_march_three.eml", AYLIN, [1019, 1020, 1021],
        ["2026-03-04", "2026-03-11", "2026-03-18"], "2026-04-21 08:50", "Termine März",
        """\
Hallo,

Ihre Kollegin hat mir gestern auf die Mailbox gesprochen, dass bei mir noch
Bestätigungen für März fehlen. Also: Die Termine am 4.3., 11.3. und 18.3. haben alle
stattgefunden, jeweils mittwochs um 8:30 per Video.

Liebe Grüße
Aylin Demir""",
        client="gmail",
    )  # fmt: skip
    no(
        "ig32_oneill_cut_off.eml", JAMES, ("technical",), "2026-04-21 21:15",
        request_subject(1137, "RE"),
        """\
Hello,

Unfortunately we got cut off after about 15 minutes tonight and the therapist couldn't
get back through – I think my phone had no signal in the flat. So only half a session
today, really. Not sure how you want to handle that, maybe we can make up the time?

Sorry about that,
James""",
        client="outlook", reply="cr-1137", style="outlook_en", dates=("2026-04-21",),
        note="session cut short: it took place only partly, nothing to record",
    )  # fmt: skip
    yes(
        "ig33_demir_last_one_question.eml", AYLIN, [1026], ["2026-04-22"], "2026-04-22 10:20",
        request_subject(1026, "Re"),
        """\
Hi,

hat stattgefunden (22.04.). Das war ja laut Rezept die letzte Behandlung, oder? Meine
Ärztin meinte, ich soll mich melden, falls ich noch eine Verordnung brauche. Mein
Rücken ist besser, aber noch nicht ganz gut. Was meinen Sie?

LG Aylin""",
        client="gmail", reply="cr-1026", style="gmail", staff=True, extra=("question",),
    )  # fmt: skip
    no(
        "ig34_schulz_forgot.eml", MARIE, ("reschedule",), "2026-04-23 18:05",
        request_subject(1035),
        """\
Hallo,

oh nein – wir haben den Termin heute komplett vergessen, Marie war noch beim Training
und ich habe erst jetzt Ihre Mail gesehen. Es tut mir wirklich leid. Können wir die
Stunde irgendwann nachholen?

Viele Grüße
Katrin Schulz""",
        client="iphone", reply="cr-1035", style="iphone", name="Katrin Schulz",
        note="missed session: nothing took place",
    )  # fmt: skip
    yes(
        "ig35_aydin_daughter_english.eml", MEHMET, [1131, 1133], ["2026-02-26", "2026-03-12"],
        "2026-04-24 18:00", "Confirmation for Mehmet Aydın",
        """\
Hello,

I'm writing on behalf of my father, Mehmet Aydın – sorry it's in English, my written
German isn't good enough. Two of your confirmation emails ended up in his spam folder.
He asked me to confirm that his phone sessions on 26 February and 12 March both took
place.

Kind regards,
Elif Aydın""",
        client="outlook", name="Mehmet Aydin",
    )  # fmt: skip
    no(
        "ig36_oneill_reminder_mobile.eml", JAMES, ("other",), "2026-04-27 19:50",
        reminder_subject(1138, "RE"),
        """\
Thanks for the reminder. Could the therapist please call my mobile tomorrow instead of
the landline? Reception at home is bad (see last week). It's 0157 3392 1184.

Cheers,
James O'Neill""",
        client="outlook", reply="rem-1138", style="outlook_en",
        note="answers the reminder for tomorrow: a wish, no confirmation",
    )  # fmt: skip
    yes(
        "ig37_oneill_dateless_bottom.eml", JAMES, [1138], [], "2026-04-28 21:20",
        request_subject(1138, "Re"),
        "Yes, it took place – mobile worked fine this time. Thanks!\n\nJames",
        reply="cr-1138", style="gmail_en", bottom=True,
        note="dateless, bottom-posted under the request for 28.04.",
    )  # fmt: skip
    yes(
        "ig38_oneill_invoice_summary.eml", JAMES, [1136, 1138],
        ["2026-04-14", "2026-04-21", "2026-04-28"], "2026-04-29 08:30", "April sessions / invoice",
        """\
Hello,

Could you please send me an invoice for my April sessions? My insurer needs it by the
end of next month.

For the record: the calls on 14 April and 28 April took place as planned. The one on
21 April was cut short after about 15 minutes (bad signal on my end), as I mentioned –
please let me know how you want to bill that one.

Many thanks,
James O'Neill""",
        client="outlook", staff=True, extra=("question",),
        note="21.04. took place only partly: two recorded, the third to staff",
    )  # fmt: skip
    yes(
        "ig39_schulz_yes_and_class_trip.eml", MARIE, [1036], ["2026-04-30"],
        "2026-04-30 17:15", request_subject(1036),
        """\
Hallo,

die Behandlung am 30.04. hat stattgefunden, Marie war diesmal pünktlich da :)

Nächste Woche (Donnerstag, 7.5.) ist sie allerdings auf Klassenfahrt und kann nicht
teilnehmen. Bitte sagen Sie den Termin ab bzw. verschieben Sie ihn.

Viele Grüße
Katrin Schulz""",
        client="iphone", reply="cr-1036", style="iphone", name="Katrin Schulz", staff=True,
        extra=("cancellation",),
    )  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    fourth_week()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
