"""The imperative shell of praxis-worker: config, CLI, mailboxes, senders, scheduling."""
