"""Blind set HX: the practice inbox of July 2026, 40 mails as patients write them.

Thirty-two confirmations and eight look-alikes. The confirmations are mostly short replies
under our request for the July sessions of Gisela Neumann (phone), Lukas Brandt (video) and
Jonas Richter, and the May and June sessions answered late (after holidays, a Kur, weeks on
Montage): Elena Popescu in learners' German, Ursula Berger in formal letters and one-line
replies to each request, Peter Hoffmann clearing his backlog, a mother answering for her
daughter Marie Schulz, James O'Neill in English two months on. Some name one to three days
in a new mail, some are bottom-posted, some carry a question or a wish to move a coming
session. The look-alikes: a cancellation for a holiday trip, a reschedule, a missed
session, a session cut short, a question about the invoice, replies to a reminder and to a
video-link mail, a thank-you without a yes.

Labels say what a careful practice employee would record: `confirmed` only for the
patient's own scheduled, unconfirmed sessions plainly confirmed as held in full; `dates`
the days the mail says a session took place (also partly); `needs_staff` whenever someone
must look or act.

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

HERE = data_dir("blind_hx")

NEUMANN, BRANDT, RICHTER, POPESCU, BERGER = 9, 10, 8, 7, 24
HOFFMANN, SCHULZ, ONEILL, CARTER = 6, 5, 23, 11


def first_of_july() -> None:
    yes("hx01_popescu_neunter_juni.eml", POPESCU, [1047], ["2026-06-09"], "2026-07-01 07:30",
        request_subject(1047),
        "Guten Morgen,\n\n"
        "ja Termin am 9 Juni war, per Video. Entschuldigung das ich so spät schreibe, ich "
        "habe Ihre Mail erst jetzt gefunden im Ordner.\n\n"
        "Viele Grüße\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("hx02_popescu_letzter_termin.eml", POPESCU, [1050], ["2026-06-30"], "2026-07-01 08:40",
        request_subject(1050),
        "Hallo,\n\ndie Behandlung am 30.06 hat stattgefunden, alles gut.\n\nElena",
        client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip
    yes("hx03_berger_kur.eml", BERGER, [1145], ["2026-05-27"], "2026-07-01 11:20",
        request_subject(1145),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich komme soeben von einer dreiwöchigen Kur in Bad Kissingen zurück und beantworte "
        "nun der Reihe nach Ihre Schreiben.\n\n"
        "Die telefonische Behandlung am Mittwoch, dem 27. Mai 2026, hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\n\nUrsula Berger",
        client="outlook", reply="cr-1145", style="outlook_classic")  # fmt: skip
    yes("hx04_berger_sechster_mai.eml", BERGER, [1142], ["2026-05-06"], "2026-07-01 11:34",
        request_subject(1142),
        "Sehr geehrte Damen und Herren,\n\n"
        "auch die Behandlung vom 6. Mai 2026 hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nU. Berger",
        client="outlook", reply="cr-1142", style="outlook_classic")  # fmt: skip
    yes("hx05_richter_ja.eml", RICHTER, [1055], ["2026-07-01"], "2026-07-01 20:14",
        request_subject(1055),
        "Ja, hat heute stattgefunden (1.7.) 👍\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1055", style="iphone")  # fmt: skip


def june_backlog() -> None:
    yes("hx06_richter_english.eml", RICHTER, [1053, 1054], ["2026-06-17", "2026-06-24"],
        "2026-07-02 07:55", "Confirmation June sessions",
        "Hi,\n\n"
        "just realised I never replied to your mails for 17 June and 24 June - sorry! Both "
        "sessions took place as planned.\n\n"
        "Cheers,\nJonas Richter\n\nSent from my iPhone",
        client="iphone")  # fmt: skip
    yes("hx07_berger_brief_juni.eml", BERGER, [1146, 1147], ["2026-06-03", "2026-06-10"],
        "2026-07-02 10:15", "Bestätigung der Behandlungen im Juni",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen, dass die telefonischen Behandlungen\n\n"
        "am Mittwoch, dem 3. Juni 2026, und\n"
        "am Mittwoch, dem 10. Juni 2026\n\n"
        "stattgefunden haben. Ihre beiden Schreiben dazu lagen bei meiner Rückkehr vor; "
        "bitte entschuldigen Sie die Verzögerung.\n\n"
        "Mit freundlichen Grüßen\n\nUrsula Berger\nLindenstraße 14\n42103 Wuppertal",
        client="outlook")  # fmt: skip
    yes("hx08_popescu_zwei_termine.eml", POPESCU, [1046, 1048], ["2026-06-02", "2026-06-16"],
        "2026-07-02 19:40", "Termine Juni",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich habe gesehen das ich nicht alle Ihre Mails beantwortet habe. Die Termine am "
        "2.6. und am 16.6. waren auch, ich war beide mal dabei mit Video.\n\n"
        "Mit freundlichen Grüßen\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("hx09_berger_dreizehnter.eml", BERGER, [1143], ["2026-05-13"], "2026-07-03 09:40",
        request_subject(1143),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige die Behandlung vom 13.05.2026.\n\n"
        "Hochachtungsvoll\nUrsula Berger",
        client="outlook", reply="cr-1143", style="outlook_classic")  # fmt: skip
    yes("hx10_popescu_rezept.eml", POPESCU, [1049], ["2026-06-23"], "2026-07-03 13:05",
        request_subject(1049),
        "Ja Behandlung am 23.6. hat stattgefunden.\n\n"
        "Ich habe noch Frage: die 5 Termine sind jetzt fertig, brauche ich neue Rezept von "
        "Hausarzt wenn ich weiter machen will? Oder können Sie das schicken?\n\n"
        "Danke\nElena Popescu\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1049", style="samsung", staff=True,
        extra=("question",))  # fmt: skip
    yes("hx11_brandt_passt.eml", BRANDT, [1063], ["2026-07-03"], "2026-07-03 18:02",
        request_subject(1063),
        "passt, 03.07. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("hx12_hoffmann_sechsundzwanzigster.eml", HOFFMANN, [1044], ["2026-05-26"],
        "2026-07-04 08:55", request_subject(1044),
        "26.05. - ja, hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("hx13_hoffmann_montage.eml", HOFFMANN, [1045], ["2026-06-01"], "2026-07-04 09:30",
        request_subject(1045),
        "Guten Morgen,\n\n"
        "sorry für die späte Rückmeldung, ich war vier Wochen auf Montage in Norwegen und "
        "hatte dort kaum Netz. Der Termin am 01.06. um 7:30 hat stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook")  # fmt: skip
    yes("hx14_richter_untergegangen.eml", RICHTER, [1052], ["2026-06-10"], "2026-07-05 21:48",
        request_subject(1052),
        "Sorry, ist bei mir untergegangen. Ja, der 10.6. hat stattgefunden.\n\nGruß Jonas",
        client="apple", reply="cr-1052", style="iphone")  # fmt: skip
    yes("hx15_oneill_late.eml", ONEILL, [1141], ["2026-05-19"], "2026-07-06 08:12",
        request_subject(1141, "RE"),
        "Hello,\n\n"
        "Apologies for the very late reply - I've been travelling for work since the end of "
        "May and only now got round to my inbox. Yes, the phone session on 19 May took "
        "place.\n\n"
        "Best regards,\nJames O'Neill",
        client="outlook", reply="cr-1141", style="outlook_en")  # fmt: skip
    yes("hx16_hoffmann_zwei_am_achtzehnten.eml", HOFFMANN, [1042, 1043], ["2026-05-18"],
        "2026-07-06 16:30", "Nachtrag Termine 18.05.",
        "Hallo,\n\n"
        "noch ein Nachtrag: am 18.05. hatte ich zwei Termine, morgens um 7:30 KGG und "
        "mittags um 12:30 die Manuelle Therapie. Beide haben stattgefunden.\n\n"
        "Gruß\nPeter Hoffmann\n\n"
        "Hoffmann Elektrotechnik GmbH\nTel. 0221 4478 120",
        client="outlook")  # fmt: skip


def july_sessions() -> None:
    yes("hx17_neumann_formell.eml", NEUMANN, [1056], ["2026-07-07"], "2026-07-07 14:20",
        request_subject(1056),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen, dass die Behandlung am Telefon heute, am 7. Juli "
        "2026, stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("hx18_richter_bottom.eml", RICHTER, [1051], ["2026-06-03"], "2026-07-08 22:10",
        request_subject(1051),
        "Und noch der letzte offene: ja, 03.06. hat stattgefunden. Sorry für die "
        "Verspätung!\n\nJonas",
        client="apple", reply="cr-1051", style="iphone", bottom=True)  # fmt: skip
    yes("hx19_oneill_may.eml", ONEILL, [1139, 1140], ["2026-05-05", "2026-05-12"],
        "2026-07-09 07:50", "Earlier sessions in May",
        "Hi again,\n\n"
        "For completeness: the two sessions before that, on 5 May and 12 May, took place as "
        "well. I hope that clears my backlog.\n\n"
        "Kind regards,\nJames",
        client="outlook")  # fmt: skip
    yes("hx20_neumann_kurz.eml", NEUMANN, [1057], ["2026-07-09"], "2026-07-09 11:05",
        request_subject(1057),
        "Ja am 9.7. war die Behandlung.\n\nGruß G. Neumann",
        client="plain", reply="cr-1057", style="thunderbird")  # fmt: skip
    yes("hx21_brandt_ja_verschieben.eml", BRANDT, [1064], ["2026-07-10"], "2026-07-10 17:45",
        request_subject(1064),
        "Ja, 10.7. hat stattgefunden.\n\n"
        "Könnten wir nächsten Freitag (17.7.) eine Stunde später machen, also 17 Uhr? Ich "
        "hab bis halb fünf ein Meeting.\n\n"
        "Danke & Gruß\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("hx22_schulz_mutter_mai_1.eml", SCHULZ, [1037], ["2026-05-07"], "2026-07-11 10:00",
        request_subject(1037),
        "Hallo,\n\n"
        "entschuldigen Sie bitte, wir waren in den Pfingstferien weg und danach ging es "
        "drunter und drüber. Marie hatte am 7.5. ihre Stunde per Video, die hat "
        "stattgefunden.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter von Marie)",
        client="thunderbird", reply="cr-1037", style="thunderbird",
        name="Katrin Schulz")  # fmt: skip
    yes("hx23_schulz_mutter_mai_2.eml", SCHULZ, [1038], ["2026-05-21"], "2026-07-11 10:03",
        request_subject(1038),
        "21.5. ebenfalls stattgefunden.\n\nK. Schulz",
        client="thunderbird", reply="cr-1038", style="thunderbird",
        name="Katrin Schulz")  # fmt: skip
    yes("hx24_schulz_mutter_mai_3.eml", SCHULZ, [1039], ["2026-05-28"], "2026-07-11 10:05",
        request_subject(1039),
        "Und auch der 28.5. - Marie war da.\n\nK. Schulz",
        client="thunderbird", reply="cr-1039", style="thunderbird",
        name="Katrin Schulz")  # fmt: skip
    yes("hx25_hoffmann_mai_anfang.eml", HOFFMANN, [1040, 1041], ["2026-05-04", "2026-05-11"],
        "2026-07-12 19:20", "Bestätigung 04.05. und 11.05.",
        "Hallo zusammen,\n\n"
        "beim Aufräumen des Postfachs noch zwei gefunden: die Termine am 04.05. und am "
        "11.05. (jeweils 7:30 Uhr) haben stattgefunden.\n\n"
        "Schönen Sonntag\nPeter Hoffmann",
        client="outlook")  # fmt: skip
    yes("hx26_neumann_prima.eml", NEUMANN, [1058], ["2026-07-14"], "2026-07-14 15:30",
        request_subject(1058),
        "Liebe Frau Krämer,\n\n"
        "die Behandlung am 14.07. hat stattgefunden, es war prima. Die neuen Übungen für "
        "die Schulter mache ich jeden Morgen.\n\n"
        "Herzliche Grüße\nIhre Gisela Neumann",
        client="plain", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("hx27_neumann_sechzehnter.eml", NEUMANN, [1059], ["2026-07-16"], "2026-07-16 12:00",
        request_subject(1059),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am Donnerstag, 16.07.2026, hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", reply="cr-1059", style="thunderbird")  # fmt: skip
    yes("hx28_brandt_alles_gut.eml", BRANDT, [1065], [], "2026-07-17 18:10",
        request_subject(1065),
        "Alles gut, hat stattgefunden. Danke!\n\nLukas",
        client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip


def lookalikes_and_late_july() -> None:
    no("hx29_hoffmann_rechnung.eml", HOFFMANN, ("question",), "2026-07-18 10:20",
       "Frage zur Rechnung Juni",
       "Guten Tag,\n\n"
       "ich habe Ihre Rechnung für Mai/Juni erhalten, danke. Meine Beihilfestelle möchte "
       "auf der Rechnung die Diagnose und die Ziffern nach GebüTh sehen, beides fehlt. "
       "Können Sie mir eine korrigierte Rechnung schicken?\n\n"
       "Gruß\nPeter Hoffmann",
       client="outlook")  # fmt: skip
    no("hx30_neumann_erinnerung.eml", NEUMANN, ("other",), "2026-07-20 09:40",
       reminder_subject(1060),
       "Danke für die Erinnerung, ich bin morgen um 9 Uhr am Telefon.\n\nG. Neumann",
       client="plain", reply="rem-1060", style="thunderbird", staff=False)  # fmt: skip
    no("hx31_brandt_verschieben.eml", BRANDT, ("reschedule",), "2026-07-20 12:15",
       "Termin 07.08. verschieben?",
       "Hallo,\n\n"
       "am Freitag, den 07.08., kann ich leider nicht. Ginge stattdessen Donnerstag, der "
       "06.08., am Nachmittag? Ab 15 Uhr hätte ich Zeit.\n\n"
       "Viele Grüße\nLukas Brandt",
       client="thunderbird")  # fmt: skip
    yes("hx32_neumann_daumen.eml", NEUMANN, [1060], ["2026-07-21"], "2026-07-21 10:55",
        request_subject(1060),
        "21.7. 👍\n\nGisela Neumann\n\nGesendet von meinem iPad",
        client="plain", reply="cr-1060", style="iphone")  # fmt: skip
    no("hx33_carter_holiday.eml", CARTER, ("cancellation",), "2026-07-22 21:30",
       "Cancelling two sessions in August",
       "Dear all,\n\n"
       "We've booked a last-minute trip to Scotland, so I'm afraid I have to cancel my "
       "sessions on 17 and 24 August. The ones on 3 and 10 August are fine, and I'll be "
       "back for the 31st.\n\n"
       "Sorry for the short notice and thanks,\nEmily Carter",
       client="gmail")  # fmt: skip
    yes("hx34_neumann_dreiundzwanzigster.eml", NEUMANN, [1061], ["2026-07-23"],
        "2026-07-23 12:40", request_subject(1061),
        "Hiermit bestätige ich den Termin am 23.07. Er hat stattgefunden.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="plain", reply="cr-1061", style="thunderbird")  # fmt: skip
    no("hx35_brandt_verpasst.eml", BRANDT, ("other", "question"), "2026-07-24 18:30",
       request_subject(1066),
       "Hallo,\n\n"
       "ich war heute leider nicht da, mein Zug stand eine Stunde vor Hagen und ich war "
       "erst um zehn vor fünf zuhause. Tut mir leid! Muss ich den Termin bezahlen, oder "
       "kann man ihn nachholen?\n\n"
       "Gruß Lukas",
       client="thunderbird", reply="cr-1066", style="thunderbird")  # fmt: skip
    no("hx36_popescu_danke.eml", POPESCU, ("thanks",), "2026-07-26 20:05",
       "Danke",
       "Liebe Frau Krämer,\n\n"
       "ich möchte noch einmal Danke sagen für Ihre Hilfe. Mein Rücken ist viel besser, "
       "ich kann wieder in Garten arbeiten ohne Schmerzen. Die Übungen mache ich weiter "
       "jeden Tag.\n\n"
       "Alles Gute für Sie!\nElena Popescu",
       client="yahoo", staff=False)  # fmt: skip
    yes("hx37_neumann_rezept.eml", NEUMANN, [1062], ["2026-07-28"], "2026-07-28 11:15",
        request_subject(1062),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am 28. Juli hat stattgefunden.\n\n"
        "Das war nun die letzte von meinem Rezept. Meine Hausärztin würde mir ein neues "
        "ausstellen. Soll ich es Ihnen per Post schicken oder genügt ein Foto?\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", reply="cr-1062", style="thunderbird", staff=True,
        extra=("question",))  # fmt: skip
    yes("hx38_brandt_english.eml", BRANDT, [1063, 1064], ["2026-07-03", "2026-07-10"],
        "2026-07-29 08:05", "Sessions 3 and 10 July",
        "Hi,\n\n"
        "my insurer asked me to check with you: the sessions on 3 July and 10 July both took "
        "place, in case that wasn't recorded yet.\n\n"
        "Best,\nLukas",
        client="thunderbird")  # fmt: skip
    no("hx39_carter_video_link.eml", CARTER, ("question", "technical"), "2026-07-31 12:30",
       video_link_subject(1069),
       "Thanks for the code! Quick question: can I join from my iPad with Safari, or does "
       "it have to be Chrome on a laptop?\n\nEmily",
       client="gmail", reply="vl-1069", style="gmail_en")  # fmt: skip
    no("hx40_brandt_abgebrochen.eml", BRANDT, ("technical",), "2026-07-31 17:50",
       request_subject(1067),
       "Hallo,\n\n"
       "heute (31.7.) ist die Verbindung nach ungefähr einer Viertelstunde eingefroren und "
       "ich kam nicht mehr rein, auch nicht nach Neustart vom Browser. Wir haben also nur "
       "etwa die Hälfte geschafft. Wie machen wir das?\n\n"
       "Gruß\nLukas",
       client="thunderbird", reply="cr-1067", style="thunderbird",
       dates=("2026-07-31",))  # fmt: skip


def main() -> None:
    load_practice()
    first_of_july()
    june_backlog()
    july_sessions()
    lookalikes_and_late_july()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
