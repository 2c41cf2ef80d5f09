"""Blind set JF: one June inbox of the practice, 40 mails from patients and their families.

Most mails answer our request to confirm a treatment, on the day or days to weeks later
(Peter Hoffmann's gym sessions after Whitsun, Elena Popescu and Jonas Richter starting in
June, Ursula Berger on the phone, Marie Schulz's mother, James O'Neill in English catching
up on May). Some are new mails naming one or several days, some carry a question or a wish
beside the yes. Eight look-alikes: a form sent in, a prescription question, a video that
never connected, a missed session, a thank-you without a yes, a move, a reply to a
reminder and a cancellation by a relative.

Labels say what a careful practice employee would record: `confirmed` only for
appointments the patient plainly confirms as held in full (their own, scheduled, not yet
confirmed), `dates` for the days the mail names as days a session took place,
`needs_staff` where someone has to look or act. Every mail is its own scenario against the
same practice snapshot.

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
from tools.corpus.make_corpus import Label, human, pdf

HERE = data_dir("blind_jf")

PETER, ELENA, JONAS, URSULA, MARIE, JAMES = 6, 7, 8, 24, 5, 23


def first_week() -> None:
    yes("jf01_hoffmann_after_whitsun.eml", PETER, (1044,), ("2026-05-26",), "2026-06-01 08:40",
        request_subject(1044), """Guten Morgen,

ja, die Behandlung am Dienstag nach Pfingsten (26.05.) hat stattgefunden. Sorry, die Mail
ist über das lange Wochenende untergegangen.

Viele Grüße
Peter Hoffmann""", client="outlook", reply="cr-1044", style="outlook")  # fmt: skip

    yes("jf02_hoffmann_today.eml", PETER, (1045,), ("2026-06-01",), "2026-06-01 09:20",
        request_subject(1045), """Bestätigt - heute 01.06., 7:30 Uhr, KG am Gerät per Video.

P. Hoffmann
Gesendet von Outlook für iOS""", client="outlook", reply="cr-1045",
        style="outlook_classic")  # fmt: skip

    human("jf03_richter_anamnesebogen.eml", sender=JONAS, date="2026-06-01 10:05",
          subject="Re: Ihre Unterlagen für die Behandlung", body="""Hallo,

anbei der ausgefüllte Anamnesebogen. Die anderen zwei schicke ich heute Abend, hab
gerade keinen Drucker.

Gruß Jonas

Von meinem iPhone gesendet""", client="iphone", reply_to="fr-8", quote_style="iphone",
          files=[pdf("Anamnesebogen_Jonas_Richter.pdf")],
          label=Label(("forms",), patient=JONAS, forms=("anamnese",), needs_staff=False,
                      note="one of three forms sent in, no treatment named"))  # fmt: skip

    yes("jf04_schulz_mother_may28.eml", MARIE, (1039,), ("2026-05-28",), "2026-06-01 19:20",
        request_subject(1039), """Guten Abend,

ich bestätige für meine Tochter Marie, dass die Videobehandlung am Donnerstag, 28.5.,
stattgefunden hat. Marie sagt, die Übungen mit dem Theraband tun ihr gut.

Freundliche Grüße
Katrin Schulz""", client="thunderbird", reply="cr-1039", style="thunderbird",
        name="Katrin Schulz", note="the mother answers for her daughter")  # fmt: skip

    yes("jf05_oneill_may_catchup.eml", JAMES, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-06-02 09:10", "Confirming my May sessions", """Hi there,

going through my inbox I realised I never confirmed two of my phone sessions in May:
Tuesday 12 May and Tuesday 19 May. Both took place as planned.

Apologies for the delay.

