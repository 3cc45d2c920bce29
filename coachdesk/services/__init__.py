"""Use cases on a vault session: validate, change, audit, return what changed."""
