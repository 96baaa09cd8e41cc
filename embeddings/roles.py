"""The voices a passage can be in: the page's author, a reply in a thread, a reader comment, or a
quotation of someone else's words."""

AUTHOR, REPLY, COMMENT, QUOTED = "author", "reply", "comment", "quoted"
ROLES = (AUTHOR, REPLY, COMMENT, QUOTED)
