"""The schema, as an ordered list of migrations; `PRAGMA user_version` is the ledger.

Never edit a migration that has shipped: append a new one. Times are stored as UTC
ISO 8601 text ("2026-04-06T08:00:00+00:00"), which sorts like the instants it names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# A migration step: an SQL statement, or (rarely) a function of the connection for what
# SQL alone cannot say. Both run inside the migration's transaction.
Step = str | Callable[[sqlite3.Connection], None]

_V1_BOOKINGS = (
    """
    CREATE TABLE patients (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        new_patient INTEGER NOT NULL DEFAULT 0 CHECK (new_patient IN (0, 1)),
        insurance   TEXT    NOT NULL CHECK (insurance IN ('gkv', 'private')),
        created_at  TEXT    NOT NULL
    )
    """,
    """
    CREATE TABLE patient_addresses (
        address              TEXT    PRIMARY KEY,  -- normalised addr-spec
        patient_id           INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        position             INTEGER NOT NULL DEFAULT 0,  -- 0: where we write
        undeliverable_at     TEXT,
        undeliverable_reason TEXT
    )
    """,
    "CREATE INDEX patient_addresses_patient ON patient_addresses (patient_id, position)",
    """
    CREATE TABLE appointments (
        id           INTEGER PRIMARY KEY,
        external_id  TEXT    UNIQUE,
        patient_id   INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        start_at     TEXT    NOT NULL,
        end_at       TEXT    NOT NULL,
        kind         TEXT    NOT NULL CHECK (kind IN ('phone', 'video')),
        treatment    TEXT    NOT NULL CHECK (treatment IN ('KG', 'MT', 'KGG')),
        status       TEXT    NOT NULL DEFAULT 'scheduled'
                             CHECK (status IN ('scheduled', 'cancelled')),
        video_link   TEXT,
        link_version INTEGER NOT NULL DEFAULT 0,
        created_at   TEXT    NOT NULL,
        updated_at   TEXT    NOT NULL
    )
    """,
    "CREATE INDEX appointments_start ON appointments (start_at)",
    "CREATE INDEX appointments_patient ON appointments (patient_id, start_at)",
    """
    CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT    NOT NULL,
        entity    TEXT    NOT NULL,  -- appointment, patient, inbound, outbox, review, ...
        entity_id INTEGER,
        action    TEXT    NOT NULL,
        evidence  TEXT    NOT NULL DEFAULT ''  -- ids and hashes, never mail text
    )
    """,
    "CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)",
)

_V2_MAIL = (
    """
    CREATE TABLE mailbox_cursor (
        mailbox     TEXT    PRIMARY KEY,
        uidvalidity INTEGER NOT NULL,
        last_uid    INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE inbound_messages (
        id          INTEGER PRIMARY KEY,
        mailbox     TEXT    NOT NULL,
        source_key  TEXT    NOT NULL,  -- IMAP "<uidvalidity>:<uid>"; Maildir: the file name
        uidvalidity INTEGER NOT NULL DEFAULT 0,
        uid         INTEGER,
        message_id  TEXT,
        sha256      TEXT    NOT NULL,
        received_at TEXT    NOT NULL,
        seen_at     TEXT    NOT NULL,
        status      TEXT    NOT NULL
                            CHECK (status IN ('processed', 'review', 'failed', 'skipped')),
        categories  TEXT    NOT NULL DEFAULT '',
        patient_id  INTEGER REFERENCES patients (id) ON DELETE SET NULL,
        failures    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        tidied      INTEGER NOT NULL DEFAULT 0,  -- moved or flagged in the mailbox
        duplicate_of INTEGER REFERENCES inbound_messages (id) ON DELETE SET NULL,
        UNIQUE (mailbox, source_key)
    )
    """,
    "CREATE INDEX inbound_sha256 ON inbound_messages (sha256)",
    "CREATE INDEX inbound_message_id ON inbound_messages (message_id)",
    "CREATE INDEX inbound_status ON inbound_messages (status)",
    """
    CREATE TABLE confirmations (
        id             INTEGER PRIMARY KEY,
        appointment_id INTEGER NOT NULL UNIQUE REFERENCES appointments (id),
        patient_id     INTEGER NOT NULL REFERENCES patients (id),
        day            TEXT    NOT NULL,
        message_id     TEXT,
        mail_sha256    TEXT    NOT NULL,
        evidence       TEXT    NOT NULL,  -- the sentence that carried the date
        inbound_id     INTEGER REFERENCES inbound_messages (id) ON DELETE SET NULL,
        recorded_at    TEXT    NOT NULL
    )
    """,
    "CREATE INDEX confirmations_recorded ON confirmations (recorded_at)",
    """
    CREATE TABLE forms_received (
        id            INTEGER PRIMARY KEY,
        patient_id    INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        form_key      TEXT    NOT NULL,
        received_at   TEXT    NOT NULL,
        inbound_id    INTEGER REFERENCES inbound_messages (id) ON DELETE SET NULL,
        stored_name   TEXT,  -- <uuid>.<ext> below attachments_dir/<patient id>/
        original_name TEXT    NOT NULL DEFAULT '',
        sniffed_type  TEXT,
        size          INTEGER NOT NULL DEFAULT 0,
        sha256        TEXT    NOT NULL,
        UNIQUE (patient_id, sha256)
    )
    """,
    "CREATE INDEX forms_received_patient ON forms_received (patient_id, form_key)",
    """
    CREATE TABLE review_items (
        id          INTEGER PRIMARY KEY,
        kind        TEXT    NOT NULL,  -- mail, alert, delivery, ...
        dedup_key   TEXT    NOT NULL UNIQUE,
        inbound_id  INTEGER REFERENCES inbound_messages (id) ON DELETE SET NULL,
        message_id  TEXT,
        patient_id  INTEGER REFERENCES patients (id) ON DELETE SET NULL,
        subject     TEXT    NOT NULL DEFAULT '',
        reason      TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        resolved_at TEXT
    )
    """,
    "CREATE INDEX review_open ON review_items (resolved_at)",
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        dedup_key       TEXT    NOT NULL UNIQUE,  -- kind:subject-id:variant, written before sending
        kind            TEXT    NOT NULL,
        recipient       TEXT    NOT NULL,
        subject         TEXT    NOT NULL,
        message_id      TEXT    NOT NULL UNIQUE,
        raw             BLOB    NOT NULL,  -- the complete message as it goes on the wire
        appointment_id  INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
        patient_id      INTEGER REFERENCES patients (id) ON DELETE SET NULL,
        status          TEXT    NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending', 'sending', 'sent', 'failed',
                                                  'expired', 'held')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT    NOT NULL,
        next_attempt_at TEXT    NOT NULL,
        expires_at      TEXT,
        sent_at         TEXT,
        last_code       INTEGER,
        last_error      TEXT
    )
    """,
    "CREATE INDEX outbox_due ON outbox (status, next_attempt_at)",
    "CREATE INDEX outbox_appointment ON outbox (appointment_id, kind)",
    "CREATE INDEX outbox_recipient ON outbox (recipient, created_at)",
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
)