Best,
James O'Neill""", client="outlook")  # fmt: skip

    yes("jf06_popescu_first_session.eml", ELENA, (1046,), ("2026-06-02",), "2026-06-02 12:48",
        request_subject(1046), """Guten Tag,

ja ich bestatige, die Behandlung war heute am 2.6. Es war gut, danke schön.

Elena Popescu""", client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip

    yes("jf07_berger_june3.eml", URSULA, (1146,), ("2026-06-03",), "2026-06-03 10:41",
        request_subject(1146), """Sehr geehrte Damen und Herren,

hiermit bestätige ich, dass die telefonische Behandlung am 3. Juni 2026 stattgefunden
hat.

Mit freundlichen Grüßen
Ursula Berger""", reply="cr-1146", style="thunderbird", bottom=True)  # fmt: skip

    yes("jf08_richter_june3.eml", JONAS, (1051,), ("2026-06-03",), "2026-06-03 19:52",
        request_subject(1051), """Jo, hat heute (03.06.) stattgefunden 👍

Von meinem iPhone gesendet""", client="iphone", reply="cr-1051", style="iphone")  # fmt: skip

    yes("jf09_berger_overlooked_may27.eml", URSULA, (1145,), ("2026-05-27",),
        "2026-06-04 08:30", request_subject(1145), """Liebe Praxis,

entschuldigen Sie bitte, Ihre Nachricht hatte ich übersehen. Ja, das Telefonat am 27.05.
hat stattgefunden. Die Übungen für die Schulter mache ich jeden Morgen nach dem
Frühstück.

Herzliche Grüße
Ursula Berger""", reply="cr-1145", style="webde")  # fmt: skip

    no("jf10_hoffmann_prescription.eml", PETER, ("question",), "2026-06-04 16:10",
       "Verordnung / Folgerezept", """Hallo zusammen,

meine Verordnung über KG am Gerät dürfte mit dem Termin am Montag ausgeschöpft sein.
Wie viele Einheiten sind noch offen? Und soll ich bei meinem Orthopäden eine neue holen,
oder schreiben Sie ihm direkt? Die private Kasse will eine Kopie.

Danke und Gruß
Peter Hoffmann""", client="outlook",
       note="question about the prescription, no session named as held")  # fmt: skip

    yes("jf11_popescu_forgot_camera.eml", ELENA, (1046,), ("2026-06-02",), "2026-06-05 11:22",
        "Termin 2. Juni und Frage", """Hallo,

ich habe vergessen zu antworten: Termin 2. Juni war, ja.

Ich habe eine Frage. Brauche ich für Video die Kamera am Laptop oder geht auch mit
Handy? Mein Laptop ist sehr langsam.

Vielen Dank
Elena""", client="yahoo", staff=True, extra=("question",))  # fmt: skip

    yes("jf12_berger_daughter_june3.eml", URSULA, (1146,), ("2026-06-03",), "2026-06-05 18:30",
        request_subject(1146), """Hallo liebes Praxisteam,

meine Mutter hat mich gebeten zu antworten: das Telefonat am Mittwoch, 3. Juni, hat
stattgefunden.

Liebe Grüße
Claudia""", client="gmail", reply="cr-1146", style="gmail", name="Claudia Berger-Lang",
        note="the daughter writes from her mother's address")  # fmt: skip

    yes("jf13_richter_invoice.eml", JONAS, (1051,), ("2026-06-03",), "2026-06-05 20:40",
        request_subject(1051, "Re"), """Hi, ja die Behandlung am 3.6. hat stattgefunden.

Kurze Frage noch: kommt die Rechnung per Post oder per Mail? Ich bin privat versichert
und muss sie bei der Kasse hochladen.

Jonas""", client="apple", reply="cr-1051", style="iphone", staff=True,
        extra=("question",))  # fmt: skip

    yes("jf14_hoffmann_both.eml", PETER, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-06 10:15", "Bestätigung Videotermine", """Guten Morgen,

bestätige hiermit die Videotermine vom 26.5. und 1.6.

Gruß Hoffmann

Von meinem Samsung Galaxy Smartphone gesendet.""", client="samsung")  # fmt: skip

    yes("jf15_schulz_two_thursdays.eml", MARIE, (1038, 1039), ("2026-05-21", "2026-05-28"),
        "2026-06-07 17:30", "Marie Schulz - Termine Mai", """Hallo liebes Team,

für Marie noch die Bestätigung der beiden Termine am 21. und 28. Mai, beide haben
stattgefunden. Sie war jeweils pünktlich am Laptop.

Schönen Sonntag
Katrin Schulz""", client="thunderbird", name="Katrin Schulz",
        note="the mother writes for her daughter")  # fmt: skip


def second_week() -> None:
    yes("jf16_oneill_may19_travelling.eml", JAMES, (1141,), ("2026-05-19",),
        "2026-06-08 09:30", request_subject(1141, "RE"), """Yes, confirmed - the session on
19 May took place. Sorry for the late reply, I was travelling.

James""", client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip

    yes("jf17_popescu_june9_later.eml", ELENA, (1047,), ("2026-06-09",), "2026-06-09 12:55",
        request_subject(1047), """Hallo,

Behandlung am 9.6. hat stattgefunden, danke.

Geht nächste Woche vielleicht 12 Uhr statt 11 Uhr? Ich muss mein Sohn von Kindergarten
abholen.

Gruß Elena Popescu""", client="yahoo", reply="cr-1047", style="yahoo", staff=True,
        extra=("reschedule",))  # fmt: skip

    yes("jf18_berger_daughter_june10.eml", URSULA, (1147,), ("2026-06-10",), "2026-06-10 10:40",
        request_subject(1147), """Hallo,

ich antworte für meine Mutter, Frau Berger, sie liest ihre Mails nicht so oft. Das
Telefonat heute am 10.6. hat stattgefunden.

Sie lässt fragen, ob sie die Übungen auch zweimal am Tag machen darf oder ob das zu viel
ist.

Viele Grüße
Claudia Berger-Lang""", client="gmail", reply="cr-1147", style="gmail",
        name="Claudia Berger-Lang", staff=True, extra=("question",),
        note="the daughter writes from her mother's address")  # fmt: skip

    no("jf19_richter_code_not_working.eml", JONAS, ("technical",), "2026-06-10 18:14",
       video_link_subject(1052), """Hallo, ich sitze seit 18 Uhr vor dem Laptop, der Code
wird nicht angenommen ("ungültig"). Chrome ist aktuell. Was mach ich falsch? Soll ich
lieber anrufen?

Jonas Richter""", client="apple", reply="vl-1052", style="iphone",
       note="during the appointment: the video session did not start")  # fmt: skip

    yes("jf20_berger_formal_june10.eml", URSULA, (1147,), ("2026-06-10",), "2026-06-11 08:05",
        "Bestätigung Telefontermin 10.06.2026", """Sehr geehrte Damen und Herren,

ich bestätige Ihnen den Telefontermin (Krankengymnastik) am Mittwoch, dem 10.06.2026.

Mit freundlichen Grüßen
Ursula Berger""")  # fmt: skip

    yes("jf21_oneill_three_may.eml", JAMES, (1139, 1140, 1141),
        ("2026-05-05", "2026-05-12", "2026-05-19"), "2026-06-11 21:05",
        "Sessions in May + invoice", """Hello,

for your records: my three manual therapy calls on 5, 12 and 19 May all happened.

Could you send me one invoice for all three? My insurer prefers it that way.

Cheers,
James""", client="outlook", staff=True, extra=("question",))  # fmt: skip

    yes("jf22_hoffmann_may_for_insurer.eml", PETER, (1040, 1041, 1042, 1043, 1044),
        ("2026-05-04", "2026-05-11", "2026-05-18", "2026-05-26"), "2026-06-12 07:10",
        "Termine Mai", """Hallo,

für die Abrechnung bestätige ich alle Termine im Mai: 04.05., 11.05., 18.05. (beide,
morgens und mittags) und 26.05.

Peter Hoffmann""", client="outlook")  # fmt: skip

    no("jf23_hoffmann_thank_you.eml", PETER, ("thanks",), "2026-06-12 17:45",
       "Danke!", """Liebes Team,

da die Serie jetzt durch ist: herzlichen Dank! Der Rücken ist deutlich besser, ich
trainiere im Studio weiter. Wenn es wieder zwickt, melde ich mich.

Schönes Wochenende
Peter Hoffmann""", client="outlook", staff=False,
       note="a thank-you that confirms no particular session")  # fmt: skip

    yes("jf24_berger_may_calls.eml", URSULA, (1142, 1143, 1144),
        ("2026-05-06", "2026-05-13", "2026-05-20"), "2026-06-15 09:50",
        "Ihr Anruf wegen der Mai-Termine", """Guten Tag,

wie am Telefon mit Ihrer Mitarbeiterin besprochen, bestätige ich die Behandlungen am
6., 13. und 20. Mai. Die waren alle morgens um 9 Uhr am Telefon.

Mit freundlichem Gruß
U. Berger""")  # fmt: skip


def third_week() -> None:
    yes("jf25_popescu_june16.eml", ELENA, (1048,), ("2026-06-16",), "2026-06-16 13:00",
        request_subject(1048), """ja heute war Behandlung 16.06. Danke""",
        client="yahoo", reply="cr-1048", style="yahoo", bottom=True)  # fmt: skip

    yes("jf26_popescu_english.eml", ELENA, (1048,), ("2026-06-16",), "2026-06-17 08:10",
        "Confirmation", """Hello,

I confirm the session of 16 June took place. My German is not so good, sorry for
writing in English.

Kind regards
Elena Popescu""", client="yahoo")  # fmt: skip

    no("jf27_richter_missed.eml", JONAS, ("other", "reschedule"), "2026-06-17 19:40",
       request_subject(1053), """Sorry, ich war heute nicht da, das Meeting ging länger und
ich hab den Termin komplett verpeilt. Kann man das nachholen? Freitag wäre gut.

Jonas""", client="iphone", reply="cr-1053", style="iphone",
       note="the session of 17 June did not take place")  # fmt: skip

    yes("jf28_schulz_may7_prescription.eml", MARIE, (1037,), ("2026-05-07",),
        "2026-06-18 20:20", request_subject(1037), """Hallo,

die Mail ist bei mir im Spam gelandet, deshalb so spät: ja, Maries erster Termin am
7. Mai hat stattgefunden.

Braucht Marie für weitere Termine eine neue Verordnung vom Kinderarzt?

Viele Grüße
K. Schulz""", client="thunderbird", reply="cr-1037", style="thunderbird",
        name="Katrin Schulz", staff=True, extra=("question",))  # fmt: skip

    no("jf29_richter_move_june24.eml", JONAS, ("reschedule",), "2026-06-19 12:30",
       "Termin 24.6. verschieben?", """Hallo,

kann ich den Termin am Mittwoch, 24.6., auf Donnerstag 25.6. abends verschieben? Am
Mittwoch hab ich Spätdienst.

Danke, Jonas Richter""", client="apple")  # fmt: skip

    yes("jf30_berger_lowercase.eml", URSULA, (1146,), ("2026-06-03",), "2026-06-20 11:15",
        "termin", """sehr geehrte damen und herren
ich bestätige den termin am 3.6 telefon es war gut
u. berger""")  # fmt: skip


def last_weeks() -> None:
    no("jf31_popescu_reminder_reply.eml", ELENA, ("other",), "2026-06-22 14:20",
       reminder_subject(1049), """Ja, ich bin morgen da. Danke für Erinnerung.

Elena""", client="yahoo", reply="rem-1049", style="yahoo", staff=False,
       note="a future session: nothing to record")  # fmt: skip

    yes("jf32_popescu_june23_shoulder.eml", ELENA, (1049,), ("2026-06-23",),
        "2026-06-23 13:10", request_subject(1049), """Guten Tag,

die Behandlung am 23.06.2026 hat stattgefunden. Schulter tut noch ein bisschen weh aber
ist schon besser.

Mit freundliche Grüße
Elena Popescu""", client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip

    yes("jf33_oneill_found_it.eml", JAMES, (1140,), ("2026-05-12",), "2026-06-24 22:40",
        request_subject(1140, "RE"), """Apologies - just found this one. Yes, the 12 May
session went ahead.

J.""", client="outlook", reply="cr-1140", style="outlook_en", bottom=True)  # fmt: skip

    no("jf34_popescu_husband_cancels.eml", ELENA, ("cancellation",), "2026-06-25 07:35",
       "Absage Termin 30.06.", """Sehr geehrte Damen und Herren,

meine Frau Elena Popescu kann am Dienstag, 30.06., nicht zur Behandlung kommen, sie hat
Fieber. Bitte sagen Sie den Termin ab.

Mit freundlichen Grüßen
Andrei Popescu""", client="yahoo", name="Andrei Popescu",
       note="the husband cancels a future session")  # fmt: skip

    yes("jf35_hoffmann_samsung_late.eml", PETER, (1045,), ("2026-06-01",), "2026-06-26 06:55",
        request_subject(1045), """Ja. 01.06. stattgefunden.

Gesendet von meinem Samsung Galaxy""", client="samsung", reply="cr-1045",
        style="samsung")  # fmt: skip

    yes("jf36_richter_june3_not_june10.eml", JONAS, (1051,), ("2026-06-03",),
        "2026-06-27 15:00", "Abrechnung Juni", """Hallo,

zur Abrechnung: der Termin am 3.6. hat stattgefunden. Am 10.6. ging der Videocode nicht,
da hatten wir gar keine Behandlung, bitte nicht abrechnen.

Grüße
Jonas""", client="apple", staff=True, extra=("technical",),
        note="10 June did not take place")  # fmt: skip

    yes("jf37_berger_summary.eml", URSULA, (1145, 1146, 1147),
        ("2026-05-27", "2026-06-03", "2026-06-10"), "2026-06-29 10:20",
        "Zusammenfassung meiner Termine", """Sehr geehrte Damen und Herren,

zur Sicherheit bestätige ich noch einmal die letzten drei Telefonbehandlungen:
27.5., 3.6. und 10.6.2026.

Mit freundlichen Grüßen
Ursula Berger""")  # fmt: skip

    yes("jf38_popescu_two_tuesdays.eml", ELENA, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-30 12:30", "Bestätigung", """Hallo,

für Ihre Liste: Behandlung 9. Juni und 16. Juni waren beide. Ich hatte nur von einem
geantwortet glaube ich.

Danke
Elena Popescu""", client="yahoo")  # fmt: skip

    yes("jf39_schulz_marie_herself.eml", MARIE, (1038,), ("2026-05-21",), "2026-06-30 16:45",
        request_subject(1038), """hi, hier ist marie. mama sagt ich soll bestätigen dass am
21.5. die video stunde war. war sie :)

lg marie""", client="thunderbird", reply="cr-1038", style="thunderbird",
        name="Marie Schulz", note="the daughter writes from her mother's address")  # fmt: skip

    yes("jf40_hoffmann_june1_typo.eml", PETER, (1045,), ("2026-06-01",), "2026-06-30 19:05",
        "Re: Behandlung", """Hallo, hatte ich glaube ich schon beantwortet, aber sicherheitshalber:
Termin am 1.6. um halb acht hat stattgefunden.

Gruß P.H.""", client="outlook")  # fmt: skip


def main() -> None:
    load_practice()
    first_week()
    second_week()
    third_week()
    last_weeks()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_jf

    blind_jf.main()
