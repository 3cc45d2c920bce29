"""The ethics area: conflicts, consents, disclosures and boundary incidents, with their dialogs."""
