"""What the areas share, and nothing area-specific.

Table models and filters, forms, record dialogs and lists, questions, the background runner,
PDF preview and document export, icons and the action registry.
"""
