"""What the areas share: table models and filters, forms, record dialogs and lists, questions, the background runner, PDF preview and document export, icons and actions."""