_V3_STAFF_MAIL = (
    # Which items a staff alert has already named (alert:forms:17, alert:review:4, ...):
    # each item is alerted once, in the same transaction as the alert's outbox rows.
    """
    CREATE TABLE alerted_items (
        key        TEXT PRIMARY KEY,
        alerted_at TEXT NOT NULL,
        alert_key  TEXT NOT NULL  -- dedup_key of the alert mail that named it
    )
    """,
    "CREATE INDEX alerted_items_at ON alerted_items (alerted_at)",
    # The digest's time-bounded reads: new hard bounces, mail seen since the last report.
    "CREATE INDEX patient_addresses_undeliverable ON patient_addresses (undeliverable_at)",
    "CREATE INDEX inbound_seen ON inbound_messages (seen_at)",
)

_V4_REQUEST_COVERS = (
    # The appointments one mail was about ("17,23"): a confirmation request lists every
    # open one, so a dateless "ja" in reply confirms only if exactly one is still open.
    "ALTER TABLE outbox ADD COLUMN covers TEXT NOT NULL DEFAULT ''",
)

_V5_QUESTIONS_AND_SHADOW = (
    # The patient's mail ours answered: a clarifying question's answer cites both mails.
    "ALTER TABLE outbox ADD COLUMN in_reply_to TEXT",
    # What the worker decided on each mail, as JSON (shadow mode's report; `shadow report`).
    """
    CREATE TABLE mail_decisions (
        inbound_id INTEGER PRIMARY KEY REFERENCES inbound_messages (id) ON DELETE CASCADE,
        decided_at TEXT    NOT NULL,
        decision   TEXT    NOT NULL
    )
    """,
    "CREATE INDEX mail_decisions_at ON mail_decisions (decided_at)",
)

