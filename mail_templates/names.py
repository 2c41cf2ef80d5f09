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
)
STAFF_TEMPLATES = ("staff_alert",)
TEMPLATE_NAMES = PATIENT_TEMPLATES + STAFF_TEMPLATES
