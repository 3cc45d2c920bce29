"""The invoices area: the list of invoices and credit notes, the draft editor, and issue, credit and pay."""
