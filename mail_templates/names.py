"""The names of the mail templates (no Jinja2 import: the command line lists them)."""

LANGUAGES = ("de", "en")
PATIENT_TEMPLATES = (
    "video_link",
    "appointment_info",
    "reminder_video",
    "reminder_phone",
    "forms_request",
    "confirmation_request",
    "confirmation_receipt",
    "clarification",
    "appointment_moved",  # issue 13: the practice changed the start time
    "appointment_cancelled",  # issue 13: the practice cancelled it
)
STAFF_TEMPLATES = ("staff_alert", "staff_reply")
# Staff mail is always German, whatever `practice.language` says (that one is for the
# patients): every reason the worker records for staff is a German sentence, and the
# commands staff answer with are German words ("erledigt 12"). An English frame around
# German reasons and commands would be the mix issue 14 complained about.
STAFF_LANGUAGE = "de"
STAFF_MAIL = (*STAFF_TEMPLATES, "staff_digest")
TEMPLATE_NAMES = PATIENT_TEMPLATES + STAFF_TEMPLATES