_V6_NAME_LOOKUP = (
    # Every incoming mail asks whether its display name belongs to another patient.
    "CREATE INDEX patients_name ON patients (name COLLATE NOCASE)",
)

_V7_RESOLVED_BY = (
    # Who closed a review item: "mailbox" (staff unflagged or moved the mail; re-flagging
    # reopens it), "staff_mail" (a command mailed by staff), "cli"; NULL while open.
    "ALTER TABLE review_items ADD COLUMN resolved_by TEXT",
    # The flag check follows a mail to its copies seen again under a new key.
    "CREATE INDEX inbound_duplicate_of ON inbound_messages (duplicate_of)",
)

_V8_CONFIRMATION_SOURCE = (
    # What a confirmation rests on: the patient's own mail ("patient_mail"), or a note of
    # the practice team ("staff_note": confirmed by phone, recorded from a staff mail or
    # the command line). The billing list shows it.
    "ALTER TABLE confirmations ADD COLUMN source TEXT NOT NULL DEFAULT 'patient_mail'",
)

# The name of a local Maildir in the ledger no longer holds its absolute path
# ("maildir:/var/mail/praxis/INBOX" -> "maildir:INBOX"): moving the Maildir must not make
# the worker read flagged or processed mail again (its keys are the file names, which a
# move keeps). Where a Maildir was already seen under two paths, the older row keeps the
# mail and the other stays under its old name, matched by nothing.
# rtrim(x, every character of x but "/") keeps x up to its last "/": the rest is the folder.
_MAILDIR_FOLDER = (
    "'maildir:' || substr(mailbox, length(rtrim(mailbox, replace(mailbox, '/', ''))) + 1)"
)
_V9_MAILDIR_KEY = (
    f"UPDATE OR IGNORE inbound_messages SET mailbox = {_MAILDIR_FOLDER}"
    " WHERE mailbox LIKE 'maildir:/%'",
    f"UPDATE OR IGNORE mailbox_cursor SET mailbox = {_MAILDIR_FOLDER}"
    " WHERE mailbox LIKE 'maildir:/%'",
)

_V10_LOCAL_EDITS = (
    # Who owns an appointment from a `sources` file (issue 13): the file row as last
    # imported ("source_row": its facts as text) and whether staff changed it here since
    # (`appointments cancel`, `set-link`). A re-import leaves a staff edit alone until the
    # file row itself changes; a local cancellation is never undone by it.
    "ALTER TABLE appointments ADD COLUMN source_row TEXT",
    "ALTER TABLE appointments ADD COLUMN edited_locally INTEGER NOT NULL DEFAULT 0",  # 0/1
    # Edits made before this version: the audit log knows them. Their file row is not
    # known; the next import takes it as the baseline and keeps the edit.
    "UPDATE appointments SET edited_locally = 1 WHERE id IN (SELECT entity_id FROM audit_log"
    " WHERE entity = 'appointment' AND action IN ('cancelled', 'link_set'))",
)

