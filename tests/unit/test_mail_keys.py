"""The outbox idempotency keys (rules/models.py): one mail per key, so each key must name
exactly what makes a mail the same mail, and nothing that changes between cycles."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from rules.models import MailKind, alert_key, daily_digest_key, dedup_key, manual_digest_key

BERLIN = ZoneInfo("Europe/Berlin")


def test_patient_mail_key_names_kind_subject_and_variant() -> None:
    assert dedup_key(MailKind.REMINDER, 17, "24h") == "reminder:17:24h"


def test_daily_digest_key_is_one_per_practice_day_and_address() -> None:
    assert (
        daily_digest_key("2026-12-01", "Team@Praxis.de") == "staff_digest:2026-12-01:team@praxis.de"
    )
    assert daily_digest_key("2026-12-01", "a@praxis.de") != daily_digest_key(
        "2026-12-02", "a@praxis.de"
    )


def test_moment_keys_are_the_same_instant_in_any_zone() -> None:
    berlin = datetime(2026, 12, 1, 19, 0, 5, 999, tzinfo=BERLIN)
    utc = berlin.astimezone(UTC)
    assert alert_key(berlin) == alert_key(utc) == "staff_alert:2026-12-01T18:00:05+00:00"
    assert manual_digest_key(berlin, "A@praxis.de") == manual_digest_key(utc, "a@praxis.de")
    assert manual_digest_key(berlin, "a@praxis.de").startswith("staff_digest:manual:")
