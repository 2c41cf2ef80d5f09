"""Write blind set W: the inbox around the spring holidays (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_w`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
March to early June 2026, the weeks around Karfreitag (3.4.), Ostermontag (6.4.), 1. Mai,
Himmelfahrt (14.5.), Pfingsten (24./25.5.) and Fronleichnam (4.6.): 35 mails confirm at
least one day, mostly plainly, some with a small second matter (a prescription running
out, a day cancelled by phone, a holiday question, a son writing for his father); 15 look
like them and are not (holiday questions, a cancelled Easter session, a no-show, a missed
call, a complaint that nobody called, a reschedule around Pfingstmontag, an out-of-office
reply, forms, a video problem, an invoice date). German first, some English, Turkish- and
Romanian-German learners, ALL CAPS, every mail program and quote style make_corpus knows.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, pdf

HERE = data_dir("blind_w")
WOMEN = {1, 3, 5, 7, 9, 12, 14, 16, 18, 20, 21, 24}


def salutation(p: dict[str, object]) -> str:
    name = str(p["name"])
    title = "Frau" if p["id"] in WOMEN else "Herr"
    if name.startswith("Dr. "):
        return f"{title} Dr. {name.split()[-1]}"
    return f"{title} {name.split()[-1]}"


def load_practice() -> None:
    data = mc.load_snapshot(salutation)
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def _after_ref(file: str, date: str, reply: str | None) -> None:
    if reply is not None:
        assert mc.local(date) > mc.OUTBOX[reply].sent_at, f"{file}: answers a mail not yet sent"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, files=()):  # fmt: skip
    _after_ref(file, date, reply)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=(), headers=()):  # fmt: skip
    _after_ref(file, date, reply)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          extra_headers=headers,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_rem(aid: int) -> str:
    return f"AW: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
OUTLOOK_APP = "\n\nHolen Sie sich Outlook für Android<https://aka.ms/AAb9ysg>"
HOFFMANN_SIG = (
    "\n\nMit freundlichen Grüßen\n\nPeter Hoffmann\nLeiter Einkauf\n\n"
    "Hoffmann & Söhne Maschinenbau GmbH\nIndustriestraße 12 · 33602 Bielefeld\n"
    "Tel. +49 521 998877-10 · Mobil +49 171 2233445\n"
    "Geschäftsführer: Dr. Karl Hoffmann · Amtsgericht Bielefeld HRB 40123\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie"
    " nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,"
    " informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte"
    " Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."
)


def march() -> None:
    yes("w01_krueger_dritter.eml", 1, (1008,), ("2026-03-03",), "2026-03-03 13:05", re(1008),
        "Ja, am 3.3. war die Behandlung.\n\nGrüße\nS. Krüger", client="gmail",
        reply="cr-1008", style="gmail")  # fmt: skip
    yes("w02_krueger_rezept.eml", 1, (1009,), ("2026-03-10",), "2026-03-11 08:20", re(1009),
        "Guten Morgen,\n\nja, die Krankengymnastik am Dienstag (10.03.) hat stattgefunden.\n\n"
        "Noch eine Frage: mein Rezept ist damit doch aufgebraucht, oder? Brauche ich für die"
        " Zeit nach Ostern ein neues von Dr. Albers?\n\nViele Grüße\nSabine Krüger",
        client="outlook", reply="cr-1009", style="outlook", extra=("question",), staff=True,
        note="confirms 10.3. and asks whether a new prescription is needed")  # fmt: skip
    yes("w03_becker_formell.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 20:40", re(1018),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Manuelle Therapie"
        " per Telefon am Montag, den 02.03.2026, stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker\n\n--\nThomas Becker\nAm Lindenhof 7\n"
        "50667 Köln", client="thunderbird", reply="cr-1018", style="thunderbird")  # fmt: skip
    yes("w04_demir_kurz.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12", re(1019),
        "ja war am 4.3 👍" + IPHONE, client="iphone", reply="cr-1019",
        style="iphone")  # fmt: skip
    yes("w05_demir_nachgereicht.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-19 07:50", "Termine März",
        "Hallo,\n\nhab vergessen letzte Woche zu antworten, sorry! Die Termine am 11. und 18."
        " März haben beide stattgefunden.\n\nLG Aylin", client="gmail")  # fmt: skip
    yes("w06_demir_osterferien.eml", 3, (1022,), ("2026-03-25",), "2026-03-25 19:30", re(1022),
        "Hallo zusammen,\n\nder Termin heute (25.03.) hat stattgefunden.\n\nNächsten Mittwoch"
        " bin ich in den Osterferien bei meiner Familie in Izmir, den 1.4. hatte ich am Telefon"
        " abgesagt. Ist das bei Ihnen angekommen? Am 8.4. bin ich wieder da.\n\n"
        "Liebe Grüße\nAylin Demir", client="gmail", reply="cr-1022", style="gmail",
        extra=("question",), staff=True,
        note="confirms 25.3.; asks whether the phone cancellation of 1.4. arrived")  # fmt: skip
    yes("w24_koch_grossbuchstaben.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:00", "BESTÄTIGUNG",
        "SEHR GEEHRTE DAMEN UND HERREN\n\nICH BESTÄTIGE DIE TELEFONBEHANDLUNGEN AM MONTAG 23.3."
        " UND MITTWOCH 25.3.\n\nMFG\nRENATE KOCH", client="tonline")  # fmt: skip
    yes("w28_aydin_lerner.eml", 22, (1132,), ("2026-03-05",), "2026-03-05 16:00", re(1132),
        "Hallo\n\nich war bei termin am 5.3 telefon. alles gut\n\ndanke\nMehmet",
        client="outlook", reply="cr-1132", style="outlook_classic")  # fmt: skip
    yes("w29_aydin_zwoelfter.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 18:00",
        "termin",
        "Hallo nochmal\n\n12.03 termin war gemacht mit Frau Therapeutin, sehr gut für meine"
        " rücken.\n\nMehmet Aydin" + OUTLOOK_APP, client="outlook")  # fmt: skip
    yes("w30_aydin_sohn.eml", 22, (1135,), ("2026-03-26",), "2026-03-27 19:00", re(1135),
        "Guten Abend,\n\nich bin der Sohn von Mehmet Aydın und schreibe für ihn, weil sein"
        " Deutsch nicht so gut ist. Mein Vater hatte am Donnerstag 26.03. seinen"
        " Telefontermin, der hat stattgefunden.\n\nEr fragt, ob es nach Ostern weitergeht,"
        " das Rezept ist ja jetzt zu Ende. Braucht er ein neues vom Hausarzt?\n\n"
        "Mit freundlichen Grüßen\nEmre Aydın", name="Emre Aydın", client="outlook",
        reply="cr-1135", style="outlook", extra=("question",), staff=True,
        note="the son writes from the father's address: confirms 26.3., asks about a new"
        " prescription")  # fmt: skip
    no("n06_aydin_krank.eml", 22, ("other",), "2026-03-20 09:15", re(1134),
       "hallo\n\n19.03 ich war krank, fieber. telefon war aus. termin nicht gemacht, sorry\n\n"
       "Mehmet", client="outlook", reply="cr-1134", style="outlook",
       note="the session of 19.3. did not take place: staff must handle the no-show")  # fmt: skip
    no("n14_krueger_uhrzeit.eml", 1, ("reschedule",), "2026-03-09 10:30", re_rem(1009),
       "Danke für die Erinnerung, ich bin morgen dabei.\n\nKönnen wir die Termine ab April"
       " auf 11 Uhr legen? Nach Ostern fange ich wieder früher an zu arbeiten.\n\nLG Sabine",
       client="webde", reply="rem-1009", style="webde",
       note="a reminder answered with a request for another time; nothing took place yet")  # fmt: skip
    no("n01_becker_karfreitag.eml", 2, ("question",), "2026-03-30 12:10",
       "Termin um Ostern",
       "Guten Tag,\n\nhaben Sie über Ostern geöffnet? Ich hätte gern wieder einen Termin"
       " Manuelle Therapie, am liebsten in der Woche nach Ostermontag (6.4.), abends.\n\n"
       "Mit freundlichen Grüßen\nThomas Becker", client="thunderbird")  # fmt: skip
    no("n02_demir_ausfall.eml", 3, ("cancellation", "question"), "2026-03-31 21:05",
       "Mittwoch 01.04.",
       "Hi, nur nochmal zur Sicherheit: der Termin morgen früh (1.4.) fällt aus wegen"
       " Osterferien, richtig? Am 08.04. bin ich wieder dabei.\n\nAylin" + IPHONE,
       client="iphone",
       note="the 1.4. session is (already) cancelled; a question, no treatment")  # fmt: skip
    no("n03_koch_erinnerung.eml", 18, ("other",), "2026-03-29 16:20", re_rem(1111),
       "Vielen Dank für die Erinnerung. Ich bin morgen um 15 Uhr zu Hause und warte auf den"
       " Anruf.\n\nRenate Koch", client="tonline", reply="rem-1111", style="tonline",
       staff=False,
       note="a reminder acknowledged the day before; nothing to record and nothing to do")  # fmt: skip


def easter() -> None:
    yes("w25_koch_frohe_ostern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 11:30", re(1112),
        "Liebes Praxisteam,\n\ndie beiden Anrufe am 30. März und am 1. April haben"
        " stattgefunden. Es geht dem Knie schon viel besser.\n\nIch wünsche Ihnen allen frohe"
        " Ostern und schöne Feiertage!\n\nIhre Renate Koch", client="tonline",
        reply="cr-1112", style="tonline")  # fmt: skip
    yes("w26_koch_achter.eml", 18, (1113,), ("2026-04-08",), "2026-04-08 17:00", re(1113),
        "Guten Tag,\n\nich bestätige den Anruf vom 08.04.2026.\n\nMit freundlichen Grüßen\n"
        "Renate Koch", client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    yes("w27_koch_gestern.eml", 18, (1114,), ("2026-04-13",), "2026-04-14 09:00", re(1114),
        "gestern, Montag, hat die Therapeutin angerufen, hat stattgefunden. Danke",
        client="tonline", reply="cr-1114", style="tonline", bottom=True,
        note="'gestern' is Monday 13.4., the day before the mail")  # fmt: skip
    yes("w07_demir_nach_ostern.eml", 3, (1024,), ("2026-04-08",), "2026-04-08 11:02", re(1024),
        "Hallo, nach den Osterferien wieder dabei 🙂 Behandlung am Mittwoch 08.04. hat"
        " stattgefunden. Gruß Aylin" + SAMSUNG, client="samsung", reply="cr-1024",
        style="samsung")  # fmt: skip
    yes("w08_demir_zwei.eml", 3, (1025, 1026), ("2026-04-15", "2026-04-22"), "2026-04-22 18:00",
        re(1026), "Bestätige 15/04 und 22/04.\n\nGruß Aylin Demir", client="gmail",
        reply="cr-1026", style="gmail")  # fmt: skip
    yes("w09_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:30", re(1034),
        "Hallo,\n\ndie Behandlung meiner Tochter Marie am Donnerstag (16.04.) hat stattgefunden."
        " Sie hat brav mitgemacht, auch wenn Ferien sind :)\n\nViele Grüße\nKarin Schulz",
        name="Karin Schulz", client="thunderbird", reply="cr-1034", style="thunderbird",
        note="the mother writes for her daughter Marie from the registered address")  # fmt: skip
    yes("w10_schulz_unten.eml", 5, (1035,), ("2026-04-23",), "2026-04-24 09:10", re(1035),
        "Hiermit bestätigt: 23. April 2026.\n\nK. Schulz", name="Karin Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True)  # fmt: skip
    yes("w31_oneill_fourteenth.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:00",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi,\n\nconfirming that my session on Tuesday 14th April took place. Thanks, my"
        " shoulder feels much looser already.\n\nBest,\nJames", client="outlook",
        reply="cr-1136", style="outlook_en")  # fmt: skip
    no("n11_krueger_rechnung.eml", 1, ("question",), "2026-04-07 14:45",
       "Rechnung",
       "Hallo,\n\nich habe heute Post von Ihnen bekommen, eine Rechnung vom 31.03.2026 über"
       " die Zuzahlung. Muss ich die überweisen oder wird das mit der Kasse verrechnet? Ich"
       " dachte, das wäre schon erledigt.\n\nViele Grüße\nSabine Krüger", client="gmail",
       note="31.3. is an invoice date, no treatment day")  # fmt: skip


def may() -> None:
    yes("w11_schulz_feiertag.eml", 5, (1036,), ("2026-04-30",), "2026-04-30 20:15", re(1036),
        "Guten Abend,\n\nder Donnerstag vor dem Feiertag (30.4.) hat geklappt.\n\nHaben Sie"
        " am 7. Mai normal geöffnet? Marie hat da eventuell einen Ausflug mit der Schule, ich"
        " gebe Bescheid.\n\nViele Grüße\nKarin Schulz", name="Karin Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", extra=("question",),
        staff=True, note="confirms 30.4.; asks whether 7.5. takes place")  # fmt: skip
    yes("w12_schulz_ja.eml", 5, (1037,), (), "2026-05-07 17:45", re(1037), "Ja.",
        client="thunderbird", reply="cr-1037", style="thunderbird",
        note="a bare yes under our request for 7.5.")  # fmt: skip
    yes("w32_oneill_bank_holiday.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-05-02 10:00", "Sessions in April",
        "Hello,\n\nsorry for the late reply, it's been a busy week with the bank holiday."
        " Both sessions, on the 21st and the 28th of April, took place as planned.\n\n"
        "Kind regards,\nJames O'Neill", client="outlook")  # fmt: skip
    yes("w15_hoffmann_disclaimer.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 08:40",
        "KGG heute",
        "Guten Morgen,\n\ndie KG am Gerät heute früh (Mo., 04.05.) hat stattgefunden, kurz"
        " vor acht war ich fertig." + HOFFMANN_SIG, client="outlook")  # fmt: skip
    yes("w34_berger_sechster.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 14:00", re(1142),
        "Guten Tag,\n\ndie Gymnastik am Telefon am Mittwoch, den 6. Mai hat stattgefunden."
        " Es hat mir gut getan.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1142", style="thunderbird")  # fmt: skip
    yes("w16_hoffmann_knapp.eml", 6, (1041,), ("2026-05-11",), "2026-05-11 09:15", re(1041),
        "Bestätigt. 11.05.\n\nP. Hoffmann" + OUTLOOK_APP, client="outlook", reply="cr-1041",
        style="outlook")  # fmt: skip
    yes("w35_berger_himmelfahrt.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:00",
        re(1143), "Hallo, Termin vom 13.5 war.\nSchönen Feiertag morgen!\nU. Berger",
        client="thunderbird", reply="cr-1143", style="thunderbird", bottom=True)  # fmt: skip
    no("n04_schulz_himmelfahrt.eml", 5, ("question",), "2026-05-08 07:55",
       "Himmelfahrt",
       "Hallo,\n\nnächste Woche Donnerstag ist ja Himmelfahrt (14.5.). Da ist doch keine"
       " Behandlung, oder? In meinem Kalender steht erst wieder der 21.5.\n\nGruß K. Schulz",
       name="Karin Schulz", client="thunderbird",
       note="a holiday question; no session on 14.5. in the snapshot")  # fmt: skip
    no("n07_oneill_missed.eml", 23, ("reschedule",), "2026-05-12 21:00",
       "Missed call tonight",
       "Hi,\n\nI'm afraid I missed the call this evening (12 May) - my phone was on silent"
       " and I only noticed afterwards. Really sorry. Could we add a session at the end?\n\n"
       "James", client="outlook",
       note="the session of 12.5. did not take place")  # fmt: skip
    yes("w17_hoffmann_doppelt.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:10",
        "Termine heute",
        "Hallo,\n\nbeide Termine am 18. Mai (früh KG am Gerät, mittags Manuelle Therapie)"
        " haben stattgefunden." + HOFFMANN_SIG, client="outlook",
        note="two sessions on one day, both confirmed")  # fmt: skip
    no("n05_hoffmann_pfingstmontag.eml", 6, ("reschedule",), "2026-05-12 18:30",
       "Termin 25.05.",
       "Hallo,\n\nder Montag nach dem 18. wäre ja der 25.05., Pfingstmontag. Können wir auf"
       " Dienstag, 26.05., gleiche Uhrzeit ausweichen?" + HOFFMANN_SIG, client="outlook",
       note="a reschedule request around Pfingstmontag; 18.5. still ahead")  # fmt: skip
    no("n12_hoffmann_abwesend.eml", 6, ("auto_reply",), "2026-05-25 07:31",
       "Automatische Antwort: Erinnerung: Ihr Termin am 26.05.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.05.2026 (Pfingstmontag)"
       " nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden"
       " Fällen wenden Sie sich bitte an einkauf@hoffmann-soehne.de.\n\nPeter Hoffmann",
       client="outlook", reply="rem-1044",
       headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
       staff=False, note="out-of-office reply to our reminder")  # fmt: skip
    yes("w36_berger_teilweise.eml", 24, (1144,), ("2026-05-20",), "2026-05-27 12:00", re(1145),
        "Guten Tag,\n\nder 20.5. hat stattgefunden. Heute (27.5.) war aber nichts, ich war beim"
        " Augenarzt, das hatte ich Ihrer Kollegin letzte Woche am Telefon gesagt.\n\n"
        "Mit freundlichen Grüßen\nUrsula Berger", client="thunderbird", reply="cr-1145",
        style="thunderbird", extra=("cancellation",), staff=True,
        note="partial: 20.5. took place, 27.5. did not (cancelled by phone)")  # fmt: skip
    yes("w13_schulz_pfingsten.eml", 5, (1038,), ("2026-05-21",), "2026-05-21 19:00", re(1038),
        "Termin am 21.05. war okay, danke! Über Pfingsten sind wir an der Ostsee, der 28.5."
        " klappt aber.\n\nK. Schulz", name="Karin Schulz", client="thunderbird",
        reply="cr-1038", style="thunderbird")  # fmt: skip
    no("n16_oneill_cancelled.eml", 23, ("other",), "2026-05-20 08:20", re(1141),
       "Hi,\n\nthere was no session on the 19th - your colleague called in the afternoon to"
       " cancel, I think the therapist was ill? Please check on your side.\n\nJames",
       client="gmail", reply="cr-1141", style="gmail_en",
       note="the session of 19.5. did not take place")  # fmt: skip
    yes("w18_hoffmann_dienstag.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:30", re(1044),
        "Dienstag nach Pfingsten, 26.05. – hat stattgefunden.\n\nGruß P.H." + IPHONE,
        client="iphone", reply="cr-1044", style="iphone")  # fmt: skip
    yes("w14_schulz_letzte.eml", 5, (1039,), ("2026-05-28",), "2026-05-29 08:05", re(1039),
        "Guten Morgen,\n\nich bestätige die KG vom 28.5.26 - das war die letzte vom Rezept."
        " Herzlichen Dank für alles, Marie ist ganz begeistert!\n\nKarin Schulz" + GMX_APP,
        name="Karin Schulz", client="samsung", reply="cr-1039", style="samsung")  # fmt: skip
    no("n09_popescu_anamnese.eml", 7, ("forms",), "2026-05-29 10:40",
       "AW: Ihre Unterlagen für die Behandlung",
       "Guten Tag,\n\nhier ist der Anamnesebogen. Die andere Formulare schicke ich morgen,"
       " ich muss erst drucken.\n\nElena Popescu", client="yahoo", reply="fr-7",
       style="yahoo", files=(pdf("Anamnesebogen_Popescu.pdf"),), forms=("anamnese",),
       staff=False, note="one of the three forms before the first session")  # fmt: skip


def june() -> None:
    yes("w19_hoffmann_english.eml", 6, (1045,), ("2026-06-01",), "2026-06-01 10:00",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 01.06.2026",
        "Confirmed: the session on 1 June took place.\n\nPeter", client="outlook",
        reply="cr-1045", style="outlook_en")  # fmt: skip
    yes("w20_popescu_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:20", re(1046),
        "Guten Tag,\n\nich bestetige das ich hatte Termin am 2 Juni Dienstag. Formular habe"
        " ich schon geschikt alle.\n\nDanke\nElena", client="yahoo", reply="cr-1046",
        style="yahoo")  # fmt: skip
    no("n10_richter_kamera.eml", 8, ("technical",), "2026-06-03 17:52",
       "Kamera geht nicht",
       "Hi, ich sitze vor dem Link für 18 Uhr, aber die Kamera wird nicht erkannt (MacBook,"
       " Safari). Können Sie mich kurz anrufen? 0176 44556677\n\nJonas", client="apple",
       note="a video problem before the first session; nothing took place yet")  # fmt: skip
    yes("w22_richter_iso.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:05", re(1051),
        "Hi,\n\nTermin vom 2026-06-03 bestätigt, am Ende ging es mit Chrome.\n\nCheers\nJonas",
        client="apple", reply="cr-1051", style="iphone")  # fmt: skip
    yes("w37_berger_fronleichnam.eml", 24, (1146,), ("2026-06-03",), "2026-06-03 10:50",
        re(1146), "Sehr geehrtes Team,\n\nauch heute am 3. Juni hat Ihre Kollegin pünktlich"
        " angerufen, vielen Dank.\n\nMit freundlichen Grüßen\nUrsula Berger",
        client="thunderbird", reply="cr-1146", style="thunderbird")  # fmt: skip
    no("n13_richter_absage.eml", 8, ("cancellation",), "2026-06-08 07:40",
       "Absage 10.6.",
       "Hallo,\n\nich muss den Termin am Mittwoch, 10.6., leider absagen – bin ab morgen"
       " beruflich in Hamburg. Melde mich wegen eines neuen Termins.\n\nJonas Richter" + IPHONE,
       client="iphone")  # fmt: skip
    yes("w21_popescu_kurz.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 12:40", re(1047),
        "Hallo, 09.06 alles gut gemacht, danke schön", client="yahoo", reply="cr-1047",
        style="yahoo", bottom=True)  # fmt: skip
    no("n08_berger_niemand.eml", 24, ("other",), "2026-06-10 11:00", re(1147),
       "Nein, am 10.6. hat niemand angerufen. Ich habe den ganzen Vormittag neben dem Telefon"
       " gesessen.\n\nU. Berger", client="thunderbird", reply="cr-1147", style="thunderbird",
       note="a complaint: the session of 10.6. did not take place")  # fmt: skip
    no("n15_popescu_safari.eml", 7, ("technical",), "2026-05-30 09:10",
       "AW: Ihr Videotermin am 02.06.2026",
       "Hallo, ich habe kein Chrome und kein Firefox, nur iPad. Geht auch Safari?\n\nElena",
       client="yahoo", reply="vl-1046", style="yahoo",
       note="a video question before the first session")  # fmt: skip


def main() -> None:
    load_practice()
    mc.MAILS.clear()
    march()
    easter()
    may()
    june()
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in sorted(mc.MAILS, key=lambda m: m.file):
        (HERE / mail.file).write_bytes(mail.raw)
    mc.MAILS.sort(key=lambda m: m.file)
    mc.HERE = HERE  # write_labels writes into make_corpus's folder
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm, {len(mc.MAILS) - confirming} do not")


if __name__ == "__main__":
    main()