_V11_HOLD_RELEASE = (
    # Staff released one appointment from the hold a patient's cancellation or reschedule
    # mail put on it (`appointments release ID`): mail of the patient read before this
    # time no longer holds it; a later such mail holds it again.
    "ALTER TABLE appointments ADD COLUMN hold_released_at TEXT",
)

_V12_MOVED_AT = (
    # When the appointment last got a new start time (a re-import, a calendar override):
    # its reminders are owed again for the new time, under keys of their own (rules.due).
    "ALTER TABLE appointments ADD COLUMN moved_at TEXT",
)

_V13_CALENDAR_EVENTS = (
    # Which appointments each live calendar source (worker/cycle/calendar_sources.py) has
    # delivered, by the event's UID: an event the calendar no longer has is cancelled.
    """
    CREATE TABLE calendar_events (
        source      TEXT NOT NULL,  -- the source's configured name
        external_id TEXT NOT NULL,  -- appointments.external_id
        uid         TEXT NOT NULL,  -- the event's UID (a series: one UID, many sessions)
        PRIMARY KEY (source, external_id)
    )
    """,
)

_V14_SHARED_ADDRESSES = (
    # One address may serve several patients (a parent and a child, issue 13): a patient
    # is distinct by name + address, so an address is unique per patient, not overall.
    """
    CREATE TABLE patient_addresses_v12 (
        address              TEXT    NOT NULL,  -- normalised addr-spec
        patient_id           INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        position             INTEGER NOT NULL DEFAULT 0,  -- 0: where we write
        undeliverable_at     TEXT,
        undeliverable_reason TEXT,
        PRIMARY KEY (address, patient_id)
    )
    """,
    "INSERT INTO patient_addresses_v12 (address, patient_id, position, undeliverable_at,"
    " undeliverable_reason) SELECT address, patient_id, position, undeliverable_at,"
    " undeliverable_reason FROM patient_addresses",
    "DROP TABLE patient_addresses",
    "ALTER TABLE patient_addresses_v12 RENAME TO patient_addresses",
    "CREATE INDEX patient_addresses_patient ON patient_addresses (patient_id, position)",
    "CREATE INDEX patient_addresses_undeliverable ON patient_addresses (undeliverable_at)",
    # A mail from a shared address that could be about several of its patients: its
    # review item names no one patient, so it lists them here; a cancellation or
    # reschedule request among them holds the appointments of each (state/appointments.py).
    """
    CREATE TABLE review_item_patients (
        review_id  INTEGER NOT NULL REFERENCES review_items (id) ON DELETE CASCADE,
        patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        PRIMARY KEY (review_id, patient_id)
    )
    """,
    "CREATE INDEX review_item_patients_patient ON review_item_patients (patient_id)",
)

_V15_REVIEW_BY_PATIENT = (
    # Every appointment read asks whether an open review item of its patient holds it
    # (state/appointments._ON_HOLD); with only review_open that scanned every open item,
    # so the cost per mail grew with a backlog of flagged mail.
    "CREATE INDEX review_patient_open ON review_items (patient_id, resolved_at)",
)

