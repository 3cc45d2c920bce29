"""The sessions area: the list and the session editor (notes, summary, action items, concerns)."""
