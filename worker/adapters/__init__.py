"""The outside world: mail sources (IMAP, Maildir) and senders (SMTP, Maildir) behind
their protocols (mail_source.MailSource, sender.Sender), calendars, booking files,
the attachments directory, systemd.

Layers (pyproject, import-linter): cli > modes > cycle > adapters."""