_V16_PRESCRIPTIONS = (
    # Prescriptions (Verordnungen, issue 15): what a doctor prescribed; appointments are
    # booked against one, and the telemedicine caps are checked against it at booking.
    """
    CREATE TABLE prescriptions (
        id                 INTEGER PRIMARY KEY,
        patient_id         INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        treatment          TEXT    NOT NULL CHECK (treatment IN ('KG', 'MT', 'KGG')),
        units              INTEGER NOT NULL CHECK (units > 0),
        issued_on          TEXT    NOT NULL,  -- YYYY-MM-DD
        reference          TEXT,              -- the practice's number, for billing
        created_at         TEXT    NOT NULL
    )
    """,
    "CREATE INDEX prescriptions_patient ON prescriptions (patient_id)",
    # Treatments given in the practice (in person) on a prescription: they use a unit and
    # the first one opens the way to video, but they are no appointment of this worker (it
    # sends them no mail and asks no confirmation for them).
    """
    CREATE TABLE prescription_visits (
        id              INTEGER PRIMARY KEY,
        prescription_id INTEGER NOT NULL REFERENCES prescriptions (id) ON DELETE CASCADE,
        day             TEXT    NOT NULL,  -- YYYY-MM-DD
        external_id     TEXT,              -- the calendar's id, when imported
        created_at      TEXT    NOT NULL,
        UNIQUE (prescription_id, day)
    )
    """,
    "ALTER TABLE appointments ADD COLUMN prescription_id INTEGER REFERENCES prescriptions (id)",
    "CREATE INDEX appointments_prescription ON appointments (prescription_id)",
    # Written consent to video treatment, after information: the day it was received
    # (on paper in the practice; a mailed consent form also counts, see forms_received).
    """
    CREATE TABLE telemedicine_consent (
        patient_id  INTEGER PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
        received_on TEXT    NOT NULL,  -- YYYY-MM-DD
        recorded_at TEXT    NOT NULL
    )
    """,
)

_V17_REVIEW_OPEN_BY_AGE = (
    # The staff alert reads the open review items oldest first and the digest lists the
    # oldest MAX_ROWS: in this index's order (created_at, then the rowid the index
    # carries), so neither sorts a backlog's 17,500 items in memory (issue 16).
    "CREATE INDEX review_open_age ON review_items (resolved_at, created_at)",
)

_OLD_KINDS = "CHECK (kind IN ('phone', 'video'))"
_NEW_KINDS = "CHECK (kind IN ('phone', 'video', 'praxis'))"


def _allow_in_person_kind(conn: sqlite3.Connection) -> None:
    """Widen the CHECK on appointments.kind by 'praxis' (issue 15: an in-person session).

    SQLite cannot alter a CHECK constraint, and rebuilding `appointments` would fire the
    foreign keys of confirmations and outbox on its old rows. A wider CHECK does not change
    how any row is stored, so this edits the table's definition in place, the procedure the
    SQLite manual gives for it (ALTER TABLE, "making other kinds of table schema changes"):
    writable_schema, the new text, schema_version + 1 (other connections re-read the schema),
    then RESET (this one does too). Other columns added to the table later stay as they are.
    """
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'appointments'"
    ).fetchone()
    sql = str(row[0])
    if _NEW_KINDS in sql:
        return
    if sql.count(_OLD_KINDS) != 1:
        raise sqlite3.DatabaseError("appointments: the kind CHECK is not the one expected")
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'appointments'",
            (sql.replace(_OLD_KINDS, _NEW_KINDS),),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = RESET")
    problems = conn.execute("PRAGMA quick_check").fetchall()
    if [tuple(p) for p in problems] != [("ok",)]:
        raise sqlite3.DatabaseError(f"appointments: quick_check after the change: {problems}")


_V18_IN_PERSON = (
    # An appointment in the practice (kind 'praxis', issue 15): no video link, no
    # confirmation request; it counts as an in-person treatment of its prescription.
    # Treatments recorded before as prescription_visits stay there and keep counting.
    _allow_in_person_kind,
)

MIGRATIONS: tuple[tuple[Step, ...], ...] = (
    _V1_BOOKINGS,
    _V2_MAIL,
    _V3_STAFF_MAIL,
    _V4_REQUEST_COVERS,
    _V5_QUESTIONS_AND_SHADOW,
    _V6_NAME_LOOKUP,
    _V7_RESOLVED_BY,
    _V8_CONFIRMATION_SOURCE,
    _V9_MAILDIR_KEY,
    _V10_LOCAL_EDITS,
    _V11_HOLD_RELEASE,
    _V12_MOVED_AT,
    _V13_CALENDAR_EVENTS,
    _V14_SHARED_ADDRESSES,
    _V15_REVIEW_BY_PATIENT,
    _V16_PRESCRIPTIONS,
    _V17_REVIEW_OPEN_BY_AGE,
    _V18_IN_PERSON,
)
